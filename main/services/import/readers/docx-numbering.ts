/**
 * The numbers Word prints before numbered paragraphs. mammoth turns them into `<ol>` lists but
 * loses the numbers themselves: a list interrupted by a heading restarts at 1, a lettered level
 * reads as decimal. This reads them back the way Word counts them: each numbered paragraph of
 * `word/document.xml` (its own `w:numPr`, or its style's) advances the counter of its list
 * (`numId`) at its level and resets the deeper levels; the level's format (`decimal`,
 * `lowerLetter`, `lowerRoman`, …) and start come from `word/numbering.xml`, with a list's
 * `startOverride`. The result is matched to mammoth's list items by their text.
 */
import type { ZipEntry } from '../zip.ts';
import { readZipText } from '../zip.ts';
import { roman } from './roman.ts';

/** The XML parts read here are small; anything larger is not worth it. */
const MAX_PART_BYTES = 8 * 1024 * 1024;

interface Level {
  start: number;
  format: string;
}

export interface NumberedParagraph {
  /** The paragraph's text, whitespace collapsed. */
  text: string;
  /** The number this paragraph shows at its own level ("3", "b", "ii"), or null for a bullet. */
  marker: string | null;
  /** 0-based list level. */
  level: number;
}

function attr(xml: string, name: string): string | null {
  return new RegExp(`\\bw:${name}="([^"]*)"`).exec(xml)?.[1] ?? null;
}

function levelsOf(xml: string): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const m of xml.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
    const ilvl = Number(attr(m[1] as string, 'ilvl') ?? '0');
    const body = m[2] as string;
    const start = Number(/<w:start\b[^>]*w:val="(\d+)"/.exec(body)?.[1] ?? '1');
    const format = /<w:numFmt\b[^>]*w:val="(\w+)"/.exec(body)?.[1] ?? 'decimal';
    levels.set(ilvl, { start, format });
  }
  return levels;
}

interface Numbering {
  levels: (numId: string, ilvl: number) => Level | null;
  startOverride: (numId: string, ilvl: number) => number | null;
  /** The abstract numbering a list instance uses: instances of one abstract numbering count on together. */
  abstractOf: (numId: string) => string | null;
}

function parseNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1] as string, 'abstractNumId');
    if (id !== null) abstracts.set(id, levelsOf(m[2] as string));
  }
  const nums = new Map<string, { abstract: string; overrides: Map<number, number>; levels: Map<number, Level> }>();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[1] as string, 'numId');
    const abstract = /<w:abstractNumId\b[^>]*w:val="(\d+)"/.exec(m[2] as string)?.[1];
    if (id === null || abstract === undefined) continue;
    const overrides = new Map<number, number>();
    // An override may be empty and self-closing (<w:lvlOverride w:ilvl="0"/>).
    for (const o of (m[2] as string).matchAll(/<w:lvlOverride\b([^>]*?)(?:\/>|>([\s\S]*?)<\/w:lvlOverride>)/g)) {
      const start = /<w:startOverride\b[^>]*w:val="(\d+)"/.exec(o[2] ?? '')?.[1];
      if (start !== undefined) overrides.set(Number(attr(o[1] as string, 'ilvl') ?? '0'), Number(start));
    }
    nums.set(id, { abstract, overrides, levels: levelsOf(m[2] as string) });
  }
  return {
    levels: (numId, ilvl) => {
      const num = nums.get(numId);
      if (!num) return null;
      return num.levels.get(ilvl) ?? abstracts.get(num.abstract)?.get(ilvl) ?? null;
    },
    startOverride: (numId, ilvl) => nums.get(numId)?.overrides.get(ilvl) ?? null,
    abstractOf: (numId) => nums.get(numId)?.abstract ?? null,
  };
}

/** Paragraph styles that carry numbering themselves ("List Number"). */
function styleNumbering(xml: string | null): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1] as string, 'styleId');
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2] as string)?.[1];
    if (!id || !numPr) continue;
    const numId = /<w:numId\b[^>]*w:val="(\d+)"/.exec(numPr)?.[1];
    const ilvl = Number(/<w:ilvl\b[^>]*w:val="(\d+)"/.exec(numPr)?.[1] ?? '0');
    if (numId) out.set(id, { numId, ilvl });
  }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb, …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function format(n: number, numFmt: string): string | null {
  switch (numFmt) {
    case 'bullet':
    case 'none':
      return null;
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

function paragraphText(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    text += m[1] !== undefined ? m[1] : ' ';
  }
  return decode(text).replace(/\s+/g, ' ').trim();
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Every numbered paragraph of the document, in order, with the number Word shows for it. */
export function numberedParagraphs(bytes: Uint8Array, entries: readonly ZipEntry[]): NumberedParagraph[] {
  const numberingXml = readZipText(bytes, entries, 'word/numbering.xml', MAX_PART_BYTES);
  const documentXml = readZipText(bytes, entries, 'word/document.xml', MAX_PART_BYTES * 4);
  if (!numberingXml || !documentXml) return [];
  const numbering = parseNumbering(numberingXml);
  const styles = styleNumbering(readZipText(bytes, entries, 'word/styles.xml', MAX_PART_BYTES));
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const out: NumberedParagraph[] = [];
  for (const m of documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = m[1] as string;
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const style = /<w:pStyle\b[^>]*w:val="([^"]*)"/.exec(pPr)?.[1];
    const fromStyle = style ? styles.get(style) : undefined;
    const numId = (numPr ? /<w:numId\b[^>]*w:val="(\d+)"/.exec(numPr)?.[1] : undefined) ?? fromStyle?.numId;
    if (!numId || numId === '0') continue;
    const ilvl = Number((numPr ? /<w:ilvl\b[^>]*w:val="(\d+)"/.exec(numPr)?.[1] : undefined) ?? fromStyle?.ilvl ?? 0);
    const level = numbering.levels(numId, ilvl);
    if (!level) continue;
    // Word counts on through every list instance of the same abstract numbering, unless an
    // instance restarts a level (startOverride) the first time it is used.
    const list = numbering.abstractOf(numId) ?? numId;
    const counter = counters.get(list) ?? [];
    const override = numbering.startOverride(numId, ilvl);
    const firstUse = !started.has(`${numId}:${ilvl}`);
    started.add(`${numId}:${ilvl}`);
    if (override !== null && firstUse) counter[ilvl] = override;
    else counter[ilvl] = counter[ilvl] === undefined ? level.start : (counter[ilvl] as number) + 1;
    // A higher level moving on restarts the deeper ones.
    counter.length = ilvl + 1;
    counters.set(list, counter);
    out.push({ text: paragraphText(body), marker: format(counter[ilvl] as number, level.format), level: ilvl });
  }
  return out;
}
