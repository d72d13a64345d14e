/** Markdown: rendered to HTML by marked, sanitized, then read like any HTML document body. */
import { marked } from 'marked';
import type { ReaderOutput } from '../blocks.ts';
import { elementBlocks, sanitize } from './dom.ts';

export function readMarkdown(markdown: string): ReaderOutput {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const body = sanitize(`<!doctype html><html><body>${html}</body></html>`).body;
  return { blocks: body ? elementBlocks(body) : [], origin: 'document', hints: {} };
}
