/** The words printed in a pack, in its language (the app's UI catalogues do not reach main). */
import type { PrintLanguage } from '../../shared/model/index.ts';

export interface PrintStrings {
  contents: string;
  preparedBy: string;
  date: string;
  classification: string;
  /** "Page 3 of 12": the two numbers are CSS counters, so only the words are here. */
  page: string;
  of: string;
  annex: string;
  excerpt: string;
  annotations: string;
  paragraph: string;
  noAnnotations: string;
  selectedSections: string;
  source: string;
  orphaned: string;
  tags: string;
}

export const PRINT_STRINGS: Record<PrintLanguage, PrintStrings> = {
  en: {
    contents: 'Contents',
    preparedBy: 'Prepared by',
    date: 'Date',
    classification: 'Security classification',
    page: 'Page',
    of: 'of',
    annex: 'Annex',
    excerpt: 'Excerpt',
    annotations: 'Annotations',
    paragraph: 'Paragraph',
    noAnnotations: 'This document has no annotations.',
    selectedSections: 'Selected sections',
    source: 'Source',
    orphaned: 'passage no longer found in this version',
    tags: 'Tags',
  },
  fr: {
    contents: 'Table des matières',
    preparedBy: 'Préparé par',
    date: 'Date',
    classification: 'Classification de sécurité',
    page: 'Page',
    of: 'de',
    annex: 'Annexe',
    excerpt: 'Extrait',
    annotations: 'Annotations',
    paragraph: 'Paragraphe',
    noAnnotations: 'Ce document n’a pas d’annotations.',
    selectedSections: 'Sections choisies',
    source: 'Source',
    orphaned: 'passage introuvable dans cette version',
    tags: 'Mots-clés',
  },
};

/** "26 September 2024" / "26 septembre 2024" for an ISO date; the input itself when it is not one. */
export function formatPrintDate(iso: string, language: PrintLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Annex letters A, B, … Z, AA, AB … */
export function annexLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}
