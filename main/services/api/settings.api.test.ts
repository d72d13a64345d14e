import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (api = await makeApiContext()));
afterEach(() => api.close());

const call = (channel: Parameters<typeof dispatch>[2], input: unknown) =>
  dispatch(apiHandlers, api.context, channel, input, () => {});

describe('settings and events', () => {
  it('default to the system language, then remember the user’s choice', async () => {
    api.context.systemLanguage = 'fr';
    expect(await call('settings:get', {})).toEqual({ ok: true, value: { language: 'fr', chosenLanguage: null } });
    expect(await call('settings:set', { language: 'en' })).toEqual({
      ok: true,
      value: { language: 'en', chosenLanguage: 'en' },
    });
    expect(await call('settings:get', {})).toEqual({ ok: true, value: { language: 'en', chosenLanguage: 'en' } });
    expect(await call('settings:set', { language: 'de' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('deliver a language switch to a page waiting on app:events', async () => {
    const start = await call('app:events', { after: -1 });
    const seq = start.ok ? (start.value as { seq: number }).seq : -1;
    const waiting = call('app:events', { after: seq });
    await call('settings:set', { language: 'fr' });
    expect(await waiting).toEqual({
      ok: true,
      value: { seq: seq + 1, events: [{ type: 'language-changed', language: 'fr' }] },
    });
  });
});
