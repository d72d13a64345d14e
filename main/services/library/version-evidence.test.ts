/**
 * Versions only on evidence or on request (issue 14 "versions by guess", issue 13 item 6), on
 * version pairs written for these tests (test/fixtures/versions/README.md) imported through the
 * real pipeline into a real store. Shares measured on them (paragraphs in common over the
 * longer text), which the thresholds in version-evidence.ts sit between:
 *
 * | pair | share | same name | result |
 * | --- | --- | --- | --- |
 * | declaration, revised (figure corrected, paragraph reworded, one added, one dropped) | 0.78 | yes | version |
 * | communiqué (FR), corrected (date, name, a sentence added) | 0.86 | yes | version |
 * | declaration, redrafted (a third unchanged) | 0.33 | yes | asked |
 * | wire story quoting three paragraphs (one word for word) | 0.33 | no, and news | separate |
 * | unrelated statement, same file name as the communiqué | 0.00 | yes | separate |
 * | backgrounder under the declaration's title and dateline | 0.00 | yes | separate |
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { runCli } from '../../shells/cli/precis.ts';
import { openStore, type Database } from '../store/database.ts';
import { getDocument } from '../store/documents.store.ts';
import { createAnnotation, listAnnotationsOn } from './annotations.ts';
import { importIntoLibrary, makeVersionOf } from './import-document.ts';
import { sharedParagraphs, STRONG_SHARE } from './version-evidence.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'versions');
const file = (name: string) => readFileSync(join(fixtures, name));

let temp: ReturnType<typeof makeTempDir>;
let db: Database;
beforeEach(() => {
  temp = makeTempDir();
  db = openStore(temp.dir).db;
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

async function importAs(
  fixture: string,
  fileName: string,
  options: { versionOf?: string; newDocument?: boolean } = {},
) {
  return importIntoLibrary(db, { fileName, bytes: file(fixture) }, options);
}

describe('sharedParagraphs', () => {
  it('counts the same paragraphs by id and corrected ones by near-identical text, each once', () => {
    const older = [
      { id: 'a', text: 'We will invest a combined 240 million dollars over five years in research.' },
      { id: 'b', text: 'We will meet again in Reykjavik in 2026.' },
      { id: 'c', text: 'We will meet again in Reykjavik in 2026.' },
    ];
    const newer = [
      { id: 'x', text: 'We will invest a combined 260 million dollars over five years in research.' },
      { id: 'b', text: 'We will meet again in Reykjavik in 2026.' },
      { id: 'b', text: 'We will meet again in Reykjavik in 2026.' },
      { id: 'b', text: 'We will meet again in Reykjavik in 2026.' },
      { id: 'y', text: 'Something else entirely about harbours.' },
    ];
    expect(sharedParagraphs(newer, older)).toBe(3);
    expect(sharedParagraphs([], older)).toBe(0);
  });
});

describe('a new import becomes a version only on evidence', () => {
  it('makes the revised declaration and the corrected communiqué their next versions', async () => {
    const declaration = await importAs('declaration-v1.txt', 'declaration.txt');
    const revised = await importAs('declaration-v2.txt', 'declaration.txt');
    expect(revised).toMatchObject({
      outcome: 'new-version',
      versionOf: { documentId: declaration.document.id, basis: 'evidence' },
    });
    expect(revised.versionOf?.share).toBeGreaterThanOrEqual(STRONG_SHARE);
    expect(getDocument(db, revised.document.id)).toMatchObject({ version: 2, previousId: declaration.document.id });

    const communique = await importAs('communique-v1.txt', 'communique.txt');
    const corrected = await importAs('communique-v2.txt', 'communique.txt');
    expect(corrected).toMatchObject({
      outcome: 'new-version',
      versionOf: { documentId: communique.document.id, basis: 'evidence' },
    });
  });

  it('never makes a version of a file name or a title alone, and asks nothing then', async () => {
    const communique = await importAs('communique-v1.txt', 'communique.txt');
    const declaration = await importAs('declaration-v1.txt', 'declaration.txt');
    // An English statement saved under the French communiqué's file name.
    const other = await importAs('communique-other.txt', 'communique.txt');
    expect(other).toMatchObject({ outcome: 'imported', versionOf: null, possibleVersionOf: null });
    // A backgrounder under the declaration's own title and dateline.
    const titled = await importAs('statement-titled.txt', 'backgrounder.txt');
    expect(titled).toMatchObject({ outcome: 'imported', versionOf: null, possibleVersionOf: null });
    expect(getDocument(db, titled.document.id)?.title).toBe(getDocument(db, declaration.document.id)?.title);
    for (const id of [other.document.id, titled.document.id, communique.document.id]) {
      expect(getDocument(db, id)).toMatchObject({ version: 1, previousId: null });
    }
  });

  it('does not take a news story quoting a declaration for a version of it', async () => {
    await importAs('declaration-v1.txt', 'declaration.txt');
    const wire = await importAs('wire-quoting.txt', 'wire.txt');
    expect(wire).toMatchObject({ outcome: 'imported', versionOf: null, possibleVersionOf: null });
  });

  it('asks when the evidence is partial, and links it when the user says it is a version', async () => {
    const declaration = await importAs('declaration-v1.txt', 'declaration.txt');
    const annotation = createAnnotation(db, {
      documentId: declaration.document.id,
      target: { type: 'quote', exact: 'publish the data they collect under common open licences' },
    });
    const redraft = await importAs('declaration-redraft.txt', 'declaration.txt');
    expect(redraft).toMatchObject({
      outcome: 'imported',
      versionOf: null,
      possibleVersionOf: { documentId: declaration.document.id, version: 1 },
    });
    // Not a version yet: the declaration's annotations are not anchored onto it.
    expect(listAnnotationsOn(db, redraft.document.id)).toEqual([]);

    const linked = makeVersionOf(db, redraft.document.id, declaration.document.id);
    expect(linked).toMatchObject({ documentId: declaration.document.id, basis: 'user' });
    expect(getDocument(db, redraft.document.id)).toMatchObject({
      seriesId: getDocument(db, declaration.document.id)?.seriesId,
      version: 2,
      previousId: declaration.document.id,
    });
    const [onRedraft] = listAnnotationsOn(db, redraft.document.id);
    expect(onRedraft).toMatchObject({ id: annotation.id, anchor: { status: 'moved' } });
    // A document in a series already cannot be moved into another one.
    const other = await importAs('communique-v1.txt', 'communique.txt');
    expect(() => makeVersionOf(db, declaration.document.id, other.document.id)).toThrow(/versions of its own/);
  });

  it('keeps a new document apart when the user says so, whatever the evidence', async () => {
    await importAs('declaration-v1.txt', 'declaration.txt');
    const apart = await importAs('declaration-v2.txt', 'declaration.txt', { newDocument: true });
    expect(apart).toMatchObject({ outcome: 'imported', versionOf: null, possibleVersionOf: null });
  });
});

describe('precis import --version-of / --new-document', () => {
  async function cli(...args: string[]): Promise<string> {
    const lines: string[] = [];
    await runCli([...args, '--store', temp.dir], (text) => lines.push(text));
    return lines.join('\n');
  }

  it('says what it may be a version of, and makes it one with --version-of', async () => {
    const first = JSON.parse(await cli('import', join(fixtures, 'declaration-v1.txt'), '--json')) as { id: string };
    const redraft = join(fixtures, 'declaration-redraft.txt');
    const said = await cli('import', redraft);
    expect(said).toContain(`It may be a new version of ${first.id}`);
    expect(said).toContain(`precis import ${redraft} --version-of ${first.id}`);
    // The same bytes again, now with --version-of: the document already imported is linked.
    const linked = JSON.parse(await cli('import', redraft, '--version-of', first.id, '--json')) as {
      outcome: string;
      version: number;
      versionOf: { documentId: string; basis: string };
    };
    expect(linked).toMatchObject({
      outcome: 'new-version',
      version: 2,
      versionOf: { documentId: first.id, basis: 'user' },
    });
    const apart = JSON.parse(await cli('import', join(fixtures, 'declaration-v2.txt'), '--new-document', '--json')) as {
      outcome: string;
      version: number;
      versionOf: null;
    };
    expect(apart).toMatchObject({ outcome: 'imported', version: 1, versionOf: null });
    await expect(cli('import', redraft, '--version-of', first.id, '--new-document')).rejects.toThrow(/exclude/);
  });
});
