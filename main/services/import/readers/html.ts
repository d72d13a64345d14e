/**
 * HTML (a saved page, or HTML from the clipboard): sanitized with DOMPurify, then the whole body
 * (menus, asides and footers aside) becomes blocks for the common structure pass, which finds
 * the main text the way it does in a page's text. The page's own statements about itself are
 * hints: its `<h1>`, `<title>`, Open Graph and JSON-LD titles, publication date, site name,
 * author and language.
 */
import type { ReaderOutput, SourceHints } from '../blocks.ts';
import { cleanText } from '../blocks.ts';
import { findDate } from '../dates.ts';
import { MAX_HTML_CHARS } from '../limits.ts';
import { elementBlocks, parseHtml, sanitize } from './dom.ts';

export function readHtml(html: string): ReaderOutput {
  const source = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  const raw = parseHtml(source);
  const hints = pageHints(raw);
  const body = sanitize(source).body;
  const blocks = body ? elementBlocks(body, { skipLandmarks: true }) : [];
  hints.furniture = body ? landmarkTexts(body) : [];
  // A short fragment (a few paragraphs from the clipboard) is what the user chose: all content.
  const fragment = (body?.textContent?.length ?? 0) <= 500;
  return { blocks, origin: fragment ? 'document' : 'web', hints };
}

/**
 * The page's <meta> values by property/name/itemprop, first one wins. Collected in one pass:
 * a jsdom querySelector per key walked the whole tree each time (2 s of an 8 s long page).
 */
function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const value = cleanText(el.getAttribute('content') ?? '');
    if (!value) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attribute);
      if (key && !values.has(key)) values.set(key, value);
    }
  }
  return values;
}

interface LinkedData {
  headline: string | null;
  date: string | null;
  publisher: string | null;
  author: string | null;
}

/** Schema.org JSON-LD: the first headline, publication date, publisher and author found. */
function linkedData(doc: Document): LinkedData {
  const found: LinkedData = { headline: null, date: null, publisher: null, author: null };
  const name = (value: unknown): string | null => {
    const v = Array.isArray(value) ? value[0] : value;
    if (typeof v === 'string') return cleanText(v) || null;
    if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string')
      return cleanText((v as { name: string }).name) || null;
    return null;
  };
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 20)) visit(item, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    if (typeof o.headline === 'string') found.headline ??= cleanText(o.headline) || null;
    if (typeof o.datePublished === 'string') found.date ??= o.datePublished;
    found.publisher ??= name(o.publisher);
    found.author ??= name(o.author);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > 200_000) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // A broken JSON-LD block says nothing.
    }
  }
  return found;
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  return /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? findDate(value)?.iso ?? null;
}

function pageHints(doc: Document): SourceHints {
  const metas = metaValues(doc);
  const meta = (...keys: string[]): string | null => keys.map((k) => metas.get(k)).find(Boolean) ?? null;
  const ld = linkedData(doc);
  const titles: NonNullable<SourceHints['titles']> = [];
  for (const h of doc.getElementsByTagName('h1')) {
    const text = cleanText(h.textContent ?? '');
    if (text) titles.push({ text, source: 'h1' });
  }
  const og = meta('og:title', 'twitter:title', 'dc.title', 'DC.title');
  if (og) titles.push({ text: og, source: 'og' });
  if (ld.headline) titles.push({ text: ld.headline, source: 'ld' });
  const title = cleanText(doc.getElementsByTagName('title')[0]?.textContent ?? '');
  if (title) titles.push({ text: title, source: 'title' });
  const published =
    meta('article:published_time', 'datePublished', 'dcterms.issued', 'dc.date', 'DC.date', 'date', 'pubdate') ??
    ld.date ??
    [...doc.getElementsByTagName('time')].find((t) => t.hasAttribute('datetime'))?.getAttribute('datetime') ??
    null;
  return {
    titles,
    date: isoDate(published),
    site: meta('og:site_name', 'application-name', 'dcterms.publisher', 'dc.publisher', 'publisher') ?? ld.publisher,
    author: meta('author', 'article:author', 'dc.creator', 'dcterms.creator') ?? ld.author,
    language: doc.documentElement?.getAttribute('lang') ?? meta('og:locale', 'dc.language', 'language'),
  };
}

/** The short texts of a page's navigation, asides and footer (menu entries, section names). */
function landmarkTexts(body: Element): string[] {
  const out = new Set<string>();
  for (const landmark of body.querySelectorAll('nav, aside, footer, [role="navigation"], [role="contentinfo"]')) {
    for (const el of landmark.querySelectorAll('a, li, h2, h3, p')) {
      const text = cleanText(el.textContent ?? '');
      if (text && text.split(/\s+/).length <= 8) out.add(text);
      if (out.size > 500) return [...out];
    }
  }
  return [...out];
}
