/**
 * The media lines as a briefing note gets them: every word of the table (caption, column
 * headings, fidelity labels) in the note's language, whatever the interface's language, so a
 * French note never prints an English table.
 */
import { CATALOGUES } from '../i18n/index.ts';
import type { NoteLanguage } from '../model/note.ts';
import type { QuoteFinding } from '../quotes/check.ts';
import { FIDELITIES, type Fidelity } from '../quotes/classify.ts';
import { mediaLines, type MediaLineLabels } from '../quotes/media-lines.ts';
import type { MediaLinesTable } from './media-lines-table.ts';

/** The table's words in a language, from the app's catalogues. */
export function mediaLineLabels(language: NoteLanguage): MediaLineLabels {
  const words = CATALOGUES[language].quotes;
  return {
    fidelity: Object.fromEntries(FIDELITIES.map((f) => [f, words.fidelity[f]])) as Record<Fidelity, string>,
    headers: [words.headers.quote, words.headers.source, words.headers.fidelity, words.headers.changes],
  };
}

/** The table (caption, headings, rows) to append to a note written in `language`. */
export function mediaLinesTableFor(
  findings: readonly QuoteFinding[],
  titles: ReadonlyMap<string, string> | Record<string, string>,
  articleTitle: string,
  language: NoteLanguage,
): MediaLinesTable {
  const labels = mediaLineLabels(language);
  const lines = mediaLines(findings, titles, labels);
  return {
    caption: CATALOGUES[language].quotes.caption.replace('{{title}}', articleTitle),
    headers: [...labels.headers] as MediaLinesTable['headers'],
    language,
    rows: lines.map((line) => ({
      quote: line.quote,
      source: line.sourceLabel,
      fidelity: line.fidelityLabel,
      changes: line.changes,
    })),
  };
}
