/**
 * The names of every API method, `domain:method`. Kept free of schemas so the preload can
 * import it without bundling zod; `contract.ts` is checked against this list at compile time.
 */
// One method per line, so that features adding methods merge cleanly.
// prettier-ignore
export const API_CHANNELS = [
  'app:info',
  'app:events',
  'documents:list',
  'documents:get',
  'documents:import',
  'documents:importProgress',
  'documents:update',
  'documents:restructure',
  'settings:get',
  'settings:set',
  'search:query',
  'search:inDocument',
] as const;

export type ApiChannel = (typeof API_CHANNELS)[number];

export function isApiChannel(value: unknown): value is ApiChannel {
  return typeof value === 'string' && (API_CHANNELS as readonly string[]).includes(value);
}
