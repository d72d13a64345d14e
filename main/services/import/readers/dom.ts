/**
 * One inert jsdom window for the whole process: it parses HTML (DOMParser never runs scripts or
 * loads resources) and hosts DOMPurify, which needs a real DOM (not linkedom). Created lazily,
 * since most imports are text or PDF.
 */
import createDOMPurify from 'dompurify';
import type { DOMPurify, WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import type { Block, BlockRole } from '../blocks.ts';
import { block, cleanText, noteCall, takeCalls } from '../blocks.ts';
import { roman } from './roman.ts';

interface Dom {
  window: JSDOM['window'];
  purify: DOMPurify;
}

let shared: Dom | null = null;

export function dom(): Dom {
  if (!shared) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    shared = { window, purify: createDOMPurify(window as unknown as WindowLike) };
  }
  return shared;
}

export function parseHtml(html: string): Document {
  return new (dom().window.DOMParser)().parseFromString(html, 'text/html');
}

/**
 * Sanitized copy of an HTML document: no scripts, styles, frames, objects, forms, event
 * handlers or `javascript:` URLs survive. Only text is taken from it afterwards anyway.
 */
export function sanitize(html: string): Document {
  // RETURN_DOM hands back DOMPurify's own parsed document: serializing it and parsing the string
  // again cost a third of a long page's import, for the same tree (only text is read from it).
  const clean = dom().purify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    RETURN_DOM: true,
    FORBID_TAGS: [
      'style',
      'form',
      'input',
      'button',
      'select',
      'textarea',
      'iframe',
      'frame',
      'object',
      'embed',
      'svg',
      'math',
      'template',
      'dialog',
    ],
    FORBID_ATTR: ['style'],
  });
  return clean?.ownerDocument ?? parseHtml('');
}

/** Elements whose text is never content. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'form',
  'dialog',
  'head',
  'title',
]);

/** Page furniture landmarks, skipped when reading a whole page body. */
const LANDMARKS = new Set(['nav', 'aside', 'footer']);
const LANDMARK_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'dialog', 'alertdialog', 'search']);

/** Elements that start a new block. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'blockquote',
  'pre',
  'li',
  'dd',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'hr',
  'address',
  'body',
]);

/** How an ordered list numbers its items: HTML `type` values, or Word's number formats. */
type ListStyle = 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman' | 'none';

function htmlListStyle(type: string | null): ListStyle | null {
  if (type === 'a') return 'lower-alpha';
  if (type === 'A') return 'upper-alpha';
  if (type === 'i') return 'lower-roman';
  if (type === 'I') return 'upper-roman';
  if (type === '1') return 'decimal';
  return null;
}

function alpha(n: number): string {
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The marker an ordered list shows for its n-th item: "5", "e", "v". */
export function listMarker(n: number, style: ListStyle): string | null {
  if (style === 'none' || n < 1) return null;
  if (style === 'decimal') return String(n);
  if (style === 'lower-alpha') return alpha(n);
  if (style === 'upper-alpha') return alpha(n).toUpperCase();
  if (style === 'lower-roman') return roman(n);
  return roman(n).toUpperCase();
}

export interface ElementBlockOptions {
  skipLandmarks?: boolean;
  /** Footnotes by marker that the text calls with `noteCall` markers (Markdown's "[^1]"). */
  notes?: ReadonlyMap<string, string>;
}

/** A call and the element holding the note it calls. */
interface FootnoteCall {
  marker: string;
  target: Element;
}

/**
 * Footnote calls and the notes they point to: anchors ("[1]", a superscript number linking to
 * "#fn1"), and plain superscript numbers ("…dry seasons<sup>1</sup>.") whose note is a later
 * block that starts with the same superscript ("<p><sup>1</sup> See …</p>").
 */
function findFootnotes(root: Element): { calls: Map<Element, FootnoteCall>; notes: Map<Element, string> } {
  const calls = new Map<Element, FootnoteCall>();
  const notes = new Map<Element, string>();
  const doc = root.ownerDocument;
  for (const a of root.getElementsByTagName('a')) {
    const href = a.getAttribute('href') ?? '';
    const label = cleanText(a.textContent ?? '');
    const m = /^\[?\s*(\d{1,3}|[*†‡])\s*\]?$/.exec(label);
    if (!href.startsWith('#') || href.length < 2 || !m) continue;
    const inSup = a.closest('sup') !== null || label.startsWith('[');
    const target = doc.getElementById(decodeURIComponent(href.slice(1)));
    if (!inSup || !target || !root.contains(target) || target.contains(a)) continue;
    calls.set(a, { marker: m[1] as string, target });
    if (!notes.has(target)) {
      const copy = target.cloneNode(true) as Element;
      // Back links ("↑", "↩") return to the call: not part of the note.
      for (const back of [...copy.getElementsByTagName('a')]) {
        if (/^[↑↩^⤴\s]*$/u.test(back.textContent ?? '') || (back.getAttribute('href') ?? '').startsWith('#'))
          back.remove();
      }
      notes.set(target, cleanText(copy.textContent ?? ''));
    }
  }
  unlinkedFootnotes(root, calls, notes);
  return { calls, notes };
}

/** A superscript that only holds a note's number or sign, outside any link. */
function supMarker(sup: Element): string | null {
  if (sup.closest('a') !== null || sup.getElementsByTagName('a').length > 0) return null;
  return /^(\d{1,3}|[*†‡])$/.exec(cleanText(sup.textContent ?? ''))?.[1] ?? null;
}

/** The block element a note starts: the superscript is its first content. */
function noteBlockOf(sup: Element, root: Element): Element | null {
  for (let el: Element | null = sup.parentElement; el && el !== root; el = el.parentElement) {
    if (!BLOCKS.has(el.localName)) continue;
    const before = textBefore(el, sup);
    return before.trim() === '' ? el : null;
  }
  return null;
}

function textBefore(container: Element, node: Node): string {
  let text = '';
  const walker = container.ownerDocument.createTreeWalker(container, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (node.compareDocumentPosition(t) & 2 /* PRECEDING */) text += t.textContent ?? '';
    else break;
  }
  return text;
}

function unlinkedFootnotes(root: Element, calls: Map<Element, FootnoteCall>, notes: Map<Element, string>): void {
  const sups = [...root.getElementsByTagName('sup')].filter((sup) => supMarker(sup) !== null);
  // Notes first: a block that starts with its number in superscript.
  const noteByMarker = new Map<string, Element>();
  for (const sup of sups) {
    const block = noteBlockOf(sup, root);
    const marker = supMarker(sup) as string;
    if (block && !noteByMarker.has(marker) && cleanText(block.textContent ?? '').length > marker.length + 2)
      noteByMarker.set(marker, block);
  }
  for (const sup of sups) {
    const marker = supMarker(sup) as string;
    const target = noteByMarker.get(marker);
    // A call stands before its note, inside other text.
    if (!target || target.contains(sup) || !(sup.compareDocumentPosition(target) & 4 /* FOLLOWING */)) continue;
    calls.set(sup, { marker, target });
    if (!notes.has(target)) {
      const copy = target.cloneNode(true) as Element;
      copy.getElementsByTagName('sup')[0]?.remove();
      notes.set(target, cleanText(copy.textContent ?? ''));
    }
  }
}

/**
 * Text blocks of an element, in reading order: one per paragraph, heading or list item, with
 * headings and items marked, the number an ordered list shows for an item (`marker`), the bold
 * words a paragraph starts with (`lead`), quotations (`quote`) and the footnotes a block calls
 * (`notes`, the notes themselves are no blocks). `<br><br>` inside a block separates
 * paragraphs, as on old pages, and so does a `<br>` before a numbered line (PARAGRAPH_BREAK).
 */
/**
 * Where a block's text breaks into paragraphs: a blank line (`<br><br>`), or a single `<br>` after
 * the end of a sentence or clause when the next line opens with a paragraph or item number
 * ("…coast guards.<br>2. We will …"), as pages typed in one `<div>` print them.
 */
const PARAGRAPH_BREAK = /\n[ \t]*\n|(?<=[.;:!?»”][ \t]*)\n(?=[ \t]*(?:\d{1,3}[.)]|\([a-z]{1,2}\)|[a-z]\))[ \t]+\S)/;

export function elementBlocks(root: Element, options: ElementBlockOptions = {}): Block[] {
  const out: Block[] = [];
  let buffer = '';
  let lead: string | null = null;
  let item: { marker: string | null; depth: number } | null = null;
  let quoteDepth = 0;
  const roles: Array<{ role: BlockRole; level?: number }> = [{ role: 'text' }];
  const lists: Array<{ style: ListStyle; next: number; ordered: boolean }> = [];
  const footnotes = findFootnotes(root);

  const flush = (): void => {
    const top = roles.at(-1) ?? { role: 'text' as const };
    for (const part of buffer.split(PARAGRAPH_BREAK)) {
      const text = cleanText(part);
      if (text === '') continue;
      const extra: Partial<Block> = top.level === undefined ? {} : { level: top.level };
      if (item) {
        extra.depth = item.depth;
        if (item.marker) extra.marker = item.marker;
        item = null;
      }
      const leadText = lead === null ? '' : cleanText(lead);
      if (leadText && leadText.length < text.length && text.startsWith(leadText)) extra.lead = leadText;
      if (quoteDepth > 0) extra.quote = true;
      out.push(block(text, extra.depth !== undefined && top.role === 'text' ? 'item' : top.role, extra));
      lead = null;
    }
    buffer = '';
    lead = null;
  };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        buffer += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.localName;
      if (
        SKIP.has(tag) ||
        (options.skipLandmarks && (LANDMARKS.has(tag) || LANDMARK_ROLES.has(el.getAttribute('role') ?? '')))
      )
        continue;
      if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') continue;
      if (footnotes.notes.has(el)) continue;
      const call = footnotes.calls.get(el);
      if (call !== undefined) {
        buffer += noteCall(call.marker);
        continue;
      }
      if (tag === 'br') {
        buffer += '\n';
        continue;
      }
      if (!BLOCKS.has(tag)) {
        // Inline elements add no space of their own, as in a browser.
        const startsBlock = (tag === 'strong' || tag === 'b') && buffer.trim() === '' && lead === null;
        walk(el);
        if (startsBlock) lead = buffer;
        continue;
      }
      flush();
      if (tag === 'ol' || tag === 'ul') {
        const given = tag === 'ol' ? htmlListStyle(el.getAttribute('type')) : null;
        const style: ListStyle = tag === 'ul' ? 'none' : (given ?? 'decimal');
        const start = Number.parseInt(el.getAttribute('start') ?? '1', 10);
        lists.push({ style, next: Number.isFinite(start) ? start : 1, ordered: tag === 'ol' });
        walk(el);
        flush();
        lists.pop();
        continue;
      }
      const heading = /^h([1-6])$/.exec(tag);
      if (heading) roles.push({ role: 'heading', level: Number(heading[1]) });
      else if (tag === 'li' || tag === 'dd' || tag === 'dt') roles.push({ role: 'item' });
      else if (tag === 'figcaption') roles.push({ role: 'caption' });
      else roles.push({ role: roles.at(-1)?.role === 'heading' ? 'heading' : 'text', level: roles.at(-1)?.level });
      if (tag === 'li') {
        const list = lists.at(-1);
        const value = Number.parseInt(el.getAttribute('value') ?? '', 10);
        if (list && Number.isFinite(value)) list.next = value;
        item = { marker: list?.ordered ? listMarker(list.next, list.style) : null, depth: Math.max(1, lists.length) };
        if (list) list.next += 1;
      }
      if (tag === 'blockquote') quoteDepth++;
      walk(el);
      flush();
      if (tag === 'blockquote') quoteDepth--;
      if (tag === 'li') item = null;
      roles.pop();
    }
  };
  walk(root);
  flush();
  // A single <br> inside a paragraph is only a line break; footnote calls leave the text.
  const notesByMarker = new Map<string, string[]>([...(options.notes ?? [])].map(([k, v]) => [k, [cleanText(v)]]));
  for (const [target, text] of footnotes.notes) {
    for (const { marker, target: called } of footnotes.calls.values()) {
      if (called === target) notesByMarker.set(marker, [...(notesByMarker.get(marker) ?? []), text]);
    }
  }
  return out.map((b) => {
    const { text, calls } = takeCalls(b.text);
    const called = calls.flatMap((c) => notesByMarker.get(c)?.slice(0, 1) ?? []).filter((t) => t !== '');
    return { ...b, text: cleanText(text), ...(called.length > 0 ? { notes: called } : {}) };
  });
}
