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
  'packs:list',
  'packs:get',
  'packs:create',
  'packs:update',
  'packs:delete',
  'packs:restore',
  'packs:addItem',
  'packs:updateItem',
  'packs:removeItem',
  'packs:moveItem',
  'packs:createSample',
  'export:pdf',
  'quotes:check',
  'documents:rename',
  'documents:delete',
  'documents:restore',
  'annotations:list',
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'annotations:restore',
  'annotations:confirm',
  'annotations:reattach',
  'annotations:tags',
  'annotations:colors',
  'annotations:setColorLabel',
  'annotations:counts',
  'annotations:export',
  'notes:list',
  'notes:get',
  'notes:create',
  'notes:save',
  'notes:rename',
  'notes:duplicate',
  'notes:delete',
  'notes:undelete',
  'notes:versions',
  'notes:version',
  'notes:check-excerpts',
  'notes:appendMediaLines',
  'library:status',
  'library:backup',
  'library:restore',
  'search:query',
  'search:inDocument',
  'tasks:progress',
  'tasks:cancel',
] as const;

export type ApiChannel = (typeof API_CHANNELS)[number];

export function isApiChannel(value: unknown): value is ApiChannel {
  return typeof value === 'string' && (API_CHANNELS as readonly string[]).includes(value);
}
