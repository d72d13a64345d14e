import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { countDocuments } from '../store/documents.store.ts';
import { importPaths } from './import-paths.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (api = await makeApiContext()));
afterEach(() => api.close());

describe('importPaths (File ▸ Import…)', () => {
  it('imports the files that can be imported, reports the others, and tells the page', async () => {
    const good = join(api.dir, 'good.txt');
    const empty = join(api.dir, 'empty.txt');
    writeFileSync(good, 'Statement on Rivers\n\nThe parties will protect rivers.\n');
    writeFileSync(empty, '');
    const { imported, failures } = await importPaths(
      api.context.db,
      [good, empty, join(api.dir, 'missing.pdf')],
      api.context.events,
    );
    expect(imported).toHaveLength(1);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/empty\.txt/);
    expect(failures[1]).toMatch(/missing\.pdf.*ENOENT/);
    expect(countDocuments(api.context.db)).toBe(1);
    const { events } = await api.context.events.next(0, 10);
    expect(events[0]).toEqual({ type: 'library-changed', openDocumentId: imported[0] });
    expect(events[1]).toMatchObject({ type: 'message', level: 'error' });
  });

  it('words the failures in the interface language', async () => {
    const empty = join(api.dir, 'vide.txt');
    writeFileSync(empty, '');
    const { failures } = await importPaths(
      api.context.db,
      [empty, join(api.dir, 'absent.pdf')],
      api.context.events,
      'fr',
    );
    expect(failures).toEqual([
      '«\u00a0vide.txt\u00a0» est vide. Choisissez un fichier qui contient le texte.',
      '«\u00a0absent.pdf\u00a0» n’a pas pu être lu (ENOENT).',
    ]);
  });

  it('asks the page when a file may be a new version of a document', async () => {
    const versions = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'versions');
    const first = await importPaths(api.context.db, [join(versions, 'declaration-v1.txt')], api.context.events);
    const { seq } = await api.context.events.next(-1, 10);
    const redraft = await importPaths(api.context.db, [join(versions, 'declaration-redraft.txt')], api.context.events);
    const { events } = await api.context.events.next(seq, 10);
    expect(events).toContainEqual({
      type: 'version-question',
      documentId: redraft.imported[0],
      candidate: expect.objectContaining({ documentId: first.imported[0], version: 1 }),
    });
  });
});
