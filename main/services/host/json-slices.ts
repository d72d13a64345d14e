/**
 * An API answer as JSON text, a long list written a slice of rows at a time with other
 * messages let in between: serializing every summary of a big library at once would hold the
 * service host for the whole list. The text is exactly `JSON.stringify(result)`.
 */
import { yieldToLoop } from '../tasks/yield.ts';

/** Rows serialized between two turns of the event loop. */
export const JSON_SLICE = 2_000;

export async function jsonInSlices(result: unknown): Promise<string> {
  const value = (result as { ok?: unknown; value?: unknown } | null)?.value;
  const plain =
    result !== null &&
    typeof result === 'object' &&
    Object.keys(result).join() === 'ok,value' &&
    (result as { ok?: unknown }).ok === true &&
    Array.isArray(value) &&
    value.length > JSON_SLICE;
  if (!plain) return JSON.stringify(result);
  const rows = value as unknown[];
  const parts: string[] = [];
  for (let start = 0; start < rows.length; start += JSON_SLICE) {
    if (start > 0) await yieldToLoop();
    // Each slice as JSON.stringify writes an array, without its brackets (undefined rows become null there too).
    parts.push(JSON.stringify(rows.slice(start, start + JSON_SLICE)).slice(1, -1));
  }
  return `{"ok":true,"value":[${parts.join(',')}]}`;
}
