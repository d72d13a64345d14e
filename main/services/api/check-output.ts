/**
 * A handler's answer checked against its schema. A long list (every summary of a big library)
 * is checked a slice of rows at a time, with other calls let in between, so that checking it
 * never holds the event loop for the whole list.
 */
import { z } from 'zod';
import { yieldToLoop } from '../tasks/yield.ts';

/** Rows checked between two turns of the event loop. */
export const CHECK_SLICE = 2_000;

export async function checkOutput(schema: z.ZodType, value: unknown): Promise<unknown> {
  const sliceable =
    schema instanceof z.ZodArray &&
    // A bound on the list itself (max length) is checked on the whole list, as zod does.
    (schema._zod.def.checks ?? []).length === 0 &&
    Array.isArray(value) &&
    value.length > CHECK_SLICE;
  if (!sliceable) {
    return schema.parse(value);
  }
  const element = (schema as z.ZodArray<z.ZodType>).element;
  const checked: unknown[] = [];
  for (let start = 0; start < value.length; start += CHECK_SLICE) {
    if (start > 0) await yieldToLoop();
    for (const row of value.slice(start, start + CHECK_SLICE)) checked.push(element.parse(row));
  }
  return checked;
}
