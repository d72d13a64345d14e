/**
 * Versions in plain sight: two versions of a document have the same title, so wherever a
 * document is named (pickers, pack items, annex headings, search results, citations' tooltips,
 * the CLI) the name carries its version and date when the library holds more than one version,
 * and lists put the newest version first.
 */
import { formatDate } from '../i18n/format.ts';
import type { Language } from '../i18n/languages.ts';

/** What naming a version needs: its number, its date, and how many versions its series has. */
export interface VersionFacts {
  title: string;
  version: number;
  date?: string | null;
  /** Versions of the series in the library; absent or 1: the title alone is enough. */
  versionCount?: number | undefined;
}

/** "v2, September 26, 2024" (the date in words, in `language`), or "v2" for an undated document. */
export function versionLabel(facts: Pick<VersionFacts, 'version' | 'date'>, language: Language): string {
  // "v2" reads the same in English and French.
  const version = `v${facts.version}`;
  return facts.date ? `${version}, ${formatDate(facts.date, language)}` : version;
}

/** True when the version must be named to tell the document apart from another version of it. */
export function hasSeveralVersions(facts: Pick<VersionFacts, 'version' | 'versionCount'>): boolean {
  return (facts.versionCount ?? 1) > 1 || facts.version > 1;
}

/**
 * A document's name as lists and headings show it: the title, then "(v2, September 26, 2024)"
 * when the library holds several versions of it; the title alone otherwise.
 */
export function documentName(facts: VersionFacts, language: Language): string {
  return hasSeveralVersions(facts) ? `${facts.title} (${versionLabel(facts, language)})` : facts.title;
}

/**
 * Documents ordered for a picker: each series where its newest version would be in `docs`'
 * order, its versions together, newest first. Documents without a series keep their place.
 */
export function newestVersionsFirst<T extends { id: string; version: number; seriesId?: string | undefined }>(
  docs: readonly T[],
): T[] {
  const bySeries = new Map<string, T[]>();
  for (const doc of docs) {
    const key = doc.seriesId ?? doc.id;
    const list = bySeries.get(key);
    if (list) list.push(doc);
    else bySeries.set(key, [doc]);
  }
  // A series takes the place of its newest version in the original order.
  const place = new Map<string, number>();
  for (const [key, list] of bySeries) {
    const newest = list.reduce((a, b) => (b.version > a.version ? b : a));
    place.set(key, docs.indexOf(newest));
  }
  return [...bySeries.entries()]
    .sort((a, b) => (place.get(a[0]) ?? 0) - (place.get(b[0]) ?? 0))
    .flatMap(([, list]) => [...list].sort((a, b) => b.version - a.version));
}
