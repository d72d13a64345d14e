/**
 * HTML (a saved page, or HTML from the clipboard): sanitized with DOMPurify, main text found by
 * Mozilla Readability, then turned into blocks for the common structure pass. Page metadata
 * (title, site name, publication date, language) comes from the page's own tags.
 */
import { Readability } from '@mozilla/readability';
import type { ReaderOutput, SourceHints } from '../blocks.ts';
import { cleanText } from '../blocks.ts';
import { findDate } from '../dates.ts';
import { MAX_HTML_CHARS } from '../limits.ts';
import { elementBlocks, parseHtml, sanitize } from './dom.ts';

export function readHtml(html: string): ReaderOutput {
  const source = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  const raw = parseHtml(source);
  const hints = pageHints(raw);
  const doc = sanitize(source);
  const body = doc.body;
  // Readability gives up on short fragments (clipboard HTML); those are content already.
  const article =
    body && (body.textContent?.length ?? 0) > 500 ? new Readability(doc, { charThreshold: 300 }).parse() : null;
  if (article?.content) {
    const container = doc.createElement('div');
    // Readability's output comes from the sanitized document; sanitize again since it rewrites.
    container.innerHTML = sanitize(article.content).body?.innerHTML ?? '';
    const blocks = elementBlocks(container, { skipLandmarks: true });
    return {
      blocks,
      origin: 'article',
      hints: {
        title: hints.title ?? cleanText(article.title ?? '') ?? null,
        date: hints.date ?? (article.publishedTime ? (findDate(article.publishedTime)?.iso ?? null) : null),
        issuer: hints.issuer ?? (article.siteName ? cleanText(article.siteName) : null),
        language: hints.language ?? article.lang ?? null,
      },
    };
  }
  // A fragment (clipboard HTML) is what the user chose to copy: all of it is content.
  return { blocks: body ? elementBlocks(body, { skipLandmarks: true }) : [], origin: 'document', hints };
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

function pageHints(doc: Document): SourceHints {
  const metas = metaValues(doc);
  const meta = (...keys: string[]): string | null => keys.map((k) => metas.get(k)).find(Boolean) ?? null;
  const h1s = [...doc.getElementsByTagName('h1')].map((h) => cleanText(h.textContent ?? '')).filter(Boolean);
  const ogTitle = meta('og:title', 'twitter:title', 'dc.title');
  // The page's <h1> is the article's title more often than <title>, which carries the site name.
  const title = (h1s.length === 1 ? h1s[0] : null) ?? ogTitle ?? null;
  const published =
    meta('article:published_time', 'datePublished', 'dcterms.issued', 'dc.date', 'date', 'pubdate') ??
    [...doc.getElementsByTagName('time')].find((t) => t.hasAttribute('datetime'))?.getAttribute('datetime') ??
    null;
  const isoDate = published ? (/^(\d{4}-\d{2}-\d{2})/.exec(published)?.[1] ?? findDate(published)?.iso ?? null) : null;
  return {
    title,
    date: isoDate,
    issuer: meta('og:site_name', 'application-name', 'dcterms.publisher', 'dc.publisher', 'publisher'),
    language: doc.documentElement?.getAttribute('lang') ?? meta('og:locale', 'dc.language', 'language'),
  };
}
