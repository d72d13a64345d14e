/**
 * notes:* through the real dispatch gate on a real store: create from templates, save
 * (atomic, excerpts kept in step, versions), rename, duplicate, delete and undo, versions,
 * invalid content refused, and excerpt freshness across document versions. Also the CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../shared/api/index.ts';
import type { NoteContent } from '../../../shared/notes/content-schema.ts';
import { headingNode, paragraphNode } from '../../../shared/notes/templates.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { runCli } from '../../shells/cli/precis.ts';
import { importIntoLibrary } from '../library/import-document.ts';
import { saveNote, AUTO_VERSION_INTERVAL_MS } from '../store/notes.store.ts';
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

async function declaration() {
  const list = await call('documents:list', {});
  const summary = list.find((d) => d.kind === 'declaration');
  return call('documents:get', { id: summary?.id ?? '' });
}

function excerptNode(doc: Awaited<ReturnType<typeof declaration>>, n: number) {
  const paragraph = doc.sections.flatMap((s) => s.paragraphs).find((p) => p.n === n);
  if (!paragraph) throw new Error(`no ¶ ${n}`);
  return {
    type: 'excerpt' as const,
    version: 1,
    documentId: doc.id,
    documentTitle: doc.title,
    documentDate: doc.date,
    paragraphs: [{ id: paragraph.id, n }],
    text: paragraph.text,
    origin: 'paragraph',
  };
}

/** The save input for a loaded note, with changes. */
function saveOf(note: ApiOutput<'notes:get'>, change: Partial<ApiInput<'notes:save'>> = {}): ApiInput<'notes:save'> {
  const { id, title, status, classification, fields, content } = note;
  return { id, title, status, classification, fields, content, ...change };
}

function contentWith(...children: NoteContent['root'][]): NoteContent {
  return { root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children } };
}

describe('notes API', () => {
  it('creates notes from the templates, and lists them', async () => {
    const en = await call('notes:create', { template: 'en' });
    const fr = await call('notes:create', { template: 'fr', title: 'Note sur la défense' });
    expect(en).toMatchObject({
      title: 'Briefing note',
      language: 'en',
      status: 'draft',
      classification: 'unclassified',
    });
    expect(fr).toMatchObject({ title: 'Note sur la défense', language: 'fr' });
    const list = await call('notes:list', {});
    expect(list.map((n) => n.id).sort()).toEqual([en.id, fr.id].sort());
    expect(await call('notes:versions', { id: en.id })).toEqual([expect.objectContaining({ reason: 'created' })]);
  });

  it('titles a blank note in its language', async () => {
    expect(await call('notes:create', { template: 'blank' })).toMatchObject({ title: 'Untitled note', language: 'en' });
    expect(await call('notes:create', { template: 'blank', language: 'fr' })).toMatchObject({
      title: 'Note sans titre',
      language: 'fr',
    });
  });

  it('saves atomically, keeps excerpts in step and records versions', async () => {
    const doc = await declaration();
    const note = await call('notes:create', { template: 'blank', title: 'Draft' });
    const content = contentWith(headingNode('Purpose'), paragraphNode('To brief.'), excerptNode(doc, 8));
    const saved = await call('notes:save', {
      id: note.id,
      title: 'Defence note',
      status: 'final',
      classification: 'protected-b',
      fields: { ...note.fields, to: 'Minister' },
      content,
    });
    expect(saved.summary).toMatchObject({ title: 'Defence note', status: 'final', classification: 'protected-b' });
    expect(saved.summary.revision).toBe(1);
    // The "created" version is fresh: an autosave does not add a version yet.
    expect(saved.version).toBeNull();
    const got = await call('notes:get', { id: note.id });
    expect(got.content).toEqual(content);
    expect(got.fields.to).toBe('Minister');
    const p8 = excerptNode(doc, 8).paragraphs[0]!.id;
    expect(got.excerpts).toEqual([
      {
        documentId: doc.id,
        version: 1,
        paragraphs: [8],
        paragraphIds: [p8],
        labels: ['8'],
        current: [{ id: p8, n: 8, label: '8' }],
        status: 'current',
        text: excerptNode(doc, 8).text,
      },
    ]);

    const manual = await call(
      'notes:save',
      saveOf(got, { content: contentWith(paragraphNode('Now shorter.')), checkpoint: 'manual' }),
    );
    expect(manual.version?.reason).toBe('manual');
    expect((await call('notes:get', { id: note.id })).excerpts).toEqual([]);

    const versions = await call('notes:versions', { id: note.id });
    expect(versions.map((v) => v.reason)).toEqual(['manual', 'created']);
    const created = await call('notes:version', { id: note.id, versionId: versions[1]?.id ?? 0 });
    expect(created.title).toBe('Draft');

    // An autosave long after the newest version records an automatic one.
    const later = new Date(Date.now() + AUTO_VERSION_INTERVAL_MS + 1000);
    const auto = saveNote(
      api.context.db,
      note.id,
      { ...saveOf(got), content: contentWith(paragraphNode('Later.')) },
      { now: later },
    );
    expect(auto?.version?.reason).toBe('auto');
  });

  it('refuses crafted content and leaves the note unchanged', async () => {
    const note = await call('notes:create', { template: 'en' });
    const result = await dispatch(apiHandlers, api.context, 'notes:save', {
      id: note.id,
      title: 'x',
      status: 'draft',
      classification: 'secret',
      fields: note.fields,
      content: contentWith({ type: 'html' as never, version: 1, children: [] }),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-input');
    expect((await call('notes:get', { id: note.id })).classification).toBe('unclassified');
  });

  it('renames, duplicates, deletes and undoes the delete', async () => {
    const note = await call('notes:create', { template: 'en' });
    await call('notes:rename', { id: note.id, title: 'Renamed' });
    const copy = await call('notes:duplicate', { id: note.id });
    expect(copy.title).toBe('Renamed (copy)');
    expect((await call('notes:get', { id: copy.id })).content).toEqual(note.content);
    await call('notes:delete', { id: note.id });
    expect((await call('notes:list', {})).map((n) => n.id)).toEqual([copy.id]);
    await expect(call('notes:get', { id: note.id })).rejects.toThrow(/not-found/);
    await call('notes:undelete', { id: note.id });
    expect((await call('notes:list', {})).map((n) => n.id).sort()).toEqual([note.id, copy.id].sort());
  });

  it('tells when a newer version of the source changed an excerpt', async () => {
    const doc = await declaration();
    const excerpt = excerptNode(doc, 8);
    const unrelated = excerptNode(doc, 2);
    const check = () =>
      call('notes:check-excerpts', {
        excerpts: [excerpt, unrelated].map((e) => ({
          documentId: e.documentId,
          paragraphs: e.paragraphs,
          text: e.text,
        })),
      });
    const cited = (n: number) => ({ id: excerptNode(doc, n).paragraphs[0]!.id, n, label: String(n) });
    expect(await check()).toEqual([
      { status: 'current', paragraphs: [cited(8)] },
      { status: 'current', paragraphs: [cited(2)] },
    ]);

    // Re-import the declaration with ¶ 8 reworded: a new version in the same series.
    const path = join(import.meta.dirname, '..', '..', '..', 'resources', 'samples', doc.source.fileName);
    const changed = readFileSync(path, 'utf8').replace(
      'have trained tens of thousands',
      'have now trained over forty thousand',
    );
    const imported = await importIntoLibrary(api.context.db, {
      fileName: doc.source.fileName,
      bytes: new TextEncoder().encode(changed),
    });
    expect(imported.outcome).toBe('new-version');

    const [eight, two] = await check();
    expect(eight?.status).toBe('changed');
    expect(eight && 'replacement' in eight && eight.replacement?.text).toContain(
      'have now trained over forty thousand',
    );
    expect(eight && 'latest' in eight && eight.latest).toMatchObject({ documentId: imported.document.id, version: 2 });
    expect(two?.status).toBe('unchanged');
    // Kept against the newest version: no longer reported.
    const kept = await call('notes:check-excerpts', {
      excerpts: [
        {
          documentId: excerpt.documentId,
          paragraphs: excerpt.paragraphs,
          text: excerpt.text,
          keptAgainst: imported.document.id,
        },
      ],
    });
    expect(kept).toEqual([{ status: 'current', paragraphs: [cited(8)] }]);
  });
});

describe('precis notes / note / note-new', () => {
  async function cli(...args: string[]): Promise<unknown> {
    const lines: string[] = [];
    await runCli([...args, '--store', api.dir], (text) => lines.push(text));
    return JSON.parse(lines.join('\n'));
  }

  it('creates, lists and prints a note with its excerpts', async () => {
    // The CLI opens its own connection to the same store file.
    const created = (await cli('note-new', '--template', 'fr', '--title', 'Essai', '--json')) as { id: string };
    expect(created).toMatchObject({ title: 'Essai', classification: 'unclassified', status: 'draft', language: 'fr' });
    const doc = await declaration();
    const note = await call('notes:get', { id: created.id });
    await call('notes:save', saveOf(note, { content: contentWith(paragraphNode('Intro'), excerptNode(doc, 8)) }));
    expect(await cli('notes', '--json')).toEqual([
      expect.objectContaining({ id: created.id, title: 'Essai', classification: 'unclassified', status: 'draft' }),
    ]);
    const printed = (await cli('note', created.id, '--json')) as { text: string; excerpts: unknown[] };
    expect(printed.excerpts).toEqual([
      expect.objectContaining({ documentId: doc.id, paragraphs: [8], text: excerptNode(doc, 8).text }),
    ]);
    expect(printed.text.startsWith('Intro\n')).toBe(true);
    await expect(cli('note-new', '--template', 'de')).rejects.toThrow(/unknown template/);
    await expect(cli('note', 'nope', '--json')).rejects.toThrow(/no note/);
  });
});
