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
import { importDocument } from '../../../main/import/index.ts';

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

/** Imports one version exactly as the app does (same pipeline, same numbering). */
export async function importVersion(path: string): Promise<StructuredDocument> {
  const { document } = await importDocument({ fileName: basename(path), bytes: readFileSync(path) });
  return document;
}

export function paragraphTexts(document: StructuredDocument): string[] {
  return document.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
}

/** Paragraph numbers whose first words no longer match the truth: the import changed. */
export function driftOf(truth: Truth, a: StructuredDocument, b: StructuredDocument): string[] {
  const problems: string[] = [];
  for (const [side, document] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const now = paragraphTexts(document).map(firstWords);
    const then = truth.paragraphs[side];
    if (now.length !== then.length) problems.push(`${side}: ${then.length} paragraphs in truth, ${now.length} now`);
    else now.forEach((words, i) => words !== then[i] && problems.push(`${side} ¶ ${i + 1}: "${then[i]}" → "${words}"`));
  }
  return problems;
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
