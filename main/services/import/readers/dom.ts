/**
 * One inert jsdom window for the whole process: it parses HTML (DOMParser never runs scripts or
 * loads resources) and hosts DOMPurify, which needs a real DOM (not linkedom). Created lazily,
 * since most imports are text or PDF.
 */
import createDOMPurify from 'dompurify';
import type { DOMPurify, WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import type { Block, BlockRole } from '../blocks.ts';
import { block, cleanText } from '../blocks.ts';

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

/**
 * Text blocks of an element, in reading order: one per paragraph, heading or list item, with
 * headings and items marked. `<br><br>` inside a block separates paragraphs, as on old pages.
 */
export function elementBlocks(root: Element, options: { skipLandmarks?: boolean } = {}): Block[] {
  const out: Block[] = [];
  let buffer = '';
  const roles: Array<{ role: BlockRole; level?: number }> = [{ role: 'text' }];

  const flush = (): void => {
    const top = roles.at(-1) ?? { role: 'text' as const };
    for (const part of buffer.split(/\n[ \t]*\n/)) {
      const text = cleanText(part);
      if (text !== '') out.push(block(text, top.role, top.level === undefined ? {} : { level: top.level }));
    }
    buffer = '';
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
      if (SKIP.has(tag) || (options.skipLandmarks && LANDMARKS.has(tag))) continue;
      if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') continue;
      if (tag === 'br') {
        buffer += '\n';
        continue;
      }
      if (!BLOCKS.has(tag)) {
        // Inline elements add no space of their own, as in a browser.
        walk(el);
        continue;
      }
      flush();
      const heading = /^h([1-6])$/.exec(tag);
      if (heading) roles.push({ role: 'heading', level: Number(heading[1]) });
      else if (tag === 'li' || tag === 'dd' || tag === 'dt') roles.push({ role: 'item' });
      else roles.push({ role: roles.at(-1)?.role === 'heading' ? 'heading' : 'text', level: roles.at(-1)?.level });
      walk(el);
      flush();
      roles.pop();
    }
  };
  walk(root);
  flush();
  // A single <br> inside a paragraph is only a line break.
  return out.map((b) => ({ ...b, text: cleanText(b.text) }));
}
