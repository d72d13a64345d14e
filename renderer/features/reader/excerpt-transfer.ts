/**
 * Passages leave the reading view as excerpts, and come back marked.
 *
 * Out: dragging a selection or a paragraph's number, or copying a selection, puts an
 * ExcerptPayload on the DataTransfer (EXCERPT_MIME_TYPE), plus HTML (a blockquote with its
 * citation, which the note editor also understands) and plain text for other applications.
 * The annotations panel can do the same with `writeExcerptToDataTransfer`.
 *
 * In: `usePassageHighlight` marks an excerpt's exact text in its paragraph(s) with the CSS
 * Custom Highlight API, without touching the paragraphs' markup.
 */
import { useEffect, type RefObject } from 'react';
import {
  EXCERPT_MIME_TYPE,
  EXCERPT_PARAGRAPH_SEPARATOR,
  formatExcerptCitation,
  type ExcerptPayload,
} from '../../../shared/model/excerpt.ts';
import { paragraphLabel, type NoteLanguage, type StoredDocument } from '../../../shared/model/index.ts';
import { renderExcerptHtml } from '../../../shared/notes/render-html.ts';

const PARAGRAPH_SELECTOR = '[data-paragraph-id]';
const NUMBER_SELECTOR = '.paragraph-number';
/** The CSS highlight name the reader's stylesheet paints (`::highlight(precis-excerpt)`). */
export const EXCERPT_HIGHLIGHT = 'precis-excerpt';

/** The text nodes of a paragraph that hold its text (not its number), in order. */
function textNodesOf(paragraph: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(NUMBER_SELECTOR) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** What part of a paragraph's text a range covers. */
function selectedText(paragraph: Element, range: Range): string {
  let text = '';
  for (const node of textNodesOf(paragraph)) {
    const length = node.data.length;
    if (range.comparePoint(node, 0) > 0 || range.comparePoint(node, length) < 0) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : length;
    text += node.data.slice(start, end);
  }
  return text;
}

function basePayload(
  doc: StoredDocument,
): Pick<ExcerptPayload, 'documentId' | 'documentTitle' | 'documentDate' | 'documentVersion'> {
  return { documentId: doc.id, documentTitle: doc.title, documentDate: doc.date, documentVersion: doc.version };
}

function paragraphById(doc: StoredDocument, id: string) {
  for (const section of doc.sections) for (const p of section.paragraphs) if (p.id === id) return p;
  return undefined;
}

/** A whole paragraph as an excerpt. */
export function paragraphExcerpt(doc: StoredDocument, paragraphId: string): ExcerptPayload | undefined {
  const paragraph = paragraphById(doc, paragraphId);
  if (!paragraph) return undefined;
  return {
    ...basePayload(doc),
    // By identity: the id is what the excerpt cites; the label is what it shows until the library says otherwise.
    paragraphs: [{ id: paragraph.id, label: paragraphLabel(paragraph) }],
    text: paragraph.text,
    origin: 'paragraph',
  };
}

/** The selection inside `article` as an excerpt, or undefined when it selects no paragraph text. */
export function selectionExcerpt(
  doc: StoredDocument,
  article: Element,
  selection: Selection | null,
): ExcerptPayload | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.commonAncestorContainer)) return undefined;
  const paragraphs: ExcerptPayload['paragraphs'] = [];
  const parts: string[] = [];
  for (const element of article.querySelectorAll(PARAGRAPH_SELECTOR)) {
    if (!range.intersectsNode(element)) continue;
    const id = element.getAttribute('data-paragraph-id') ?? '';
    const paragraph = paragraphById(doc, id);
    const text = selectedText(element, range).trim();
    if (!paragraph || !text) continue;
    paragraphs.push({ id, label: paragraphLabel(paragraph) });
    parts.push(text);
  }
  if (paragraphs.length === 0) return undefined;
  const whole = paragraphs.length === 1 && parts[0] === paragraphById(doc, paragraphs[0]?.id ?? '')?.text.trim();
  return {
    ...basePayload(doc),
    paragraphs,
    text: parts.join(EXCERPT_PARAGRAPH_SEPARATOR),
    origin: whole ? 'paragraph' : 'passage',
  };
}

/**
 * Puts an excerpt on a drag or clipboard DataTransfer in the three forms described above; the
 * citation's date is in words in `language` (the language the user works in).
 */
export function writeExcerptToDataTransfer(
  data: DataTransfer,
  excerpt: ExcerptPayload,
  language: NoteLanguage = 'en',
): void {
  data.setData(EXCERPT_MIME_TYPE, JSON.stringify(excerpt));
  data.setData(
    'text/html',
    renderExcerptHtml(excerpt, undefined, language).replace(
      '<blockquote ',
      `<blockquote data-precis-excerpt="${escapeAttribute(JSON.stringify({ type: 'excerpt', version: 1, ...excerpt }))}" `,
    ),
  );
  data.setData('text/plain', `“${excerpt.text}” (${formatExcerptCitation(excerpt, undefined, language)})`);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Makes the reading view a source of excerpts: dragging a paragraph's number (drawn draggable by
 * ParagraphView) carries the whole paragraph; dragging or copying a selection carries the passage.
 * Listens on the article, so paragraphs drawn later (a long document is windowed) work too.
 */
export function useExcerptTransfer(
  articleRef: RefObject<HTMLElement | null>,
  doc: StoredDocument | undefined,
  language: NoteLanguage,
): void {
  useEffect(() => {
    const article = articleRef.current;
    if (!article || !doc) return;
    const onDragStart = (event: DragEvent) => {
      if (!event.dataTransfer) return;
      const target = event.target instanceof Element ? event.target : (event.target as Node | null)?.parentElement;
      const handle = target?.closest(NUMBER_SELECTOR);
      const excerpt = handle
        ? paragraphExcerpt(doc, handle.closest(PARAGRAPH_SELECTOR)?.getAttribute('data-paragraph-id') ?? '')
        : selectionExcerpt(doc, article, window.getSelection());
      if (!excerpt) return;
      writeExcerptToDataTransfer(event.dataTransfer, excerpt, language);
      event.dataTransfer.effectAllowed = 'copy';
    };
    const onCopy = (event: ClipboardEvent) => {
      const excerpt = selectionExcerpt(doc, article, window.getSelection());
      if (!excerpt || !event.clipboardData) return;
      event.preventDefault();
      writeExcerptToDataTransfer(event.clipboardData, excerpt, language);
    };
    article.addEventListener('dragstart', onDragStart);
    article.addEventListener('copy', onCopy);
    return () => {
      article.removeEventListener('dragstart', onDragStart);
      article.removeEventListener('copy', onCopy);
    };
  }, [articleRef, doc, language]);
}

/** A Range over `length` characters from `start` in the paragraph's text (its text nodes, in order). */
function rangeInParagraph(paragraph: Element, start: number, length: number): Range | undefined {
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (const node of textNodesOf(paragraph)) {
    const end = offset + node.data.length;
    if (!started && start < end) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && start + length <= end) {
      range.setEnd(node, start + length - offset);
      return range;
    }
    offset = end;
  }
  return undefined;
}

/** The ranges an excerpt's text covers, looking from ¶ `first` onward. */
export function passageRanges(root: ParentNode, first: number, quote: string): Range[] {
  const ranges: Range[] = [];
  let n = first;
  for (const part of quote
    .split(EXCERPT_PARAGRAPH_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean)) {
    // Parts are in document order; allow a few skipped paragraphs (a picker excerpt may skip some).
    for (let tries = 0; tries < 25; tries++, n++) {
      const paragraph = root.querySelector(`[data-paragraph-n="${n}"]`);
      if (!paragraph) break;
      const text = textNodesOf(paragraph)
        .map((t) => t.data)
        .join('');
      let at = text.indexOf(part);
      if (at === -1) at = text.toLocaleLowerCase().indexOf(part.toLocaleLowerCase());
      if (at === -1) continue;
      const range = rangeInParagraph(paragraph, at, part.length);
      if (range) ranges.push(range);
      n++;
      break;
    }
  }
  return ranges;
}

/** Marks `quote` from ¶ `paragraph` onward while the reader shows it. */
export function usePassageHighlight(ready: boolean, paragraph: number | undefined, quote: string | undefined): void {
  useEffect(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
    const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (!ready || !paragraph || !quote || !registry || !Highlight) return;
    const ranges = passageRanges(document, paragraph, quote);
    if (ranges.length === 0) return;
    registry.set(EXCERPT_HIGHLIGHT, new Highlight(...ranges));
    return () => {
      registry.delete(EXCERPT_HIGHLIGHT);
    };
  }, [ready, paragraph, quote]);
}
