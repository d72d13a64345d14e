/**
 * The reader's extra methods on a real store: the original file (PDF bytes, inert HTML for web
 * pages and Word files, decoded text), a document's versions, and tags across the library.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/index.ts';
import type { OriginalView, TaggedAnnotation } from '../../../shared/api/reading.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { declarationText, DECLARATION_FILE, editedDeclaration } from '../../../test/support/declaration-versions.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'import');

let api: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (api = await makeApiContext()));
afterEach(() => api.close());

async function call<T>(channel: Parameters<typeof dispatch>[2], input: unknown): Promise<T> {
  const result = await dispatch(apiHandlers, api.context, channel, input, () => {});
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function importBytes(fileName: string, bytes: Uint8Array | string, mediaType?: string) {
  const dataBase64 = Buffer.from(bytes).toString('base64');
  const { document } = await call<{ document: { id: string } }>('documents:import', {
    fileName,
    dataBase64,
    ...(mediaType ? { mediaType } : {}),
  });
  return document.id;
}

/** A saved page of our own writing, with every way a page can try to run, load or navigate. */
const HOSTILE_PAGE = `<!doctype html><html><head><title>Joint statement on river safety</title>
<meta http-equiv="refresh" content="0;url=https://example.org/">
<base href="https://example.org/">
<link rel="stylesheet" href="https://example.org/site.css">
<style>body { background: url(https://example.org/bg.png) }</style>
<script>window.parent.postMessage('ran', '*')</script>
</head><body onload="alert(1)">
<nav><a href="https://example.org/home">Home</a></nav>
<h1>Joint statement on river safety</h1>
<p>The two ministers agreed to share flood warnings within one hour of any alert.</p>
<p><img src="https://example.org/track.gif" alt="tracker"><img src="x" onerror="alert(2)">
<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline"></p>
<p><a href="javascript:alert(3)">Read more</a> <a href="https://example.org/next" target="_blank">Next</a></p>
<iframe src="https://example.org/ad"></iframe><object data="https://example.org/x.swf"></object>
<form action="https://example.org/subscribe"><input name="email"><button>Subscribe</button></form>
<svg><script>alert(4)</script></svg><p style="color:red">They will meet again in the spring.</p>
</body></html>`;

describe('the original file', () => {
  it('gives a PDF back byte for byte', async () => {
    const bytes = readFileSync(join(fixtures, 'statement.pdf'));
    const id = await importBytes('statement.pdf', bytes);
    const original = await call<OriginalView>('documents:original', { id });
    expect(original).toMatchObject({ kind: 'pdf', format: 'pdf', fileName: 'statement.pdf', size: bytes.length });
    expect(Buffer.from((original as { dataBase64: string }).dataBase64, 'base64').equals(bytes)).toBe(true);
  });

  it('gives a web page as HTML that can neither run, load nor navigate, with its text', async () => {
    const id = await importBytes('river.html', HOSTILE_PAGE);
    const original = await call<OriginalView>('documents:original', { id });
    expect(original.kind).toBe('html');
    const html = (original as { html: string }).html;
    expect(html).toContain('share flood warnings within one hour');
    expect(html).toContain('They will meet again in the spring.');
    expect(html).toContain('data:image/png;base64,');
    for (const forbidden of [
      '<script',
      'onload',
      'onerror',
      'javascript:',
      'example.org',
      '<iframe',
      '<object',
      '<form',
      '<input',
      '<style',
      'style=',
      '<link',
      '<meta',
      '<base',
      'href=',
      'target=',
    ]) {
      expect(html, forbidden).not.toContain(forbidden);
    }
  });

  it('gives a Word file as inert HTML, and text files as their decoded text', async () => {
    const docx = await importBytes('memo.docx', readFileSync(join(fixtures, 'memo.docx')));
    const word = await call<OriginalView>('documents:original', { id: docx });
    expect(word).toMatchObject({ kind: 'html', format: 'docx' });
    expect((word as { html: string }).html).toMatch(/<h\d>/);

    // Windows-1252 bytes come back as the text they stand for.
    const latin = Buffer.from('Déclaration commune\n\nLes ministres se réuniront à Québec.\n', 'latin1');
    const text = await importBytes('declaration.txt', latin);
    expect(await call<OriginalView>('documents:original', { id: text })).toMatchObject({
      kind: 'text',
      format: 'text',
      text: 'Déclaration commune\n\nLes ministres se réuniront à Québec.\n',
    });
    const markdown = await importBytes('briefing.md', readFileSync(join(fixtures, 'briefing.md')));
    expect(await call<OriginalView>('documents:original', { id: markdown })).toMatchObject({
      kind: 'text',
      format: 'markdown',
    });
  });

  it('says so for a document that is not there', async () => {
    const result = await dispatch(apiHandlers, api.context, 'documents:original', { id: 'nothere' }, () => {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('versions', () => {
  it('lists every live version of a document, oldest first, from any of them', async () => {
    const first = await importBytes(DECLARATION_FILE, declarationText());
    const second = await importBytes(DECLARATION_FILE, editedDeclaration());
    const other = await importBytes('river.html', HOSTILE_PAGE);
    const versions = await call<Array<{ id: string; version: number }>>('documents:versions', { id: first });
    expect(versions.map((v) => [v.id, v.version])).toEqual([
      [first, 1],
      [second, 2],
    ]);
    expect(await call('documents:versions', { id: second })).toEqual(versions);
    expect(await call<unknown[]>('documents:versions', { id: other })).toHaveLength(1);
    await call('documents:delete', { id: first });
    expect((await call<Array<{ id: string }>>('documents:versions', { id: second })).map((v) => v.id)).toEqual([
      second,
    ]);
  });
});

describe('tags across the library', () => {
  async function annotate(documentId: string, n: number, tags: string[]): Promise<Annotation> {
    return call<Annotation>('annotations:create', { documentId, target: { type: 'paragraph', n }, tags });
  }

  it('lists a tag’s annotations in every document, on each document’s newest version', async () => {
    const v1 = await importBytes(DECLARATION_FILE, declarationText());
    const page = await importBytes('river.html', HOSTILE_PAGE);
    const a = await annotate(v1, 3, ['Energy', 'risk']);
    const b = await annotate(page, 1, ['energy']);
    await annotate(page, 2, ['other']);
    const v2 = await importBytes(DECLARATION_FILE, editedDeclaration());

    const found = await call<TaggedAnnotation[]>('annotations:byTag', { tag: 'ENERGY' });
    expect(found.map((f) => [f.annotation.id, f.document.id])).toEqual([
      [a.id, v2],
      [b.id, page],
    ]);
    expect(found[0]?.document.version).toBe(2);
    expect(found[0]?.annotation.anchor.status).toBe('exact');
  });

  it('renames a tag everywhere, in search too, and merges it into a tag that exists', async () => {
    const doc = await importBytes(DECLARATION_FILE, declarationText());
    const a = await annotate(doc, 2, ['energy', 'risk']);
    const b = await annotate(doc, 3, ['risk']);
    await annotate(doc, 4, ['Power']);

    expect(await call('annotations:renameTag', { from: 'energy', to: 'Power' })).toEqual({
      annotations: 1,
      merged: true,
    });
    expect(await call('annotations:renameTag', { from: 'risk', to: 'Hazard' })).toEqual({
      annotations: 2,
      merged: false,
    });
    const tags = await call<Array<{ tag: string; count: number }>>('annotations:tags', {});
    expect(tags).toEqual([
      { tag: 'Hazard', count: 2 },
      { tag: 'Power', count: 2 },
    ]);
    const list = await call<Annotation[]>('annotations:list', { documentId: doc });
    expect(list.find((x) => x.id === a.id)?.tags).toEqual(['Power', 'Hazard']);
    expect(list.find((x) => x.id === b.id)?.tags).toEqual(['Hazard']);

    const search = await call<{ hits: Array<{ ownerId: string }> }>('search:query', { query: 'canada tag:hazard' });
    expect(search.hits.map((h) => h.ownerId).sort()).toEqual([a.id, b.id].sort());
    expect((await call<{ hits: unknown[] }>('search:query', { query: 'canada tag:risk' })).hits).toEqual([]);

    // Merging a tag into itself with another spelling keeps one tag.
    await call('annotations:renameTag', { from: 'power', to: 'power' });
    expect((await call<Array<{ tag: string }>>('annotations:tags', {})).map((t) => t.tag)).toEqual(['Hazard', 'power']);
  });

  it('refuses to rename a tag nobody uses, and leaves the tags as they were', async () => {
    const doc = await importBytes(DECLARATION_FILE, declarationText());
    await annotate(doc, 2, ['energy']);
    const result = await dispatch(
      apiHandlers,
      api.context,
      'annotations:renameTag',
      { from: 'nope', to: 'x' },
      () => {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('annotations:tags', {})).toEqual([{ tag: 'energy', count: 1 }]);
  });
});
