/**
 * Omissions and moves that used to pass as faithful. Found by quoting texts nobody on the
 * project had written (a water ministers' statement, a forest ministers' communiqué); these
 * fixtures are new again, English and French, so that each rule is seen on a second text.
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

const FAITHFUL = ['exact', 'minor', 'paraphrase'];

describe('a modifier dropped from a phrase the quotation keeps', () => {
  it('is not a paraphrase: "regional airports" quoted as "airports" (EN)', () => {
    const finding = check(
      'The Authority will not approve new runways at regional airports before 2030.',
      'The Authority said it “will not approve new runways at airports before 2030”.',
    );
    expect(FAITHFUL).not.toContain(finding.fidelity);
    expect(finding.changes).toContainEqual(expect.objectContaining({ from: 'regional', to: '' }));
  });
  it('is not a paraphrase: « écoles rurales » quoted as « écoles » (FR)', () => {
    const finding = check(
      'Le ministère financera la rénovation des écoles rurales du nord de la province.',
      'Le ministère « financera la rénovation des écoles du nord de la province ».',
    );
    expect(FAITHFUL).not.toContain(finding.fidelity);
  });
  it('is not a paraphrase when an article is exchanged with it: "an external audit" as "an audit" (EN)', () => {
    expect(FAITHFUL).not.toContain(
      check(
        'Each agency shall commission an external audit of its procurement every two years.',
        'Each agency “shall commission an audit of its procurement every two years”.',
      ).fidelity,
    );
  });
  it('stays a paraphrase when a whole clause set off by a comma or a relative pronoun is dropped (EN, FR)', () => {
    expect(
      check(
        'The board will publish its findings at the annual meeting, which follows the budget vote in March.',
        'The board “will publish its findings at the annual meeting in March”.',
      ).fidelity,
    ).toBe('paraphrase');
    expect(
      check(
        'Le comité publiera les conclusions que le groupe de travail a rédigées dans un court rapport.',
        'Le comité « publiera les conclusions dans un court rapport ».',
      ).fidelity,
    ).toBe('paraphrase');
  });
});

describe('a word taken from elsewhere in the passage', () => {
  it('does not make a replaced word a change of order (EN)', () => {
    const finding = check(
      'Several delegations opposed mandatory caps. Most delegations backed flexible caps for the next two years.',
      'Reports said “most delegations backed mandatory caps for the next two years”.',
    );
    expect(FAITHFUL).not.toContain(finding.fidelity);
  });
  it('does not make a replaced word a change of order (FR)', () => {
    const finding = check(
      'Quelques pays ont rejeté les plafonds obligatoires. La plupart des pays ont appuyé des plafonds souples pour les deux prochaines années.',
      'Selon le texte, « la plupart des pays ont appuyé des plafonds obligatoires pour les deux prochaines années ».',
    );
    expect(FAITHFUL).not.toContain(finding.fidelity);
  });
  it('does not move a qualifier across a sentence: "Most" of the next sentence for the "Several" of this one (EN, FR)', () => {
    const en = check(
      'Several delegations opposed mandatory caps. Most delegations backed flexible caps.',
      'The text said “most delegations opposed mandatory caps”.',
    );
    expect(en.fidelity).toBe('divergent');
    const fr = check(
      'Certaines provinces ont refusé les quotas. La plupart des provinces ont soutenu les cibles.',
      'Le texte dit que « la plupart des provinces ont refusé les quotas ».',
    );
    expect(fr.fidelity).toBe('divergent');
  });
});

describe('a partial quotation that starts just after a qualifier of the source', () => {
  it('is divergent when it claims the start of the sentence (EN, FR)', () => {
    expect(
      check(
        'We note that some provinces have not met the reporting deadline.',
        'The note says “Provinces have not met the reporting deadline”.',
      ).fidelity,
    ).toBe('divergent');
    expect(
      check(
        'Nous constatons que certaines provinces n’ont pas respecté le délai de déclaration.',
        'La note indique : « Provinces n’ont pas respecté le délai de déclaration ».',
      ).fidelity,
    ).toBe('divergent');
  });
  it('asks for a check when it opens in lower case, with the dropped word shown (EN, FR)', () => {
    const en = check(
      'The council firmly rejects any delay to the cleanup of the harbour.',
      'The council “rejects any delay to the cleanup of the harbour”, its chair said.',
    );
    expect(FAITHFUL).not.toContain(en.fidelity);
    expect(en.changes).toContainEqual(expect.objectContaining({ from: 'firmly', to: '' }));
    const fr = check(
      'Le conseil rejette fermement tout report du nettoyage du port.',
      'Le conseil « rejette tout report du nettoyage du port », selon sa présidente.',
    );
    // "fermement" follows the verb here: the passage does not start after it, nothing is dropped.
    expect(fr.fidelity).toBe('divergent');
  });
  it('is exact when the article keeps the qualifier outside the quotation marks (EN)', () => {
    expect(
      check(
        'The council firmly rejects any delay to the cleanup of the harbour.',
        'The council firmly “rejects any delay to the cleanup of the harbour”, its chair said.',
      ).fidelity,
    ).toBe('exact');
  });
});

describe('an omission marked by an ellipsis', () => {
  it('is minor when the stretch left out holds a date or a partner (EN, FR)', () => {
    expect(
      check(
        'The agency will open a regional office in Yellowknife by June 2027, with a staff of twelve.',
        'The agency “will open a regional office … with a staff of twelve”.',
      ).fidelity,
    ).toBe('minor');
    expect(
      check(
        'L’agence ouvrira un bureau régional avec la Norvège et l’Islande, doté de douze employés.',
        'L’agence « ouvrira un bureau régional […] doté de douze employés ».',
      ).fidelity,
    ).toBe('minor');
  });
  it('is divergent when the stretch left out is a negation or a modal (EN, FR)', () => {
    expect(
      check(
        'The agency will not open a regional office before the review is complete.',
        'The agency “will … open a regional office before the review is complete”.',
      ).fidelity,
    ).toBe('divergent');
    expect(
      check(
        'L’agence pourrait ouvrir un bureau régional après l’examen.',
        'L’agence « […] ouvrir un bureau régional après l’examen ».',
      ).fidelity,
    ).not.toBe('minor');
  });
});

describe('an ellipsis joining paragraphs that are not adjacent', () => {
  function checkIn(paragraphs: string[], article: string) {
    const sources: SourceDocument[] = [
      { id: 'src', title: 'Source', paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })) },
    ];
    const [finding] = checkQuotes({ paragraphs: [{ n: 1, text: article }] }, sources);
    if (!finding) throw new Error('no quotation found');
    return finding;
  }
  const EN = [
    'The council will open two shelters for the winter in the east end.',
    'Volunteers will be trained by the provincial health agency.',
    'Funding for the shelters comes from the municipal housing reserve.',
    'The council firmly supports the outreach teams that work at night.',
  ];
  const FR = [
    'Le conseil ouvrira deux refuges pour l’hiver dans l’est de la ville.',
    'Les bénévoles seront formés par l’agence provinciale de santé.',
    'Le financement des refuges provient de la réserve municipale de logement.',
    'Le conseil appuie fermement les équipes de proximité qui travaillent la nuit.',
  ];
  it('is minor when each part is the source’s words (EN, FR)', () => {
    const en = checkIn(
      EN,
      'It said “the council will open two shelters … The council firmly supports the outreach teams”.',
    );
    expect(en.fidelity).toBe('minor');
    expect(en.source).toMatchObject({ paragraph: 1 });
    const fr = checkIn(
      FR,
      'Selon le texte, « le conseil ouvrira deux refuges […] Le conseil appuie fermement les équipes de proximité ».',
    );
    expect(fr.fidelity).toBe('minor');
  });
  it('is divergent when a part drops a qualifier (EN, FR)', () => {
    expect(
      checkIn(EN, 'It said “the council will open two shelters … The council supports the outreach teams”.').fidelity,
    ).toBe('divergent');
    expect(
      checkIn(FR, 'Selon le texte, « le conseil ouvrira deux refuges […] Le conseil appuie les équipes de proximité ».')
        .fidelity,
    ).toBe('divergent');
  });
  it('is not minor when the parts are quoted in the other order (EN)', () => {
    expect(
      checkIn(EN, 'It said “the council firmly supports the outreach teams … the council will open two shelters”.')
        .fidelity,
    ).not.toMatch(/^(exact|minor)$/);
  });
});
