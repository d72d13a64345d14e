import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHECK_SLICE, checkOutput } from './check-output.ts';

const Row = z.object({ id: z.string(), n: z.number() });
const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `r${i}`, n: i, extra: 'dropped' }));

describe('checkOutput', () => {
  it('checks a long list a slice at a time, letting other work run in between', async () => {
    const order: string[] = [];
    const checking = checkOutput(z.array(Row), rows(CHECK_SLICE * 3)).then((value) => {
      order.push('checked');
      return value;
    });
    setImmediate(() => order.push('other work'));
    const checked = (await checking) as Array<Record<string, unknown>>;
    expect(order).toEqual(['other work', 'checked']);
    expect(checked).toHaveLength(CHECK_SLICE * 3);
    // Checked as the schema says: unknown fields are left out, as a whole-list parse does.
    expect(checked[CHECK_SLICE * 2 + 5]).toEqual({ id: `r${CHECK_SLICE * 2 + 5}`, n: CHECK_SLICE * 2 + 5 });
  });

  it('refuses a long list with one bad row in its last slice', async () => {
    const list: unknown[] = rows(CHECK_SLICE * 2 + 10);
    list[CHECK_SLICE * 2 + 3] = { id: 7, n: 'x' };
    await expect(checkOutput(z.array(Row), list)).rejects.toThrow();
  });

  it('checks a bounded list whole, with its bound', async () => {
    await expect(checkOutput(z.array(Row).max(CHECK_SLICE), rows(CHECK_SLICE + 1))).rejects.toThrow();
    await expect(checkOutput(z.object({ a: z.string() }), { a: 'b', c: 1 })).resolves.toEqual({ a: 'b' });
  });
});
