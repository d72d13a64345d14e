import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { paragraphToHeading, splitParagraph, toDrafts } from '../../../shared/model/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
let declaration: StoredDocument;

async function call(channel: Parameters<typeof dispatch>[2], input: unknown) {
  return dispatch(apiHandlers, api.context, channel, input, () => {});
}

beforeEach(async () => {
  api = await makeApiContext({ seed: true });
  const list = await call('documents:list', {});
  const id = list.ok
    ? (list.value as Array<{ id: string; kind: string }>).find((d) => d.kind === 'declaration')?.id
    : '';
  const got = await call('documents:get', { id });
  if (!got.ok) throw new Error('no sample declaration');
  declaration = got.value as StoredDocument;
});
afterEach(() => api.close());

describe('document corrections', () => {
  it('store corrected metadata', async () => {
    const result = await call('documents:update', {
      id: declaration.id,
      title: 'Corrected title',
      kind: 'other',
      language: 'fr',
      date: '2024-09-27',
      place: null,
      issuer: 'Someone else',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { title: 'Corrected title', kind: 'other', date: '2024-09-27', place: null },
    });
    const reread = await call('documents:get', { id: declaration.id });
    expect(reread).toMatchObject({ ok: true, value: { title: 'Corrected title', issuer: 'Someone else' } });
  });

  it('refuse a malformed date or an empty title', async () => {
    const base = { id: declaration.id, kind: 'other', language: 'en', place: null, issuer: null };
    expect(await call('documents:update', { ...base, title: 'x', date: '26/09/2024' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('documents:update', { ...base, title: '  ', date: null })).toMatchObject({ ok: false });
  });

  it('store a structure correction, renumbering paragraphs and keeping untouched ids', async () => {
    const sections = paragraphToHeading(declaration.sections, 5);
    const result = await call('documents:restructure', { id: declaration.id, sections });
    expect(result.ok).toBe(true);
    const doc = (result as { value: StoredDocument }).value;
    expect(doc.sections.map((s) => s.heading).slice(0, 3)).toEqual([
      null,
      declaration.sections[0]?.paragraphs[4]?.text,
      'Support Ukraine',
    ]);
    const all = doc.sections.flatMap((s) => s.paragraphs);
    expect(all).toHaveLength(23);
    expect(all.map((p) => p.n)).toEqual(all.map((_, i) => i + 1));
    expect(all[4]?.id).toBe(declaration.sections[1]?.paragraphs[0]?.id); // old ¶ 6 is now ¶ 5, same id
    const split = splitParagraph(doc.sections, 6, 40);
    expect((await call('documents:restructure', { id: declaration.id, sections: split })).ok).toBe(true);
  });

  it('refuse a "correction" that changes the text, leaving the document as it was', async () => {
    const drafts = toDrafts(declaration.sections);
    drafts[1]?.paragraphs.splice(0, 1, 'Something the declaration never said.');
    const result = await call('documents:restructure', { id: declaration.id, sections: drafts });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('documents:get', { id: declaration.id })).toEqual({ ok: true, value: declaration });
  });
});

describe('import errors', () => {
  const empty = { fileName: 'notes.txt', dataBase64: '' };

  it('are worded in English by default', async () => {
    expect(await call('documents:import', empty)).toEqual({
      ok: false,
      error: { code: 'import-failed', message: '“notes.txt” is empty. Choose a file that contains the text.' },
    });
  });

  it('are worded in French when the interface is in French', async () => {
    // The desktop app and browser mode word errors in the interface language (the CLI in its own).
    const page = async (channel: Parameters<typeof dispatch>[2], input: unknown) =>
      dispatch(apiHandlers, { ...api.context, mode: 'browser' }, channel, input, () => {});
    expect(await page('settings:set', { language: 'fr' })).toMatchObject({ ok: true });
    expect(await page('documents:import', empty)).toEqual({
      ok: false,
      error: {
        code: 'import-failed',
        message: '«\u00a0notes.txt\u00a0» est vide. Choisissez un fichier qui contient le texte.',
      },
    });
    const unnamed = await page('documents:import', {
      fileName: 'blanc.txt',
      dataBase64: Buffer.from('  \n').toString('base64'),
    });
    expect(unnamed).toMatchObject({
      error: {
        message: '«\u00a0blanc.txt\u00a0» ne contient aucun texte. Choisissez un fichier qui contient le texte.',
      },
    });
  });
});

describe('import progress', () => {
  it('reports how far a running multi-page import is, then forgets it', async () => {
    const { flowPdf } = await import('../import/testing/pdf-writer.ts');
    const blocks = Array.from({ length: 400 }, (_, i) => ({
      text: `Paragraph ${i + 1} of a long report says something that ends with a full stop.`,
    }));
    const pdf = flowPdf(blocks);
    const seen: number[] = [];
    const running = call('documents:import', {
      fileName: 'long.pdf',
      dataBase64: Buffer.from(pdf).toString('base64'),
      progressId: 'p1',
    });
    let settled = false;
    void running.finally(() => (settled = true));
    // Poll until the import ends (the worker may take a while to start on a busy machine).
    while (!settled && seen.length < 3) {
      const result = await call('documents:importProgress', { progressId: 'p1' });
      const fraction = result.ok ? (result.value as { fraction: number | null }).fraction : null;
      if (fraction !== null && fraction > 0 && fraction !== seen.at(-1)) seen.push(fraction);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const outcome = await running;
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
    expect(seen.length).toBeGreaterThan(0);
    expect(await call('documents:importProgress', { progressId: 'p1' })).toEqual({
      ok: true,
      value: { fraction: null },
    });
  });
});
