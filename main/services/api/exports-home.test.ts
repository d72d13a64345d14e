/** A read-only library's exports wait in a private folder of this process, never in its data folder. */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { keepExport, takeExport } from '../export/deliver.ts';
import { dispatch } from './dispatch.ts';
import { bundledTemplatePaths } from './exports.api.ts';
import { exportsHome } from './exports-home.ts';
import { apiHandlers } from './handlers.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
beforeAll(async () => {
  api = await makeApiContext();
});
afterAll(() => api.close());

describe('where exports wait', () => {
  it('uses the data folder for a writable library', () => {
    expect(exportsHome(api.context)).toBe(dirname(api.context.storePath));
  });

  it('uses a private folder of this process for a read-only one, and removes those of killed processes', async () => {
    // pid_max is at most 4 194 304: this one never runs.
    const killed = join(tmpdir(), 'precis-read-only-exports-4194305-abc');
    const running = join(tmpdir(), `precis-read-only-exports-${process.pid}-old`);
    mkdirSync(killed, { recursive: true });
    mkdirSync(running, { recursive: true });
    const readOnly = { ...api.context, readOnly: true };
    const home = exportsHome(readOnly);
    expect(home.startsWith(join(tmpdir(), `precis-read-only-exports-${process.pid}-`))).toBe(true);
    expect(statSync(home).mode & 0o777).toBe(0o700);
    expect(exportsHome(readOnly)).toBe(home);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(running)).toBe(true);

    const kept = await keepExport(home, {
      fileName: 'a.pdf',
      mediaType: 'application/pdf',
      bytes: new Uint8Array([1]),
    });
    expect(existsSync(join(dirname(api.context.storePath), 'exports'))).toBe(false);
    expect([...(await takeExport(home, kept.id)).bytes]).toEqual([1]);
    // A test worker may be ended without its exit handlers: remove what this test made.
    for (const dir of [running, home]) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the chosen Word template of a read-only library as it was', async () => {
    const call = (context: typeof api.context, channel: 'wordTemplate:set', input: unknown) =>
      dispatch(apiHandlers, context, channel, input, () => {});
    const template = readFileSync(bundledTemplatePaths().template).toString('base64');
    expect((await call(api.context, 'wordTemplate:set', { fileName: 'first.dotx', dataBase64: template })).ok).toBe(
      true,
    );
    const file = join(dirname(api.context.storePath), 'templates', 'word-template.bin');
    const before = readFileSync(file);
    // The same template under another name: were it written, the atomic rename would change the inode.
    const inode = statSync(file).ino;
    const other = before.toString('base64');
    const refused = await call({ ...api.context, readOnly: true }, 'wordTemplate:set', {
      fileName: 'second.dotx',
      dataBase64: other,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).ino).toBe(inode);
  });
});
