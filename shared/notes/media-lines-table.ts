/**
 * The quote check's media lines as note content: a caption paragraph and a Lexical table
 * (header row, then one row per quotation), in the JSON the note editor's @lexical/table
 * nodes read. Built here, without an editor, so the API can append it to a stored note.
 */
import { z } from 'zod';
import { quote } from '../i18n/format.ts';
import type { NoteContent, SerializedNoteNode } from './content-schema.ts';
import { textNode } from './templates.ts';

export const MAX_MEDIA_LINES = 500;

/** One row of the table, as the quote check shows it (see shared/quotes/media-lines.ts). */
export const MediaLineRowSchema = z.object({
  quote: z.string().max(20_000),
  source: z.string().max(2_000),
  fidelity: z.string().max(100),
  changes: z.array(z.string().max(2_000)).max(100),
});
export type MediaLineRow = z.infer<typeof MediaLineRowSchema>;

export const MediaLinesTableSchema = z.object({
  /** A line above the table, e.g. "Media lines: <article title>". */
  caption: z.string().trim().max(1_000),
  /** Column headings in the interface language: quote, source ¶, fidelity, changed words. */
  headers: z.tuple([z.string().max(100), z.string().max(100), z.string().max(100), z.string().max(100)]),
  rows: z.array(MediaLineRowSchema).min(1).max(MAX_MEDIA_LINES),
  /** The note's language: the quotation marks around each quote (“…” or « … »). English when absent. */
  language: z.enum(['en', 'fr']).optional(),
});
export type MediaLinesTable = z.infer<typeof MediaLinesTableSchema>;

const BOLD = 1;
const COLUMN_WIDTHS = [190, 112, 98, 110] as const;

/** `textFormat` is the format of the paragraph's text, as Lexical itself records it. */
function paragraph(children: SerializedNoteNode[], textFormat = 0): SerializedNoteNode {
  return {
    type: 'paragraph',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    textFormat,
    textStyle: '',
    children,
  };
}

/** A cell holding one paragraph; several lines are joined by line breaks. */
function cell(lines: readonly string[], header: boolean): SerializedNoteNode {
  const children: SerializedNoteNode[] = [];
  lines.forEach((line, i) => {
    if (i > 0) children.push({ type: 'linebreak', version: 1 });
    if (line) children.push(textNode(line, header ? BOLD : 0));
  });
  return {
    type: 'tablecell',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    backgroundColor: null,
    colSpan: 1,
    rowSpan: 1,
    // Lexical's TableCellHeaderStates: 1 = a header of its column (the first row).
    headerState: header ? 1 : 0,
    children: [paragraph(children, header ? BOLD : 0)],
  };
}

function row(cells: SerializedNoteNode[]): SerializedNoteNode {
  return { type: 'tablerow', version: 1, format: '', indent: 0, direction: null, children: cells };
}

/** The caption paragraph (when there is one) and the table. */
export function mediaLinesTableNodes(table: MediaLinesTable): SerializedNoteNode[] {
  const head = row(table.headers.map((h) => cell([h], true)));
  const body = table.rows.map((line) =>
    row([
      cell([quote(line.quote.replace(/\s+/g, ' '), table.language ?? 'en')], false),
      cell([line.source], false),
      cell([line.fidelity], false),
      cell(line.changes.length > 0 ? line.changes : ['—'], false),
    ]),
  );
  const nodes: SerializedNoteNode[] = [];
  if (table.caption) nodes.push(paragraph([textNode(table.caption, BOLD)], BOLD));
  nodes.push({
    type: 'table',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    // Column widths in CSS pixels for the editor's page (about 510 px wide): the quote gets the most.
    colWidths: [...COLUMN_WIDTHS],
    children: [head, ...body],
  });
  // An empty paragraph after the table, so the cursor has somewhere to go below it.
  nodes.push(paragraph([]));
  return nodes;
}

/** The note's content with the table appended at the end (the content itself is not changed). */
export function appendMediaLines(content: NoteContent, table: MediaLinesTable): NoteContent {
  const children = content.root.children ?? [];
  // A trailing empty paragraph (as a new note or template ends) is replaced, not kept above the table.
  const last = children.at(-1);
  const keep =
    last && last.type === 'paragraph' && (last.children ?? []).length === 0 ? children.slice(0, -1) : children;
  return { root: { ...content.root, children: [...keep, ...mediaLinesTableNodes(table)] } };
}
