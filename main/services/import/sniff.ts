/**
 * Format detection: magic bytes first (PDF, zip/DOCX, known binaries), then the shape of the
 * decoded text (HTML, Markdown, plain text). The file name and a clipboard media type are
 * hints; content wins when they disagree, except that a clipboard `text/plain` stays text.
 */
import { ImportError } from './errors.ts';
import { isZip, readZipEntries } from './zip.ts';
import type { ZipEntry } from './zip.ts';

export type BinaryFormat = { format: 'pdf' } | { format: 'docx'; entries: ZipEntry[] };
export type TextFormat = 'html' | 'markdown' | 'text';

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
} as const;

function startsWith(bytes: Uint8Array, ...magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extension(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName);
  return match?.[1]?.toLowerCase() ?? '';
}

/** PDF or DOCX by their bytes; null for anything that may be text. Throws for other binaries. */
export function sniffBinary(bytes: Uint8Array, fileName: string): BinaryFormat | null {
  const name = fileName;
  // A PDF header may follow a little garbage; readers accept it within the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return { format: 'pdf' };
  if (isZip(bytes)) {
    const entries = readZipEntries(bytes);
    if (!entries) {
      throw new ImportError('corrupt', 'archiveDamaged', name);
    }
    if (entries.some((e) => e.name === 'word/document.xml')) return { format: 'docx', entries };
    throw new ImportError('unsupported', 'archiveNotWord', name);
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new ImportError('unsupported', 'oldWord', name);
  }
  const images: Array<[number[], string]> = [
    [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
    [[0xff, 0xd8, 0xff], 'JPEG'],
    [[0x47, 0x49, 0x46, 0x38], 'GIF'],
    [[0x49, 0x49, 0x2a, 0x00], 'TIFF'],
    [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF'],
  ];
  for (const [magic, kind] of images) {
    if (startsWith(bytes, ...magic)) {
      throw new ImportError('unsupported', 'image', name, { kind });
    }
  }
  const ext = extension(fileName);
  if (ext === 'pdf') {
    throw new ImportError('corrupt', 'fakePdf', name);
  }
  if (ext === 'docx') {
    throw new ImportError('corrupt', 'fakeDocx', name);
  }
  return null;
}

/** Control characters and replacement marks in decoded "text" mean it was binary after all. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || (c >= 0x7f && c < 0xa0))
      bad++;
  }
  return bad / sample.length > 0.02;
}

export function sniffText(text: string, fileName: string, mediaType?: string): TextFormat {
  const hint = mediaType?.split(';')[0]?.trim().toLowerCase();
  if (hint === 'text/html' || hint === 'application/xhtml+xml') return 'html';
  if (hint === 'text/markdown') return 'markdown';
  if (hint === 'text/plain') return 'text';
  const ext = extension(fileName);
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html[\s>]|head[\s>]|body[\s>])/.test(head))
    return 'html';
  if (ext === 'txt') return 'text';
  if (looksLikeMarkdown(text)) return 'markdown';
  return 'text';
}

function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 32 * 1024);
  const atxHeadings = sample.match(/^#{1,6} \S/gm)?.length ?? 0;
  const emphasis = sample.match(/\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)|^\s*[-*] \S|^>\s/gm)?.length ?? 0;
  return atxHeadings >= 2 || (atxHeadings >= 1 && emphasis >= 1);
}
