/**
 * `precis export-docx`: a note or a pack (by id), or the sample pack, written as .docx where the
 * user says, atomically, in Précis's layout or a template; bad templates end in one line and no
 * file, and an existing file is left as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../test/support/docx.ts';
import { makeTempDir } from '../../../test/support/temp.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'bin', 'precis.js');

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => (temp = makeTempDir()));
afterAll(() => temp.cleanup());

function precis(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args, '--store', join(temp.dir, 'store')], {
    encoding: 'utf8',
    env: { ...process.env, PRECIS_STORE: '', LANG: 'en_CA.UTF-8', LC_ALL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('precis export-docx', () => {
  it('writes the French sample pack, and says so in French', () => {
    const file = join(temp.dir, 'échantillon.docx');
    const { status, stdout, stderr } = precis('export-docx', '--sample', '--lang', 'fr', '-o', file);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^.*échantillon\.docx écrit \(\d+ Ko\)\.\n$/);
    const docx = readDocx(file);
    expect(docx.core.language).toBe('fr-CA');
    expect(docx.paragraphs.map((p) => p.text)).toContain('Table des matières');
  });

  it('writes a note by its id in a template, with --json', () => {
    const notes = JSON.parse(precis('notes', '--json').stdout) as Array<{ id: string; title: string }>;
    const note = notes[0] as { id: string; title: string };
    const file = join(temp.dir, 'note.docx');
    const templates = join(root, 'resources', 'templates');
    const { status, stdout } = precis(
      'export-docx',
      note.id,
      '-o',
      file,
      '--template',
      join(templates, 'precis-neutral.dotx'),
      '--styles',
      join(templates, 'precis-neutral.styles.json'),
      '--json',
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      id: note.id,
      kind: 'note',
      path: file,
      byteLength: readFileSync(file).byteLength,
      template: 'precis-neutral.dotx',
    });
    expect(readDocx(file).paragraphs[0]).toEqual({ style: 'Title', text: note.title });
  });

  it('refuses a bad template in one line, leaving the file that was there', () => {
    const file = join(temp.dir, 'kept.docx');
    writeFileSync(file, 'what was there');
    const notWord = join(temp.dir, 'template.dotx');
    writeFileSync(notWord, 'not a zip at all');
    const { status, stdout, stderr } = precis('export-docx', '--sample', '-o', file, '--template', notWord);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'precis: “template.dotx” is not a Word file. Choose a Word template (.dotx) or document (.docx).\n',
    );
    expect(readFileSync(file, 'utf8')).toBe('what was there');
    expect(readdirSync(temp.dir).filter((name) => name.includes('.partial'))).toEqual([]);
  });

  it('fails before the work when the folder does not exist, and on usage errors', () => {
    const missing = join(temp.dir, 'nowhere', 'x.docx');
    const gone = precis('export-docx', '--sample', '-o', missing);
    expect(gone.status).toBe(1);
    expect(gone.stderr).toMatch(/^precis: The folder .*nowhere does not exist/);
    expect(existsSync(missing)).toBe(false);
    expect(precis('export-docx', '-o', join(temp.dir, 'y.docx')).status).toBe(2);
    expect(precis('export-docx', 'nope', '-o', join(temp.dir, 'z.docx')).stderr).toMatch(/no note with id “nope”/);
  });
});
