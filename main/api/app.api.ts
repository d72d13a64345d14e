import type { ApiHandlers } from './handler.ts';

export const appHandlers: ApiHandlers<'app:info'> = {
  'app:info': async (_input, context) => ({
    name: 'Précis',
    version: context.version,
    mode: context.mode,
    storePath: context.storePath,
    readOnly: context.readOnly === true,
  }),
};
