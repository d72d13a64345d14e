import type { ApiHandlers } from './handler.ts';

/** How long `app:events` waits before answering with no event (the page polls again). */
export const EVENTS_POLL_MS = 25_000;

export const appHandlers: ApiHandlers<'app:info' | 'app:events'> = {
  'app:info': async (_input, context) => ({
    name: 'Précis',
    version: context.version,
    mode: context.mode,
    storePath: context.storePath,
    readOnly: context.readOnly === true,
  }),
  'app:events': async ({ after }, { events }) => events.next(after, EVENTS_POLL_MS),
};
