/**
 * The words a printed pack is made of, worked out once from the print model for every output
 * format: the PDF (print-html.ts) and Word (docx/) print the same headings, datelines, source
 * lines and paragraph ranges because both take them from here.
 */
import { CLASSIFICATION_LABELS, type Classification, type PrintLanguage } from '../../../shared/model/index.ts';
import type {
  PrintAnnex,
  PrintAnnotationDigest,
  PrintDocumentRef,
  PrintExcerpt,
  PrintPack,
  PrintParagraph,
} from './print-model.ts';
import { annexLetter, formatPrintDate, PRINT_STRINGS } from './print-strings.ts';

/**
 * How paragraphs are cited: `¶ 8`, `¶ 8–10` for a run of consecutive paragraphs, `¶ 3, 8`
 * otherwise. Each is shown by its printed label (`paragraphLabel()`); a run is written by its
 * ends when that reads as one (`¶ 8–9`, `¶ 4(a)–4(c)`), else listed (`¶ 2, 2(a)`).
 */
export function paragraphRange(paragraphs: readonly Pick<PrintParagraph, 'n' | 'label'>[]): string {
  const byPosition = new Map<number, string>();
  for (const p of paragraphs) byPosition.set(p.n, p.label);
  const sorted = [...byPosition.keys()].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  const firstLabel = byPosition.get(first) ?? '';
  const lastLabel = byPosition.get(last) ?? '';
  const countable = /^\d+$/.test(firstLabel) && Number(lastLabel) - Number(firstLabel) === sorted.length - 1;
  if (sorted.length > 1 && last - first === sorted.length - 1 && (countable || sorted.length > 2))
    return `¶ ${firstLabel}–${lastLabel}`;
  return `¶ ${sorted.map((n) => byPosition.get(n)).join(', ')}`;
}

/** "26 September 2024 – Ottawa – Global Affairs" for a document, from what it states. */
export function documentDateline(doc: PrintDocumentRef, language: PrintLanguage): string {
  return [doc.date ? formatPrintDate(doc.date, language) : null, doc.place, doc.issuer].filter(Boolean).join(' – ');
}

/** A label followed by its colon, with the no-break space French typography puts before it. */
export function withColon(label: string, language: PrintLanguage): string {
  return language === 'fr' ? `${label}\u00a0:` : `${label}:`;
}

/** The heading of an excerpt item: "Excerpt — …". */
export function excerptHeading(excerpt: PrintExcerpt, language: PrintLanguage): string {
  return `${PRINT_STRINGS[language].excerpt} — ${excerpt.heading}`;
}

/** The heading of the `index`-th annex of a pack: "Annex A — Title". */
export function annexHeading(annex: PrintAnnex, index: number, language: PrintLanguage): string {
  return `${PRINT_STRINGS[language].annex} ${annexLetter(index)} — ${annex.document.title}`;
}

/** The heading of an annotation digest: "Annotations — Title". */
export function digestHeading(digest: PrintAnnotationDigest, language: PrintLanguage): string {
  return `${PRINT_STRINGS[language].annotations} — ${digest.document.title}`;
}

/** Where an excerpt item comes from, as its source line cites it: title, (date), and the ¶ range. */
export function excerptSource(
  excerpt: PrintExcerpt,
  language: PrintLanguage,
): { title: string; date: string | null; range: string; citation: string } {
  const date = excerpt.document.date ? formatPrintDate(excerpt.document.date, language) : null;
  const range = paragraphRange(excerpt.paragraphs);
  return {
    title: excerpt.document.title,
    date,
    range,
    citation: `${excerpt.document.title}${date ? ` (${date})` : ''}, ${range}`,
  };
}

/** The marking in the pack's language: "PROTECTED B", "PROTÉGÉ B". */
export function marking(classification: Classification, language: PrintLanguage): string {
  return CLASSIFICATION_LABELS[language][classification];
}

/**
 * The marking in both official languages, the pack's first: "PROTECTED B / PROTÉGÉ B". A
 * marking spelt the same in both ("SECRET") is written once.
 */
export function bilingualMarking(classification: Classification, language: PrintLanguage): string {
  const other: PrintLanguage = language === 'fr' ? 'en' : 'fr';
  const first = marking(classification, language);
  const second = marking(classification, other);
  return first === second ? first : `${first} / ${second}`;
}

/** The letter of each annex of a pack, by item id (A, B, … in the order they print). */
export function annexLetters(pack: Pick<PrintPack, 'items'>): Map<string, number> {
  const indexes = new Map<string, number>();
  for (const item of pack.items) if (item.kind === 'annex') indexes.set(item.itemId, indexes.size);
  return indexes;
}
