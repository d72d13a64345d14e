import { describe, expect, it } from 'vitest';
import { classifyQuote } from './classify.ts';
import { tokenize } from './tokens.ts';

const classify = (source: string, quote: string) => classifyQuote(source, tokenize(source), quote, tokenize(quote));

describe('classifyQuote', () => {
  it('calls a quotation exact when only typography, case and spacing differ', () => {
    const result = classify('Russia’s war of aggression   is a violation', "russia's War of aggression is a violation");
    expect(result.fidelity).toBe('exact');
    expect(result.changes).toEqual([]);
    expect(result.diff).toEqual([{ op: 'equal', text: "russia's War of aggression is a violation" }]);
  });

  it('calls spelling variants, punctuation and articles minor', () => {
    expect(classify('a strong defence relationship', 'a strong defense relationship')).toMatchObject({
      fidelity: 'minor',
      changes: [{ from: 'defence', to: 'defense', kind: 'spelling', significant: false }],
    });
    expect(
      classify('sovereignty, independence and integrity', 'sovereignty, independence, and integrity'),
    ).toMatchObject({ fidelity: 'minor', changes: [{ kind: 'punctuation' }] });
    expect(classify('support for the Ukrainian people', 'support for Ukrainian people')).toMatchObject({
      fidelity: 'minor',
      changes: [{ from: 'the', to: '', kind: 'article' }],
    });
  });

  it('calls other function words, word forms, omissions and light words a paraphrase', () => {
    expect(classify('continue our efforts to return them', 'continue efforts to return them').fidelity).toBe(
      'paraphrase',
    );
    expect(classify('we are determined to work with them', 'we are determined to working with them')).toMatchObject({
      fidelity: 'paraphrase',
      changes: [{ from: 'work', to: 'working', kind: 'word-form' }],
    });
    expect(classify('to ensure the return of the children', 'to return the children').fidelity).toBe('paraphrase');
    expect(classify('partners to support Ukraine', 'partners to help Ukraine')).toMatchObject({
      fidelity: 'paraphrase',
      changes: [{ from: 'support', to: 'help', kind: 'rewording', significant: false }],
    });
    expect(classify('the Charter of the United Nations', 'the UN Charter').fidelity).toBe('paraphrase');
  });

  it('calls a changed commitment verb with an added qualifier divergent, and marks both words', () => {
    // Issue 14: "determined" → "firmly committed" changes how strongly the text commits.
    const result = classify('We are determined to work with Ukraine', 'We are firmly committed to work with Ukraine');
    expect(result.fidelity).toBe('divergent');
    expect(result.changes).toContainEqual(expect.objectContaining({ kind: 'modality', significant: true }));
    expect(result.changedWords).toEqual(expect.arrayContaining(['firmly', 'committed']));
    expect(result.diff).toContainEqual({ op: 'insert', text: 'firmly committed ', changed: true });
  });

  it('calls an unexplained changed noun reworded, not paraphrase, and reports the change', () => {
    const result = classify('to thwart Russia’s war of aggression', 'to thwart Russia’s war of conquest');
    expect(result.fidelity).toBe('reworded');
    expect(result.changes).toEqual([
      { from: 'aggression', to: 'conquest', kind: 'content', significant: false, changedWords: ['conquest'] },
    ]);
    expect(result.diff).toEqual([
      { op: 'equal', text: 'to thwart Russia’s war of ' },
      { op: 'delete', text: 'aggression ' },
      { op: 'insert', text: 'conquest', changed: true },
    ]);
  });

  it('calls "as long as it takes" → "as long as necessary" divergent: a word of necessity came in', () => {
    expect(classify('as long as it takes to thwart them', 'as long as necessary to stop them').fidelity).toBe(
      'divergent',
    );
  });

  it('calls a changed number or a dropped negation divergent', () => {
    expect(classify('protect at least 30 % of the oceans', 'protect at least 40 % of the oceans')).toMatchObject({
      fidelity: 'divergent',
      changes: [{ from: '30', to: '40', kind: 'number', significant: true }],
    });
    expect(classify('tens of thousands of soldiers', 'thousands of soldiers').fidelity).toBe('divergent');
    expect(classify('we will not support mining', 'we will support mining')).toMatchObject({
      fidelity: 'divergent',
      changes: [{ from: 'not', to: '', kind: 'negation', significant: true }],
    });
  });

  it('gives the quotation back from its diff, punctuation included', () => {
    const quote = 'We, the partners, will “firmly” support the Charter; no doubt.';
    const source = 'We, as partners, will support the Charter of the United Nations. No doubt.';
    const { diff } = classify(source, quote);
    expect(
      diff
        .filter((s) => s.op !== 'delete')
        .map((s) => s.text)
        .join(''),
    ).toBe(quote.replace(/\.$/, ''));
  });

  it('treats words the quotation moved as a change of order, not of content', () => {
    const result = classify(
      'As part of the Contact Group, we will strengthen our cooperation on training',
      'strengthen cooperation on training within the Contact Group',
    );
    expect(result.fidelity).toBe('paraphrase');
    expect(result.changes.some((c) => c.kind === 'word-order')).toBe(true);
    expect(result.changedWords).toEqual([]);
  });
});
