/**
 * The pack's wiring to the rest of the library, on a real seeded store: notes (their
 * classification raises the pack's, their HTML and citations reach the print model), the
 * annotation digest (re-anchored onto the annexed version) and the sample pack.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../shared/api/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import {
  DECLARATION_FILE,
  editedDeclaration,
  INSERTED_PARAGRAPH,
  PHRASE,
} from '../../../test/support/declaration-versions.ts';
import { dispatch } from '../api/dispatch.ts';
import { apiHandlers } from '../api/handlers.ts';
import { readAnnotationsForDigest } from './items/document-items.ts';
import { renderPrintHtml } from './print-html.ts';
import { resolvePack } from './resolve-pack.ts';

let ctx: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (ctx = await makeApiContext({ seed: true })));
afterEach(() => ctx.close());

async function api<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await dispatch(apiHandlers, ctx.context, channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as ApiOutput<C>;
}

/** The fields `notes:save` takes, from a note as `notes:get` returns it. */
function saveInput(note: ApiOutput<'notes:get'>) {
  const { id, title, status, classification, fields, content } = note;
  return { id, title, status, classification, fields, content };
}

async function declaration() {
  const docs = await api('documents:list', {});
  return api('documents:get', { id: docs.find((d) => d.kind === 'declaration')!.id });
}

describe('notes in packs', () => {
  it('lists a note with its title and classification, and a PROTECTED B note raises the pack', async () => {
    const note = await api('notes:create', { template: 'en', title: 'Cyber note' });
    await api('notes:save', { ...saveInput(note), classification: 'protected-b' });
    let pack = await api('packs:create', { title: 'Pack' });
    pack = await api('packs:addItem', { packId: pack.id, spec: { kind: 'note', noteId: note.id } });
    expect(pack.items[0]).toMatchObject({ label: 'Cyber note', classification: 'protected-b', missing: false });
    expect(pack).toMatchObject({ classification: 'protected-b', minimumClassification: 'protected-b' });
    await expect(api('packs:update', { id: pack.id, classification: 'protected-a' })).rejects.toThrow(
      /PROTECTED B material/,
    );
    expect(resolvePack(ctx.context.db, pack.id).classification).toBe('protected-b');
    // A deleted note is missing again.
    await api('notes:delete', { id: note.id });
    expect((await api('packs:get', { id: pack.id })).items[0]).toMatchObject({ missing: true });
  });

  it('prints the note’s fields and excerpts; citations link to the annexed paragraph', async () => {
    const doc = await declaration();
    const p8 = doc.sections.flatMap((s) => s.paragraphs).find((p) => p.n === 8)!;
    const note = await api('notes:create', { template: 'fr', title: 'Note <test>' });
    const content = structuredClone(note.content);
    content.root.children!.splice(1, 0, {
      type: 'excerpt',
      version: 1,
      documentId: doc.id,
      documentTitle: doc.title,
      documentDate: doc.date,
      paragraphs: [{ id: p8.id, label: '8' }],
      text: p8.text,
      origin: 'paragraph',
    });
    await api('notes:save', {
      ...saveInput(note),
      content,
      fields: { ...note.fields, to: 'Ministre', fileNumber: 'F-7', preparedBy: 'A. B.' },
    });
    let pack = await api('packs:create', { title: 'Pack', language: 'fr' });
    pack = await api('packs:addItem', { packId: pack.id, spec: { kind: 'note', noteId: note.id } });
    const withoutAnnex = renderPrintHtml(resolvePack(ctx.context.db, pack.id), { fontCss: '' }).html;
    expect(withoutAnnex).toContain('<dt>Destinataire</dt><dd>Ministre</dd>');
    expect(withoutAnnex).toContain('<dt>Numéro de dossier</dt><dd>F-7</dd>');
    expect(withoutAnnex).toContain('<dt>Classification de sécurité</dt><dd>NON CLASSIFIÉ</dd>');
    expect(withoutAnnex).toContain('<dt>Préparé par</dt><dd>A. B.</dd>');
    expect(withoutAnnex).toContain('<h2 id="h1">Note &lt;test&gt;</h2>');
    // The template's sections are the note's TOC entries (h3 under the note's h2).
    expect(withoutAnnex).toMatch(/<h3 id="h2">Objet<\/h3>/);
    expect(withoutAnnex).toContain(`data-cite-paragraph-id="${p8.id}" class="cite">`);
    expect(withoutAnnex).not.toContain(`href="#d-${doc.id}-${p8.id}"`);
    pack = await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'document', documentId: doc.id, sections: null },
    });
    const printed = renderPrintHtml(resolvePack(ctx.context.db, pack.id), { fontCss: '' });
    expect(printed.html).toContain(`data-cite-paragraph-id="${p8.id}" href="#d-${doc.id}-${p8.id}"`);
    expect(printed.html).toContain(`id="d-${doc.id}-${p8.id}"`);
    expect(printed.toc.slice(0, 3)).toEqual([
      { id: 'h1', level: 2, text: 'Note <test>' },
      { id: 'h2', level: 3, text: 'Objet' },
      { id: 'h3', level: 3, text: 'Résumé (messages clés)' },
    ]);
  });
});

describe('annotation digests', () => {
  it('reads the annotations re-anchored on the annexed version, with colour meaning, tags and comment', async () => {
    const doc = await declaration();
    await api('annotations:create', {
      documentId: doc.id,
      target: { type: 'quote', exact: PHRASE },
      color: 'red',
      tags: ['training', 'Ukraine'],
      comment: { lexical: '{}', text: 'Numbers to confirm.' },
    });
    await api('annotations:create', { documentId: doc.id, target: { type: 'paragraph', n: 2 } });
    const digest = readAnnotationsForDigest(ctx.context.db, doc.id);
    const paragraphs = doc.sections.flatMap((s) => s.paragraphs);
    const cited = (n: number) => ({ id: paragraphs[n - 1]!.id, n, label: String(n) });
    expect(digest).toEqual([
      expect.objectContaining({ paragraph: cited(2), category: 'Key commitment', tags: [], comment: '' }),
      {
        paragraph: cited(8),
        quote: PHRASE,
        category: 'Risk',
        tags: ['training', 'Ukraine'],
        comment: 'Numbers to confirm.',
      },
    ]);

    // On a newer version with a paragraph inserted before ¶ 8, the passage is now ¶ 9.
    const v2 = await api('documents:import', {
      fileName: DECLARATION_FILE,
      dataBase64: Buffer.from(editedDeclaration()).toString('base64'),
    });
    expect(v2.document.id).not.toBe(doc.id);
    const onV2 = readAnnotationsForDigest(ctx.context.db, v2.document.id);
    const risk = onV2.find((a) => a.category === 'Risk')!;
    expect(risk.paragraph).toMatchObject({ n: 9, label: '9' });
    expect(INSERTED_PARAGRAPH).not.toContain(risk.quote);

    // Printed as a table: ¶ linked to the annex, passage, meaning and tags, comment.
    let pack = await api('packs:create', { title: 'Digest' });
    pack = await api('packs:addItem', { packId: pack.id, spec: { kind: 'annotations', documentId: doc.id } });
    pack = await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'document', documentId: doc.id, sections: null },
    });
    const html = renderPrintHtml(resolvePack(ctx.context.db, pack.id), { fontCss: '' }).html;
    expect(html).toContain('<table class="digest-table">');
    expect(html).toContain(`<a class="cite" href="#d-${doc.id}-${cited(8).id}">¶\u00a08</a>`);
    expect(html).toMatch(
      /<td>Risk<div class="digest-tags">training, Ukraine<\/div><\/td>\s*<td>Numbers to confirm\.<\/td>/,
    );
  });
});

describe('the sample pack', () => {
  it('is a briefing note quoting the declaration, then the declaration as annex, unclassified', async () => {
    const pack = await api('packs:createSample', {});
    expect(pack.items.map((i) => i.spec.kind)).toEqual(['note', 'document']);
    expect(pack.classification).toBe('unclassified');
    const noteId = (pack.items[0]!.spec as { noteId: string }).noteId;
    const note = await api('notes:get', { id: noteId });
    expect(note.language).toBe('en');
    expect(note.excerpts.map((e) => e.paragraphs)).toEqual([[6], [8], [9]]);
    expect(note.fields.to).toBeTruthy();
    expect(note.content.root.children!.filter((n) => n.type === 'heading')).toHaveLength(7);
  });

  it('speaks French with language fr', async () => {
    const pack = await api('packs:createSample', { language: 'fr' });
    expect(pack).toMatchObject({ language: 'fr', audience: 'Pour la ministre' });
    const note = await api('notes:get', { id: (pack.items[0]!.spec as { noteId: string }).noteId });
    expect(note.language).toBe('fr');
    expect(note.title).toMatch(/^Note de breffage\u00A0: /);
    expect(JSON.stringify(note.content)).toContain('Résumé (messages clés)');
  });
});
