/**
 * Citations by identity after a NEW VERSION of the cited document (issue 14): a note keeps
 * citing the version it quoted, and its check against the newest version says where the words
 * are now — renumbered, reworded, merged into a longer paragraph, split over several, or gone —
 * never "now reads" over the very same words without saying the paragraph is not the same.
 * Real API on a real store; two version pairs written for this test, English and French.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../shared/api/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

let ctx: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (ctx = await makeApiContext({ seed: false })));
afterEach(() => ctx.close());

async function api<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await dispatch(apiHandlers, ctx.context, channel, input, () => {});
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as ApiOutput<C>;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function importText(fileName: string, text: string, versionOf?: string) {
  const result = await api('documents:import', {
    fileName,
    dataBase64: b64(text),
    ...(versionOf ? { versionOf } : {}),
  });
  if (!('document' in result) || !result.document) throw new Error(`not imported: ${JSON.stringify(result)}`);
  return api('documents:get', { id: result.document.id });
}

type Doc = Awaited<ReturnType<typeof importText>>;

/** Checks one excerpt per cited paragraph (whole paragraphs, as the reader cites them). */
function check(doc: Doc, numbers: number[]) {
  const paragraphs = doc.sections.flatMap((s) => s.paragraphs);
  return api('notes:check-excerpts', {
    excerpts: numbers.map((n) => {
      const p = paragraphs.find((q) => q.n === n)!;
      return { documentId: doc.id, paragraphs: [{ id: p.id, label: String(n) }], text: p.text };
    }),
  });
}

const EN_V1 = `# Statement on Northern Ferry Services

Transport ministers met in Iqaluit to review ferry services to remote communities.

The partners will add two vessels to the northern routes by 2027.

Fares for residents will be frozen until the end of 2026. Students will travel free of charge during the school year.

Each operator shall publish its winter timetable by the first of September.

A safety review of older vessels will be completed before the next season.

Ministers will meet again in the spring.
`;
// v2: ¶ 3 reworded (three vessels), ¶ 4 split in two, ¶ 5 merged into ¶ 4's second half, ¶ 6 removed.
const EN_V2 = `# Statement on Northern Ferry Services

Transport ministers met in Iqaluit to review ferry services to remote communities.

The partners will add three vessels to the northern routes by 2027.

Fares for residents will be frozen until the end of 2026.

Students will travel free of charge during the school year. Each operator shall publish its winter timetable by the first of September.

Ministers will meet again in the spring.
`;

const FR_V1 = `# Déclaration sur les services de traversier du Nord

Les ministres des Transports se sont réunis à Iqaluit pour examiner les services de traversier.

Les partenaires ajouteront deux navires aux routes du Nord d’ici 2027.

Les tarifs des résidents seront gelés jusqu’à la fin de 2026. Les élèves voyageront gratuitement pendant l’année scolaire.

Chaque exploitant publiera son horaire d’hiver avant le 1er septembre.

Un examen de la sécurité des navires anciens sera achevé avant la prochaine saison.

Les ministres se réuniront de nouveau au printemps.
`;
const FR_V2 = `# Déclaration sur les services de traversier du Nord

Les ministres des Transports se sont réunis à Iqaluit pour examiner les services de traversier.

Les partenaires ajouteront trois navires aux routes du Nord d’ici 2027.

Les tarifs des résidents seront gelés jusqu’à la fin de 2026.

Les élèves voyageront gratuitement pendant l’année scolaire. Chaque exploitant publiera son horaire d’hiver avant le 1er septembre.

Les ministres se réuniront de nouveau au printemps.
`;

describe.each([
  ['English', EN_V1, EN_V2],
  ['French', FR_V1, FR_V2],
])('an excerpt of version 1 checked against version 2 (%s)', (_language, v1Text, v2Text) => {
  it('says renumbered, reworded, split, merged and removed for what each is', async () => {
    const v1 = await importText('ferries.md', v1Text);
    const v2 = await importText('ferries-revised.md', v2Text, v1.id);
    expect(v2.version).toBe(2);
    const [onRenumbered, onReworded, onSplit, onMerged, onRemoved] = await check(v1, [6, 2, 3, 4, 5]);
    // ¶ 6 "Ministers will meet again" is ¶ 5 in version 2, word for word, whole: unchanged, no cut.
    expect(onRenumbered).toMatchObject({ status: 'unchanged', replacement: { paragraphs: [{ n: 5 }] } });
    expect(onRenumbered).not.toHaveProperty('change');
    // ¶ 2 two → three vessels: changed, not merged or split.
    expect(onReworded).toMatchObject({ status: 'changed', replacement: { paragraphs: [{ n: 2 }] } });
    expect(onReworded).not.toHaveProperty('change');
    // ¶ 3 now runs over ¶ 3 and ¶ 4: split, same words, both paragraphs cited.
    expect(onSplit).toMatchObject({
      status: 'unchanged',
      change: 'split',
      replacement: { paragraphs: [{ n: 3 }, { n: 4 }] },
    });
    // ¶ 4 is now the second half of ¶ 4: merged, same words.
    expect(onMerged).toMatchObject({ status: 'unchanged', change: 'merged', replacement: { paragraphs: [{ n: 4 }] } });
    // ¶ 5 (the safety review) is gone.
    expect(onRemoved).toMatchObject({ status: 'removed' });
  });
});

describe.each([
  ['English', EN_V1, EN_V2],
  ['French', FR_V1, FR_V2],
])('"Use the newest" on a pack excerpt item (%s)', (_language, v1Text, v2Text) => {
  it('moves an item whose words version 2 has unchanged, and says what became of the others', async () => {
    const v1 = await importText('ferries.md', v1Text);
    const v2 = await importText('ferries-revised.md', v2Text, v1.id);
    const ids = new Map(v1.sections.flatMap((s) => s.paragraphs).map((p) => [p.n, p.id]));
    let pack = await api('packs:create', { title: 'Ferries' });
    for (const n of [6, 2, 4, 3, 5])
      pack = await api('packs:addItem', {
        packId: pack.id,
        spec: { kind: 'excerpt', documentId: v1.id, paragraphIds: [ids.get(n)!] },
      });
    const useNewest = (index: number) => {
      const item = pack.items[index]!;
      return dispatch(
        apiHandlers,
        ctx.context,
        'packs:updateItem',
        { packId: pack.id, itemId: item.id, spec: { ...item.spec, documentId: v2.id, version: 2 } },
        () => {},
      );
    };
    // ¶ 6, word for word in version 2 as ¶ 5: moved, cited as ¶ 5.
    const moved = await useNewest(0);
    expect(moved.ok).toBe(true);
    pack = await api('packs:get', { id: pack.id });
    expect(pack.items[0]).toMatchObject({ spec: { documentId: v2.id, version: 2 }, citation: { status: 'current' } });
    expect(pack.items[0]!.label).toMatch(/¶ 5$/);
    // The others stay on version 1, and the refusal says why and where the words are.
    const expectations: Array<[number, RegExp]> = [
      [1, /¶ 2.*\(¶ 2\)/],
      [2, /¶ 4.*\(¶ 4\)/],
      [3, /¶ 3.*\(¶ 3–4\)/],
      [4, /¶ 5/],
    ];
    const messages: string[] = [];
    for (const [index, where] of expectations) {
      const refused = await useNewest(index);
      expect(refused.ok).toBe(false);
      const message = refused.ok ? '' : refused.error.message;
      expect(message).toMatch(where);
      messages.push(message);
    }
    // Four different fates, four different sentences.
    expect(new Set(messages.map((m) => m.replace(/¶ [\d–]+/g, ''))).size).toBe(4);
    const after = await api('packs:get', { id: pack.id });
    expect(after.items.slice(1).map((i) => i.spec)).toEqual(pack.items.slice(1).map((i) => i.spec));
    expect(after.items.slice(1).every((i) => (i.spec as { documentId: string }).documentId === v1.id)).toBe(true);
  });
});
