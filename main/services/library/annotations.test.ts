import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch.ts';
import { apiHandlers } from '../api/handlers.ts';
import type { ApiContext } from '../api/context.ts';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../shared/api/index.ts';
import { canonicalText } from '../../../shared/anchoring/index.ts';
import { plainTextToLexical } from '../../../shared/model/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import {
  CHANGED_PHRASE,
  DECLARATION_FILE,
  declarationWithoutParagraph8,
  editedDeclaration,
  PHRASE,
} from '../../../test/support/declaration-versions.ts';
import { openStore } from '../store/database.ts';

let env: Awaited<ReturnType<typeof makeApiContext>>;
let declarationId: string;

async function api<C extends ApiChannel>(channel: C, input: ApiInput<C>, context: ApiContext = env.context) {
  const result = await dispatch(apiHandlers, context, channel, input, () => {});
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ApiOutput<C>;
}

async function failure<C extends ApiChannel>(channel: C, input: ApiInput<C>) {
  const result = await dispatch(apiHandlers, env.context, channel, input, () => {});
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error;
}

async function importVersion(text: string) {
  return api('documents:import', { fileName: DECLARATION_FILE, dataBase64: Buffer.from(text).toString('base64') });
}

beforeEach(async () => {
  env = await makeApiContext({ seed: true });
  const list = await api('documents:list', {});
  declarationId = list.find((d) => d.kind === 'declaration')?.id ?? '';
});
afterEach(() => env.close());

describe('annotations', () => {
  it('creates one from a selection, with selectors over the canonical text', async () => {
    const doc = await api('documents:get', { id: declarationId });
    const { text } = canonicalText(doc.sections);
    const start = text.indexOf(PHRASE);
    const created = await api('annotations:create', {
      documentId: declarationId,
      target: {
        type: 'range',
        start: start - 1,
        end: start + PHRASE.length + 1,
        exact: text.slice(start - 1, start + PHRASE.length + 1),
      },
      color: 'red',
      tags: ['training', '#Training', 'Ukraine'],
      comment: { lexical: plainTextToLexical('Check the number'), text: 'Check the number' },
    });
    // whitespace at the edges of the selection is trimmed; tags are deduplicated ignoring case and '#'
    expect(created.quote.exact).toBe(PHRASE);
    expect(created.quote.prefix).toBe(text.slice(start - 32, start));
    expect(created.position).toEqual({ type: 'TextPositionSelector', start, end: start + PHRASE.length });
    expect(created.anchor).toMatchObject({ status: 'exact', paragraph: 8, text: PHRASE });
    expect(created.tags).toEqual(['training', 'Ukraine']);
    expect(created.comment?.text).toBe('Check the number');

    const list = await api('annotations:list', { documentId: declarationId });
    expect(list.map((a) => a.id)).toEqual([created.id]);
    expect(await api('annotations:counts', {})).toMatchObject({ [declarationId]: 1 });
    expect(await api('annotations:tags', {})).toEqual([
      { tag: 'training', count: 1 },
      { tag: 'Ukraine', count: 1 },
    ]);
    // a new tag spelled differently joins the existing one
    const second = await api('annotations:create', {
      documentId: declarationId,
      target: { type: 'paragraph', n: 2 },
      tags: ['TRAINING'],
    });
    expect(second.tags).toEqual(['training']);
    expect(second.scope).toBe('paragraph');
  });

  it('refuses a stale selection, an absent or ambiguous quote, and a missing paragraph', async () => {
    expect(
      (
        await failure('annotations:create', {
          documentId: declarationId,
          target: { type: 'range', start: 0, end: 5, exact: 'nope!' },
        })
      ).code,
    ).toBe('conflict');
    const absent = await failure('annotations:create', {
      documentId: declarationId,
      target: { type: 'quote', exact: 'not in the text at all' },
    });
    expect(absent).toMatchObject({ code: 'not-found' });
    expect(absent.message).toContain('is not in this document');
    const ambiguous = await failure('annotations:create', {
      documentId: declarationId,
      target: { type: 'quote', exact: 'Ukraine' },
    });
    expect(ambiguous.code).toBe('conflict');
    expect(ambiguous.message).toMatch(/appears \d+ times .*--paragraph/);
    expect(
      (await failure('annotations:create', { documentId: declarationId, target: { type: 'paragraph', n: 99 } }))
        .message,
    ).toContain('no ¶ 99');
    // a typed quote with straight apostrophes and other case still finds the passage
    const loose = await api('annotations:create', {
      documentId: declarationId,
      target: { type: 'quote', exact: "UKRAINE'S civilian   cyber capacity" },
    });
    expect(loose.anchor.text).toBe('Ukraine’s civilian cyber capacity');
  });

  it('edits, deletes and restores', async () => {
    const a = await api('annotations:create', { documentId: declarationId, target: { type: 'quote', exact: PHRASE } });
    const edited = await api('annotations:update', { documentId: declarationId, id: a.id, color: 'blue', tags: ['x'] });
    expect(edited).toMatchObject({ color: 'blue', tags: ['x'], comment: null });
    const commented = await api('annotations:update', {
      documentId: declarationId,
      id: a.id,
      comment: { lexical: plainTextToLexical('a'), text: 'a' },
    });
    expect(commented).toMatchObject({ color: 'blue', tags: ['x'], comment: { text: 'a' } });
    await api('annotations:delete', { id: a.id });
    expect(await api('annotations:list', { documentId: declarationId })).toEqual([]);
    const restored = await api('annotations:restore', { documentId: declarationId, id: a.id });
    expect(restored).toMatchObject({ id: a.id, color: 'blue', comment: { text: 'a' } });
    expect(await api('annotations:list', { documentId: declarationId })).toHaveLength(1);
  });

  it('survives closing the store (every change is committed when the call returns)', async () => {
    const a = await api('annotations:create', {
      documentId: declarationId,
      target: { type: 'quote', exact: PHRASE },
      tags: ['kept'],
    });
    const reopened = openStore(env.dir);
    const context = { ...env.context, db: reopened.db };
    const list = await api('annotations:list', { documentId: declarationId }, context);
    expect(list.map((x) => [x.id, x.tags])).toEqual([[a.id, ['kept']]]);
    reopened.db.close();
  });

  it('re-anchors onto a new version: changed, then confirmed; and orphaned when the passage is deleted', async () => {
    const a = await api('annotations:create', {
      documentId: declarationId,
      target: { type: 'quote', exact: PHRASE },
      comment: { lexical: plainTextToLexical('note'), text: 'note' },
    });
    const untouched = await api('annotations:create', {
      documentId: declarationId,
      target: { type: 'paragraph', n: 10 },
    });

    const v2 = await importVersion(editedDeclaration());
    expect(v2.outcome).toBe('new-version');
    const onV2 = await api('annotations:list', { documentId: v2.document.id });
    const moved = onV2.find((x) => x.id === a.id);
    expect(moved?.anchor).toMatchObject({ status: 'changed', paragraph: 9, text: CHANGED_PHRASE });
    expect(onV2.find((x) => x.id === untouched.id)?.anchor).toMatchObject({ status: 'moved', paragraph: 11 });
    // on the original version nothing moved
    const onV1 = await api('annotations:list', { documentId: declarationId });
    expect(onV1.map((x) => x.anchor.status)).toEqual(['exact', 'exact']);
    // the same list again: cached, identical
    expect(await api('annotations:list', { documentId: v2.document.id })).toEqual(onV2);

    const confirmed = await api('annotations:confirm', { documentId: v2.document.id, id: a.id });
    expect(confirmed.anchor).toMatchObject({ status: 'exact', paragraph: 9, text: CHANGED_PHRASE });
    expect(confirmed).toMatchObject({ originDocumentId: v2.document.id, originVersion: 2 });
    expect(confirmed.quote.exact).toBe(CHANGED_PHRASE);

    const v3 = await importVersion(declarationWithoutParagraph8());
    expect(v3.outcome).toBe('new-version');
    const onV3 = await api('annotations:list', { documentId: v3.document.id });
    const orphan = onV3.find((x) => x.id === a.id);
    expect(orphan?.anchor).toMatchObject({ status: 'orphaned', paragraph: null, start: null, text: null });
    expect(orphan?.quote.exact).toBe(CHANGED_PHRASE);
    expect(onV3.at(-1)?.id).toBe(a.id);

    // re-attach the orphan to another passage of v3
    const doc3 = await api('documents:get', { id: v3.document.id });
    const text3 = canonicalText(doc3.sections).text;
    const passage = 'the deportation of Ukrainian children';
    const at = text3.indexOf(passage);
    const reattached = await api('annotations:reattach', {
      documentId: v3.document.id,
      id: a.id,
      start: at,
      end: at + passage.length,
    });
    expect(reattached.anchor).toMatchObject({ status: 'exact', text: passage });
    expect(reattached.comment?.text).toBe('note');
  });

  it('exports Markdown and W3C Web Annotation JSON', async () => {
    await api('annotations:create', {
      documentId: declarationId,
      target: { type: 'quote', exact: PHRASE },
      color: 'red',
      tags: ['training'],
      comment: {
        lexical: JSON.stringify({
          root: {
            type: 'root',
            children: [
              {
                type: 'paragraph',
                children: [
                  { type: 'text', text: 'Very ', format: 0 },
                  { type: 'text', text: 'large', format: 1 },
                ],
              },
              {
                type: 'list',
                listType: 'bullet',
                children: [{ type: 'listitem', children: [{ type: 'text', text: 'verify', format: 2 }] }],
              },
            ],
          },
        }),
        text: 'Very large\nverify',
      },
    });
    const md = await api('annotations:export', { documentId: declarationId, format: 'markdown' });
    expect(md.fileName).toMatch(/-annotations\.md$/);
    expect(md.content).toContain('## ¶ 8 — Risk');
    expect(md.content).toContain(`> ${PHRASE}`);
    expect(md.content).toContain('Very **large**\n\n- *verify*');
    expect(md.content).toContain('Tags: #training');
    const w3c = await api('annotations:export', { documentId: declarationId, format: 'w3c' });
    const collection = JSON.parse(w3c.content);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    const item = collection.first.items[0];
    expect(item).toMatchObject({ type: 'Annotation', motivation: 'commenting' });
    expect(item.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: PHRASE });
    expect(item.target.selector[1].type).toBe('TextPositionSelector');
    expect(item.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'tagging', value: 'training' }),
        expect.objectContaining({ purpose: 'commenting', value: 'Very large\nverify' }),
      ]),
    );
  });

  it('renames, deletes and restores documents with their annotations', async () => {
    await api('annotations:create', { documentId: declarationId, target: { type: 'paragraph', n: 1 } });
    expect((await api('documents:rename', { id: declarationId, title: '  New   title ' })).title).toBe('New title');
    const removed = await api('documents:delete', { id: declarationId });
    expect(removed).toMatchObject({ id: declarationId, title: 'New title', annotationCount: 1 });
    expect((await api('documents:list', {})).map((d) => d.id)).not.toContain(declarationId);
    expect((await failure('documents:delete', { id: declarationId })).code).toBe('not-found');
    await api('documents:restore', { id: declarationId });
    expect((await api('documents:list', {})).map((d) => d.id)).toContain(declarationId);
    expect(await api('annotations:list', { documentId: declarationId })).toHaveLength(1);
  });

  it('counts live annotations per document: every version of a series, none listed for the rest', async () => {
    const first = await api('annotations:create', { documentId: declarationId, target: { type: 'paragraph', n: 1 } });
    await api('annotations:create', { documentId: declarationId, target: { type: 'paragraph', n: 2 } });
    const others = (await api('documents:list', {})).map((d) => d.id).filter((id) => id !== declarationId);
    expect(others.length).toBeGreaterThan(0);
    const version2 = (await importVersion(editedDeclaration())).document.id;
    expect(await api('annotations:counts', {})).toEqual({ [declarationId]: 2, [version2]: 2 });
    await api('annotations:delete', { id: first.id });
    expect(await api('annotations:counts', {})).toEqual({ [declarationId]: 1, [version2]: 1 });
    await api('documents:delete', { id: version2 });
    expect(await api('annotations:counts', {})).toEqual({ [declarationId]: 1 });
  });

  it('names colours and renames them', async () => {
    const colors = await api('annotations:colors', {});
    expect(colors.map((c) => c.key)).toEqual(['yellow', 'red', 'green', 'blue', 'purple']);
    const renamed = await api('annotations:setColorLabel', { key: 'green', label: 'Opportunity' });
    expect(renamed.find((c) => c.key === 'green')?.label).toBe('Opportunity');
  });
});
