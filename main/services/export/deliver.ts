/**
 * Delivering an exported file (Word today, PDF next) without a filesystem path crossing the
 * API. An export method makes the file and keeps it here, in the data folder's `exports/`
 * (owner-only), under a random id; the shell then delivers it and it is deleted:
 *
 * - the Electron app asks where to save it with its own dialog and writes it (`export:save`);
 * - browser mode's page downloads it from a token-checked, same-origin URL (server.ts);
 * - the CLI never keeps one: it writes where its user says with `writeExportTo`, which the
 *   API does not expose.
 *
 * A file not delivered within EXPORT_TTL_MS is swept away at the next export or start.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { translateApiError, translation, type ApiErrorTranslation } from '../../../shared/api/index.ts';
import { checkWritableTarget, writeFileAtomic } from './atomic-write.ts';

/** How long a made file waits for its delivery (a save dialog left open, a slow download). */
export const EXPORT_TTL_MS = 30 * 60 * 1000;

const ID = /^[A-Za-z0-9_-]{32}$/;

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
  return join(dataDir, 'exports');
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
      .replace(/\p{Cc}+/gu, ' ')
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
  const id = randomBytes(24).toString('base64url');
  const kept: KeptExport = {
    id,
    fileName: file.fileName,
    mediaType: file.mediaType,
    byteLength: file.bytes.byteLength,
    createdAt: now.toISOString(),
  };
  // The bytes first: a meta file always has its bytes beside it.
  await writeFileAtomic(join(dir, `${id}.bin`), file.bytes, undefined, { mode: 0o600 });
  await writeFileAtomic(join(dir, `${id}.json`), new TextEncoder().encode(JSON.stringify(kept)), undefined, {
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

/** Deletes kept files older than EXPORT_TTL_MS, and anything else left in the folder by an interrupted export. */
export async function sweepExports(dataDir: string, now = new Date()): Promise<number> {
  const dir = exportsDir(dataDir);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await fs.stat(path).catch(() => undefined);
    if (!info?.isFile()) continue;
    const kept = /^([A-Za-z0-9_-]{32})\.(bin|json)$/.test(name);
    if (!kept || now.getTime() - info.mtimeMs > EXPORT_TTL_MS) {
      await fs.unlink(path).catch(() => {});
      removed += 1;
    }
  }
  return removed;
}

/**
 * Writes an export where the CLI's user said, atomically (a temp file in the same folder, then a
 * rename: never a half-written file). Checks the place first so a bad path fails before the work.
 * Not an API method: only the shells that own a path (the CLI, Electron's save dialog) call it.
 */
export async function writeExportTo(path: string, bytes: Uint8Array): Promise<void> {
  await checkWritableTarget(path);
  await writeFileAtomic(path, bytes);
}

export { checkWritableTarget };
