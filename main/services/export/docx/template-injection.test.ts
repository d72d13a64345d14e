/**
 * Text from the library cannot act as a template placeholder (issue 19): a pack title, an
 * audience, a note's header fields or its body that say `{{body}}`, `{{pageOf}}` or
 * `{{classification}}` are printed as written. Before, the patcher filled placeholders one
 * after the other over the text already filled in, so a pack titled "{{body}}" put the whole
 * pack into the bundled template's footer, in place of its marking line and "Page X of Y".
 */
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../../shared/api/index.ts';
import { paragraphNode } from '../../../../shared/notes/templates.ts';
import { makeApiContext } from '../../../../test/support/api-context.ts';
import { docxPages, docxParts, flat } from '../../../../test/support/docx.ts';
import { dispatch } from '../../api/dispatch.ts';
import { apiHandlers } from '../../api/handlers.ts';

let ctx: Awaited<ReturnType<typeof makeApiContext>>;
async function api<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await dispatch(apiHandlers, ctx.context, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ApiOutput<C>;
}

/** Visible text of a Word part (tags dropped, the invisible word joiner too). */
const partText = (xml: string | undefined) => (xml ?? '').replace(/<[^>]*>/g, '').replace(/\u2060/g, '');

/** Exports through the API (the chosen template) and copies the file out of the data folder. */
async function exported(target: ApiInput<'export:docx'>['target'], name: string): Promise<string> {
  const result = await api('export:docx', { target });
  expect(result.template).toBe('precis-neutral.dotx');
  const file = join(ctx.dir, name);
  writeFileSync(file, readFileSync(join(ctx.dir, 'exports', `${result.exportId}.bin`)));
  return file;
}

let packId = '';
let noteId = '';
beforeAll(async () => {
  ctx = await makeApiContext();
  const note = await api('notes:create', { template: 'blank', title: 'Template {{title}} syntax' });
  noteId = note.id;
  await api('notes:save', {
    id: noteId,
    title: note.title,
    status: 'draft',
    classification: 'protected-b',
    fields: { ...note.fields, to: '{{body}}', from: '{{ pageOf }}', fileNumber: '{{classification}}' },
    content: {
      root: {
        type: 'root',
        version: 1,
        format: '',
        indent: 0,
        direction: null,
        children: [
          paragraphNode('Our form letters say {{date}} where the date goes.'),
          paragraphNode('A line that is only a placeholder:'),
          paragraphNode('{{body}}'),
          ...Array.from({ length: 60 }, (_, i) =>
            paragraphNode(`Filler paragraph ${i + 1} so the pack runs to several pages.`),
          ),
        ],
      },
    },
  } as never);
  const pack = await api('packs:create', { title: '{{body}}' });
  packId = pack.id;
  await api('packs:update', { id: packId, audience: '{{pageOf}} {{title}}', preparedBy: '{{from}}' } as never);
  await api('packs:addItem', { packId, spec: { kind: 'note', noteId } });
  await api('wordTemplate:set', { bundled: 'neutral' });
}, 120_000);
afterAll(() => ctx?.close());

describe('placeholder syntax in the library’s text, exported through a template', () => {
  let file = '';
  beforeAll(async () => {
    file = await exported({ kind: 'pack', id: packId }, 'injection.docx');
  }, 120_000);

  it('keeps the footer’s marking, running title and page numbers, and the body in the body', () => {
    const parts = docxParts(file);
    const footers = [...parts].filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    for (const [name, xml] of footers) {
      const text = partText(xml);
      expect(text, name).toContain('PROTECTED B');
      expect(text, name).toContain('{{body}}'); // the running title, as written
      expect(text, name).not.toContain('Filler paragraph');
      expect(xml, name).toMatch(/PAGE/);
      expect(xml, name).toMatch(/NUMPAGES/);
    }
    const body = partText(parts.get('word/document.xml'));
    for (const written of ['{{body}}', '{{ pageOf }}', '{{classification}}', '{{pageOf}} {{title}}', '{{date}}'])
      expect(body).toContain(written);
    expect(body.match(/Filler paragraph 1 so/g)).toHaveLength(1);
  });

  it('prints the marking and Page X of Y on every page', () => {
    const { pages } = docxPages(file, join(ctx.dir, 'out'));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      const text = flat(page.replace(/\u2060/g, ''));
      expect(text.match(/PROTECTED B/g)?.length, `page ${index + 1}`).toBeGreaterThanOrEqual(2);
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  }, 180_000);

  it('exports a note alone the same way', async () => {
    const single = await exported({ kind: 'note', id: noteId }, 'note.docx');
    const parts = docxParts(single);
    const body = partText(parts.get('word/document.xml'));
    expect(body).toContain('Template {{title}} syntax');
    expect(body).toContain('{{date}}');
  });
});
