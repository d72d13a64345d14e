/**
 * The extractors the import must beat on saved HTML pages, run under jsdom on the same files:
 * Mozilla Readability (what the import itself starts from) and Defuddle (Obsidian Web
 * Clipper's extractor). Their article HTML is cut into headings and paragraph blocks.
 */
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface PeerOutput {
  title: string;
  headings: string[];
  paragraphs: string[];
}

export const PEERS = ['Readability', 'Defuddle'] as const;
export type Peer = (typeof PEERS)[number];

const BLOCKS = 'p, li, blockquote, dd, pre, td';

function quietDom(html: string): JSDOM {
  // Pages reference their site's CSS and scripts; jsdom neither runs nor fetches them.
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: 'https://example.org/page.html', virtualConsole });
}

/** Headings and leaf text blocks of an article's HTML, in order. */
export function blocksOf(articleHtml: string): { headings: string[]; paragraphs: string[] } {
  const { document } = quietDom(`<!doctype html><body>${articleHtml}</body>`).window;
  const headings: string[] = [];
  const paragraphs: string[] = [];
  for (const el of document.body.querySelectorAll(`h1, h2, h3, h4, h5, h6, ${BLOCKS}`)) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    if (/^H\d$/.test(el.tagName)) headings.push(text);
    else if (!el.querySelector(BLOCKS)) paragraphs.push(text);
  }
  return { headings, paragraphs };
}

export async function runPeer(peer: Peer, html: string): Promise<PeerOutput> {
  const dom = quietDom(html);
  if (peer === 'Readability') {
    const article = new Readability(dom.window.document).parse();
    return { title: article?.title ?? '', ...blocksOf(article?.content ?? '') };
  }
  const result = await Defuddle(dom, 'https://example.org/page.html');
  return { title: result.title ?? '', ...blocksOf(result.content ?? '') };
}
