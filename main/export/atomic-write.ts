/**
 * Writing the PDF so that a failed export leaves no partial file: write a hidden temp file in
 * the target folder, flush it to disk, then rename it over the target (atomic on one volume).
 */
import { randomBytes } from 'node:crypto';
import { promises as realFs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The fs calls used, so tests can make the disk "full" without filling one. */
export interface WriteFs {
  open: typeof realFs.open;
  rename: typeof realFs.rename;
  unlink: typeof realFs.unlink;
  stat: typeof realFs.stat;
}

/** A write that failed, with a message saying why in the user's terms. */
export class WriteError extends Error {
  readonly reason: 'no-folder' | 'not-writable' | 'disk-full' | 'is-folder' | 'other';
  constructor(reason: WriteError['reason'], message: string) {
    super(message);
    this.name = 'WriteError';
    this.reason = reason;
  }
}

function explain(error: unknown, path: string): WriteError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const folder = dirname(path);
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new WriteError('no-folder', `The folder ${folder} does not exist. Choose another place to save the PDF.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new WriteError(
      'not-writable',
      `Précis cannot write in ${folder} (permission denied). Choose a folder you can write to.`,
    );
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new WriteError(
      'disk-full',
      `The disk holding ${folder} is full. Free some space or save the PDF elsewhere.`,
    );
  if (code === 'EISDIR') return new WriteError('is-folder', `${path} is a folder. Give a file name for the PDF.`);
  const detail = error instanceof Error ? error.message : String(error);
  return new WriteError('other', `The PDF could not be written to ${path} (${detail}).`);
}

/**
 * Checks, before the (slow) print, that `path` names a file in an existing folder, so an
 * export to a bad place fails at once with the same message the write would give.
 */
export async function checkWritableTarget(path: string, fs: Pick<WriteFs, 'stat'> = realFs): Promise<void> {
  const existing = await fs.stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw explain(Object.assign(new Error('is a directory'), { code: 'EISDIR' }), path);
  const folder = await fs.stat(dirname(path)).catch((error: unknown) => {
    throw explain(error, path);
  });
  if (!folder.isDirectory()) throw explain(Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }), path);
}

export async function writeFileAtomic(path: string, bytes: Uint8Array, fs: WriteFs = realFs): Promise<void> {
  const existing = await fs.stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw explain(Object.assign(new Error('is a directory'), { code: 'EISDIR' }), path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
    created = false;
  } catch (error) {
    throw explain(error, path);
  } finally {
    if (created) await fs.unlink(temp).catch(() => {});
  }
}
