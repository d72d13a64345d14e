/**
 * A minimal zip writer and reader for library archives (no zip64: an archive, and each entry,
 * stays under 4 GB). Entries are written one by one straight to the file and read back one by
 * one, so memory holds one entry at a time. The reader treats the archive as hostile: sizes,
 * offsets and CRCs are checked and inflation is capped at each entry's declared size.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const MAX_ZIP32 = 0xffffffff;

/** What is wrong with an archive's zip structure (each has its message, `hostile.zip.<reason>`). */
export type ZipProblem =
  | 'tooLargeToWrite'
  | 'tooManyToWrite'
  | 'truncated'
  | 'noDirectory'
  | 'directoryDamaged'
  | 'duplicateName'
  | 'unsafeName'
  | 'missing'
  | 'entryTooLarge'
  | 'entryDamaged'
  | 'cannotInflate'
  | 'unknownCompression'
  | 'checksum';

export class ZipFormatError extends Error {
  readonly reason: ZipProblem;
  /** The entry concerned, when there is one. */
  readonly entry: string | undefined;
  constructor(reason: ZipProblem, entry?: string) {
    super(entry === undefined ? `zip: ${reason}` : `zip: ${reason} (${entry})`);
    this.name = 'ZipFormatError';
    this.reason = reason;
    this.entry = entry;
  }
}

/**
 * A name a library archive may hold: relative, `/`-separated, no `..` or empty segment, no
 * backslash, drive letter or control character. The reader never writes entries to disk, but
 * an archive someone unzips by hand must not reach outside its folder either.
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 512) return false;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f\\:]/.test(name) || name.startsWith('/')) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

interface WrittenEntry {
  name: Buffer;
  crc: number;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export interface ZipWriter {
  add: (name: string, data: Uint8Array) => void;
  close: () => void;
}

export function createZipWriter(path: string): ZipWriter {
  const fd = openSync(path, 'w', 0o600);
  const entries: WrittenEntry[] = [];
  let offset = 0;
  const write = (buffer: Uint8Array): void => {
    let done = 0;
    while (done < buffer.length) done += writeSync(fd, buffer, done, buffer.length - done);
    offset += buffer.length;
  };
  return {
    add(name, data) {
      const deflated = deflateRawSync(data);
      const stored = deflated.length >= data.length;
      const body = stored ? data : deflated;
      if (offset + body.length > MAX_ZIP32 || data.length > MAX_ZIP32) {
        throw new ZipFormatError('tooLargeToWrite');
      }
      const entry: WrittenEntry = {
        name: Buffer.from(name, 'utf8'),
        crc: crc32(data),
        method: stored ? 0 : 8,
        compressedSize: body.length,
        size: data.length,
        offset,
      };
      const header = Buffer.alloc(30);
      header.writeUInt32LE(LOCAL, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(0x0800, 6); // UTF-8 names
      header.writeUInt16LE(entry.method, 8);
      header.writeUInt32LE(0, 10); // time/date: left at zero (1980), contents carry their own times
      header.writeUInt32LE(entry.crc, 14);
      header.writeUInt32LE(entry.compressedSize, 18);
      header.writeUInt32LE(entry.size, 22);
      header.writeUInt16LE(entry.name.length, 26);
      header.writeUInt16LE(0, 28);
      write(header);
      write(entry.name);
      write(body);
      entries.push(entry);
    },
    close() {
      try {
        const start = offset;
        for (const entry of entries) {
          const header = Buffer.alloc(46);
          header.writeUInt32LE(CENTRAL, 0);
          header.writeUInt16LE(20, 4);
          header.writeUInt16LE(20, 6);
          header.writeUInt16LE(0x0800, 8);
          header.writeUInt16LE(entry.method, 10);
          header.writeUInt32LE(entry.crc, 16);
          header.writeUInt32LE(entry.compressedSize, 20);
          header.writeUInt32LE(entry.size, 24);
          header.writeUInt16LE(entry.name.length, 28);
          header.writeUInt32LE(entry.offset, 42);
          write(header);
          write(entry.name);
        }
        if (entries.length > 0xfffe) throw new ZipFormatError('tooManyToWrite');
        const end = Buffer.alloc(22);
        end.writeUInt32LE(EOCD, 0);
        end.writeUInt16LE(entries.length, 8);
        end.writeUInt16LE(entries.length, 10);
        end.writeUInt32LE(offset - start, 12);
        end.writeUInt32LE(start, 16);
        write(end);
      } finally {
        closeSync(fd);
      }
    },
  };
}

export interface ZipReaderEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export interface ZipReader {
  readonly entries: ReadonlyMap<string, ZipReaderEntry>;
  /** The entry's bytes, checked against its CRC; refuses entries larger than `maxBytes`. */
  read: (name: string, maxBytes: number) => Buffer;
  close: () => void;
}

export function openZipReader(path: string): ZipReader {
  const fd = openSync(path, 'r');
  try {
    const fileSize = fstatSync(fd).size;
    const readAt = (position: number, length: number): Buffer => {
      if (position < 0 || length < 0 || position + length > fileSize) throw new ZipFormatError('truncated');
      const buffer = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, buffer, done, length - done, position + done);
        if (n === 0) throw new ZipFormatError('truncated');
        done += n;
      }
      return buffer;
    };
    const tailLength = Math.min(fileSize, 22 + 0xffff);
    const tail = readAt(fileSize - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipFormatError('noDirectory');
    const count = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    const directory = readAt(directoryOffset, directorySize);
    const entries = new Map<string, ZipReaderEntry>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) {
        throw new ZipFormatError('directoryDamaged');
      }
      const nameLength = directory.readUInt16LE(p + 28);
      const extraLength = directory.readUInt16LE(p + 30);
      const commentLength = directory.readUInt16LE(p + 32);
      if (p + 46 + nameLength > directory.length) throw new ZipFormatError('directoryDamaged');
      const name = directory.subarray(p + 46, p + 46 + nameLength).toString('utf8');
      // Two entries with one name: which one a reader takes is up to the reader. Refused.
      if (entries.has(name)) throw new ZipFormatError('duplicateName', name);
      if (!isSafeEntryName(name)) throw new ZipFormatError('unsafeName', name);
      entries.set(name, {
        name,
        method: directory.readUInt16LE(p + 10),
        crc: directory.readUInt32LE(p + 16),
        compressedSize: directory.readUInt32LE(p + 20),
        size: directory.readUInt32LE(p + 24),
        offset: directory.readUInt32LE(p + 42),
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return {
      entries,
      read(name, maxBytes) {
        const entry = entries.get(name);
        if (!entry) throw new ZipFormatError('missing', name);
        if (entry.size > maxBytes) throw new ZipFormatError('entryTooLarge', name);
        const local = readAt(entry.offset, 30);
        if (local.readUInt32LE(0) !== LOCAL) throw new ZipFormatError('entryDamaged', name);
        // The local header must name the same entry as the directory (no second, hidden name).
        const localName = readAt(entry.offset + 30, local.readUInt16LE(26)).toString('utf8');
        if (localName !== name) throw new ZipFormatError('entryDamaged', name);
        const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
        const body = readAt(start, entry.compressedSize);
        let data: Buffer;
        if (entry.method === 0) data = body;
        else if (entry.method === 8) {
          try {
            data = inflateRawSync(body, { maxOutputLength: Math.max(1, entry.size) });
          } catch {
            throw new ZipFormatError('cannotInflate', name);
          }
        } else throw new ZipFormatError('unknownCompression', name);
        if (data.length !== entry.size || crc32(data) !== entry.crc) throw new ZipFormatError('checksum', name);
        return data;
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
