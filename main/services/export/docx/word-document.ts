/**
 * What a Word export is made from, and the document Précis writes when no departmental
 * template is chosen: its facts (title, language, classification, properties), its body (a note,
 * or a pack's cover, contents and items) and its page furniture.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import {
  NOTE_FIELD_LABELS,
  type Classification,
  type PageSize,
  type PrintLanguage,
} from '../../../../shared/model/index.ts';
import type { SerializedNoteNode } from '../../../../shared/notes/content-schema.ts';
import { noteHeaderRows, noteSignoffRows, type NoteFieldRow } from '../../../../shared/notes/render-html.ts';
import { bilingualMarking, marking } from '../pack-text.ts';
import { runningTitle } from '../print-html.ts';
import type { PrintNote, PrintPack } from '../print-model.ts';
import { fieldTable, noteBlocks, type Block } from './note-blocks.ts';
import { annexBookmarks, approvalLine, packBlocks, paragraphKey } from './pack-blocks.ts';
import { listNumbering, pageFurniture, pageGeometry } from './page-furniture.ts';
import { createWordContext, wordLanguage, type WordContext } from './word-context.ts';
import { precisStyles, PRECIS_STYLE_IDS, type StyleIds } from './word-styles.ts';

/** A note on its own (Letter, as Canadian notes are) or a whole pack. */
export type WordSource = { kind: 'note'; note: PrintNote; pageSize: PageSize } | { kind: 'pack'; pack: PrintPack };

/** The facts of an export: what its furniture, properties and template placeholders say. */
export interface WordFacts {
  title: string;
  language: PrintLanguage;
  classification: Classification;
  /** The classification in both official languages, the export's first. */
  marking: string;
  author: string;
  subject: string;
  keywords: string;
  pageSize: PageSize;
  /** The date as printed ("26 September 2024"), or '' when none is set. */
  date: string;
}

/** The titles of the documents a note quotes, once each, in order. */
function citedTitles(node: SerializedNoteNode, found = new Set<string>()): Set<string> {
  if (node.type === 'excerpt' && typeof node.documentTitle === 'string' && node.documentTitle.trim())
    found.add(node.documentTitle.trim());
  for (const child of node.children ?? []) citedTitles(child, found);
  return found;
}

export function wordFacts(source: WordSource, formatDate: (iso: string, language: PrintLanguage) => string): WordFacts {
  if (source.kind === 'note') {
    const { note } = source;
    const single = marking(note.classification, note.language);
    return {
      title: note.title,
      language: note.language,
      classification: note.classification,
      marking: bilingualMarking(note.classification, note.language),
      author: note.fields.preparedBy || note.fields.from,
      subject: [note.fields.to, single].filter(Boolean).join(' — '),
      keywords: [single, ...citedTitles(note.content.root)].join('; '),
      pageSize: source.pageSize,
      date: note.fields.date,
    };
  }
  const { pack } = source;
  const single = marking(pack.classification, pack.language);
  return {
    title: pack.title,
    language: pack.language,
    classification: pack.classification,
    marking: bilingualMarking(pack.classification, pack.language),
    author: pack.preparedBy,
    subject: [pack.audience, single].filter(Boolean).join(' — '),
    keywords: [single, ...new Set(pack.items.map((i) => (i.kind === 'note' ? i.title : i.document.title)))].join('; '),
    pageSize: pack.pageSize,
    date: formatDate(pack.date, pack.language),
  };
}

/** The context for writing a source: citations link into the annexes the source prints. */
export function contextFor(source: WordSource, styles: StyleIds, textWidth: number): WordContext {
  const bookmarks = source.kind === 'pack' ? annexBookmarks(source.pack) : new Map<string, string>();
  return createWordContext({
    language: source.kind === 'pack' ? source.pack.language : source.note.language,
    styles,
    textWidth,
    paragraphBookmark: (documentId, n) => bookmarks.get(paragraphKey(documentId, n)),
  });
}

/** How the body fits what a template prints itself. */
export interface BodyOptions {
  /** Whether the body starts with the title (a template that prints `{{title}}` does not need it twice). */
  title: boolean;
  /**
   * The placeholders the template's own page prints (`{{to}}`, `{{date}}`…): their fields are
   * left out of Précis's header block, so a date or a file number is not printed twice.
   */
  printed?: ReadonlySet<string>;
}

/** A note's header rows, less the fields a template prints itself. */
function headerRowsLeftToPrint(note: PrintNote, printed: ReadonlySet<string>): NoteFieldRow[] {
  const unless = (placeholder: string, value: string) => (printed.has(placeholder) ? '' : value);
  const { fields } = note;
  const rows = noteHeaderRows({
    ...note,
    fields: {
      ...fields,
      to: unless('to', fields.to),
      from: unless('from', fields.from),
      date: unless('date', fields.date),
      fileNumber: unless('fileNumber', fields.fileNumber),
    },
  });
  const classification = NOTE_FIELD_LABELS[note.language].classification;
  return printed.has('classification') ? rows.filter(([label]) => label !== classification) : rows;
}

/** The body of an export: a pack's cover, contents and items, or a note with its header and sign-off. */
export function wordBody(source: WordSource, context: WordContext, options: BodyOptions): Block[] {
  if (source.kind === 'pack') return packBlocks(source.pack, context, options);
  const { note } = source;
  const lang = wordLanguage(note.language);
  const blocks: Block[] = [];
  if (options.title)
    blocks.push(
      new Paragraph({ style: context.styles.title, children: [new TextRun({ text: note.title, language: lang })] }),
    );
  const header = headerRowsLeftToPrint(note, options.printed ?? new Set());
  if (header.length > 0) blocks.push(fieldTable(header, context, note.language));
  if (note.approval) blocks.push(approvalLine(note.approval, note.language, context));
  blocks.push(new Paragraph({ style: context.styles.body, children: [] }));
  blocks.push(...noteBlocks(note.content, context, { topHeadingLevel: 1, language: note.language, cite: note.cite }));
  const signoff = noteSignoffRows(note);
  if (signoff.length > 0) {
    blocks.push(new Paragraph({ style: context.styles.body, children: [] }));
    blocks.push(fieldTable(signoff, context, note.language));
  }
  return blocks;
}

/** The export as Précis writes it without a template: its own styles, furniture and properties. */
export async function buildWordDocument(source: WordSource, facts: WordFacts): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(createWordDocument(source, facts)));
}

/** The docx library's document for `source`, before it is packed into a file. */
export function createWordDocument(source: WordSource, facts: WordFacts): Document {
  const geometry = pageGeometry(facts.pageSize);
  const context = contextFor(source, PRECIS_STYLE_IDS, geometry.textWidth);
  const body = wordBody(source, context, { title: true });
  const { header, footer } = pageFurniture({
    classification: facts.classification,
    runningTitle: runningTitle(facts.title),
    language: facts.language,
    textWidth: geometry.textWidth,
  });
  const styles = precisStyles();
  return new Document({
    title: facts.title,
    subject: facts.subject,
    creator: facts.author || 'Précis',
    lastModifiedBy: 'Précis',
    keywords: facts.keywords,
    description: facts.marking,
    styles: {
      ...styles,
      default: {
        ...styles.default,
        document: {
          ...styles.default?.document,
          run: { ...styles.default?.document?.run, language: wordLanguage(facts.language) },
        },
      },
    },
    numbering: listNumbering(context.listStarts()),
    footnotes: context.footnotes(),
    sections: [
      {
        properties: { page: { size: geometry.size, margin: geometry.margin } },
        headers: { default: header },
        footers: { default: footer },
        children: body,
      },
    ],
  });
}
