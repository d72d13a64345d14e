/**
 * The verdict rules of issue 14: a change that can alter what a text commits to is divergent,
 * a rewording the tool cannot vouch for is "reworded — check", and only changes it can explain
 * (word forms, function words, order, omissions, spelling) are paraphrase or minor. Two
 * fixtures per rule, one English and one French, none taken from the sample documents.
 */
import { describe, expect, it } from 'vitest';
import { checkQuotes } from './check.ts';
import { classifyQuote } from './classify.ts';
import type { SourceDocument } from './match.ts';
import { tokenize } from './tokens.ts';

const classify = (source: string, quote: string) => classifyQuote(source, tokenize(source), quote, tokenize(quote));
const verdict = (source: string, quote: string) => classify(source, quote).fidelity;

describe('modal and commitment verbs', () => {
  it('calls a changed modal divergent (EN: may → will)', () => {
    const result = classify(
      'Our officials may propose a common framework by 2027',
      'Our officials will propose a common framework by 2027',
    );
    expect(result.fidelity).toBe('divergent');
    expect(result.changes).toContainEqual(expect.objectContaining({ kind: 'modality', significant: true }));
  });
  it('calls a changed modal divergent (FR: doivent → devraient)', () => {
    expect(
      verdict(
        'Les États doivent ratifier la convention avant la fin de l’année',
        'Les États devraient ratifier la convention avant la fin de l’année',
      ),
    ).toBe('divergent');
  });
  it('calls a study turned into a decision divergent (EN)', () => {
    const result = classify(
      'We will consider a phased ban on single-use plastics in federal buildings',
      'We will introduce a phased ban on single-use plastics in federal buildings',
    );
    expect(result.fidelity).toBe('divergent');
    expect(result.changedWords).toContain('introduce');
  });
  it('calls a study turned into a decision divergent (FR)', () => {
    expect(
      verdict(
        'Nous étudierons la création d’un fonds pour les bibliothèques rurales',
        'Nous créerons un fonds pour les bibliothèques rurales',
      ),
    ).toBe('divergent');
  });
  it('calls a dropped conditional divergent (FR: pourraient → pourront)', () => {
    expect(
      verdict(
        'Les régions pourraient recevoir une dotation supplémentaire',
        'Les régions pourront recevoir une dotation supplémentaire',
      ),
    ).toBe('divergent');
  });
  it('calls a modal dropped divergent (EN: could help → helps)', () => {
    expect(
      verdict(
        'the new corridor could reduce transit times by a third',
        'the new corridor reduces transit times by a third',
      ),
    ).toBe('divergent');
  });
});

describe('qualifiers of strength', () => {
  it('calls a dropped or changed qualifier divergent (EN), whatever the replacing word', () => {
    expect(
      verdict(
        'We strongly oppose any unilateral change to the status quo',
        'We oppose any unilateral change to the status quo',
      ),
    ).toBe('divergent');
    expect(
      verdict('We are firmly committed to the peace process', 'We are squarely committed to the peace process'),
    ).toBe('divergent');
    expect(
      verdict('We are squarely committed to the peace process', 'We are firmly committed to the peace process'),
    ).toBe('divergent');
  });
  it('calls a dropped qualifier divergent (FR)', () => {
    const result = classify(
      'Les deux pays soutiendront pleinement la candidature de la ville',
      'Les deux pays soutiendront la candidature de la ville',
    );
    expect(result.fidelity).toBe('divergent');
    expect(result.changes).toContainEqual(expect.objectContaining({ kind: 'qualifier', from: 'pleinement' }));
  });
  it('calls a changed quantifier divergent (EN: all → some; FR: tous → certains)', () => {
    expect(
      verdict('all member states must report their emissions', 'some member states must report their emissions'),
    ).toBe('divergent');
    expect(
      verdict('tous les pays membres transmettront leurs données', 'certains pays membres transmettront leurs données'),
    ).toBe('divergent');
  });
});

describe('actors', () => {
  it('calls a changed role divergent (EN: leaders → ministers)', () => {
    const result = classify(
      'Leaders will decide on the next steps at the spring summit',
      'Ministers will decide on the next steps at the spring summit',
    );
    expect(result.fidelity).toBe('divergent');
    expect(result.changes).toContainEqual(expect.objectContaining({ kind: 'actor', significant: true }));
  });
  it('calls a changed role divergent (FR: ministres → dirigeants)', () => {
    expect(verdict('Les ministres se réuniront à Dakar en mars', 'Les dirigeants se réuniront à Dakar en mars')).toBe(
      'divergent',
    );
  });
  it('calls a changed country divergent, even when the new one is named elsewhere in the paragraph', () => {
    const source = (text: string): SourceDocument => ({ id: 's', title: 'S', paragraphs: [{ n: 1, text }] });
    const article = (text: string) => ({ paragraphs: [{ n: 1, text }] });
    const en = checkQuotes(
      article('The office said “Norway will finance the new survey vessel for the fisheries institute.”'),
      [
        source(
          'The Nordic Council will finance the new survey vessel for the fisheries institute. Norway will host the crew training.',
        ),
      ],
    );
    expect(en[0]?.fidelity).toBe('divergent');
    const fr = checkQuotes(
      article('Le texte indique que « la Belgique financera le nouveau navire de recherche de l’institut ».'),
      [
        source(
          'L’Union européenne financera le nouveau navire de recherche de l’institut. La Belgique accueillera la formation des équipages.',
        ),
      ],
    );
    expect(fr[0]?.fidelity).toBe('divergent');
  });
  it('accepts a generic actor word for the same generic actor (countries/nations, pays/nations)', () => {
    expect(
      verdict(
        'open to other like-minded countries that share our goals',
        'open to other like-minded nations that share our goals',
      ),
    ).toBe('paraphrase');
    expect(
      verdict(
        'ouvert à d’autres pays qui partagent nos objectifs',
        'ouvert à d’autres nations qui partagent nos objectifs',
      ),
    ).toBe('paraphrase');
  });
});

describe('tense', () => {
  it('calls a future turned into a past fact divergent (EN)', () => {
    expect(
      verdict('We will double our investment in public research', 'We doubled our investment in public research'),
    ).toBe('divergent');
  });
  it('calls a future turned into a past fact divergent (FR), but not a future passive', () => {
    expect(
      verdict(
        'Nous doublerons nos investissements dans la recherche publique',
        'Nous avons doublé nos investissements dans la recherche publique',
      ),
    ).toBe('divergent');
    expect(
      verdict(
        'l’avenir du pays ne se décidera pas sans ses citoyens',
        'l’avenir du pays ne sera pas décidé sans ses citoyens',
      ),
    ).toBe('paraphrase');
  });
});

describe('forms that keep the meaning', () => {
  it('calls a number written another way minor (EN twelve → 12, FR trois → 3)', () => {
    expect(verdict('to extend its mandate by twelve months', 'to extend its mandate by 12 months')).toBe('minor');
    expect(verdict('plus de trois millions de personnes déplacées', 'plus de 3 millions de personnes déplacées')).toBe(
      'minor',
    );
  });
  it('calls an omission marked by an ellipsis minor (EN, FR)', () => {
    expect(
      verdict('to deter, defend against and counter hybrid attacks', 'to deter … and counter hybrid attacks'),
    ).toBe('minor');
    expect(
      verdict(
        'nous protégerons les zones humides, les forêts et les littoraux',
        'nous protégerons les zones humides (…) et les littoraux',
      ),
    ).toBe('minor');
  });
  it('calls the same verb in another person a paraphrase (FR: réaffirmons → réaffirment; EN: reaffirm → reaffirms)', () => {
    expect(
      verdict(
        'Nous réaffirmons notre engagement envers le multilatéralisme',
        'réaffirment leur engagement envers le multilatéralisme',
      ),
    ).toBe('paraphrase');
    expect(
      verdict('We reaffirm our commitment to multilateralism', 'reaffirms its commitment to multilateralism'),
    ).toBe('paraphrase');
  });
  it('calls a dropped light word or pronoun a paraphrase (EN, FR)', () => {
    expect(
      verdict('continue our efforts to ensure the return of the refugees', 'continue efforts to return the refugees'),
    ).toBe('paraphrase');
    expect(
      verdict(
        'Nos experts présenteront un rapport lors de la réunion, qui se tiendra à Genève',
        'Les experts présenteront un rapport lors de la réunion, à Genève',
      ),
    ).toBe('paraphrase');
  });
});

describe('rewording the tool cannot vouch for', () => {
  it('says reworded, with the changed words, for an unexplained change of a content word (EN)', () => {
    const result = classify(
      'pollution is a grave threat to drinking water',
      'pollution is a grave danger to drinking water',
    );
    expect(result.fidelity).toBe('reworded');
    expect(result.changedWords).toEqual(['danger']);
    expect(result.diff).toContainEqual({ op: 'insert', text: 'danger ', changed: true });
  });
  it('says reworded for an unexplained change of a content word (FR)', () => {
    const result = classify(
      'la pollution est une menace pour l’eau potable',
      'la pollution est un péril pour l’eau potable',
    );
    expect(result.fidelity).toBe('reworded');
    expect(result.changedWords).toContain('péril');
  });
});

describe('scope', () => {
  it('calls an item dropped from a list divergent (EN)', () => {
    expect(
      verdict(
        'investment in their training, their protection and their working conditions',
        'investment in their training and their working conditions',
      ),
    ).toBe('divergent');
  });
  it('calls a list closed before its last item divergent (FR)', () => {
    expect(
      checkQuotes({ paragraphs: [{ n: 1, text: 'Il promet « un accès égal à la terre et au crédit ».' }] }, [
        {
          id: 's',
          title: 'S',
          paragraphs: [
            { n: 1, text: 'Nos programmes garantiront un accès égal à la terre, au crédit et à la formation.' },
          ],
        },
      ])[0]?.fidelity,
    ).toBe('divergent');
  });
});
