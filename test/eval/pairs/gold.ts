/**
 * The pairing gold set: each folder under train/ and validation/ holds an English and a French
 * version of one text (en.*, fr.*: Markdown or page text, as imported) and truth.json, the
 * paragraph pairs by the numbers the import gives each side. truth.json also keeps the first
 * words of every paragraph, so a change in the import that renumbers a document is reported
 * as such instead of silently scoring the aligner against stale numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StructuredDocument } from '../../../shared/model/index.ts';
import { importDocumentWithin } from '../../../main/services/import/index.ts';

export const GOLD_DIR = fileURLToPath(new URL('.', import.meta.url));
export const SPLITS = ['train', 'validation'] as const;
export type Split = (typeof SPLITS)[number];

export interface TruthPair {
  a: number[];
  b: number[];
}

export interface Truth {
  pairs: TruthPair[];
  /** The first words of each paragraph of each side, ¶ 1 first. */
  paragraphs: { a: string[]; b: string[] };
}

export interface GoldPair {
  name: string;
  split: Split;
  a: StructuredDocument;
  b: StructuredDocument;
  truth: Truth;
}

/** The first words of a paragraph, enough to notice that the import renumbered a document. */
export function firstWords(text: string): string {
  return text.split(/\s+/).slice(0, 6).join(' ');
}

function versionFile(dir: string, language: 'en' | 'fr'): string {
  const file = readdirSync(dir).find((f) => f.startsWith(`${language}.`));
  if (!file) throw new Error(`${dir}: no ${language}.* file`);
  return join(dir, file);
}

/**
 * Imports one version exactly as the app does (same pipeline, same numbering), with a generous
 * deadline: the import's own 10 s limit is not what the evaluation measures, and a loaded
 * machine must not turn into a failed score.
 */
export async function importVersion(path: string): Promise<StructuredDocument> {
  const { document } = await importDocumentWithin(120_000, { fileName: basename(path), bytes: readFileSync(path) });
  return document;
}

export function paragraphTexts(document: StructuredDocument): string[] {
  return document.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
}

/**
 * First words compared without a printed number: the import now keeps "1." or "(a)" as the
 * paragraph's label, not in its text.
 */
function comparable(words: string): string {
  return words
    .replace(/^(?:\(?\d+[.)]|\(?[a-z]{1,4}\))\s+/i, '')
    .split(' ')
    .slice(0, 4)
    .join(' ');
}

/**
 * The truth in today's numbering. When the import now numbers a version differently but finds
 * the same paragraphs (a heading or a line of cruft more or less, a printed number now a label),
 * each paragraph is found again by its first words; a pair both of whose sides the import no
 * longer counts as paragraphs (an enacting formula now read as front matter) leaves the truth.
 * When it finds different paragraphs, `problems` says which, and truth.json must be rewritten
 * (write-truth.ts).
 */
export function currentTruth(
  truth: Truth,
  a: StructuredDocument,
  b: StructuredDocument,
): { pairs: TruthPair[]; renumbered: boolean; problems: string[] } {
  const problems: string[] = [];
  const missing = { a: new Map<number, string>(), b: new Map<number, string>() };
  let renumbered = false;
  const maps = (['a', 'b'] as const).map((side) => {
    const now = paragraphTexts(side === 'a' ? a : b)
      .map(firstWords)
      .map(comparable);
    const then = truth.paragraphs[side].map(comparable);
    const map = new Map<number, number>();
    if (now.length === then.length && now.every((w, i) => w === then[i])) {
      now.forEach((_, i) => map.set(i + 1, i + 1));
      return map;
    }
    renumbered = true;
    const count = (list: string[], words: string) => list.filter((w) => w === words).length;
    then.forEach((words, i) => {
      const k = now.indexOf(words);
      if (k < 0 || count(now, words) > 1 || count(then, words) > 1)
        missing[side].set(i + 1, `${side} ¶ ${i + 1} "${words}" not found once`);
      else map.set(i + 1, k + 1);
    });
    now.forEach((words, k) => {
      if (!then.includes(words)) problems.push(`${side} ¶ ${k + 1} "${words}" is new`);
    });
    return map;
  });
  const [mapA, mapB] = maps as [Map<number, number>, Map<number, number>];
  const gone = (p: TruthPair) => p.a.every((n) => missing.a.has(n)) && p.b.every((n) => missing.b.has(n));
  for (const p of truth.pairs) {
    if (gone(p)) continue;
    for (const n of p.a) if (missing.a.has(n)) problems.push(missing.a.get(n) as string);
    for (const n of p.b) if (missing.b.has(n)) problems.push(missing.b.get(n) as string);
  }
  const pairs = truth.pairs
    .filter((p) => !gone(p))
    .map((p) => ({
      a: p.a.map((n) => mapA.get(n) ?? 0),
      b: p.b.map((n) => mapB.get(n) ?? 0),
    }));
  return { pairs, renumbered, problems };
}

export function pairFolders(split: Split): string[] {
  const dir = join(GOLD_DIR, split);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(dir, e.name))
    .sort();
}

export async function loadGoldPair(dir: string, split: Split): Promise<GoldPair> {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const [a, b] = await Promise.all([importVersion(versionFile(dir, 'en')), importVersion(versionFile(dir, 'fr'))]);
  return { name: basename(dir), split, a, b, truth };
}

export async function loadGoldSet(split: Split): Promise<GoldPair[]> {
  const pairs: GoldPair[] = [];
  for (const dir of pairFolders(split)) pairs.push(await loadGoldPair(dir, split));
  return pairs;
}

export { versionFile };
