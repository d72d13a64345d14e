import { useEffect, useRef } from 'react';
import type { ApiOutput } from '../../shared/api/index.ts';
import { call } from '../api/client.ts';

export type AppEvent = ApiOutput<'app:events'>['events'][number];

/**
 * Listens to events from the main side (menu choices, language switches, File ▸ Import…)
 * by long-polling `app:events`; retries after a pause if the app is briefly unreachable.
 */
export function useAppEvents(onEvent: (event: AppEvent) => void): void {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => {
    let stopped = false;
    const loop = async () => {
      let after = -1;
      while (!stopped) {
        try {
          const { seq, events } = await call('app:events', { after });
          after = seq;
          if (!stopped) for (const event of events) handler.current(event);
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 2000));
        }
      }
    };
    void loop();
    return () => {
      stopped = true;
    };
  }, []);
}
