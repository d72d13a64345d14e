/**
 * What the print HTML is made from: a pack with every item resolved against the library.
 * Plain data, so `print-html.ts` is a pure function of it and is tested without a store.
 */
import type { Classification, NoteFields, PageSize, PrintLanguage } from '../../../shared/model/index.ts';
import type { NoteContent } from '../../../shared/notes/content-schema.ts';
import type { CiteExcerpt } from '../../../shared/notes/render-html.ts';

export interface PrintDocumentRef {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  issuer: string | null;
  language: string;
  /** Its version, and how many versions the library holds: headings name the version when there are several. */
  version?: number;
  versionCount?: number;
}

/** A printed paragraph: its id (links point at it), its position and the label it is cited by. */
export interface PrintParagraph {
  id: string;
  n: number;
  label: string;
  text: string;
}

/**
 * A team approval (issue 17): who approved the item and when (ISO time). Printed as
 * "Approved by NAME, DATE"; present only while the item is approved (or sent) — an edit after
 * approval returns it to Draft and the stamp goes.
 */
export interface PrintApproval {
  by: string;
  at: string;
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
   * user HTML). Citations are `<a data-cite-document="ID" data-cite-paragraph-id="P">` elements:
   * they become links when the cited paragraph is printed in an annex.
   */
  html: string;
  /**
   * What `html` was rendered from: the header and sign-off fields and the Lexical content, for
   * writers that build their own structure from it (the Word export).
   */
  fields: NoteFields;
  content: NoteContent;
  /** The cited paragraphs as they are now, for writers that format citations themselves. */
  cite?: CiteExcerpt;
  /** Set when the note is approved: `html` is then rendered from the approved snapshot. */
  approval?: PrintApproval;
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
  /** A bilingual annex: the other language version beside it, one row per paragraph pair. */
  partner?: { document: PrintDocumentRef; rows: PrintPairRow[] };
}

/** One row of a bilingual annex: paired paragraphs of each version (either side may be empty). */
export interface PrintPairRow {
  /** The section heading a side's first paragraph in this row opens, if any. */
  headings: { a: string | null; b: string | null };
  a: PrintParagraph[];
  b: PrintParagraph[];
  /** The aligner was unsure of this pair and no one confirmed it: printed as such. */
  unchecked?: boolean;
}

export interface PrintAnnotation {
  /** First paragraph the passage touches (id, position, label), or null when it no longer anchors. */
  paragraph: { id: string; n: number; label: string } | null;
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
  /** Set when the pack itself is approved (team library). */
  approval?: PrintApproval;
}
