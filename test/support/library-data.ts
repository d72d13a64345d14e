/**
 * Fills a library with some of every kind of data it holds, through the real code paths
 * (import pipeline, API handlers). Archive, backup and crash tests use it; when a feature adds
 * a kind of data (and a line in main/services/library/archive-tables.ts), add it here too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiChannel, ApiInput, ApiOutput } from '../../shared/api/index.ts';
import { createApiContext } from '../../main/services/api/context.ts';
import { dispatch } from '../../main/services/api/dispatch.ts';
import { apiHandlers } from '../../main/services/api/handlers.ts';
import { importIntoLibrary } from '../../main/services/library/import-document.ts';
import type { Database } from '../../main/services/store/database.ts';
import { setSetting } from '../../main/services/store/settings.store.ts';
import { putReviewRow, replaceCommentRows } from '../../main/services/store/sync.store.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

export async function populateEveryKind(db: Database): Promise<void> {
  const context = createApiContext({ db, storePath: ':test:', mode: 'cli', version: '0.0.0-test' });
  const call = async <C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> => {
    const result = await dispatch(apiHandlers, context, channel, input, (_c, error) => {
      throw error;
    });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as ApiOutput<C>;
  };

  // Documents of several formats, with their original bytes (PDF and DOCX are binary).
  for (const name of ['statement.pdf', 'memo.docx', 'saved-page.html']) {
    await importIntoLibrary(db, { fileName: name, bytes: readFileSync(join(fixtures, 'import', name)) });
  }
  // A second version of a document (series, previous_id), annotated before the new version.
  const first = 'Joint Statement on Rivers\n\nWe agree to protect rivers.\n\nWe will meet again next year.\n';
  const v1 = await importIntoLibrary(db, { fileName: 'rivers.txt', bytes: new TextEncoder().encode(first) });
  // Annotations with tags, a comment, a custom colour label (highlight_colors defaults changed).
  await call('annotations:create', {
    documentId: v1.document.id,
    target: { type: 'quote', exact: 'protect rivers' },
    color: 'red',
    tags: ['rivers', 'Déclaration — 宣言'],
  });
  await call('annotations:create', { documentId: v1.document.id, target: { type: 'paragraph', n: 2 } });
  await call('annotations:setColorLabel', { key: 'blue', label: 'To check <b>before</b> Friday' });
  // Half its paragraphs changed: not evidence enough on its own, so the user says it is a version.
  await importIntoLibrary(
    db,
    { fileName: 'rivers.txt', bytes: new TextEncoder().encode(first.replace('next year', 'in the spring')) },
    { versionOf: v1.document.id },
  );
  // Briefing notes (from templates, so with content, fields and a first version).
  await call('notes:create', { template: 'en', title: 'Note on rivers <script>alert(1)</script>' });
  await call('notes:create', { template: 'fr' });
  // A note that cites a document (an excerpt node), saved with a checkpoint version.
  const cited = await call('documents:get', { id: v1.document.id });
  const paragraph = cited.sections.flatMap((section) => section.paragraphs)[0];
  const note = await call('notes:create', { template: 'blank', title: 'Rivers brief' });
  if (paragraph) {
    const excerpt = {
      type: 'excerpt' as const,
      version: 1,
      documentId: cited.id,
      documentTitle: cited.title,
      documentDate: cited.date,
      documentVersion: cited.version,
      paragraphs: [{ id: paragraph.id, label: String(paragraph.n) }],
      text: paragraph.text,
      origin: 'paragraph',
    };
    const content = {
      root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [excerpt] },
    } as unknown as ApiInput<'notes:save'>['content'];
    const { id, title, status, classification, fields } = note;
    await call('notes:save', { id, title, status, classification, fields, content, checkpoint: 'manual' });
  }
  // Team review and reviewer comments (what team sync's mirrors write from a note's replica).
  putReviewRow(db, {
    kind: 'note',
    itemId: note.id,
    state: 'approved',
    changedBy: 'Dana Roy',
    changedAt: '2026-03-02T15:04:05.000Z',
    approvedBy: 'Dana Roy',
    approvedAt: '2026-03-02T15:04:05.000Z',
    snapshotJson: '{"title":"Rivers brief"}',
    returnedToDraft: false,
  });
  replaceCommentRows(db, note.id, [
    {
      id: 'c1',
      noteId: note.id,
      threadId: 'c1',
      author: 'Dana Roy',
      createdAt: '2026-03-02T15:00:00.000Z',
      body: 'Say “by spring” — précisez.',
      quote: 'protect rivers',
      prefix: 'We agree to ',
      suffix: '.',
      resolvedBy: null,
      resolvedAt: null,
    },
  ]);
  // A briefing pack with items.
  await call('packs:createSample', {});
  // A structure correction (two paragraphs merged): the paragraphs it replaced are kept by id.
  const memo = (await call('documents:list', {})).find((d) => d.paragraphCount >= 2 && d.id !== v1.document.id);
  if (memo) {
    const { sections } = await call('documents:get', { id: memo.id });
    const drafts = sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map((p) => p.text) }));
    const section = drafts.find((d) => d.paragraphs.length >= 2);
    if (section) {
      section.paragraphs.splice(0, 2, `${section.paragraphs[0]} ${section.paragraphs[1]}`);
      await call('documents:restructure', { id: memo.id, sections: drafts });
    }
  }
  // Text taken out of a document by the import check waits aside (dropped_blocks).
  const long = (await call('documents:list', {})).find((d) => d.paragraphCount >= 3 && d.id !== memo?.id);
  if (long) {
    const first = (await call('documents:get', { id: long.id })).sections.flatMap((s) => s.paragraphs)[0];
    if (first) await call('documents:dropBlocks', { id: long.id, paragraphIds: [first.id], reason: 'not-document' });
  }
  // Two language versions paired, their alignment stored, and a correction of it.
  const pairs = join(fixtures, 'pairs');
  const english = await importIntoLibrary(db, {
    fileName: 'arctic-en.txt',
    bytes: readFileSync(join(pairs, 'arctic-en.txt')),
  });
  const french = await importIntoLibrary(db, {
    fileName: 'arctic-fr.txt',
    bytes: readFileSync(join(pairs, 'arctic-fr.txt')),
  });
  const paired = await call('pairs:pair', { documentId: english.document.id, otherId: french.document.id });
  const last = paired.pairs.at(-1);
  if (last) await call('pairs:correct', { documentId: english.document.id, pair: { a: last.a, b: last.b } });
  setSetting(db, 'test.theme', '"dark"');
  setSetting(db, 'test.unicode', '"Déclaration — 宣言 🇨🇦"');
}
