import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChannel, PairAlignment } from '../../../shared/api/index.ts';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/pairs');

let api: Awaited<ReturnType<typeof makeApiContext>>;

async function call(channel: ApiChannel, input: unknown) {
  return dispatch(apiHandlers, api.context, channel, input, () => {});
}
async function ok<T>(channel: ApiChannel, input: unknown): Promise<T> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}
async function importFixture(name: string) {
  const bytes = readFileSync(join(FIXTURES, name));
  return ok<{ outcome: string; document: { id: string }; pairSuggestion?: { id: string; reasons: string[] } | null }>(
    'documents:import',
    { fileName: name, dataBase64: bytes.toString('base64') },
  );
}
const shape = (alignment: PairAlignment) =>
  alignment.pairs.map((p) => `${p.aNumbers.join('+')}=${p.bNumbers.join('+')}`);
const count = (sql: string) => (api.context.db.prepare(sql).get() as { n: number }).n;

beforeEach(async () => {
  api = await makeApiContext();
});
afterEach(() => api.close());

describe('pairs:* on a real library', () => {
  it('suggests the other language version at import, and pairs nothing until asked', async () => {
    const english = await importFixture('arctic-en.txt');
    expect(english.pairSuggestion).toBeNull();
    const french = await importFixture('arctic-fr.txt');
    expect(french.pairSuggestion).toMatchObject({ id: english.document.id });
    expect(french.pairSuggestion?.reasons).toEqual(expect.arrayContaining(['date', 'place', 'numbers', 'text']));
    expect(count('SELECT count(*) AS n FROM pairings')).toBe(0);
    expect(await ok('pairs:partner', { documentId: english.document.id })).toBeNull();
    // An unrelated French document is not suggested for the English one.
    await importFixture('unrelated-fr.txt');
    const suggestions = await ok<Array<{ id: string }>>('pairs:suggest', { documentId: english.document.id });
    expect(suggestions.map((s) => s.id)).toEqual([french.document.id]);
  });

  it('suggests a version with no date, place, issuer or figures by the names and words both share', async () => {
    const english = await importFixture('bare-heritage-en.txt');
    expect(english.document).toBeDefined();
    // Same shape, same closing sentence, another subject: not a version of the English text.
    const forests = await importFixture('bare-forests-fr.txt');
    expect(forests.pairSuggestion).toBeNull();
    const french = await importFixture('bare-heritage-fr.txt');
    expect(french.pairSuggestion).toMatchObject({ id: english.document.id });
    expect(french.pairSuggestion?.reasons).toEqual(expect.arrayContaining(['names', 'text']));
    const suggestions = await ok<Array<{ id: string }>>('pairs:suggest', { documentId: english.document.id });
    expect(suggestions.map((s) => s.id)).toEqual([french.document.id]);
  });

  it('pairs two versions, aligns them by paragraph ids, and answers from either side', async () => {
    const en = (await importFixture('arctic-en.txt')).document.id;
    const fr = (await importFixture('arctic-fr.txt')).document.id;
    const alignment = await ok<PairAlignment>('pairs:pair', { documentId: en, otherId: fr });
    expect(shape(alignment)).toEqual(['1=1', '2=2', '3=3', '4=4', '5=5+6', '6=7', '7=8']);
    const french = await ok<StoredDocument>('documents:get', { id: fr });
    const frenchIds = french.sections.flatMap((s) => s.paragraphs.map((p) => p.id));
    expect(alignment.pairs[4]?.b).toEqual([frenchIds[4], frenchIds[5]]);
    expect(alignment.partner).toMatchObject({ id: fr, language: 'fr' });

    const fromFrench = await ok<PairAlignment>('pairs:alignment', { documentId: fr });
    expect(shape(fromFrench)).toEqual(['1=1', '2=2', '3=3', '4=4', '5+6=5', '7=6', '8=7']);
    expect(fromFrench.partner.id).toBe(en);
    expect(await ok('pairs:partner', { documentId: fr })).toMatchObject({ partner: { id: en } });
    expect(count('SELECT count(*) AS n FROM pairing_alignments')).toBe(1);
  });

  it("keeps the user's correction through a new version of either document", async () => {
    const en = (await importFixture('arctic-en.txt')).document.id;
    const fr = (await importFixture('arctic-fr.txt')).document.id;
    const first = await ok<PairAlignment>('pairs:pair', { documentId: en, otherId: fr });
    // From the French side, the user says its ¶ 6 has no English counterpart: ¶ 5 pairs with ¶ 5 alone.
    const [five, six] = first.pairs[4]?.b ?? [];
    const corrected = await ok<PairAlignment>('pairs:correct', { documentId: fr, pair: { a: [six], b: [] } });
    expect(shape(corrected)).toEqual(['1=1', '2=2', '3=3', '4=4', '5=5', '6=', '7=6', '8=7']);
    expect(corrected.pairs.find((p) => p.a[0] === six)).toMatchObject({ corrected: true, confidence: 1, low: false });
    expect(corrected.pairs.find((p) => p.a[0] === five)?.corrected).toBe(false);
    // Seen from the English side, the same alignment.
    expect(shape((await ok<PairAlignment>('pairs:alignment', { documentId: en })) as PairAlignment)).toEqual([
      '1=1',
      '2=2',
      '3=3',
      '4=4',
      '5=5',
      '=6',
      '6=7',
      '7=8',
    ]);

    // A new English version (one figure changed): still paired, correction still applied.
    const v2 = await importFixture('arctic-en-v2.txt');
    expect(v2.outcome).toBe('new-version');
    const again = await ok<PairAlignment>('pairs:alignment', { documentId: fr });
    expect(again.partner.id).toBe(v2.document.id);
    expect(shape(again)).toEqual(['1=1', '2=2', '3=3', '4=4', '5=5', '6=', '7=6', '8=7']);
    expect(again.pairs.find((p) => p.a[0] === six)?.corrected).toBe(true);
    expect(count('SELECT count(*) AS n FROM pairing_alignments')).toBe(2);
  });

  it("makes again an alignment an older aligner kept, keeping the user's corrections", async () => {
    const en = (await importFixture('arctic-en.txt')).document.id;
    const fr = (await importFixture('arctic-fr.txt')).document.id;
    const fresh = await ok<PairAlignment>('pairs:pair', { documentId: en, otherId: fr });
    const first = fresh.pairs[0] as PairAlignment['pairs'][number];
    await ok('pairs:correct', { documentId: en, pair: { a: first.a, b: first.b } });
    // What an earlier Précis kept: its signature covered the paragraph ids only, and its
    // aligner's confidences were other ones.
    const rows = api.context.db
      .prepare('SELECT rowid, document_a AS a, document_b AS b, pairs FROM pairing_alignments')
      .all() as Array<{ rowid: number; a: string; b: string; pairs: string }>;
    expect(rows).toHaveLength(1);
    const docs = await Promise.all([rows[0]?.a, rows[0]?.b].map((id) => ok<StoredDocument>('documents:get', { id })));
    const paragraphIds = (d: StoredDocument) => d.sections.flatMap((s) => s.paragraphs.map((p) => p.id)).join(',');
    const { createHash } = await import('node:crypto');
    const oldSignature = createHash('sha256')
      .update(`${paragraphIds(docs[0] as StoredDocument)}|${paragraphIds(docs[1] as StoredDocument)}`)
      .digest('hex');
    const overstated = (JSON.parse(rows[0]?.pairs ?? '[]') as Array<Record<string, unknown>>).map((p) => ({
      ...p,
      confidence: p.corrected ? 1 : 0.123,
      low: !p.corrected,
    }));
    api.context.db
      .prepare('UPDATE pairing_alignments SET paragraph_ids = ?, pairs = ?')
      .run(oldSignature, JSON.stringify(overstated));

    const again = await ok<PairAlignment>('pairs:alignment', { documentId: en });
    expect(again.pairs.map((p) => [p.a, p.b, p.confidence, p.low])).toEqual(
      fresh.pairs.map((p, k) => [p.a, p.b, k === 0 ? 1 : p.confidence, k === 0 ? false : p.low]),
    );
    expect(again.pairs[0]?.corrected).toBe(true);
  });

  it('unpairs, and then the documents may be paired again', async () => {
    const en = (await importFixture('arctic-en.txt')).document.id;
    const fr = (await importFixture('arctic-fr.txt')).document.id;
    await ok('pairs:pair', { documentId: en, otherId: fr });
    expect(await ok('pairs:unpair', { documentId: fr })).toEqual({ unpaired: true });
    expect(await ok('pairs:alignment', { documentId: en })).toBeNull();
    expect(await ok('pairs:unpair', { documentId: fr })).toEqual({ unpaired: false });
    expect(count('SELECT count(*) AS n FROM pairing_alignments')).toBe(0);
    await ok('pairs:pair', { documentId: fr, otherId: en });
    expect(await ok('pairs:partner', { documentId: en })).toMatchObject({ partner: { id: fr } });
  });

  it('refuses what cannot be paired with a clear message and leaves the library unchanged', async () => {
    const en = (await importFixture('arctic-en.txt')).document.id;
    const fr = (await importFixture('arctic-fr.txt')).document.id;
    const unrelated = (await importFixture('unrelated-fr.txt')).document.id;
    const v2 = (await importFixture('arctic-en-v2.txt')).document.id;

    const nothing = await call('pairs:pair', { documentId: en, otherId: unrelated });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!nothing.ok && nothing.error.message).toMatch(/too little in common/);
    const same = await call('pairs:pair', { documentId: fr, otherId: unrelated });
    expect(!same.ok && same.error.message).toMatch(/same language/);
    const versions = await call('pairs:pair', { documentId: en, otherId: v2 });
    expect(!versions.ok && versions.error.message).toMatch(/two versions of the same document/);
    expect(count('SELECT count(*) AS n FROM pairings')).toBe(0);

    await ok('pairs:pair', { documentId: v2, otherId: fr });
    const taken = await call('pairs:pair', { documentId: unrelated, otherId: fr });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!taken.ok && taken.error.message).toMatch(/already paired/);
    const stranger = await call('pairs:correct', { documentId: fr, pair: { a: ['pnotaparagraph'], b: [] } });
    expect(!stranger.ok && stranger.error.message).toMatch(/no paragraph/);
    expect(count('SELECT count(*) AS n FROM pairing_corrections')).toBe(0);
  });

  it('words its refusals in the caller’s language', async () => {
    // The test context is the CLI's, whose language is its locale's.
    api.context.systemLanguage = 'fr';
    const en = (await importFixture('arctic-en.txt')).document.id;
    const unrelated = (await importFixture('unrelated-fr.txt')).document.id;
    const refused = await call('pairs:pair', { documentId: en, otherId: unrelated });
    expect(!refused.ok && refused.error.message).toMatch(/trop peu en commun/);
    expect(!refused.ok && refused.error.message).toMatch(/«\s*La ville inaugure/);
  });

  it('checks a French article against an English source in its paired French version, and reports against it', async () => {
    const en = (await importFixture('arctic-en.txt')).document.id;
    const fr = (await importFixture('arctic-fr.txt')).document.id;
    const article = (await importFixture('arctic-article-fr.txt')).document.id;
    type Check = {
      sources: Array<{ id: string; pairedFrom?: string }>;
      quotes: Array<{ fidelity: string; source: { documentId: string; paragraph: number } | null }>;
    };
    // Unpaired, the English text cannot vouch for French quotations.
    const before = await ok<Check>('quotes:check', { documentId: article, sourceIds: [en] });
    expect(before.quotes.length).toBeGreaterThanOrEqual(3);
    expect(before.quotes.every((q) => q.fidelity === 'not-found')).toBe(true);

    await ok('pairs:pair', { documentId: en, otherId: fr });
    const after = await ok<Check>('quotes:check', { documentId: article, sourceIds: [en] });
    expect(after.sources).toEqual([expect.objectContaining({ id: fr, pairedFrom: en })]);
    const found = after.quotes.filter((q) => q.fidelity !== 'not-found');
    expect(found.length).toBe(after.quotes.length);
    expect(found.every((q) => q.source?.documentId === fr)).toBe(true);
    expect(found.map((q) => q.source?.paragraph)).toEqual(expect.arrayContaining([2, 3, 5]));
  });

  it("gives an excerpt's other language wording: the paired paragraphs of the partner", async () => {
    const en = (await importFixture('arctic-en.txt')).document.id;
    const fr = (await importFixture('arctic-fr.txt')).document.id;
    const english = await ok<StoredDocument>('documents:get', { id: en });
    const five = english.sections.flatMap((s) => s.paragraphs)[4]?.id as string;
    expect(await ok('pairs:counterpart', { documentId: en, paragraphIds: [five] })).toBeNull();
    await ok('pairs:pair', { documentId: en, otherId: fr });
    const counterpart = await ok<{
      document: { id: string; date: string | null };
      paragraphs: Array<{ n: number }>;
      text: string;
    }>('pairs:counterpart', { documentId: en, paragraphIds: [five] });
    expect(counterpart.document).toMatchObject({ id: fr, date: '2024-11-05' });
    expect(counterpart.paragraphs.map((p) => p.n)).toEqual([5, 6]);
    expect(counterpart.text).toMatch(
      /^Les savoirs autochtones orienteront le programme\.\n\nLe Conseil circumpolaire inuit/,
    );
  });

  it('says when the other wording rests on a pair the aligner was unsure of, until the user confirms it', async () => {
    // A release whose French version swaps two paragraphs the features cannot tell apart.
    const gold = join(import.meta.dirname, '../../../test/eval/pairs/train/t13-humanitarian-release-swapped');
    const load = async (name: string) =>
      (
        await ok<{ document: { id: string } }>('documents:import', {
          fileName: name,
          dataBase64: readFileSync(join(gold, name)).toString('base64'),
        })
      ).document.id;
    const en = await load('en.txt');
    const fr = await load('fr.txt');
    const alignment = await ok<PairAlignment>('pairs:pair', { documentId: en, otherId: fr });
    const sure = alignment.pairs.find((p) => !p.low && p.b.length > 0) as PairAlignment['pairs'][number];
    const unsure = alignment.pairs.find((p) => p.low && p.b.length > 0) as PairAlignment['pairs'][number];
    type Counterpart = { paragraphs: Array<{ id: string }>; unchecked: boolean };
    const wording = (ids: string[]) => ok<Counterpart>('pairs:counterpart', { documentId: en, paragraphIds: ids });
    expect(await wording(sure.a)).toMatchObject({ unchecked: false });
    expect(await wording(unsure.a)).toMatchObject({ unchecked: true });
    // Two paragraphs, one of them unsure: the wording as a whole is unchecked.
    expect(await wording([...sure.a, ...unsure.a])).toMatchObject({ unchecked: true });
    await ok('pairs:correct', { documentId: en, pair: { a: unsure.a, b: unsure.b } });
    expect(await wording(unsure.a)).toMatchObject({ unchecked: false });
  });
});
