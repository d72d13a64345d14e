/**
 * The sample pack, built from whatever the sample library holds (no document-specific text
 * here): a briefing note from the standard template (English or French) that quotes the
 * newest declaration — the opening and the closing paragraphs of its first titled section —
 * with short section texts, followed by the whole declaration as Annex A, unclassified.
 */
import { translator } from '../../../shared/i18n/index.ts';
import {
  paragraphLabel,
  type PackItemSpec,
  type Paragraph,
  type PrintLanguage,
  type StoredDocument,
} from '../../../shared/model/index.ts';
import type { SerializedNoteNode } from '../../../shared/notes/content-schema.ts';
import { BRIEFING_SECTIONS, decisionBlockNode, headingNode, paragraphNode } from '../../../shared/notes/templates.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { getDocument, newestDocumentOfKind } from '../store/documents.store.ts';
import { insertNote } from '../store/notes.store.ts';
import { insertPack, writePackItems } from '../store/packs.store.ts';
import { formatPrintDate } from '../export/print-strings.ts';
import { newId } from '../library/ids.ts';

export class SamplePackError extends Error {}

/** How many paragraphs the sample note quotes. */
const SAMPLE_EXCERPTS = 3;

/**
 * The paragraphs the sample note quotes: the first and the last two of the declaration's
 * first titled section with enough paragraphs (the opening of the document otherwise).
 */
export function sampleParagraphs(doc: StoredDocument): Paragraph[] {
  const titled = doc.sections.filter((s) => s.heading && s.paragraphs.length > 0);
  const section = titled.find((s) => s.paragraphs.length >= SAMPLE_EXCERPTS) ?? titled[0];
  const pool = section ? section.paragraphs : doc.sections.flatMap((s) => s.paragraphs);
  if (pool.length <= SAMPLE_EXCERPTS) return [...pool];
  return [pool[0] as Paragraph, ...pool.slice(-(SAMPLE_EXCERPTS - 1))];
}

function excerptNode(doc: StoredDocument, paragraph: Paragraph): SerializedNoteNode {
  return {
    type: 'excerpt',
    version: 1,
    documentId: doc.id,
    documentTitle: doc.title,
    documentDate: doc.date,
    documentVersion: doc.version,
    paragraphs: [{ id: paragraph.id, label: paragraphLabel(paragraph) }],
    text: paragraph.text,
    origin: 'paragraph',
  };
}

/** The sample note's content: the template's sections, each with a short text or excerpts. */
function sampleContent(doc: StoredDocument, language: PrintLanguage, quoted: Paragraph[]): SerializedNoteNode {
  const t = translator(language);
  const date = doc.date ? formatPrintDate(doc.date, language) : '';
  const purpose = doc.place
    ? t('samplePack.purposePlace', { title: doc.title, date, place: doc.place })
    : t('samplePack.purpose', { title: doc.title, date });
  const [first, ...rest] = quoted;
  const summary = [paragraphNode(t('samplePack.summary')), ...(first ? [excerptNode(doc, first)] : [])];
  const status = rest.length
    ? [paragraphNode(t('samplePack.status')), ...rest.map((p) => excerptNode(doc, p))]
    : [paragraphNode(t('samplePack.status'))];
  const bodies: SerializedNoteNode[][] = [
    [paragraphNode(purpose)],
    summary,
    [paragraphNode(t('samplePack.background'))],
    status,
    [paragraphNode(t('samplePack.considerations'))],
    [paragraphNode(t('samplePack.nextSteps'))],
    [paragraphNode(t('samplePack.recommendation'))],
  ];
  const children: SerializedNoteNode[] = [];
  BRIEFING_SECTIONS[language].forEach((heading, i) => children.push(headingNode(heading), ...(bodies[i] ?? [])));
  children.push(decisionBlockNode());
  return { type: 'root', version: 1, format: '', indent: 0, direction: null, children };
}

export function createSamplePack(db: Database, options: { language?: PrintLanguage; now?: Date } = {}): string {
  const language = options.language ?? 'en';
  const now = options.now ?? new Date();
  const t = translator(language);
  const summary = newestDocumentOfKind(db, 'declaration');
  const doc = summary ? getDocument(db, summary.id) : undefined;
  if (!doc) throw new SamplePackError(t('samplePack.noDeclaration'));
  const stamp = now.toISOString();
  const day = stamp.slice(0, 10);
  const packId = newId('k');
  const noteId = newId('n');
  // The note first (insertNote is its own transaction), then the pack that holds it.
  insertNote(
    db,
    {
      id: noteId,
      title: t('samplePack.noteTitle', { title: doc.title }),
      status: 'final',
      classification: 'unclassified',
      language,
      fields: {
        to: t('samplePack.to'),
        from: t('samplePack.from'),
        date: formatPrintDate(day, language),
        fileNumber: t('samplePack.fileNumber', { year: day.slice(0, 4) }),
        trackingNumber: t('office.sampleTrackingNumber', { year: day.slice(0, 4) }),
        preparedBy: t('samplePack.notePreparedBy'),
        approvedBy: t('samplePack.approvedBy'),
      },
      content: { root: sampleContent(doc, language, sampleParagraphs(doc)) },
    },
    stamp,
  );
  inTransaction(db, () => {
    insertPack(db, {
      id: packId,
      title: t('samplePack.title', { title: doc.title }),
      audience: t('samplePack.audience'),
      date: day,
      language,
      chosenClassification: 'unclassified',
      preparedBy: t('samplePack.preparedBy'),
      pageSize: 'letter',
      createdAt: stamp,
      updatedAt: stamp,
    });
    const items: PackItemSpec[] = [
      { kind: 'note', noteId },
      { kind: 'document', documentId: doc.id, sections: null },
    ];
    writePackItems(
      db,
      packId,
      items.map((spec) => ({ id: newId('i'), spec })),
    );
  });
  return packId;
}
