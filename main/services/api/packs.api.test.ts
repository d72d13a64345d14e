import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeSharedChromium } from '../export/chromium-printer.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../shared/api/index.ts';

let ctx: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (ctx = await makeApiContext({ seed: true })));
afterEach(() => ctx.close());
afterAll(() => closeSharedChromium());

async function api<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await dispatch(apiHandlers, ctx.context, channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as ApiOutput<C>;
}

describe('packs API', () => {
  it('creates a pack, adds, moves and removes items, and keeps positions in order', async () => {
    const docs = await api('documents:list', {});
    const decl = docs.find((d) => d.kind === 'declaration')!;
    let pack = await api('packs:create', { title: 'Pack', audience: 'For the Minister' });
    expect(pack).toMatchObject({ language: 'en', pageSize: 'a4', classification: 'unclassified', items: [] });
    pack = await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'document', documentId: decl.id, sections: null },
    });
    pack = await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'excerpt', documentId: decl.id, paragraphs: [7, 6] },
    });
    pack = await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'annotations', documentId: decl.id },
      position: 0,
    });
    expect(pack.items.map((i) => i.spec.kind)).toEqual(['annotations', 'document', 'excerpt']);
    expect(pack.items[2]?.label).toMatch(/¶ 6–7$/);
    pack = await api('packs:moveItem', { packId: pack.id, itemId: pack.items[2]!.id, position: 0 });
    expect(pack.items.map((i) => i.spec.kind)).toEqual(['excerpt', 'annotations', 'document']);
    pack = await api('packs:removeItem', { packId: pack.id, itemId: pack.items[1]!.id });
    expect(pack.items.map((i) => i.spec.kind)).toEqual(['excerpt', 'document']);
    expect((await api('packs:list', {}))[0]).toMatchObject({ id: pack.id, itemCount: 2 });
  });

  it('refuses paragraphs and documents that do not exist', async () => {
    const pack = await api('packs:create', { title: 'Pack' });
    const decl = (await api('documents:list', {})).find((d) => d.kind === 'declaration')!;
    await expect(
      api('packs:addItem', { packId: pack.id, spec: { kind: 'excerpt', documentId: decl.id, paragraphs: [999] } }),
    ).rejects.toThrow(/no ¶ 999/);
    await expect(
      api('packs:addItem', { packId: pack.id, spec: { kind: 'annotations', documentId: 'nope' } }),
    ).rejects.toThrow(/no document/);
  });

  it('may raise the classification; a note item it cannot find is marked missing and blocks export', async () => {
    let pack = await api('packs:create', { title: 'Pack' });
    pack = await api('packs:update', { id: pack.id, classification: 'secret' });
    expect(pack.classification).toBe('secret');
    pack = await api('packs:update', { id: pack.id, classification: 'unclassified' });
    expect(pack.classification).toBe('unclassified');
    pack = await api('packs:addItem', { packId: pack.id, spec: { kind: 'note', noteId: 'gone' } });
    expect(pack.items[0]).toMatchObject({ missing: true });
    const result = await dispatch(apiHandlers, ctx.context, 'export:pdf', { packId: pack.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'export-failed' } });
    expect(!result.ok && result.error.message).toMatch(/Item 1 of the pack points at the note gone/);
  });

  it('deletes a pack and restores it exactly with the snapshot (undo)', async () => {
    const sample = await api('packs:createSample', {});
    const snapshot = await api('packs:delete', { id: sample.id });
    await expect(api('packs:get', { id: sample.id })).rejects.toThrow(/no pack/);
    const restored = await api('packs:restore', snapshot);
    expect(restored.items).toEqual(sample.items);
    expect(restored.title).toBe(sample.title);
  });

  it('an empty pack cannot be exported and says why', async () => {
    const pack = await api('packs:create', { title: 'Empty' });
    const result = await dispatch(apiHandlers, ctx.context, 'export:pdf', { packId: pack.id });
    expect(!result.ok && result.error.message).toMatch(/no items yet/);
  });

  it('labels items in the pack’s language', async () => {
    const decl = (await api('documents:list', {})).find((d) => d.kind === 'declaration')!;
    const english = await api('packs:create', { title: 'Pack' });
    const french = await api('packs:create', { title: 'Dossier', language: 'fr' });
    const specs: Array<ApiInput<'packs:addItem'>['spec']> = [
      { kind: 'document', documentId: decl.id, sections: null },
      { kind: 'document', documentId: decl.id, sections: [1, 2] },
      { kind: 'excerpt', documentId: decl.id, paragraphs: [1, 2] },
      { kind: 'note', noteId: 'absente' },
    ];
    let en = english;
    let fr = french;
    for (const spec of specs) {
      en = await api('packs:addItem', { packId: english.id, spec });
      fr = await api('packs:addItem', { packId: french.id, spec });
    }
    expect(en.items.map((i) => i.label)).toEqual([
      `Annex — ${decl.title}`,
      `Annex — ${decl.title} (2 sections)`,
      `Excerpt — ${decl.title}, ¶ 1–2`,
      'Missing note (absente)',
    ]);
    expect(fr.items.map((i) => i.label)).toEqual([
      `Annexe — ${decl.title}`,
      `Annexe — ${decl.title} (2 sections)`,
      `Extrait — ${decl.title}, ¶ 1–2`,
      'Note manquante (absente)',
    ]);
  });

  it('words export failures in the interface language', async () => {
    const page = { ...ctx.context, mode: 'browser' as const };
    expect(await dispatch(apiHandlers, page, 'settings:set', { language: 'fr' })).toMatchObject({ ok: true });
    const empty = await api('packs:create', { title: 'Vide' });
    expect(await dispatch(apiHandlers, page, 'export:pdf', { packId: empty.id })).toEqual({
      ok: false,
      error: {
        code: 'export-failed',
        message:
          'Le dossier ne contient encore aucun élément\u00a0: ajoutez d’abord une note, un extrait ou une annexe.',
      },
    });
    const pack = await api('packs:addItem', { packId: empty.id, spec: { kind: 'note', noteId: 'disparue' } });
    expect(await dispatch(apiHandlers, page, 'export:pdf', { packId: pack.id })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^L’élément 1 du dossier renvoie à la note disparue, qui n’est plus/) },
    });
    expect(await dispatch(apiHandlers, page, 'export:pdf', { packId: 'nulle-part' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('«\u00a0nulle-part\u00a0»') },
    });
  });
});
