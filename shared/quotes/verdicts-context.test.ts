/**
 * Verdict rules that look just outside the matched passage. They were added while tuning on the
 * gold set's train split (test/eval/quotes), so these fixtures came after the rules: two new
 * ones per rule, English and French where the rule applies to both, none from the gold set.
 */
import { describe, expect, it } from 'vitest';
import { checkQuotes } from './check.ts';
import type { SourceDocument } from './match.ts';

function check(source: string, article: string) {
  const sources: SourceDocument[] = [{ id: 'src', title: 'Source', paragraphs: [{ n: 1, text: source }] }];
  const [finding] = checkQuotes({ paragraphs: [{ n: 1, text: article }] }, sources);
  if (!finding) throw new Error('no quotation found');
  return finding;
}

describe('a quotation that opens by replacing the words before the passage', () => {
  it('calls a study turned into a decision divergent when the study verb is outside the quotation (EN)', () => {
    const finding = check(
      'The ministers will examine a levy on short-haul flights departing from regional airports.',
      'The ministers said they would “impose a levy on short-haul flights departing from regional airports”.',
    );
    expect(finding.fidelity).toBe('divergent');
    expect(finding.changes).toContainEqual(expect.objectContaining({ kind: 'modality' }));
  });
  it('calls a study turned into a decision divergent when the study verb is outside the quotation (FR)', () => {
    expect(
      check(
        'Nous étudierons la mise en place d’un guichet unique pour les entreprises exportatrices.',
        'Les ministres vont « ouvrir un guichet unique pour les entreprises exportatrices ».',
      ).fidelity,
    ).toBe('divergent');
  });
  it('calls an actor named with figures (G20) replaced by a country divergent (EN, FR)', () => {
    expect(
      check(
        'The G20 will host a conference on debt relief in the spring. Japan will chair its working group.',
        'Officials said “Japan will host a conference on debt relief in the spring”.',
      ).fidelity,
    ).toBe('divergent');
    expect(
      check(
        'Le G7 financera un programme de vaccination dans la région. La France en assurera le suivi.',
        'Selon le texte, « la France financera un programme de vaccination dans la région ».',
      ).fidelity,
    ).toBe('divergent');
  });
});

describe('a finite verb quoted from an infinitive governed by a modal outside the quotation', () => {
  it('calls “pourrions … accueillir” quoted as “accueillera” divergent', () => {
    expect(
      check(
        'Nous pourrions, si les conditions le permettent, accueillir à Lyon le prochain sommet régional.',
        'La ville « accueillera à Lyon le prochain sommet régional », selon le texte.',
      ).fidelity,
    ).toBe('divergent');
  });
  it('calls “devrions … rejoindre” quoted as “rejoindrons” divergent, but keeps an infinitive quoted from a future', () => {
    expect(
      check(
        'Nous devrions, dès que possible, rejoindre l’initiative pour les corridors verts.',
        'Le ministre a dit : « nous rejoindrons l’initiative pour les corridors verts ».',
      ).fidelity,
    ).toBe('divergent');
    expect(
      check(
        'Nous rejoindrons l’initiative pour les corridors verts dès cette année.',
        'Le ministre a promis de « rejoindre l’initiative pour les corridors verts ».',
      ).fidelity,
    ).toBe('paraphrase');
  });
});

describe('a past tense quoted from a verb after “will” outside the quotation', () => {
  it('calls “will double” quoted as “doubled …” divergent, and “will double” quoted as “double …” exact', () => {
    expect(
      check(
        'We will double our contribution to the regional adaptation fund.',
        'The minister said the government “doubled our contribution to the regional adaptation fund”.',
      ).fidelity,
    ).toBe('divergent');
    expect(
      check(
        'We will double our contribution to the regional adaptation fund.',
        'The minister promised to “double our contribution to the regional adaptation fund”.',
      ).fidelity,
    ).toBe('exact');
  });
});

describe('lists and clauses', () => {
  it('does not call a coordinator inside the quotation a list cut short when the list is not at its end (EN, FR)', () => {
    expect(
      check(
        'Farmers and fishers are hit first. We will widen their access to credit and insurance.',
        'They will “widen the access of farmers and fishers to credit”, the text says.',
      ).changes.some((c) => c.kind === 'scope'),
    ).toBe(false);
    expect(
      check(
        'Nous élargirons leur accès au crédit et à l’assurance, et nous simplifierons les démarches.',
        'Ils vont « élargir leur accès au crédit et à l’assurance », dit le texte.',
      ).changes.some((c) => c.kind === 'scope'),
    ).toBe(false);
  });
  it('calls a whole dropped clause with a study verb in it an omission, not a change of modality (FR, EN)', () => {
    const fr = check(
      'Nous renforcerons la surveillance des côtes, étudierons la création de patrouilles communes et accroîtrons nos exercices. Cette coopération améliorera notre réponse.',
      '« Nous renforcerons la surveillance des côtes. Cette coopération améliorera notre réponse », dit le texte.',
    );
    expect(fr.changes.some((c) => c.kind === 'modality')).toBe(false);
    expect(fr.changes).toContainEqual(expect.objectContaining({ kind: 'omission' }));
    const en = check(
      'We will expand coastal patrols, examine options for shared aircraft and hold more joint exercises. This will improve our response.',
      '“We will expand coastal patrols. This will improve our response,” the text says.',
    );
    expect(en.changes.some((c) => c.kind === 'modality')).toBe(false);
  });
  it('takes in a qualifier the quotation moved from just outside the passage (EN, FR)', () => {
    expect(
      check(
        'We recognise that in some cases further support will be needed.',
        'They said “further support will be needed in some cases”.',
      ).fidelity,
    ).toBe('paraphrase');
    expect(
      check(
        'Nous savons que dans certains cas un soutien supplémentaire sera nécessaire.',
        'Selon eux, « un soutien supplémentaire sera nécessaire dans certains cas ».',
      ).fidelity,
    ).toBe('paraphrase');
  });
});
