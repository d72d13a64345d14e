import { describe, expect, it } from 'vitest';
import { evaluateGoldSet } from './evaluate.ts';

describe('pairing gold set (npm run eval:pairs)', () => {
  it('pairs ≥ 98 % of validation pairs right, flags every wrong pair, and refuses what is not a translation', async () => {
    const evaluation = await evaluateGoldSet();
    for (const { results } of evaluation.splits) {
      expect(results.filter((r) => r.problem).map((r) => `${r.name}: ${r.problem}`)).toEqual([]);
    }
    const validation = evaluation.splits.find((s) => s.split === 'validation');
    expect(validation?.total.truthPairs).toBeGreaterThan(80);
    expect((validation?.total.exact ?? 0) / (validation?.total.truthPairs ?? 1)).toBeGreaterThanOrEqual(0.98);
    for (const { total } of evaluation.splits) expect(total.wrongFlagged).toBe(total.wrongPairs);
    expect(evaluation.unrelated.refused).toBe(evaluation.unrelated.tried);
    expect(evaluation.sameLanguage.refused).toBe(evaluation.sameLanguage.tried);
  });
});
