/**
 * A note as semantic HTML for print and packs, rendered from its Lexical JSON without an
 * editor or a DOM. Every text and attribute is escaped and only known node types produce
 * markup; excerpts become `<blockquote class="excerpt">` with their citation and
 * `data-document-id` / `data-paragraph-ids` attributes naming the cited paragraph(s) by id; the
 * citation itself is `<a data-cite-document="ID" data-cite-paragraph-id="P">`, which a printed
 * pack turns into a link to that paragraph when it prints the document as an annex. The numbers
 * a citation shows come from `citeExcerpt` (the library, as it is now) when the caller has it.
 *
 * The output is a fragment (an `<article>`); the caller supplies the page and its CSS.
 * Class names used: briefing-note, note-classification, note-header, note-body, excerpt,
 * excerpt-citation, page-break, checklist, checked, decision-block, decision-line, write-line,
 * note-signoff.
 */
import type { CitedParagraph } from '../model/citation.ts';
import { typeset } from '../i18n/typography.ts';
import { excerptLabels, formatExcerptCitation, type ExcerptPayload } from '../model/excerpt.ts';
import {
  CLASSIFICATION_LABELS,
  NOTE_FIELD_LABELS,
  type Classification,
  type NoteFields,
  type NoteLanguage,
} from '../model/note.ts';
import { isSafeUrl, NOTE_DECISIONS, type NoteContent, type SerializedNoteNode } from './content-schema.ts';
import { printableContent } from './print-content.ts';
import { DECISION_BLOCK } from './templates.ts';

export interface RenderableNote {
  title: string;
  language: NoteLanguage;
  classification: Classification;
  fields: NoteFields;
  content: NoteContent;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Lexical's text format bits (lexical/LexicalConstants). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

// Outermost tag first.
const FORMAT_TAGS: Array<[number, string]> = [
  [TEXT_FORMAT.bold, 'strong'],
  [TEXT_FORMAT.italic, 'em'],
  [TEXT_FORMAT.underline, 'u'],
  [TEXT_FORMAT.strikethrough, 's'],
  [TEXT_FORMAT.code, 'code'],
  [TEXT_FORMAT.subscript, 'sub'],
  [TEXT_FORMAT.superscript, 'sup'],
  [TEXT_FORMAT.highlight, 'mark'],
];

/** A number stored in the note as an attribute value: only a plain integer is written. */
function integerAttribute(name: string, value: unknown, omit: (n: number) => boolean = () => false): string {
  return typeof value === 'number' && Number.isSafeInteger(value) && !omit(value) ? ` ${name}="${value}"` : '';
}

/**
 * Where a link may point in a printed pack or a copy of the note: `https:` and `mailto:`
 * only. Plain `http:` would fetch in clear from the machine that opens the PDF, and the app's
 * own routes (`#/doc/…`) mean nothing outside the app: those links print as their text.
 */
export function printableHref(url: string): string | undefined {
  return isSafeUrl(url) && /^(https:\/\/|mailto:)/i.test(url) ? url : undefined;
}

function renderText(node: SerializedNoteNode): string {
  let html = escapeHtml(String(node.text ?? ''));
  const format = typeof node.format === 'number' ? node.format : 0;
  for (const [bit, tag] of [...FORMAT_TAGS].reverse()) if (format & bit) html = `<${tag}>${html}</${tag}>`;
  return html;
}

function alignAttribute(node: SerializedNoteNode): string {
  const format = node.format;
  return typeof format === 'string' && /^(left|center|right|justify)$/.test(format) ? ` class="align-${format}"` : '';
}

function renderChildren(node: SerializedNoteNode, cite: CiteExcerpt | undefined, language: NoteLanguage): string {
  return (node.children ?? []).map((child) => renderNode(child, cite, language)).join('');
}

/**
 * A citation as an anchor without `href`: inert in the app and on the clipboard; the pack
 * printer (main/services/export/print-html.ts) adds the `href` when the cited paragraph is printed.
 */
export function citationLink(documentId: string, paragraphId: string | undefined, label: string): string {
  return (
    `<a data-cite-document="${escapeHtml(documentId)}" data-cite-paragraph-id="${escapeHtml(paragraphId ?? '')}" class="cite">` +
    `${escapeHtml(label)}</a>`
  );
}

/** The paragraphs an excerpt cites as they are now, when the caller can ask the library. */
export type CiteExcerpt = (excerpt: ExcerptPayload) => CitedParagraph[] | undefined;

/**
 * An excerpt: the quoted paragraphs, then the citation, with the source in data attributes.
 * `now` are the cited paragraphs as the library has them now (their labels are shown); without
 * it, the labels the excerpt was taken with. The citation's date is in words in `language`.
 */
export function renderExcerptHtml(
  excerpt: Pick<ExcerptPayload, 'documentId' | 'documentTitle' | 'documentDate' | 'paragraphs' | 'text'>,
  now?: readonly CitedParagraph[],
  language: NoteLanguage = 'en',
): string {
  const cited = now && now.length > 0 ? now : undefined;
  const ids = cited ? cited.map((p) => p.id) : excerpt.paragraphs.map((p) => p.id);
  // The date in words in the language of the note that cites it.
  const citation = formatExcerptCitation(excerpt, cited ?? excerptLabels(excerpt), language);
  const paragraphs = excerpt.text
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('');
  return (
    `<blockquote class="excerpt" data-document-id="${escapeHtml(excerpt.documentId)}"` +
    ` data-paragraph-ids="${escapeHtml(ids.join(' '))}">` +
    `${paragraphs}<footer class="excerpt-citation"><cite>${citationLink(excerpt.documentId, ids[0], citation)}</cite></footer></blockquote>`
  );
}

function renderNode(node: SerializedNoteNode, cite: CiteExcerpt | undefined, language: NoteLanguage): string {
  switch (node.type) {
    case 'root':
      return renderChildren(node, cite, language);
    case 'text':
      return renderText(node);
    case 'linebreak':
      return '<br>';
    case 'tab':
      return '\t';
    case 'paragraph':
      return `<p${alignAttribute(node)}>${renderChildren(node, cite, language)}</p>`;
    case 'heading': {
      const tag = /^h[1-6]$/.test(String(node.tag)) ? String(node.tag) : 'h2';
      return `<${tag}${alignAttribute(node)}>${renderChildren(node, cite, language)}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${renderChildren(node, cite, language)}</blockquote>`;
    case 'list': {
      const type = node.listType;
      if (type === 'number') {
        return `<ol${integerAttribute('start', node.start, (n) => n === 1)}>${renderChildren(node, cite, language)}</ol>`;
      }
      return `<ul${type === 'check' ? ' class="checklist"' : ''}>${renderChildren(node, cite, language)}</ul>`;
    }
    case 'listitem': {
      // A list item holding only a nested list is Lexical's way of indenting: no marker of its own.
      const nestedOnly = (node.children ?? []).length > 0 && (node.children ?? []).every((c) => c.type === 'list');
      if (nestedOnly) return `<li class="nested">${renderChildren(node, cite, language)}</li>`;
      if (typeof node.checked === 'boolean') {
        const mark = node.checked ? '☑' : '☐';
        return `<li class="${node.checked ? 'checked' : 'unchecked'}"><span class="check" aria-hidden="true">${mark}</span> ${renderChildren(node, cite, language)}</li>`;
      }
      return `<li>${renderChildren(node, cite, language)}</li>`;
    }
    case 'link':
    case 'autolink': {
      const href = printableHref(String(node.url ?? ''));
      if (href === undefined) return renderChildren(node, cite, language);
      return `<a href="${escapeHtml(href)}">${renderChildren(node, cite, language)}</a>`;
    }
    case 'table':
      return `<table><tbody>${renderChildren(node, cite, language)}</tbody></table>`;
    case 'tablerow':
      return `<tr>${renderChildren(node, cite, language)}</tr>`;
    case 'tablecell': {
      const header = typeof node.headerState === 'number' && node.headerState > 0;
      const tag = header ? 'th' : 'td';
      const colSpan = integerAttribute('colspan', node.colSpan, (n) => n <= 1);
      const rowSpan = integerAttribute('rowspan', node.rowSpan, (n) => n <= 1);
      return `<${tag}${colSpan}${rowSpan}>${renderChildren(node, cite, language)}</${tag}>`;
    }
    case 'horizontalrule':
      return '<hr>';
    case 'page-break':
      return '<div class="page-break" role="separator" aria-label="Page break"></div>';
    case 'decision-block':
      return renderDecisionBlock(node, language);
    case 'excerpt':
      return renderExcerptHtml(node as unknown as ExcerptPayload, cite?.(node as unknown as ExcerptPayload), language);
    default:
      return '';
  }
}

/**
 * The decision block in the note's language: the choices as check boxes (the one ticked, if
 * any, checked), then Signature and Date with a line drawn to write on. One group, which print
 * keeps on one page.
 */
function renderDecisionBlock(node: SerializedNoteNode, language: NoteLanguage): string {
  const words = DECISION_BLOCK[language];
  const choices = NOTE_DECISIONS.map((choice) => {
    const ticked = node.decision === choice;
    const mark = ticked ? '☑' : '☐';
    return `<li class="${ticked ? 'checked' : 'unchecked'}"><span class="check" aria-hidden="true">${mark}</span> ${escapeHtml(words.choices[choice])}</li>`;
  }).join('');
  const colon = language === 'fr' ? '\u00a0:' : ':';
  const line = (label: string) =>
    `<p class="decision-line"><span class="decision-label">${escapeHtml(label + colon)}</span><span class="write-line"></span></p>`;
  return `<div class="decision-block" role="group"><ul class="checklist decision-choices">${choices}</ul>${line(words.signature)}${line(words.date)}</div>`;
}

/** The note body alone (no header): the content's blocks as HTML; citation dates in `language`. */
export function renderContentHtml(content: NoteContent, cite?: CiteExcerpt, language: NoteLanguage = 'en'): string {
  return renderNode(content.root, cite, language);
}

function fieldRow([label, value]: NoteFieldRow): string {
  return `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`;
}

/** A labelled field of a note's header or sign-off, as printed: `[label, value]`. */
export type NoteFieldRow = readonly [label: string, value: string];

/**
 * The header rows every printed form of a note shows (HTML, PDF, Word): To, From, Date, File
 * number, Tracking number — those filled in — and the security classification, always.
 */
export function noteHeaderRows(note: Pick<RenderableNote, 'language' | 'classification' | 'fields'>): NoteFieldRow[] {
  const labels = NOTE_FIELD_LABELS[note.language];
  const rows: NoteFieldRow[] = [
    [labels.to, note.fields.to],
    [labels.from, note.fields.from],
    [labels.date, note.fields.date],
    [labels.fileNumber, note.fields.fileNumber],
    [labels.trackingNumber, note.fields.trackingNumber ?? ''],
    [labels.classification, CLASSIFICATION_LABELS[note.language][note.classification]],
  ];
  return rows.filter(([, value]) => value.trim() !== '');
}

/** The sign-off rows (Prepared by, Approved by) that are filled in. */
export function noteSignoffRows(note: Pick<RenderableNote, 'language' | 'fields'>): NoteFieldRow[] {
  const labels = NOTE_FIELD_LABELS[note.language];
  const rows: NoteFieldRow[] = [
    [labels.preparedBy, note.fields.preparedBy],
    [labels.approvedBy, note.fields.approvedBy],
  ];
  return rows.filter(([, value]) => value.trim() !== '');
}

/** The header block: To, From, Date, File number and the security classification. */
export function renderNoteHeaderHtml(note: Pick<RenderableNote, 'language' | 'classification' | 'fields'>): string {
  return `<dl class="note-header">${noteHeaderRows(note).map(fieldRow).join('')}</dl>`;
}

/** The sign-off block (Prepared by, Approved by); empty when neither is filled in. */
export function renderNoteSignoffHtml(note: Pick<RenderableNote, 'language' | 'fields'>): string {
  const signoff = noteSignoffRows(note).map(fieldRow).join('');
  return signoff ? `<dl class="note-signoff">${signoff}</dl>` : '';
}

/**
 * A note inside a printed pack: header fields, body and sign-off, without the banner and the
 * title (the pack prints its own heading and marks every page). The body is printed as
 * `printableContent` makes it: empty template sections dropped, the author's words typeset.
 */
export function renderNoteForPackHtml(note: RenderableNote, cite?: CiteExcerpt): string {
  return (
    `<div class="briefing-note" lang="${escapeHtml(note.language)}" data-classification="${escapeHtml(note.classification)}">` +
    renderNoteHeaderHtml(note) +
    `<div class="note-body">${renderContentHtml(printableContent(note.content, note.language), cite, note.language)}</div>` +
    renderNoteSignoffHtml(note) +
    `</div>`
  );
}

/** The whole note: classification banner, title, header fields, body and sign-off. */
export function renderNoteHtml(note: RenderableNote, cite?: CiteExcerpt): string {
  const classification = CLASSIFICATION_LABELS[note.language][note.classification];
  return (
    `<article class="briefing-note" lang="${escapeHtml(note.language)}" data-classification="${escapeHtml(note.classification)}">` +
    `<p class="note-classification">${escapeHtml(classification)}</p>` +
    `<h1>${escapeHtml(typeset(note.title, note.language))}</h1>` +
    renderNoteHeaderHtml(note) +
    `<div class="note-body">${renderContentHtml(printableContent(note.content, note.language), cite, note.language)}</div>` +
    renderNoteSignoffHtml(note) +
    `</article>`
  );
}
