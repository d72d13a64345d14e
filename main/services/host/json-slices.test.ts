import { describe, expect, it } from 'vitest';
import { JSON_SLICE, jsonInSlices } from './json-slices.ts';

const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    title: `Titre « ${i} » \u2028`,
    date: i % 3 ? null : '2024-01-02',
  }));

describe('jsonInSlices', () => {
  it('writes a long list exactly as JSON.stringify does, letting other work run in between', async () => {
    const result = { ok: true, value: rows(JSON_SLICE * 2 + 7) };
    const order: string[] = [];
    const writing = jsonInSlices(result).then((json) => {
      order.push('written');
      return json;
    });
    setImmediate(() => order.push('other work'));
    const json = await writing;
    expect(order).toEqual(['other work', 'written']);
    expect(json).toBe(JSON.stringify(result));
  });

  it('writes anything else whole', async () => {
    for (const result of [
      { ok: true, value: rows(3) },
      { ok: false, error: { code: 'internal', message: 'x' } },
      { ok: true, value: { total: 1, documents: rows(JSON_SLICE + 1) } },
      { ok: true, value: [] },
    ]) {
      expect(await jsonInSlices(result)).toBe(JSON.stringify(result));
    }
  });
});
