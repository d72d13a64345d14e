/**
 * Find and replace over a note's text nodes. A match lies within one text node: a phrase
 * split by a formatting change (half bold) is not found, which is rare in practice and keeps
 * replacing exact and undoable.
 */
import { $getNodeByKey, $getRoot, $isTextNode } from 'lexical';

export interface TextMatch {
  key: string;
  start: number;
  end: number;
}

export function $findMatches(query: string, caseSensitive: boolean): TextMatch[] {
  if (!query) return [];
  const needle = caseSensitive ? query : query.toLocaleLowerCase();
  const matches: TextMatch[] = [];
  for (const node of $getRoot().getAllTextNodes()) {
    const text = caseSensitive ? node.getTextContent() : node.getTextContent().toLocaleLowerCase();
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      matches.push({ key: node.getKey(), start: at, end: at + needle.length });
    }
  }
  return matches;
}

/** Replaces one match if the text there is still what was found; returns whether it did. */
export function $replaceMatch(match: TextMatch, query: string, replacement: string, caseSensitive: boolean): boolean {
  const node = $getNodeByKey(match.key);
  if (!$isTextNode(node)) return false;
  const found = node.getTextContent().slice(match.start, match.end);
  const same = caseSensitive ? found === query : found.toLocaleLowerCase() === query.toLocaleLowerCase();
  if (!same) return false;
  node.spliceText(match.start, match.end - match.start, replacement);
  return true;
}

/** Replaces every match (last first, so earlier offsets stay valid); returns how many. */
export function $replaceAll(query: string, replacement: string, caseSensitive: boolean): number {
  const matches = $findMatches(query, caseSensitive).reverse();
  let count = 0;
  for (const match of matches) if ($replaceMatch(match, query, replacement, caseSensitive)) count++;
  return count;
}
