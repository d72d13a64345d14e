/**
 * Just enough of the zip format to look inside a DOCX before any library inflates it: the
 * central directory (names and declared sizes), and a bounded inflate that proves the declared
 * sizes are honest. A zip bomb is refused here, before mammoth sees it.
 */
import { inflateRawSync } from 'node:zlib';
import { MAX_ZIP_RATIO, MAX_ZIP_UNCOMPRESSED_BYTES, ZIP_RATIO_MIN_BYTES } from './limits.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipVerdict = { ok: true } | { ok: false; reason: 'too-large' | 'corrupt'; detail: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The entries of the central directory, or null when there is none (truncated, not a zip, zip64). */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  // Zip64 markers: a DOCX never needs them, and they would hide the real sizes.
  if (count === 0xffff || offset === 0xffffffff) return null;
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) return null;
    entries.push({
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      localHeaderOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses archives that would inflate past the limits, by their declared sizes and ratios, and
 * then inflates the XML parts with an output cap equal to their declared size, so a header that
 * lies about its size is caught too. Media parts are never inflated by the import.
 */
export function verifyZip(bytes: Uint8Array, entries: readonly ZipEntry[]): ZipVerdict {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > MAX_ZIP_UNCOMPRESSED_BYTES) {
      return {
        ok: false,
        reason: 'too-large',
        detail: `it would expand to more than ${mb(MAX_ZIP_UNCOMPRESSED_BYTES)}`,
      };
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= ZIP_RATIO_MIN_BYTES && ratio > MAX_ZIP_RATIO) {
      return { ok: false, reason: 'corrupt', detail: `part “${entry.name}” expands ${Math.round(ratio)} times` };
    }
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const local = entry.localHeaderOffset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) {
      return { ok: false, reason: 'corrupt', detail: `part “${entry.name}” is missing` };
    }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) return { ok: false, reason: 'corrupt', detail: 'the file is truncated' };
    if (entry.method === 0) continue;
    if (entry.method !== 8)
      return { ok: false, reason: 'corrupt', detail: `part “${entry.name}” uses an unknown compression` };
    try {
      const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      if (out.length !== entry.uncompressedSize) {
        return { ok: false, reason: 'corrupt', detail: `part “${entry.name}” is not the size it declares` };
      }
    } catch {
      return {
        ok: false,
        reason: 'corrupt',
        detail: `part “${entry.name}” cannot be decompressed or is larger than it declares`,
      };
    }
  }
  return { ok: true };
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * The text of one part (e.g. `word/numbering.xml`), inflated with an output cap of its declared
 * size; null when the part is missing, too large or unreadable. Call after `verifyZip`.
 */
export function readZipText(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  name: string,
  maxBytes: number,
): string | null {
  const entry = entries.find((e) => e.name === name);
  if (!entry || entry.uncompressedSize > maxBytes) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return null;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    const out =
      entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return new TextDecoder().decode(out);
  } catch {
    return null;
  }
}
