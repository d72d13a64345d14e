/**
 * The words a printed pack is made of, worked out once from the print model for every output
 * format: the PDF (print-html.ts) and Word (docx/) print the same headings, datelines, source
 * lines and paragraph ranges because both take them from here.
 */
import {
  CLASSIFICATION_LABELS,
  formatParagraphLabels,
  type Classification,
  type PrintLanguage,
} from '../../../shared/model/index.ts';
import type {
  PrintAnnex,
  PrintAnnotationDigest,
  PrintDocumentRef,
  PrintExcerpt,
  PrintPack,
  PrintParagraph,
} from './print-model.ts';
import { annexLetter, formatPrintDate, PRINT_STRINGS } from './print-strings.ts';

/** How paragraphs are cited (`¶ 8`, `¶ 8–10`, `¶ 4(a)–4(c)`): the one formatter, by printed label. */
export function paragraphRange(paragraphs: readonly Pick<PrintParagraph, 'n' | 'label'>[]): string {
  return formatParagraphLabels(paragraphs);
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
  // A bilingual annex names both language versions.
  const title = annex.partner ? `${annex.document.title} / ${annex.partner.document.title}` : annex.document.title;
  return `${PRINT_STRINGS[language].annex} ${annexLetter(index)} — ${title}`;
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
