/**
 * Hostile library archives, made at test time from a genuine one: falsified originals, rows the
 * API would never write, duplicate and unsafe entry names, entries Précis does not write, bombs
 * (honest and lying headers) and damaged manifests. Each case says which refusal it expects
 * (the ArchiveError's catalogue key), so a case refused for the wrong reason fails too.
 */
import { randomBytes } from 'node:crypto';
import { createApiContext } from '../../main/services/api/context.ts';
import { dispatch } from '../../main/services/api/dispatch.ts';
import { apiHandlers } from '../../main/services/api/handlers.ts';
import { importIntoLibrary } from '../../main/services/library/import-document.ts';
import { openLibrary } from '../../main/services/library/open-library.ts';
import { openZipReader } from '../../main/services/library/zip-file.ts';
import type { OpenedStore } from '../../main/services/store/database.ts';
import { plainTextToLexical } from '../../shared/model/index.ts';
import { deeplyNestedComment, paragraph, root, textNode } from '../support/lexical-json.ts';
import { buildZip } from './corpus.ts';

export interface HostileArchive {
  kind: string;
  bytes: Buffer;
  /** The key under `hostile.archive.` the import must refuse it with. */
  refusal: string;
}

type Entries = Map<string, Buffer>;

/** A small library with some of everything an archive carries, made through the API. */
export async function genuineLibrary(dir: string): Promise<OpenedStore> {
  const store = await openLibrary(dir, { seed: false });
  const context = createApiContext({ db: store.db, storePath: store.path, mode: 'cli', version: '0.0.0-test' });
  const call = async (channel: Parameters<typeof dispatch>[2], input: unknown) => {
    const result = await dispatch(apiHandlers, context, channel, input, (_c, error) => {
      throw error;
    });
    if (!result.ok) throw new Error(`${String(channel)}: ${result.error.message}`);
    return result.value as Record<string, unknown> & { id: string };
  };
  const texts = [
    'Joint statement on rivers\n\nThe members agree to protect rivers.\n\nThey will meet again next year.\n',
    'Communiqué on ports\n\nThe ministers welcome the new port rules.\n\nThey ask for a report.\n',
  ];
  const ids: string[] = [];
  for (const [i, text] of texts.entries()) {
    ids.push((await importIntoLibrary(store.db, { fileName: `doc${i}.txt`, bytes: Buffer.from(text) })).document.id);
  }
  await call('annotations:create', {
    documentId: ids[0],
    target: { type: 'quote', exact: 'protect rivers' },
    tags: ['rivers'],
    comment: { lexical: plainTextToLexical('Check with the desk'), text: 'Check with the desk' },
  });
  const note = await call('notes:create', { template: 'en', title: 'Rivers brief' });
  const pack = await call('packs:create', { title: 'Rivers pack' });
  await call('packs:addItem', { packId: pack.id, spec: { kind: 'note', noteId: note.id } });
  await call('packs:addItem', { packId: pack.id, spec: { kind: 'excerpt', documentId: ids[0], paragraphs: [1] } });
  await call('settings:set', { language: 'fr' });
  // A block taken out of the second document (dropped_blocks).
  const ports = (await call('documents:get', { id: ids[1] })) as unknown as {
    sections: Array<{ paragraphs: Array<{ id: string }> }>;
  };
  const last = ports.sections.flatMap((section) => section.paragraphs).at(-1);
  await call('documents:dropBlocks', { id: ids[1], paragraphIds: [last?.id], reason: 'not-document' });
  return store;
}

type JsonRow = Record<string, unknown>;

/** Every entry of an archive, in order, read in full. */
export function readEntries(path: string): Entries {
  const zip = openZipReader(path);
  try {
    return new Map([...zip.entries.keys()].map((name) => [name, zip.read(name, 1 << 30)]));
  } finally {
    zip.close();
  }
}

/** An archive of these entries, as Précis writes them. */
export const buildArchive = (entries: Entries): Buffer => zip(entries);

function zip(entries: Entries, options: { store?: string[]; declared?: Record<string, number> } = {}): Buffer {
  return buildZip(
    [...entries].map(([name, data]) => ({
      name,
      data,
      ...(options.store?.includes(name) ? { store: true } : {}),
      ...(options.declared?.[name] !== undefined ? { declaredSize: options.declared[name] } : {}),
    })),
  );
}

function rowsOf(entries: Entries, table: string): JsonRow[] {
  const chunk = entries.get(`tables/${table}/000001.jsonl`);
  if (!chunk) throw new Error(`the genuine archive has no ${table}`);
  return chunk
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as JsonRow);
}

/** A copy of the entries with the first row of `table` changed. */
function withRow(entries: Entries, table: string, change: (row: JsonRow) => JsonRow, index = 0): Entries {
  const rows = rowsOf(entries, table);
  rows[index] = change(rows[index] as JsonRow);
  const copy = new Map(entries);
  copy.set(`tables/${table}/000001.jsonl`, Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n') + '\n'));
  return copy;
}

/** A copy of the entries with `table` holding exactly `rows` (its chunk and the manifest's count). */
export function withRows(entries: Entries, table: string, rows: JsonRow[]): Entries {
  const copy = withManifest(entries, (m) => {
    (m.tables as Record<string, { rows: number; chunks: number }>)[table] = { rows: rows.length, chunks: 1 };
  });
  const named = `tables/${table}/000001.jsonl`;
  const manifest = copy.get('manifest.json') as Buffer;
  copy.delete('manifest.json');
  copy.set(named, Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n') + '\n'));
  return copy.set('manifest.json', manifest);
}

/** A team review row as the mirror writes it. */
export function reviewRow(
  kind: 'note' | 'pack',
  itemId: string,
  approval: { by: string; snapshot: string } | null,
): JsonRow {
  const at = '2026-11-30T14:00:00.000Z';
  return {
    kind,
    item_id: itemId,
    state: approval ? 'approved' : 'in-review',
    changed_by: approval?.by ?? 'Someone',
    changed_at: at,
    approved_by: approval?.by ?? null,
    approved_at: approval ? at : null,
    snapshot_json: approval?.snapshot ?? null,
    returned_to_draft: 0,
  };
}

function withManifest(entries: Entries, change: (manifest: Record<string, unknown>) => void): Entries {
  const manifest = JSON.parse((entries.get('manifest.json') as Buffer).toString('utf8')) as Record<string, unknown>;
  change(manifest);
  return new Map(entries).set('manifest.json', Buffer.from(JSON.stringify(manifest)));
}

/** The entries with one more, placed before the manifest. */
function plus(entries: Entries, name: string, data: Buffer): Entries {
  const copy = new Map([...entries].filter(([n]) => n !== 'manifest.json'));
  copy.set(name, data);
  copy.set('manifest.json', entries.get('manifest.json') as Buffer);
  return copy;
}

const noteContent = (children: unknown[]) => JSON.stringify(root(children));

/** Builds every hostile case from the entries of a genuine archive (one with notes, annotations and packs). */
export function hostileArchives(genuine: Entries): HostileArchive[] {
  const original = [...genuine.keys()].find((name) => name.startsWith('originals/')) as string;
  const chunk = 'tables/documents/000001.jsonl';
  const cases: HostileArchive[] = [];
  const add = (kind: string, bytes: Buffer, refusal: string) => cases.push({ kind, bytes, refusal });

  // A falsified text under the genuine document's hash: re-importing the genuine file would
  // answer "existing" and show the falsified text.
  add(
    'original: falsified text under the genuine hash',
    zip(new Map(genuine).set(original, Buffer.from('Falsified: the members agree to nothing at all.\n'))),
    'hashMismatch',
  );
  add(
    'original: recorded size disagrees',
    zip(withRow(genuine, 'originals', (r) => ({ ...r, size: Number(r.size) + 1 }))),
    'hashMismatch',
  );

  // Rows the API would refuse.
  const rowCases: Array<[string, string, (row: JsonRow) => JsonRow]> = [
    [
      'notes',
      'note with a node type the editor does not know',
      (r) => ({
        ...r,
        content_json: noteContent([{ type: 'html', version: 1, __html: '<img src=x onerror=alert(1)>', children: [] }]),
      }),
    ],
    [
      'notes',
      'note nested 200 levels deep',
      (r) => {
        let node: unknown = paragraph([textNode('deep')]);
        for (let i = 0; i < 200; i++) node = { type: 'quote', version: 1, children: [node] };
        return { ...r, content_json: noteContent([node]) };
      },
    ],
    [
      'notes',
      'note with a javascript: link',
      (r) => ({
        ...r,
        content_json: noteContent([
          paragraph([{ type: 'link', version: 1, url: 'javascript:alert(1)', children: [textNode('x')] }]),
        ]),
      }),
    ],
    ['notes', 'note content that is not JSON', (r) => ({ ...r, content_json: '{"root":' })],
    [
      'note_versions',
      'note version the editor cannot open',
      (r) => ({ ...r, content_json: noteContent([{ type: 'x' }]) }),
    ],
    [
      'annotations',
      'comment nested thousands of levels (75 KB)',
      (r) => ({
        ...r,
        comment_lexical: deeplyNestedComment(75_000),
        comment_text: 'deep',
      }),
    ],
    ['annotation_tags', 'tag of two lines', (r) => ({ ...r, tag: 'one\ntwo' })],
    ['pack_items', 'pack item whose kind and target disagree', (r) => ({ ...r, kind: 'document' })],
    ['pack_items', 'pack item with a target that is not JSON', (r) => ({ ...r, spec: 'not json' })],
    ['packs', 'pack with an unknown classification', (r) => ({ ...r, classification: 'top-secret' })],
    ['packs', 'pack with a title of 10 000 characters', (r) => ({ ...r, title: 'T'.repeat(10_000) })],
    ['documents', 'document id carrying markup', (r) => ({ ...r, id: '"><style>@page{}</style>' })],
    ['documents', 'document language that is not a tag', (r) => ({ ...r, language: 'en"><x' })],
    ['paragraphs', 'paragraph number given as text', (r) => ({ ...r, n: '7"><b>' })],
    ['highlight_colors', 'colour that does not exist', (r) => ({ ...r, key: 'ultraviolet' })],
    ['settings', 'setting named with markup', (r) => ({ ...r, key: '<b>x</b>' })],
    [
      'documents',
      'import confidence that is not a fraction',
      (r) => ({
        ...r,
        import_confidence: JSON.stringify({ title: 7, date: 1, place: 1, issuer: 1, start: 1, end: 1 }),
      }),
    ],
    ['documents', 'footnotes that are not a list', (r) => ({ ...r, notes: '{"paragraphId": 1}' })],
    ['dropped_blocks', 'dropped block with a reason Précis never gives', (r) => ({ ...r, reason: 'because' })],
    ['dropped_blocks', 'dropped block of an unknown kind', (r) => ({ ...r, kind: 'script' })],
  ];
  for (const [table, kind, change] of rowCases) add(`row: ${kind}`, zip(withRow(genuine, table, change)), 'badRow');
  add('row: not JSON', zip(new Map(genuine).set(chunk, Buffer.from('{"id": \n'))), 'damagedRow');
  add(
    'row: a field this version does not know',
    zip(withRow(genuine, 'documents', (r) => ({ ...r, evil: 1 }))),
    'unknownField',
  );

  // Team rows about items the archive does not hold (the tables have no foreign keys).
  add(
    'review: of a note the archive does not hold',
    zip(withRows(genuine, 'item_reviews', [reviewRow('note', 'n-not-here', null)])),
    'brokenReferences',
  );
  add(
    'review: of a pack the archive does not hold',
    zip(withRows(genuine, 'item_reviews', [reviewRow('pack', 'p-not-here', { by: 'A. Approver', snapshot: '{}' })])),
    'brokenReferences',
  );
  add(
    'comment: on a note the archive does not hold',
    zip(
      withRows(genuine, 'note_comments', [
        {
          id: 'c1',
          note_id: 'n-not-here',
          thread_id: 'c1',
          author: 'A. Reviewer',
          created_at: '2026-11-30T14:00:00.000Z',
          body: 'Fine.',
          quote: '',
          prefix: '',
          suffix: '',
          resolved_by: null,
          resolved_at: null,
        },
      ]),
    ),
    'brokenReferences',
  );

  // Files: one serving two rows, misnamed, not referenced.
  const originals = rowsOf(genuine, 'originals');
  if (originals.length >= 2) {
    add(
      'file: one original named by two rows',
      zip(withRow(genuine, 'originals', (r) => ({ ...r, bytes: originals[0]?.bytes }), 1)),
      'fileReused',
    );
  }
  add(
    'file: an original no row names',
    zip(plus(genuine, 'originals/extra.txt', Buffer.from('extra'))),
    'unexpectedEntry',
  );
  add(
    'file: a script beside the tables',
    zip(plus(genuine, 'run-me.sh', Buffer.from('#!/bin/sh\nrm -rf ~\n'))),
    'unexpectedEntry',
  );

  // Names: duplicates and paths out of the archive's folder.
  const duplicated = buildZip([
    ...[...genuine].map(([name, data]) => ({ name, data })),
    { name: chunk, data: Buffer.from('{"falsified": true}\n') },
  ]);
  add('name: two entries with one name', duplicated, 'notAnArchive');
  for (const name of [
    '../../outside.txt',
    '/etc/precis.txt',
    'originals\\..\\..\\x.txt',
    'C:/x.txt',
    'originals/./x',
  ]) {
    add(`name: unsafe ${JSON.stringify(name)}`, zip(plus(genuine, name, Buffer.from('x'))), 'notAnArchive');
  }
  const renamed = zip(genuine);
  const at = renamed.indexOf(Buffer.from(chunk));
  renamed.write('X', at + chunk.length - 1, 'latin1'); // the local header now names another entry
  add('name: local header names another entry', renamed, 'damaged');

  // Bombs: an honest header with a huge ratio; declared sizes each under the ratio but huge in all;
  // a header that lies (declares less than the data inflates to).
  add(
    'bomb: one entry inflating a thousand times',
    zip(new Map(genuine).set(chunk, Buffer.alloc(20 * 1024 * 1024, 0x20))),
    'bomb',
  );
  const incompressible = (n: number) => randomBytes(n);
  let many = withManifest(genuine, (m) => {
    (m.tables as Record<string, { rows: number; chunks: number }>).paragraphs = { rows: 0, chunks: 12 };
  });
  const declared: Record<string, number> = {};
  many = new Map([...many].filter(([name]) => !name.startsWith('tables/paragraphs/')));
  for (let i = 1; i <= 12; i++) {
    const name = `tables/paragraphs/${String(i).padStart(6, '0')}.jsonl`;
    many.set(name, incompressible(1024 * 1024));
    declared[name] = 99 * 1024 * 1024;
  }
  add('bomb: twelve entries declaring 99 MB each', zip(many, { store: Object.keys(declared), declared }), 'tooLarge');
  add(
    'bomb: header declares less than the entry inflates to',
    zip(new Map(genuine).set(chunk, Buffer.alloc(4 * 1024 * 1024, 0x20)), { declared: { [chunk]: 1000 } }),
    'damaged',
  );

  // Manifests.
  add(
    'manifest: more rows listed than held',
    zip(withManifest(genuine, (m) => ((m.tables as Record<string, { rows: number }>).documents!.rows += 5))),
    'incomplete',
  );
  add(
    'manifest: a table this version does not know',
    zip(withManifest(genuine, (m) => ((m.tables as Record<string, unknown>).secrets = { rows: 0, chunks: 0 }))),
    'unknownTables',
  );
  add(
    'manifest: a negative chunk count',
    zip(withManifest(genuine, (m) => ((m.tables as Record<string, { chunks: number }>).documents!.chunks = -1))),
    'damagedManifest',
  );
  add('manifest: none', zip(new Map([...genuine].filter(([n]) => n !== 'manifest.json'))), 'noManifest');
  return cases;
}
