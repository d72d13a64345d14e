/**
 * The search index kept in step with every write, through the real API on a real seeded store:
 * annotations (create, comment, tags, colour, delete and undo, re-attach), notes (create, save,
 * rename, duplicate, delete and undo, restoring a version), documents deleted and restored.
 * Nothing here rebuilds the index by hand (archive import: main/services/library/archive.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../shared/api/index.ts';
import type { NoteContent } from '../../../shared/notes/content-schema.ts';
import { paragraphNode } from '../../../shared/notes/templates.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { inTransaction } from '../store/database.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (api = await makeApiContext({ seed: true })));
afterEach(() => api.close());

async function call<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await dispatch(apiHandlers, api.context, channel, input, () => {});
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ApiOutput<C>;
}

const search = (query: string, extra: Partial<ApiInput<'search:query'>> = {}) =>
  call('search:query', { query, limit: 100, offset: 0, ...extra }).then((r) => r.hits);
const plain = (segments: Array<{ text: string }> | null) => segments?.map((s) => s.text).join('') ?? null;

async function declaration() {
  const list = await call('documents:list', {});
  const summary = list.find((d) => d.kind === 'declaration');
  return call('documents:get', { id: summary?.id ?? '' });
}

function comment(text: string) {
  return {
    text,
    lexical: JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        format: '',
        indent: 0,
        direction: null,
        children: [paragraphNode(text)],
      },
    }),
  };
}

function contentWith(...texts: string[]): NoteContent {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: null,
      children: texts.map((t) => paragraphNode(t)),
    },
  } as NoteContent;
}

describe('search index in step with annotation writes', () => {
  it('indexes quote, comment and tags at once, follows edits, deletion, undo and re-attachment', async () => {
    const doc = await declaration();
    const p3 = doc.sections.flatMap((s) => s.paragraphs).find((p) => p.n === 3);
    if (!p3) throw new Error('no ¶ 3');
    const created = await call('annotations:create', {
      documentId: doc.id,
      target: { type: 'paragraph', n: 3 },
      comment: comment('Ask the ministère about the xylophonique réglement'),
      tags: ['Énergie'],
    });

    // Accent- and case-insensitive, on the comment; where it is: document and ¶.
    const hits = await search('XYLOPHONIQUE reglement');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: 'annotation',
      ownerId: created.id,
      documentId: doc.id,
      documentTitle: doc.title,
      paragraph: 3,
    });
    expect(plain(hits[0]?.quote ?? null)).toContain(p3.text.slice(0, 20));
    expect(plain(hits[0]?.comment ?? null)).toContain('xylophonique');
    // The quote is searchable too, limited to annotations by kind.
    const quoteWord = p3.text.split(/\s+/).find((w) => /^\p{L}{6,}$/u.test(w)) as string;
    expect((await search(quoteWord, { kinds: ['annotation'] })).map((h) => h.ownerId)).toEqual([created.id]);
    // Tags: by filter (any case and accent) and by query.
    expect((await search('xylophonique', { tags: ['energie'] })).map((h) => h.ownerId)).toEqual([created.id]);
    expect(await search('xylophonique', { tags: ['nuclear'] })).toEqual([]);

    // Edit comment and tags: the old words are gone, the new ones found.
    await call('annotations:update', {
      id: created.id,
      documentId: doc.id,
      comment: comment('Now about the marimbaphone'),
      tags: ['Nuclear'],
    });
    expect(await search('xylophonique')).toEqual([]);
    expect((await search('marimbaphone', { tags: ['nuclear'] })).map((h) => h.ownerId)).toEqual([created.id]);
    expect(await search('marimbaphone', { tags: ['énergie'] })).toEqual([]);
    // A colour change keeps it indexed.
    await call('annotations:update', { id: created.id, documentId: doc.id, color: 'green' });
    expect(await search('marimbaphone')).toHaveLength(1);

    // Delete, then undo.
    await call('annotations:delete', { id: created.id });
    expect(await search('marimbaphone')).toEqual([]);
    await call('annotations:restore', { id: created.id, documentId: doc.id });
    expect(await search('marimbaphone')).toHaveLength(1);

    // Re-attached onto another paragraph: the hit's ¶ follows.
    const text = doc.sections.flatMap((s) => s.paragraphs).map((p) => p.text);
    const start = text.slice(0, 4).reduce((sum, t) => sum + t.length + 2, 0);
    await call('annotations:reattach', { id: created.id, documentId: doc.id, start, end: start + 10 });
    expect((await search('marimbaphone'))[0]).toMatchObject({ paragraph: 5, documentId: doc.id });
  });

  it('leaves out the paragraphs and annotations of a deleted document, and brings them back on restore', async () => {
    const doc = await declaration();
    await call('annotations:create', {
      documentId: doc.id,
      target: { type: 'paragraph', n: 2 },
      comment: comment('glockenspiel remark'),
    });
    const word = 'Ramstein';
    const before = await search(word);
    expect(before.some((h) => h.documentId === doc.id)).toBe(true);
    expect(await search('glockenspiel')).toHaveLength(1);

    await call('documents:delete', { id: doc.id });
    expect((await search(word)).filter((h) => h.documentId === doc.id)).toEqual([]);
    expect(await search('glockenspiel')).toEqual([]);

    await call('documents:restore', { id: doc.id });
    expect((await search(word)).map((h) => [h.kind, h.documentId, h.paragraph])).toEqual(
      before.map((h) => [h.kind, h.documentId, h.paragraph]),
    );
    expect(await search('glockenspiel')).toHaveLength(1);
  });
});

describe('search index in step with note writes', () => {
  it('indexes notes on create, save, rename, duplicate, delete, undelete and version restore', async () => {
    const note = await call('notes:create', { template: 'blank', title: 'Stratégie arctique' });
    let hits = await search('strategie', { kinds: ['note'] });
    expect(hits.map((h) => [h.ownerId, h.title, h.documentId])).toEqual([[note.id, 'Stratégie arctique', null]]);

    const { id, title, status, classification, fields } = note;
    await call('notes:save', {
      id,
      title,
      status,
      classification,
      fields,
      content: contentWith('The brief covers the théorbe question.'),
      checkpoint: 'manual',
    });
    hits = await search('theorbe');
    expect(hits.map((h) => [h.kind, h.ownerId])).toEqual([['note', id]]);
    expect(plain(hits[0]?.snippet ?? null)).toContain('théorbe');

    // An autosave replaces the text: the old word goes.
    await call('notes:save', { id, title, status, classification, fields, content: contentWith('Only sackbut now.') });
    expect(await search('theorbe')).toEqual([]);
    expect((await search('sackbut')).map((h) => h.ownerId)).toEqual([id]);

    await call('notes:rename', { id, title: 'Ophicléide plan' });
    expect((await search('ophicleide')).map((h) => h.ownerId)).toEqual([id]);
    expect(await search('arctique', { kinds: ['note'] })).toEqual([]);

    const copy = await call('notes:duplicate', { id });
    expect((await search('sackbut')).map((h) => h.ownerId).sort()).toEqual([id, copy.id].sort());

    await call('notes:delete', { id });
    expect((await search('sackbut')).map((h) => h.ownerId)).toEqual([copy.id]);
    await call('notes:undelete', { id });
    expect((await search('sackbut')).map((h) => h.ownerId).sort()).toEqual([id, copy.id].sort());

    // Restoring a version is a save of that version's content.
    const versions = await call('notes:versions', { id });
    const manual = versions.find((v) => v.reason === 'manual');
    if (!manual) throw new Error('no manual version');
    const old = await call('notes:version', { id, versionId: manual.id });
    await call('notes:save', {
      id,
      title: old.title,
      status: old.status,
      classification: old.classification,
      fields: old.fields,
      content: old.content,
      checkpoint: 'before-restore',
    });
    expect((await search('theorbe')).map((h) => h.ownerId)).toEqual([id]);
  });
});

describe('transactions', () => {
  it('nests inTransaction as a savepoint: an inner failure rolls back only the inner work', () => {
    const { db } = api.context;
    inTransaction(db, () => {
      db.prepare("INSERT INTO settings (key, value) VALUES ('t.outer', '1')").run();
      expect(() =>
        inTransaction(db, () => {
          db.prepare("INSERT INTO settings (key, value) VALUES ('t.inner', '1')").run();
          throw new Error('inner');
        }),
      ).toThrow('inner');
    });
    const keys = db.prepare("SELECT key FROM settings WHERE key LIKE 't.%'").all() as Array<{ key: string }>;
    expect(keys.map((k) => k.key)).toEqual(['t.outer']);
  });
});
