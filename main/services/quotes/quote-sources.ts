/**
 * Which documents may an article be quoting? A short list found through the search index, so
 * a quote check reads a dozen documents, not the library: for each quotation, the paragraphs
 * that hold its least common words together (all three, else any two, else the rarest one).
 * The quote matcher (shared/quotes) then weighs those documents as it always did.
 *
 * How common a word is comes from the index too, counted no further than COMMON: past that a
 * word says little about where a quotation comes from, and counting further costs time.
 */
import type { StoredDocument } from '../../../shared/model/index.ts';
import { extractQuotes, type ArticleParagraph } from '../../../shared/quotes/index.ts';
import { isSubstantive, tokenize } from '../../../shared/quotes/tokens.ts';
import type { Database } from '../store/database.ts';
import { getDocument, newestLiveVersions, type NewestVersion } from '../store/documents.store.ts';
import { countParagraphsMatching, paragraphsMatching } from '../store/search.store.ts';

/** A word in more paragraphs than this is "common": it is never looked up alone. */
const COMMON = 1000;
/** Words of a quotation considered (the first ones, which the matcher weighs as much). */
const WORDS_PER_QUOTE = 12;
/** Paragraphs read per lookup: enough to get past other articles quoting the same text. */
const ROWS_PER_LOOKUP = 60;
/** Documents handed to the matcher. */
export const SHORTLIST_SIZE = 12;

/** A quotation's content words and numbers, as FTS5 strings (quoted, so never syntax). */
function lookupWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of tokenize(text)) {
    if (!isSubstantive(token) || (token.class === 'content' && token.text.length < 3)) continue;
    words.add(token.text.toLowerCase());
    if (words.size === WORDS_PER_QUOTE) break;
  }
  return [...words].map((word) => `"${word.replace(/"/g, '')}"`);
}

/** Lookups, each run at most once per check: [every word of the combination] -> paragraphs. */
function lookup(db: Database) {
  const counts = new Map<string, number>();
  const rows = new Map<string, Array<{ rowid: number; documentId: string }>>();
  return {
    frequency(word: string): number {
      let n = counts.get(word);
      if (n === undefined) counts.set(word, (n = countParagraphsMatching(db, word, COMMON)));
      return n;
    },
    paragraphs(words: readonly string[]): Array<{ rowid: number; documentId: string }> {
      const key = words.join(' AND ');
      let found = rows.get(key);
      if (!found) rows.set(key, (found = paragraphsMatching(db, key, ROWS_PER_LOOKUP)));
      return found;
    },
  };
}

/** Combinations of two among three (or fewer) words. */
function pairs(words: readonly string[]): string[][] {
  const result: string[][] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) result.push([words[i] as string, words[j] as string]);
  return result;
}

/**
 * The documents (ids) whose paragraphs hold each quotation's rarest words, most quotations
 * first; `exclude` says which documents may not count (the article itself, news).
 */
export function documentsQuoted(
  db: Database,
  paragraphs: readonly ArticleParagraph[],
  exclude: (documentIds: readonly string[]) => Set<string>,
): string[] {
  const index = lookup(db);
  const votes = new Map<string, number>();
  for (const quote of extractQuotes(paragraphs)) {
    const rarest = lookupWords(quote.text)
      .map((word) => ({ word, n: index.frequency(word) }))
      .filter((w) => w.n > 0)
      .sort((a, b) => a.n - b.n || a.word.localeCompare(b.word))
      .slice(0, 3)
      .map((w) => w.word);
    if (rarest.length === 0) continue;
    const attempts = [
      rarest,
      ...pairs(rarest),
      ...(index.frequency(rarest[0] as string) < COMMON ? [[rarest[0] as string]] : []),
    ];
    for (const words of attempts) {
      const found = index.paragraphs(words);
      const excluded = exclude(found.map((row) => row.documentId));
      const documents = new Set(found.map((row) => row.documentId).filter((id) => !excluded.has(id)));
      if (documents.size === 0) continue;
      for (const id of documents) votes.set(id, (votes.get(id) ?? 0) + 1);
      break;
    }
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/**
 * The documents an article may be quoting, loaded: the newest live version of each series the
 * index points to, never a news article, never the article's own series; at most SHORTLIST_SIZE.
 */
export function shortlistSources(db: Database, article: StoredDocument): StoredDocument[] {
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  const known = new Map<string, NewestVersion | null>();
  const newest = (ids: readonly string[]) => {
    const missing = [...new Set(ids.filter((id) => !known.has(id)))];
    const found = new Map(newestLiveVersions(db, missing).map((row) => [row.id, row]));
    for (const id of missing) known.set(id, found.get(id) ?? null);
    return ids.map((id) => ({ id, newest: known.get(id) ?? null }));
  };
  const exclude = (ids: readonly string[]) =>
    new Set(
      newest(ids)
        .filter(({ newest }) => !newest || newest.kind === 'news' || newest.seriesId === article.seriesId)
        .map(({ id }) => id),
    );

  const chosen = new Map<string, StoredDocument>();
  for (const id of documentsQuoted(db, paragraphs, exclude)) {
    const version = known.get(id);
    if (!version || chosen.has(version.seriesId)) continue;
    const document = getDocument(db, version.newestId);
    if (document) chosen.set(version.seriesId, document);
    if (chosen.size === SHORTLIST_SIZE) break;
  }
  return [...chosen.values()];
}
