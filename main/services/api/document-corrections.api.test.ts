/** Taking blocks out of a document and putting them back, through the real API on a real store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { resolveCitation } from '../library/citations.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
let declaration: StoredDocument;

async function call(channel: Parameters<typeof dispatch>[2], input: unknown) {
  return dispatch(apiHandlers, api.context, channel, input, () => {});
}

async function value<T>(channel: Parameters<typeof dispatch>[2], input: unknown): Promise<T> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${String(channel)}: ${result.error.message}`);
  return result.value as T;
}

const paragraphs = (d: StoredDocument) => d.sections.flatMap((s) => s.paragraphs);

beforeEach(async () => {
  api = await makeApiContext({ seed: true });
  const list = await value<Array<{ id: string; kind: string }>>('documents:list', {});
  declaration = await value('documents:get', { id: list.find((d) => d.kind === 'declaration')?.id });
});
afterEach(() => api.close());

describe('the import check', () => {
  it('stores the confidence of every detected field with the imported document', () => {
    expect(declaration.confidence).toEqual({
      title: expect.any(Number),
      date: expect.any(Number),
      place: expect.any(Number),
      issuer: expect.any(Number),
      start: expect.any(Number),
      end: expect.any(Number),
    });
    for (const v of Object.values(declaration.confidence ?? {})) expect(v >= 0 && v <= 1).toBe(true);
    expect(declaration.importCheckedAt ?? null).toBeNull();
  });

  it('takes a paragraph out of the numbering, keeps it aside and puts it back', async () => {
    const [first, second] = paragraphs(declaration);
    const dropped = await value<StoredDocument>('documents:dropBlocks', {
      id: declaration.id,
      paragraphIds: [first?.id],
      reason: 'not-document',
    });
    expect(paragraphs(dropped)[0]).toMatchObject({ n: 1, id: second?.id, text: second?.text });
    expect(paragraphs(dropped)).toHaveLength(paragraphs(declaration).length - 1);
    const aside = await value<Array<{ group: string; reason: string; blocks: Array<{ text: string }> }>>(
      'documents:dropped',
      { id: declaration.id },
    );
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ reason: 'not-document', blocks: [{ text: first?.text }] });

    const restored = await value<StoredDocument>('documents:restoreDropped', {
      id: declaration.id,
      group: aside[0]?.group,
    });
    expect(paragraphs(restored).map((p) => p.id)).toEqual(paragraphs(declaration).map((p) => p.id));
    expect(await value('documents:dropped', { id: declaration.id })).toEqual([]);
  });

  it('makes a block the title, and a restore brings the previous title back', async () => {
    const first = paragraphs(declaration)[0];
    const titled = await value<StoredDocument>('documents:dropBlocks', {
      id: declaration.id,
      paragraphIds: [first?.id],
      reason: 'title',
    });
    expect(titled.title).toBe(first?.text);
    expect(paragraphs(titled)).toHaveLength(paragraphs(declaration).length - 1);
    const [group] = await value<Array<{ group: string; previousTitle: string }>>('documents:dropped', {
      id: declaration.id,
    });
    expect(group?.previousTitle).toBe(declaration.title);
    const back = await value<StoredDocument>('documents:restoreDropped', { id: declaration.id, group: group?.group });
    expect(back.title).toBe(declaration.title);
    expect(paragraphs(back)).toHaveLength(paragraphs(declaration).length);
  });

  it('starts the document at a paragraph, dropping what is before it (headings too)', async () => {
    const all = paragraphs(declaration);
    const firstSection = declaration.sections[1];
    const firstOfSection = firstSection?.paragraphs[0];
    const before = all.slice(0, (firstOfSection?.n ?? 1) - 1).map((p) => p.id);
    const started = await value<StoredDocument>('documents:dropBlocks', {
      id: declaration.id,
      paragraphIds: [...before],
      headingSections: [1],
      reason: 'start',
    });
    expect(paragraphs(started)[0]?.id).toBe(firstOfSection?.id);
    expect(started.sections[0]?.heading).toBeNull();
    expect(started.sections.map((s) => s.heading)).not.toContain(firstSection?.heading);
  });

  it('refuses to take out nothing, to make two blocks the title, or to empty the document', async () => {
    const [a, b] = paragraphs(declaration);
    expect(
      await call('documents:dropBlocks', { id: declaration.id, paragraphIds: [], reason: 'not-document' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(
      await call('documents:dropBlocks', { id: declaration.id, paragraphIds: [a?.id, b?.id], reason: 'title' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(
      await call('documents:dropBlocks', {
        id: declaration.id,
        paragraphIds: paragraphs(declaration).map((p) => p.id),
        reason: 'not-document',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // Nothing changed.
    expect(paragraphs(await value<StoredDocument>('documents:get', { id: declaration.id }))).toHaveLength(
      paragraphs(declaration).length,
    );
    expect(await call('documents:restoreDropped', { id: declaration.id, group: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('remembers that a reader checked the import', async () => {
    const checked = await value<StoredDocument>('documents:confirmImport', { id: declaration.id, checked: true });
    expect(checked.importCheckedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const unchecked = await value<StoredDocument>('documents:confirmImport', { id: declaration.id, checked: false });
    expect(unchecked.importCheckedAt).toBeNull();
  });

  it('tells a citation of a paragraph taken out that it was removed, and finds it again when put back', async () => {
    const [first] = paragraphs(declaration);
    const cite = () =>
      resolveCitation(api.context.db, { documentId: declaration.id, paragraphIds: [first!.id], text: first!.text });
    expect(cite().status).toBe('current');
    await value('documents:dropBlocks', { id: declaration.id, paragraphIds: [first?.id], reason: 'not-document' });
    expect(cite().status).toBe('removed');
    const [group] = await value<Array<{ group: string }>>('documents:dropped', { id: declaration.id });
    await value('documents:restoreDropped', { id: declaration.id, group: group?.group });
    expect(cite()).toMatchObject({ status: 'current', paragraphs: [{ id: first?.id, n: 1 }] });
  });
});
