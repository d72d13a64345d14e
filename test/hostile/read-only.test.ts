/**
 * Read-only that works (issue 19, finding 5): on read-only media and on a library another user
 * owns, all 11 operations once failed with 26-line stack traces, the two read-only paths
 * included. Here the real CLI and browser mode run against such a library:
 *
 * - another user's library: the folder and files belong to root, and the commands run as
 *   `nobody` (setpriv; tests run as root here, and root ignores permissions). Run as another
 *   user, the test makes the folder and files read-only for its own user instead;
 * - read-only media: a read-only bind mount of the folder (needs root; skipped, saying so,
 *   where mounting is not allowed). There even root cannot write (EROFS).
 *
 * With --read-only every read works (list, show, search, notes, packs, annotations, quotes) and
 * so does exporting to a writable folder (a PDF printed by real Chromium, a library archive, a
 * backup copy); every write is refused in one line with no stack trace. Without it, the
 * library is refused in one line that names --read-only, and browser mode shows its recovery
 * page. Nothing in the library's folder changes.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiContext } from '../../main/services/api/context.ts';
import { dispatch } from '../../main/services/api/dispatch.ts';
import { apiHandlers } from '../../main/services/api/handlers.ts';
import { openLibrary } from '../../main/services/library/open-library.ts';
import { createSamplePack } from '../../main/services/packs/sample-pack.ts';
import { pdfPageTexts } from '../support/pdf.ts';
import { makeTempDir } from '../support/temp.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'precis.js');
const isRoot = process.getuid?.() === 0;

let temp: ReturnType<typeof makeTempDir>;
let library: string;
let out: string;
let home: string;
let ids: { declaration: string; note: string; pack: string };

/** Runs a program as a user who cannot write the library (`nobody` when the tests run as root). */
function command(program: string, args: string[]): [string, string[]] {
  return isRoot ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', program, ...args]] : [program, args];
}

function precis(store: string, ...args: string[]): SpawnSyncReturns<string> {
  const [program, argv] = command(process.execPath, [cli, ...args, '--store', store]);
  return spawnSync(program, argv, { encoding: 'utf8', env: { ...process.env, HOME: home, LANG: 'en_CA.UTF-8' } });
}

function json(result: SpawnSyncReturns<string>): unknown {
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** Every file under the folder with its bytes and mode. */
function folderState(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).map((entry) => {
    const path = join(entry.parentPath, entry.name);
    const mode = statSync(path).mode.toString(8);
    return entry.isFile() ? `${path} ${mode} ${readFileSync(path).toString('base64')}` : `${path} ${mode}`;
  });
}

/** Makes the folder readable but not writable for the user the commands run as. */
function readOnlyFor(dir: string): void {
  const [dirMode, fileMode] = isRoot ? [0o755, 0o644] : [0o555, 0o444];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    chmodSync(join(entry.parentPath, entry.name), entry.isDirectory() ? dirMode : fileMode);
  }
  chmodSync(dir, dirMode);
}

/** A read-only bind mount of `source` (read-only media), or undefined where mounting is not allowed. */
function readOnlyMount(source: string, target: string): string | undefined {
  mkdirSync(target);
  if (!isRoot) return undefined;
  const bind = spawnSync('mount', ['--bind', source, target]);
  if (bind.status !== 0) return undefined;
  if (spawnSync('mount', ['-o', 'remount,bind,ro', target]).status !== 0) {
    spawnSync('umount', [target]);
    return undefined;
  }
  return target;
}

beforeAll(async () => {
  temp = makeTempDir('precis-read-only-');
  chmodSync(temp.dir, 0o755);
  library = join(temp.dir, 'library');
  out = join(temp.dir, 'out');
  home = join(temp.dir, 'home');
  for (const dir of [out, home]) {
    mkdirSync(dir);
    chmodSync(dir, 0o777);
  }
  const store = await openLibrary(library);
  const context = createApiContext({ db: store.db, storePath: store.path, mode: 'cli', version: '0.0.0-test' });
  const call = async (channel: Parameters<typeof dispatch>[2], input: unknown) => {
    const result = await dispatch(apiHandlers, context, channel, input, () => {});
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: string; kind?: string };
  };
  const documents = (await call('documents:list', {})) as unknown as Array<{ id: string; kind: string }>;
  const declaration = documents.find((d) => d.kind === 'declaration')?.id as string;
  await call('annotations:create', {
    documentId: declaration,
    target: { type: 'paragraph', n: 2 },
    tags: ['defence'],
    comment: { lexical: '{"root":{"type":"root","children":[]}}', text: 'Check with the desk' },
  });
  // Anchors are cached as annotations are read: a read-only library must compute them instead.
  store.db.exec('DELETE FROM annotation_anchors');
  const note = await call('notes:create', { template: 'en', title: 'Read-only note' });
  const pack = createSamplePack(store.db);
  ids = { declaration, note: note.id, pack };
  store.db.close();
  readOnlyFor(library);
}, 120_000);

afterAll(() => {
  spawnSync('umount', [join(temp.dir, 'media')]);
  temp?.cleanup();
});

/** The reads and exports that must work, and the writes that must be refused, on one folder. */
async function checkReadOnly(store: string, label: string): Promise<void> {
  const before = folderState(store);
  expect((json(precis(store, 'list', '--json', '--read-only')) as unknown[]).length).toBe(2);
  expect(json(precis(store, 'show', ids.declaration, '--json', '--read-only'))).toMatchObject({ id: ids.declaration });
  expect((json(precis(store, 'search', 'defence', '--json', '--read-only')) as unknown[]).length).toBeGreaterThan(0);
  expect((json(precis(store, 'notes', '--json', '--read-only')) as unknown[]).length).toBe(2);
  expect(json(precis(store, 'note', ids.note, '--json', '--read-only'))).toMatchObject({ title: 'Read-only note' });
  expect((json(precis(store, 'packs', '--json', '--read-only')) as unknown[]).length).toBe(1);
  const annotations = json(precis(store, 'annotations', ids.declaration, '--json', '--read-only')) as unknown[];
  expect(annotations).toEqual([expect.objectContaining({ paragraph: 2, comment: 'Check with the desk' })]);
  expect(precis(store, 'quotes', ids.declaration, '--json', '--read-only').status).toBe(0);

  // Exports to a folder this user can write to: a PDF, a library archive, a backup copy.
  const pdf = join(out, `${label}.pdf`);
  const exported = precis(store, 'export', ids.pack, '-o', pdf, '--read-only');
  expect(exported.stderr).toBe('');
  expect(pdfPageTexts(pdf)[1]).toContain('UNCLASSIFIED');
  expect(precis(store, 'export-library', join(out, `${label}.precis-library`), '--read-only').status).toBe(0);
  expect(precis(store, 'backup', '-o', join(out, `${label}.sqlite`), '--read-only').status).toBe(0);

  // Writes: refused in one line, no stack trace.
  writeFileSync(join(out, 'new.txt'), 'A statement\n\nThe members agree.\n');
  for (const args of [
    ['import', join(out, 'new.txt')],
    ['annotate', ids.declaration, '--paragraph', '3', '--quote', 'Canada'],
    ['note-new', '--title', 'x'],
    ['backup'],
  ]) {
    const refused = precis(store, ...args, '--read-only');
    expect(refused.status, args.join(' ')).toBe(1);
    expect(refused.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    expect(refused.stderr, args.join(' ')).toMatch(/^precis: This library is open read-only/);
  }
  // Without --read-only: one line that says why and names --read-only.
  const plain = precis(store, 'list');
  expect(plain.status).toBe(1);
  expect(plain.stderr.trim().split('\n')).toHaveLength(1);
  expect(plain.stderr).toMatch(/cannot be written .*on read-only media or belongs to another user.*--read-only/);
  expect(folderState(store)).toEqual(before);
}

describe('read-only libraries', () => {
  it("reads, searches and exports another user's library with --read-only, refusing writes in one line", async () => {
    await checkReadOnly(library, 'other-user');
  }, 240_000);

  it('does the same on read-only media (a read-only bind mount)', async (test) => {
    const media = readOnlyMount(library, join(temp.dir, 'media'));
    if (!media) return test.skip('mounting is not allowed here: read-only media is covered by the permissions case');
    await checkReadOnly(media, 'media');
  }, 240_000);

  it('serves browser mode read-only, and its recovery page when the library cannot be written', async () => {
    const serve = (store: string, ...args: string[]) =>
      new Promise<{ url: string; stop: () => void }>((resolve, reject) => {
        const [program, argv] = command(process.execPath, [
          '--disable-warning=ExperimentalWarning',
          join(root, 'main/shells/browser/serve.ts'),
          '--store',
          store,
          ...args,
        ]);
        const child = spawn(program, argv, { env: { ...process.env, HOME: home, LANG: 'en_CA.UTF-8' } });
        let output = '';
        const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${output}`)), 60_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve({ url: match[0], stop: () => child.kill('SIGTERM') });
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', (code) => reject(new Error(`browser mode exited (${code}): ${output}`)));
      });
    const api = async (url: string, channel: string, input: unknown) => {
      const { origin, searchParams } = new URL(url);
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Precis-Token': searchParams.get('token') ?? '' },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string } } };
    };

    const readOnly = await serve(library, '--read-only');
    try {
      expect((await fetch(readOnly.url)).status).toBe(200);
      const listed = await api(readOnly.url, 'documents:list', {});
      expect(listed.body.ok).toBe(true);
      const imported = await api(readOnly.url, 'documents:import', {
        fileName: 'x.txt',
        dataBase64: Buffer.from('A statement\n\nText.\n').toString('base64'),
      });
      expect(imported.body).toMatchObject({ ok: false, error: { code: 'read-only' } });
      // A PDF export is made and downloaded although the library's folder cannot be written.
      const before = folderState(library);
      const made = await api(readOnly.url, 'export:pdf', { packId: ids.pack });
      expect(made.body).toMatchObject({ ok: true });
      const { exportId } = (made.body as unknown as { value: { exportId: string } }).value;
      const { origin, searchParams } = new URL(readOnly.url);
      const download = await fetch(`${origin}/exports/${exportId}`, {
        method: 'POST',
        headers: { 'X-Precis-Token': searchParams.get('token') ?? '' },
      });
      expect(download.status).toBe(200);
      const pdf = join(out, 'browser.pdf');
      writeFileSync(pdf, Buffer.from(await download.arrayBuffer()));
      expect(pdfPageTexts(pdf)[1]).toContain('UNCLASSIFIED');
      expect(folderState(library)).toEqual(before);
    } finally {
      readOnly.stop();
    }

    const refused = await serve(library);
    try {
      const page = await fetch(refused.url);
      expect(page.status).toBe(503);
      const html = await page.text();
      expect(html).toContain('Précis cannot write to your library');
      expect(html).toContain('--read-only');
      expect((await api(refused.url, 'documents:list', {})).status).toBe(503);
    } finally {
      refused.stop();
    }

    // A library this user cannot even read: the recovery page still comes up, and says so.
    const sealed = join(temp.dir, 'sealed');
    mkdirSync(sealed);
    writeFileSync(join(sealed, 'precis.sqlite'), readFileSync(join(library, 'precis.sqlite')));
    chmodSync(join(sealed, 'precis.sqlite'), 0o600);
    chmodSync(sealed, isRoot ? 0o700 : 0o000);
    try {
      const unreadable = await serve(sealed, '--read-only');
      try {
        const page = await fetch(unreadable.url);
        expect(page.status).toBe(503);
        expect(await page.text()).toContain('cannot be read here');
      } finally {
        unreadable.stop();
      }
      // Without --read-only it is the same: not "cannot be written, open it read-only", which
      // would fail in its turn.
      const plain = await serve(sealed);
      try {
        const html = await (await fetch(plain.url)).text();
        expect(html).toContain('Précis cannot read your library');
        expect(html).toContain('cannot be read here');
        expect(html).not.toContain('--read-only');
      } finally {
        plain.stop();
      }
      const listed = precis(sealed, 'list');
      expect(listed.status).toBe(1);
      expect(listed.stderr.trim().split('\n')).toHaveLength(1);
      expect(listed.stderr).toMatch(/^precis: The library at .* cannot be read here \(EACCES\)/);
      expect(listed.stderr).not.toContain('--read-only');
    } finally {
      chmodSync(sealed, 0o700);
    }
  }, 180_000);
});
