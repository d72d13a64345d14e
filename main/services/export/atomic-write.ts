/**
 * Writing an export (PDF, Word) so that a failed export leaves no partial file: write a hidden temp file in
 * the target folder, flush it to disk, then rename it over the target (atomic on one volume).
 */
import { translateApiError, translation, type ApiErrorTranslation } from '../../../shared/api/index.ts';
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
  /** The message as a catalogue key, to word it in the caller's language. */
  readonly translation: ApiErrorTranslation;
  constructor(reason: WriteError['reason'], translation: ApiErrorTranslation) {
    super(translateApiError(translation, 'en'));
    this.name = 'WriteError';
    this.reason = reason;
    this.translation = translation;
  }
}

function explain(error: unknown, path: string): WriteError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const folder = dirname(path);
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new WriteError('no-folder', translation('export.noFolder', { folder }));
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new WriteError('not-writable', translation('export.notWritable', { folder }));
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new WriteError('disk-full', translation('export.diskFull', { folder }));
  if (code === 'EISDIR') return new WriteError('is-folder', translation('export.isFolder', { path }));
  const detail = error instanceof Error ? error.message : String(error);
  return new WriteError('other', translation('export.writeFailed', { path, detail }));
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

/**
 * Writes `bytes` to `path` whole or not at all. `mode` is the new file's permissions: owner-only
 * unless said otherwise, even for a file the user saves (a pack may be PROTECTED B).
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  fs: WriteFs = realFs,
  options: { mode?: number } = {},
): Promise<void> {
  const existing = await fs.stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw explain(Object.assign(new Error('is a directory'), { code: 'EISDIR' }), path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  let created = false;
  try {
    // Owner-only by default, like everything Précis writes (a pack may be PROTECTED B).
    const handle = await fs.open(temp, 'wx', options.mode ?? 0o600);
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
