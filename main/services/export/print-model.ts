/**
 * What the print HTML is made from: a pack with every item resolved against the library.
 * Plain data, so `print-html.ts` is a pure function of it and is tested without a store.
 */
import type { Classification, NoteFields, PageSize, PrintLanguage } from '../../../shared/model/index.ts';
import type { NoteContent } from '../../../shared/notes/content-schema.ts';

export interface PrintDocumentRef {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  issuer: string | null;
  language: string;
}

export interface PrintParagraph {
  /** Position in the document (1..n): what anchors and links use. */
  n: number;
  /** What the paragraph is cited as, from `paragraphLabel()`: "7", "4(a)". */
  label: string;
  text: string;
}

export interface PrintNote {
  kind: 'note';
  itemId: string;
  title: string;
  classification: Classification;
  /** The language the note is written in (its `lang` in the print HTML). */
  language: PrintLanguage;
  /**
   * The note's body as semantic HTML, produced by our own renderer from stored content (never
   * user HTML). Citations are `<a data-cite-document="ID" data-cite-paragraph="N">` elements:
   * they become links when the cited paragraph is printed in an annex.
   */
  html: string;
  /**
   * What `html` was rendered from: the header and sign-off fields and the Lexical content, for
   * writers that build their own structure from it (the Word export).
   */
  fields: NoteFields;
  content: NoteContent;
}

export interface PrintExcerpt {
  kind: 'excerpt';
  itemId: string;
  heading: string;
  document: PrintDocumentRef;
  paragraphs: PrintParagraph[];
}

export interface PrintAnnex {
  kind: 'annex';
  itemId: string;
  document: PrintDocumentRef;
  /** True when every section is printed; otherwise only the chosen ones are. */
  whole: boolean;
  sections: Array<{ heading: string | null; paragraphs: PrintParagraph[] }>;
}

export interface PrintAnnotation {
  /** First paragraph the passage touches, or null when it no longer anchors. */
  paragraph: number | null;
  /** That paragraph as it is cited (`paragraphLabel()`), or null when the passage is not found. */
  label: string | null;
  quote: string;
  comment: string;
  /** What the highlight colour means to the user, e.g. "Risk". */
  category: string;
  tags: string[];
}

export interface PrintAnnotationDigest {
  kind: 'annotations';
  itemId: string;
  document: PrintDocumentRef;
  annotations: PrintAnnotation[];
}

export type PrintItem = PrintNote | PrintExcerpt | PrintAnnex | PrintAnnotationDigest;

export interface PrintPack {
  id: string;
  title: string;
  audience: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  language: PrintLanguage;
  classification: Classification;
  preparedBy: string;
  pageSize: PageSize;
  items: PrintItem[];
}
