/** `notes:appendMediaLines`: the quote check's media lines appended to a stored note as a table. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../shared/api/index.ts';
import type { SerializedNoteNode } from '../../../shared/notes/content-schema.ts';
import { renderNoteHtml } from '../../../shared/notes/render-html.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

let ctx: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (ctx = await makeApiContext({ seed: true })));
afterEach(() => ctx.close());

async function api<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await dispatch(apiHandlers, ctx.context, channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as ApiOutput<C>;
}

const text = (node: SerializedNoteNode): string =>
  node.type === 'text'
    ? String(node.text)
    : node.type === 'linebreak'
      ? '\n'
      : (node.children ?? []).map(text).join('');

describe('notes:appendMediaLines', () => {
  it('appends the media lines of a real quote check as a table, keeping the note before as a version', async () => {
    const docs = await api('documents:list', {});
    const article = docs.find((d) => d.kind === 'news')!;
    const check = await api('quotes:check', { documentId: article.id });
    expect(check.quotes.length).toBeGreaterThan(0);
    const titles = new Map(check.sources.map((s) => [s.id, s.title]));
    const rows = check.quotes.map((q) => ({
      quote: q.text,
      source: q.match ? `${titles.get(q.match.documentId)}, ¶ ${q.match.paragraphs.join('–')}` : '—',
      fidelity: q.fidelity,
      changes: q.changes.filter((c) => c.significant).map((c) => `${c.from} → ${c.to}`),
    }));

    const note = await api('notes:create', { template: 'en', title: 'Media' });
    const versionsBefore = await api('notes:versions', { id: note.id });
    const result = await api('notes:appendMediaLines', {
      id: note.id,
      caption: `Media lines: ${article.title}`,
      headers: ['Quote', 'Source ¶', 'Fidelity', 'Changed words'],
      rows,
    });
    expect(result.rows).toBe(rows.length);
    expect(result.summary.revision).toBeGreaterThan(note.revision);

    const after = await api('notes:get', { id: note.id });
    const children = after.content.root.children!;
    // The template's sections are still there, then the caption, the table and an empty paragraph.
    expect(children.filter((c) => c.type === 'heading')).toHaveLength(7);
    const table = children.at(-2)!;
    expect(table.type).toBe('table');
    expect(text(children.at(-3)!)).toBe(`Media lines: ${article.title}`);
    const tableRows = table.children!;
    expect(tableRows).toHaveLength(rows.length + 1);
    expect(tableRows[0]!.children!.map((c) => [text(c), c.headerState])).toEqual([
      ['Quote', 1],
      ['Source ¶', 1],
      ['Fidelity', 1],
      ['Changed words', 1],
    ]);
    expect(text(tableRows[1]!.children![0]!)).toBe(`“${rows[0]!.quote.replace(/\s+/g, ' ').trim()}”`);
    expect(text(tableRows[1]!.children![2]!)).toBe(rows[0]!.fidelity);
    // Searchable text and word count follow the table.
    expect(after.wordCount).toBeGreaterThan(note.wordCount);
    // It prints as a table in the note's HTML.
    expect(renderNoteHtml(after)).toMatch(/<table><tbody><tr><th><p><strong>Quote<\/strong><\/p><\/th>/);

    // The note as it was is kept: restoring that version removes the table.
    const versions = await api('notes:versions', { id: note.id });
    expect(versions.length).toBe(versionsBefore.length + 2);
    const before = await api('notes:version', { id: note.id, versionId: versions[1]!.id });
    expect(before.content.root.children!.some((c) => c.type === 'table')).toBe(false);
  });

  it('refuses a note that does not exist and rows that are not media lines', async () => {
    const input = {
      id: 'nosuchnote',
      caption: '',
      headers: ['a', 'b', 'c', 'd'] as [string, string, string, string],
      rows: [{ quote: 'q', source: 's', fidelity: 'Exact', changes: [] }],
    };
    await expect(api('notes:appendMediaLines', input)).rejects.toMatchObject({ code: 'not-found' });
    const note = await api('notes:create', { template: 'blank' });
    await expect(api('notes:appendMediaLines', { ...input, id: note.id, rows: [] })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });
});
