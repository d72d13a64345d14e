/**
 * Citations by identity, through the real API on a real seeded store (issue 14, "citations by
 * number drift"): after *Correct structure…* merges ¶ 2 and ¶ 3 of the sample declaration,
 *
 * - a note's excerpt of ¶ 8 says ¶ 7 and is current (its text is still the cited text);
 * - an excerpt of ¶ 3 says "paragraph merged — review" and offers the fixes;
 * - a pack's excerpt item of ¶ 8 prints the same words as before, cited as ¶ 7; one of ¶ 3
 *   is flagged and stops the export until it is reviewed;
 * - a split and a paragraph made a heading are said as such;
 * - quote-check results carry the paragraph's id, the source's version and its label.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../shared/api/index.ts';
import {
  mergeWithNext,
  paragraphToHeading,
  splitParagraph,
  type Paragraph,
  type SectionDraft,
} from '../../../shared/model/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { renderPrintHtml } from '../export/print-html.ts';
import { resolvePack } from '../export/resolve-pack.ts';
import { runCli } from '../../shells/cli/precis.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

let ctx: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (ctx = await makeApiContext({ seed: true })));
afterEach(() => ctx.close());

async function api<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await dispatch(apiHandlers, ctx.context, channel, input, () => {});
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as ApiOutput<C>;
}

async function declaration() {
  const docs = await api('documents:list', {});
  return api('documents:get', { id: docs.find((d) => d.kind === 'declaration')!.id });
}

type Doc = Awaited<ReturnType<typeof declaration>>;

function paragraph(doc: Doc, n: number): Paragraph {
  const found = doc.sections.flatMap((s) => s.paragraphs).find((p) => p.n === n);
  if (!found) throw new Error(`no ¶ ${n}`);
  return found;
}

/** An excerpt node as the reader makes it (whole paragraph, by id). */
function excerptOf(doc: Doc, n: number) {
  const p = paragraph(doc, n);
  return {
    type: 'excerpt' as const,
    version: 1,
    documentId: doc.id,
    documentTitle: doc.title,
    documentDate: doc.date,
    documentVersion: doc.version,
    paragraphs: [{ id: p.id, label: String(n) }],
    text: p.text,
    origin: 'paragraph',
  };
}

async function noteCiting(doc: Doc, ...numbers: number[]) {
  const note = await api('notes:create', { template: 'blank', title: 'Citations' });
  const { id, title, status, classification, fields } = note;
  const content = {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: null,
      children: numbers.map((n) => excerptOf(doc, n)),
    },
  } as unknown as ApiInput<'notes:save'>['content'];
  await api('notes:save', { id, title, status, classification, fields, content });
  return api('notes:get', { id });
}

async function restructure(doc: Doc, change: (sections: Doc['sections']) => SectionDraft[]) {
  return api('documents:restructure', { id: doc.id, sections: change(doc.sections) });
}

function checkOf(note: Awaited<ReturnType<typeof noteCiting>>) {
  const excerpts = note.content.root.children!.filter((n) => n.type === 'excerpt') as unknown as Array<
    ReturnType<typeof excerptOf>
  >;
  return api('notes:check-excerpts', {
    excerpts: excerpts.map((e) => ({ documentId: e.documentId, paragraphs: e.paragraphs, text: e.text })),
  });
}

describe('citations after ¶ 2 and ¶ 3 are merged', () => {
  it('a note citing ¶ 8 now says ¶ 7, for the same words; one citing ¶ 3 says it was merged', async () => {
    const doc = await declaration();
    const eight = paragraph(doc, 8);
    const three = paragraph(doc, 3);
    const note = await noteCiting(doc, 8, 3);
    expect(note.excerpts.map((e) => e.labels)).toEqual([['8'], ['3']]);

    const merged = await restructure(doc, (sections) => mergeWithNext(sections, 2));
    expect(paragraph(merged, 7).text).toBe(eight.text);

    const [onEight, onThree] = await checkOf(note);
    expect(onEight).toEqual({ status: 'current', paragraphs: [{ id: eight.id, n: 7, label: '7' }] });
    const newTwo = paragraph(merged, 2);
    expect(onThree).toMatchObject({
      status: 'restructured',
      change: 'merged',
      paragraphs: [{ id: newTwo.id, n: 2, label: '2' }],
      // Update: the merged paragraph's text; keep the old wording: cite the paragraph that holds it.
      replacement: { paragraphs: [{ id: newTwo.id }], text: newTwo.text },
      keep: { paragraphs: [{ id: newTwo.id, n: 2, label: '2' }] },
    });
    expect(newTwo.text).toContain(three.text);

    const again = await api('notes:get', { id: note.id });
    expect(again.excerpts.map((e) => ({ labels: e.labels, status: e.status }))).toEqual([
      { labels: ['7'], status: 'current' },
      { labels: ['2'], status: 'merged' },
    ]);

    // The CLI prints the same: ¶ 7, and the merged one flagged for review.
    const lines: string[] = [];
    await runCli(['note', note.id, '--store', ctx.dir], (text) => lines.push(text));
    const printed = lines.join('\n');
    expect(printed).toContain(`${doc.id} ¶ 7: “${eight.text}”`);
    expect(printed).toContain(`${doc.id} ¶ 2 (paragraph merged — review): “${three.text}”`);
  });

  it('a pack prints the words it cited under their new number, and stops on a merged paragraph', async () => {
    const doc = await declaration();
    const eight = paragraph(doc, 8);
    let pack = await api('packs:create', { title: 'Pack' });
    pack = await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'excerpt', documentId: doc.id, paragraphIds: [eight.id] },
    });
    pack = await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'excerpt', documentId: doc.id, paragraphs: [3] },
    });
    expect(pack.items.map((i) => i.spec)).toEqual([
      { kind: 'excerpt', documentId: doc.id, version: 1, paragraphIds: [eight.id] },
      { kind: 'excerpt', documentId: doc.id, version: 1, paragraphIds: [paragraph(doc, 3).id] },
    ]);

    await restructure(doc, (sections) => mergeWithNext(sections, 2));
    pack = await api('packs:get', { id: pack.id });
    expect(pack.items[0]).toMatchObject({ label: expect.stringMatching(/, ¶ 7$/), citation: { status: 'current' } });
    expect(pack.items[1]).toMatchObject({
      label: expect.stringMatching(/¶ 2 — paragraph merged — review$/),
      citation: { status: 'merged', labels: ['2'] },
    });

    // Nothing printed in place of what was cited: the export names the item to review.
    const refused = await dispatch(apiHandlers, ctx.context, 'export:pdf', { packId: pack.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'export-failed' } });
    expect(!refused.ok && refused.error.message).toMatch(/Item 2 of the pack cannot be printed: .*paragraph merged/);

    // The fix: cite the paragraph that holds the words now.
    const current = pack.items[1]!.citation!.current.map((p) => p.id);
    const spec = pack.items[1]!.spec as Extract<(typeof pack.items)[number]['spec'], { kind: 'excerpt' }>;
    pack = await api('packs:updateItem', {
      packId: pack.id,
      itemId: pack.items[1]!.id,
      spec: { ...spec, paragraphIds: current },
    });
    expect(pack.items[1]?.citation?.status).toBe('current');
    const html = renderPrintHtml(resolvePack(ctx.context.db, pack.id), { fontCss: '' }).html;
    expect(html).toContain(`<span class="pn">7</span>${escape(eight.text)}`);
    expect(html).toMatch(/, <span class="cite">¶ 7<\/span>/);
  });
});

describe('citations after a split and a paragraph made a heading', () => {
  it('says split, with where the quoted words are now; says removed when it became a heading', async () => {
    const doc = await declaration();
    const five = paragraph(doc, 5);
    const eleven = paragraph(doc, 11);
    const note = await noteCiting(doc, 5, 11);
    const cut = five.text.indexOf(' ', Math.floor(five.text.length / 2)) + 1;
    expect(cut).toBeGreaterThan(1);
    let current = await restructure(doc, (sections) => splitParagraph(sections, 5, cut));
    current = await restructure(current, (sections) => paragraphToHeading(sections, 12));

    const [onFive, onEleven] = await checkOf(note);
    expect(onFive).toMatchObject({
      status: 'restructured',
      change: 'split',
      paragraphs: [{ n: 5 }, { n: 6 }],
      keep: { paragraphs: [{ n: 5 }, { n: 6 }] },
    });
    expect(current.sections.some((s) => s.heading === eleven.text.replace(/\s+/g, ' ').trim())).toBe(true);
    expect(onEleven).toMatchObject({ status: 'restructured', change: 'removed', paragraphs: [] });
  });
});

describe('quote-check results by identity', () => {
  it('give the source paragraph’s id, its label and the source’s version beside its position', async () => {
    const docs = await api('documents:list', {});
    const news = docs.find((d) => d.kind === 'news')!;
    const doc = await declaration();
    const check = await api('quotes:check', { documentId: news.id, sourceIds: [doc.id] });
    const found = check.quotes.filter((q) => q.source !== null);
    expect(found.length).toBeGreaterThan(0);
    for (const q of found) {
      const p = paragraph(doc, q.source!.paragraph);
      expect(q.source).toEqual({
        documentId: doc.id,
        paragraph: p.n,
        paragraphId: p.id,
        version: 1,
        label: String(p.n),
      });
      expect(q.match?.paragraphIds?.[0]).toBe(p.id);
    }
  });
});

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
