import { promises as fs, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translateApiError } from '../../../shared/api/index.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { checkWritableTarget, writeFileAtomic, WriteError, type WriteFs } from './atomic-write.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const bytes = new TextEncoder().encode('%PDF-1.4 test');

describe('writeFileAtomic', () => {
  it('writes the file and leaves nothing else behind; replaces an older file whole', async () => {
    const path = join(temp.dir, 'pack.pdf');
    writeFileSync(path, 'old contents');
    await writeFileAtomic(path, bytes);
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.4 test');
    expect(readdirSync(temp.dir)).toEqual(['pack.pdf']);
  });

  it('on a full disk, says so and leaves neither a partial file nor a changed old one', async () => {
    const path = join(temp.dir, 'pack.pdf');
    writeFileSync(path, 'old contents');
    const fullDisk: WriteFs = {
      ...fs,
      open: (async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async () => {
            await handle.writeFile(bytes.slice(0, 4)); // part of it made it to disk
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as typeof fs.open,
    };
    const error = await writeFileAtomic(path, bytes, fullDisk).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).reason).toBe('disk-full');
    expect((error as Error).message).toMatch(/disk .* is full/);
    expect(readdirSync(temp.dir)).toEqual(['pack.pdf']);
    expect(readFileSync(path, 'utf8')).toBe('old contents');
  });

  it('explains an unwritable folder', async () => {
    const denied: WriteFs = {
      ...fs,
      open: (async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      }) as typeof fs.open,
    };
    const error = await writeFileAtomic(join(temp.dir, 'pack.pdf'), bytes, denied).catch((e: unknown) => e);
    expect((error as WriteError).reason).toBe('not-writable');
    expect((error as Error).message).toMatch(/cannot write in .*permission denied/);
    expect(translateApiError((error as WriteError).translation, 'fr')).toBe(
      `Précis ne peut pas écrire dans ${temp.dir} (permission refusée). Choisissez un répertoire où vous pouvez écrire.`,
    );
    expect(existsSync(join(temp.dir, 'pack.pdf'))).toBe(false);
  });

  it('checks the target before printing: missing folder, a file as folder, a folder as file', async () => {
    await expect(checkWritableTarget(join(temp.dir, 'nope', 'x.pdf'))).rejects.toMatchObject({ reason: 'no-folder' });
    writeFileSync(join(temp.dir, 'file'), '');
    await expect(checkWritableTarget(join(temp.dir, 'file', 'x.pdf'))).rejects.toMatchObject({ reason: 'no-folder' });
    await expect(checkWritableTarget(temp.dir)).rejects.toMatchObject({ reason: 'is-folder' });
    await expect(checkWritableTarget(join(temp.dir, 'ok.pdf'))).resolves.toBeUndefined();
  });
});
