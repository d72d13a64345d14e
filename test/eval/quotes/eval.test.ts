/**
 * The quote check on the whole gold set: no divergent quotation may ever be called exact,
 * minor or paraphrase, and accuracy may not fall below the floors (set just under what the
 * check reaches now: deterministic regression floors, not targets).
 */
import { describe, expect, it } from 'vitest';
import { QuoteFindingSchema } from '../../../shared/api/quotes.ts';
import { CHANGE_KINDS, FIDELITIES } from '../../../shared/quotes/index.ts';
import { evaluateSplit, SPLITS } from './evaluate.ts';

const FLOORS = {
  train: { paragraph: 0.98, fidelity: 0.95 },
  validation: { paragraph: 0.95, fidelity: 0.92 },
} as const;

describe('quote check on the gold set', () => {
  const scores = SPLITS.map(evaluateSplit);

  it('has the gold set the README describes: ≥ 80 quotations, ≥ 40 % French, every class in each split', () => {
    const all = scores.flatMap((s) => s.outcomes);
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(all.filter((o) => o.case.startsWith('fr-')).length / all.length).toBeGreaterThanOrEqual(0.4);
    for (const s of scores)
      for (const fidelity of ['exact', 'minor', 'paraphrase', 'divergent', 'not-found'])
        expect(
          s.outcomes.some((o) => o.truth.fidelity === fidelity),
          `${s.split} has ${fidelity}`,
        ).toBe(true);
  });

  it('never calls a divergent quotation exact, minor or paraphrase', () => {
    const overstated = scores.flatMap((s) =>
      s.outcomes
        .filter((o) => o.truth.fidelity === 'divergent' && ['exact', 'minor', 'paraphrase'].includes(o.verdict))
        .map((o) => `${o.case}: “${o.truth.quote}” → ${o.verdict}`),
    );
    expect(overstated).toEqual([]);
  });

  for (const split of SPLITS) {
    it(`keeps ${split} accuracy above its floors`, () => {
      const s = scores.find((x) => x.split === split);
      if (!s) throw new Error(split);
      expect(s.paragraphRight / s.quotes).toBeGreaterThanOrEqual(FLOORS[split].paragraph);
      expect(s.fidelityRight / s.quotes).toBeGreaterThanOrEqual(FLOORS[split].fidelity);
    });
  }

  it('extracts every gold quotation and nothing else', () => {
    for (const s of scores) {
      expect(s.notExtracted, s.split).toBe(0);
      expect(s.extra, s.split).toBe(0);
    }
  });
});

describe('the API contract', () => {
  it('accepts every fidelity and change kind the check can give', () => {
    const shape = QuoteFindingSchema.shape;
    expect(shape.fidelity.options).toEqual([...FIDELITIES]);
    expect(shape.changes.element.shape.kind.options).toEqual([...CHANGE_KINDS]);
  });
});
