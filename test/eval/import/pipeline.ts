/**
 * The one place the evaluation reaches into the product: the import pipeline's entrance. When
 * the import module moves, change the path here and nowhere else.
 */
import { importDocument } from '../../../main/services/import/index.ts';
import { paragraphLabel } from '../../../shared/model/index.ts';

export interface ImportedDocument {
  title: string;
  kind: string;
  language: string;
  date: string | null;
  place: string | null;
  issuer: string | null;
  headings: string[];
  /** Paragraphs in order with the label the product cites them by (printed label, else position). */
  paragraphs: Array<{ label: string; text: string }>;
}

/** Imports a file the way the app does (a paste carries its clipboard media type). */
export async function importForEvaluation(
  fileName: string,
  bytes: Uint8Array,
  mediaType?: string,
): Promise<ImportedDocument> {
  const { document } = await importDocument({ fileName, bytes, ...(mediaType ? { mediaType } : {}) });
  const headings: string[] = [];
  const paragraphs: ImportedDocument['paragraphs'] = [];
  for (const section of document.sections) {
    if (section.heading !== null) headings.push(section.heading);
    for (const paragraph of section.paragraphs) {
      paragraphs.push({ label: paragraphLabel(paragraph), text: paragraph.text });
    }
  }
  return {
    title: document.title,
    kind: document.kind,
    language: document.language,
    date: document.date,
    place: document.place,
    issuer: document.issuer,
    headings,
    paragraphs,
  };
}
