/**
 * The number formats of a DOCX's numbered lists, by nesting level ("decimal", "lowerLetter",
 * "lowerRoman", …). mammoth turns Word's numbered paragraphs into nested `<ol>` lists but drops
 * the numbers' style; this reads it back from `word/numbering.xml`, so a level-2 item prints as
 * "(a)" or "(i)" as in Word. The most common format at each level across the document's
 * numbered (not bulleted) lists wins.
 */
import type { ZipEntry } from '../zip.ts';
import { readZipText } from '../zip.ts';

/** numbering.xml is small; anything larger is not worth reading for this. */
const MAX_NUMBERING_BYTES = 2 * 1024 * 1024;

export function listFormats(bytes: Uint8Array, entries: readonly ZipEntry[]): string[] {
  const xml = readZipText(bytes, entries, 'word/numbering.xml', MAX_NUMBERING_BYTES);
  if (!xml) return [];
  const counts: Array<Map<string, number>> = [];
  for (const abstract of xml.matchAll(/<w:abstractNum\b[\s\S]*?<\/w:abstractNum>/g)) {
    const levels = [...abstract[0].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d)"[^>]*>[\s\S]*?<w:numFmt\b[^>]*w:val="(\w+)"/g)];
    // Bullet lists say nothing about how numbered items are numbered.
    if (levels.find((l) => l[1] === '0')?.[2] === 'bullet') continue;
    for (const level of levels) {
      const i = Number(level[1]);
      const format = level[2] as string;
      counts[i] ??= new Map();
      counts[i].set(format, (counts[i].get(format) ?? 0) + 1);
    }
  }
  return counts.map((c) => [...(c ?? new Map<string, number>())].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 'decimal');
}
