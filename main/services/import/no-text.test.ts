/**
 * "No text found" (issue 13): a file that holds only a page's surroundings (its title, a date
 * stamp, share and menu cues) fails with a clear message and leaves the library as it was, through
 * the pipeline, the API and the CLI; a page made only of short furniture-shaped lines has no other
 * region, so its lines are its text.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiInput } from '../../../shared/api/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { dispatch } from '../api/dispatch.ts';
import { apiHandlers } from '../api/handlers.ts';
import { ImportError } from './errors.ts';
import { importDocument } from './index.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A saved page with a title, a date stamp and a share bar, and no text. */
const TITLE_ONLY_HTML =
  '<!DOCTYPE html><html lang="en"><head><title>Harbour statement</title></head><body>' +
  '<h1>Statement on the harbour works</h1><p>Published 3 June 2025</p><p>Share this page</p>' +
  '<nav><ul><li><a href="#">Home</a></li><li><a href="#">News</a></li></ul></nav></body></html>';
/** A clipped note: front matter, a title line, a breadcrumb and a date, and nothing else. */
const CLIPPED_SHELL_MD =
  '---\ntitle: "Communiqué sur les ponts"\nsource: "https://example.org/ponts"\n---\n\n' +
  '# Communiqué sur les ponts\n\nAccueil › Salle de presse › Communiqués\n\nPublié le 4 juin 2025\n';
/** Thirty-three word counters: every line shaped like furniture, and nothing else on the page. */
const COUNTERS_HTML = `<html><body>${Array.from({ length: 33 }, (_, i) => `<p>Pasted ${i + 4} words</p>`).join('')}</body></html>`;
/** A list of short unpunctuated lines pasted alone (an agenda), with no sentence among them. */
const AGENDA_TXT = 'Opening of the session\n\nAdoption of the agenda\n\nElection of officers\n\nOther business\n';

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the import should have failed');
}

describe('a file without document text', () => {
  it('fails with no-text when only the page’s surroundings are there (HTML and Markdown)', async () => {
    const html = await failure(importDocument({ fileName: 'harbour.html', bytes: encode(TITLE_ONLY_HTML) }));
    expect(html.code).toBe('no-text');
    expect(html.message).toBe(
      '“harbour.html” holds only a page’s surroundings (a title, dates, menus, labels), not a document’s text. Open the page, select the text itself, and import or paste that.',
    );
    expect(html.messageIn('fr')).toMatch(/^«\u00a0harbour\.html\u00a0» ne contient que l’habillage d’une page/);
    const md = await failure(importDocument({ fileName: 'ponts.md', bytes: encode(CLIPPED_SHELL_MD) }));
    expect(md.code).toBe('no-text');
    expect(md.key).toBe('noDocumentText');
  });

  it('imports the lines of a page that is all furniture-shaped lines: there is no other region', async () => {
    const counters = await importDocument({ fileName: 'counters.html', bytes: encode(COUNTERS_HTML) });
    const lines = counters.document.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(lines.length).toBeGreaterThanOrEqual(32);
    expect(lines).toContain('Pasted 20 words');
    const agenda = await importDocument({ fileName: 'agenda.txt', bytes: encode(AGENDA_TXT) });
    const items = agenda.document.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(items).toContain('Election of officers');
    expect(items).toContain('Other business');
  });
});

describe('no text through the API and the CLI', () => {
  let env: Awaited<ReturnType<typeof makeApiContext>>;
  beforeEach(async () => {
    env = await makeApiContext({ seed: true });
  });
  afterEach(() => env.close());

  async function call<C extends ApiChannel>(channel: C, input: ApiInput<C>) {
    return dispatch(apiHandlers, env.context, channel, input, () => {});
  }

  it('documents:import fails with the import’s code and message; the library is unchanged', async () => {
    const before = await call('documents:list', {});
    if (!before.ok) throw new Error(before.error.message);
    const result = await call('documents:import', {
      fileName: 'harbour.html',
      dataBase64: Buffer.from(TITLE_ONLY_HTML).toString('base64'),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('import-failed');
    expect(result.error.message).toContain('holds only a page’s surroundings');
    const after = await call('documents:list', {});
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value).toEqual(before.value);
  });

  it('precis import says so in the CLI language and exits non-zero, importing nothing', () => {
    const temp = makeTempDir();
    try {
      const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'precis.js');
      const precis = (...args: string[]) =>
        spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, PRECIS_STORE: '' } });
      const store = join(temp.dir, 'lib');
      const count = () => (JSON.parse(precis('list', '--json', '--store', store).stdout) as unknown[]).length;
      const before = count();
      const file = join(temp.dir, 'ponts.md');
      writeFileSync(file, CLIPPED_SHELL_MD);
      const english = precis('import', file, '--store', store);
      expect(english.status).not.toBe(0);
      expect(english.stderr).toMatch(/^precis: “ponts\.md” holds only a page’s surroundings/);
      const french = precis('import', file, '--store', store, '--lang', 'fr');
      expect(french.stderr).toMatch(/^precis: «\u00a0ponts\.md\u00a0» ne contient que l’habillage d’une page/);
      expect(count()).toBe(before);
    } finally {
      temp.cleanup();
    }
  });
});
