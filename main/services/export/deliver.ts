/**
 * Delivering an exported file (a pack's PDF, a note or pack in Word) without a
 * filesystem path crossing the API. An export method makes the file and keeps it in the data
 * folder's `exports/` (owner-only), under a random id; the shell then delivers it, and it is
 * deleted:
 *
 * - the Electron app asks where to save it with its own dialog and writes it (`export:save`);
 * - browser mode's page downloads it from a token-checked, same-origin URL (server.ts);
 * - the CLI keeps nothing: it writes where its user says with `writeExportTo`, which the API
 *   does not expose.
 *
 * A file not delivered within EXPORT_TTL_MS, and anything a killed export left, is swept at the
 * next export or start.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { translateApiError, translation, type ApiErrorTranslation } from '../../../shared/api/index.ts';
import { cleanFolder, EXPORTS_DIR_NAME } from '../files/partial-files.ts';
import { checkWritableTarget, writeFileAtomic } from './atomic-write.ts';

/** How long a made file waits for its delivery (a save dialog left open, a slow download). */
export const EXPORT_TTL_MS = 30 * 60 * 1000;

const ID = /^[A-Za-z0-9_-]{32}$/;
const KEPT = /^([A-Za-z0-9_-]{32})\.(bin|json)$/;

/** A made file waiting for delivery. */
export interface KeptExport {
  id: string;
  fileName: string;
  mediaType: string;
  byteLength: number;
  createdAt: string;
}

/** An export that cannot be delivered (gone, expired, never made). */
export class DeliveryError extends Error {
  readonly translation: ApiErrorTranslation;
  constructor(translationValue: ApiErrorTranslation) {
    super(translateApiError(translationValue, 'en'));
    this.name = 'DeliveryError';
    this.translation = translationValue;
  }
}

export function exportsDir(dataDir: string): string {
  return join(dataDir, EXPORTS_DIR_NAME);
}

/** Whether `id` has the shape of an export id (checked before it names any file). */
export function isExportId(id: string): boolean {
  return ID.test(id);
}

/** A file name a person would give the export: the title without characters file systems refuse. */
export function exportFileName(title: string, extension: string, fallback: string): string {
  const base =
    title
      .replace(/[\\/:*?"<>|]+/g, ' ')
      // Control characters, and the direction marks and overrides that make a name read other
      // than it is ("x\u202Efdp.exe" shows as "xexe.pdf").
      .replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '')
      .slice(0, 120)
      .trim() || fallback;
  return `${base}.${extension}`;
}

/** Keeps a made file for delivery; returns what the shell needs to deliver it. */
export async function keepExport(
  dataDir: string,
  file: { fileName: string; mediaType: string; bytes: Uint8Array },
  now = new Date(),
): Promise<KeptExport> {
  const dir = exportsDir(dataDir);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await sweepExports(dataDir, now);
  const kept: KeptExport = {
    id: randomBytes(24).toString('base64url'),
    fileName: file.fileName,
    mediaType: file.mediaType,
    byteLength: file.bytes.byteLength,
    createdAt: now.toISOString(),
  };
  // The bytes first: a description always has its bytes beside it.
  await writeFileAtomic(join(dir, `${kept.id}.bin`), file.bytes, undefined, { mode: 0o600 });
  await writeFileAtomic(join(dir, `${kept.id}.json`), new TextEncoder().encode(JSON.stringify(kept)), undefined, {
    mode: 0o600,
  });
  return kept;
}

/** A kept file and its bytes, still kept (see `discardExport`). */
export async function readExport(
  dataDir: string,
  id: string,
  now = new Date(),
): Promise<KeptExport & { bytes: Uint8Array }> {
  const gone = () => new DeliveryError(translation('docx.errors.exportGone'));
  if (!isExportId(id)) throw gone();
  const dir = exportsDir(dataDir);
  let kept: KeptExport;
  let bytes: Uint8Array;
  try {
    kept = JSON.parse(await fs.readFile(join(dir, `${id}.json`), 'utf8')) as KeptExport;
    bytes = await fs.readFile(join(dir, `${id}.bin`));
  } catch {
    throw gone();
  }
  if (kept.id !== id || now.getTime() - Date.parse(kept.createdAt) > EXPORT_TTL_MS) {
    await discardExport(dataDir, id);
    throw gone();
  }
  return { ...kept, bytes };
}

/** Reads a kept file and deletes it: a file is delivered once. */
export async function takeExport(
  dataDir: string,
  id: string,
  now = new Date(),
): Promise<KeptExport & { bytes: Uint8Array }> {
  const file = await readExport(dataDir, id, now);
  await discardExport(dataDir, id);
  return file;
}

export async function discardExport(dataDir: string, id: string): Promise<boolean> {
  if (!isExportId(id)) return false;
  const dir = exportsDir(dataDir);
  const results = await Promise.allSettled([fs.unlink(join(dir, `${id}.json`)), fs.unlink(join(dir, `${id}.bin`))]);
  return results.some((r) => r.status === 'fulfilled');
}

/**
 * Deletes kept files older than EXPORT_TTL_MS, and what killed exports left (a partial file
 * whose writer is gone). A running export's partial files are kept.
 */
export async function sweepExports(dataDir: string, now = new Date()): Promise<number> {
  const dir = exportsDir(dataDir);
  let removed = cleanFolder(dir, now.getTime()).length;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (!KEPT.test(name)) continue;
    const info = await fs.stat(join(dir, name)).catch(() => undefined);
    if (info?.isFile() && now.getTime() - info.mtimeMs > EXPORT_TTL_MS) {
      await fs.unlink(join(dir, name)).catch(() => {});
      removed += 1;
    }
  }
  return removed;
}

/**
 * Writes an export where the user said, atomically (a temp file in the same folder, then a
 * rename: never a half-written file). Checks the place first so a bad path fails before the work.
 * Not an API method: only the shells that own a path (the CLI, Electron's save dialog) call it.
 */
export async function writeExportTo(path: string, bytes: Uint8Array): Promise<void> {
  await checkWritableTarget(path);
  await writeFileAtomic(path, bytes);
}

export { checkWritableTarget };
