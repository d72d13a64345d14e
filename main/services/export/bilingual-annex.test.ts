/**
 * A bilingual annex printed by a real Chromium and read back page by page with pdftotext:
 * each English paragraph beside its French pair, with their ¶ numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiOutput } from '../../../shared/api/index.ts';
import { pdfPageTexts } from '../../../test/support/pdf.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { readDocx } from '../../../test/support/docx.ts';
import { dispatch } from '../api/dispatch.ts';
import { apiHandlers } from '../api/handlers.ts';
import { exportWord } from './export-docx.ts';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/pairs');
let ctx: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (ctx = await makeApiContext()));
afterEach(() => ctx.close());

async function api<C extends ApiChannel>(channel: C, input: unknown): Promise<ApiOutput<C>> {
  const result = await dispatch(apiHandlers, ctx.context, channel, input, () => {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ApiOutput<C>;
}
const importFixture = async (name: string) =>
  (
    await api('documents:import', {
      fileName: name,
      dataBase64: readFileSync(join(fixtures, name)).toString('base64'),
    })
  ).document.id;

describe('bilingual annex', () => {
  it('prints both language versions side by side, paired paragraphs on the same lines', async () => {
    const en = await importFixture('arctic-en.txt');
    const fr = await importFixture('arctic-fr.txt');
    const pack = await api('packs:create', { title: 'Arctic science' });
    // Not paired yet: a bilingual annex cannot be printed and says why.
    await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'document', documentId: en, sections: null, bilingual: true },
    });
    const refused = await dispatch(apiHandlers, ctx.context, 'export:pdf', { packId: pack.id }, () => {});
    expect(!refused.ok && refused.error.message).toMatch(/not paired/);

    await api('pairs:pair', { documentId: en, otherId: fr });
    const withItem = await api('packs:get', { id: pack.id });
    expect(withItem.items[0]?.label).toMatch(/^Bilingual annex: Joint Statement by Canada and Finland/);
    const file = join(ctx.dir, 'arctic.pdf');
    const exported = await api('export:pdf', { packId: pack.id });
    writeFileSync(file, Buffer.from(exported.pdfBase64, 'base64'));
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

    const pages = pdfPageTexts(file);
    const annex = pages.filter((text) => /Annex A/.test(text) || /Kilpisjärvi/.test(text)).join('\n');
    // Both titles head the table; each row holds an English paragraph and its French pair.
    expect(annex).toMatch(/Joint Statement by Canada and Finland/);
    expect(annex).toMatch(/Déclaration commune du Canada et de la Finlande/);
    const line = (english: RegExp, french: RegExp) => annex.split('\n').some((l) => english.test(l) && french.test(l));
    expect(line(/^\s*1\s+The Ministers of Foreign Affairs/, /1\s+Les ministres des Affaires/)).toBe(true);
    expect(line(/3\s+Canada and Finland will launch/, /3\s+Le Canada et la Finlande lanceront/)).toBe(true);
    // The French ¶ 5 and 6 are one pair with the English ¶ 5: they start in the same row.
    expect(line(/5\s+Indigenous knowledge will guide/, /5\s+Les savoirs autochtones/)).toBe(true);
    expect(annex).toMatch(/6\s+Le Conseil circumpolaire inuit/);
    expect(line(/7\s+They agreed to review progress/, /8\s+Ils sont convenus/)).toBe(true);
  });

  it('writes the same side-by-side table in the Word export, each paragraph with its label', async () => {
    const en = await importFixture('arctic-en.txt');
    const fr = await importFixture('arctic-fr.txt');
    await api('pairs:pair', { documentId: en, otherId: fr });
    const pack = await api('packs:create', { title: 'Arctic science' });
    await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'document', documentId: en, sections: null, bilingual: true },
    });
    const made = await exportWord(ctx.context.db, { kind: 'pack', id: pack.id });
    const file = join(ctx.dir, 'arctic.docx');
    writeFileSync(file, made.bytes);
    const table = readDocx(file).tables.find((rows) =>
      /Joint Statement by Canada and Finland/.test(rows[0]?.[0] ?? ''),
    );
    expect(table?.[0]?.[1]).toMatch(/Déclaration commune du Canada et de la Finlande/);
    const row = (english: RegExp, french: RegExp) =>
      (table ?? []).some(([a, b]) => english.test(a ?? '') && french.test(b ?? ''));
    expect(row(/^1\tThe Ministers of Foreign Affairs/m, /^1\tLes ministres des Affaires/m)).toBe(true);
    // The French ¶ 5 and 6 are one pair with the English ¶ 5: one row holds all three.
    expect(
      row(
        /^5\tIndigenous knowledge will guide/m,
        /^5\tLes savoirs autochtones[\s\S]*^6\tLe Conseil circumpolaire inuit/m,
      ),
    ).toBe(true);
    expect(row(/^7\tThey agreed to review progress/m, /^8\tIls sont convenus/m)).toBe(true);
  });

  it('marks in print, PDF and Word, the pairs the aligner was unsure of and no one confirmed', async () => {
    // A plain-prose release whose French version swaps two paragraphs: the aligner cannot see
    // it and flags those pairs; the annex must not print them as sure translations.
    const gold = join(import.meta.dirname, '../../../test/eval/pairs/train/t13-humanitarian-release-swapped');
    const load = async (name: string) =>
      (
        await api('documents:import', {
          fileName: name,
          dataBase64: readFileSync(join(gold, name)).toString('base64'),
        })
      ).document.id;
    const en = await load('en.txt');
    const fr = await load('fr.txt');
    const alignment = await api('pairs:pair', { documentId: en, otherId: fr });
    const flagged = alignment.pairs.filter((p) => p.low);
    expect(flagged.length).toBeGreaterThan(0);
    const pack = await api('packs:create', { title: 'Accès humanitaire', language: 'fr' });
    await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'document', documentId: en, sections: null, bilingual: true },
    });

    const pdfText = async () => {
      const file = join(ctx.dir, 'humanitarian.pdf');
      writeFileSync(file, Buffer.from((await api('export:pdf', { packId: pack.id })).pdfBase64, 'base64'));
      return pdfPageTexts(file).join('\n');
    };
    const text = await pdfText();
    // The legend, in the pack's language, and one mark per unsure pair.
    expect(text).toMatch(/Appariement non vérifié.*ont été appariées par Précis avec une faible confiance/s);
    expect(text.match(/Appariement non vérifié/g)?.length).toBe(flagged.length + 1);

    const made = await exportWord(ctx.context.db, { kind: 'pack', id: pack.id });
    const file = join(ctx.dir, 'humanitarian.docx');
    writeFileSync(file, made.bytes);
    const docx = readDocx(file);
    const table = docx.tables.find((rows) => /Canada welcomes new guidelines/.test(rows[0]?.[0] ?? ''));
    const marked = (table ?? []).filter(([, b]) => /Appariement non vérifié/.test(b ?? ''));
    expect(marked).toHaveLength(flagged.length);
    // The first pair is sure: no mark.
    expect(table?.[1]?.[1]).not.toMatch(/Appariement non vérifié/);

    // Once the user confirms every flagged pair, nothing is marked and the legend goes.
    for (const pair of flagged) await api('pairs:correct', { documentId: en, pair: { a: pair.a, b: pair.b } });
    expect(await pdfText()).not.toMatch(/Appariement non vérifié/);
  }, 60_000);
});
