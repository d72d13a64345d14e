import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { setSetting } from '../store/settings.store.ts';
import { openLibrary } from '../library/open-library.ts';
import { createApiContext } from './context.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (api = await makeApiContext()));
afterEach(() => api.close());

const call = (channel: Parameters<typeof dispatch>[2], input: unknown, context = api.context) =>
  dispatch(apiHandlers, context, channel, input, () => {});

describe('interface preferences', () => {
  it('start with every pane open and the guide shown', async () => {
    expect(await call('settings:ui', {})).toEqual({
      ok: true,
      value: { panes: { sidebar: true, outline: true, annotations: true }, guideDismissed: false },
    });
  });

  it('change one field at a time and keep the others, across a reopened library', async () => {
    await call('settings:setUi', { panes: { outline: false } });
    const after = await call('settings:setUi', { guideDismissed: true });
    expect(after).toEqual({
      ok: true,
      value: { panes: { sidebar: true, outline: false, annotations: true }, guideDismissed: true },
    });
    // A second connection to the same file (another window, the CLI) reads the same.
    const store = await openLibrary(api.dir, { seed: false });
    try {
      const other = createApiContext({ db: store.db, storePath: store.path, mode: 'cli', version: 'test' });
      expect(await call('settings:ui', {}, other)).toEqual(after);
    } finally {
      store.db.close();
    }
  });

  it('refuse unknown panes and non-boolean values, and leave the store as it was', async () => {
    expect(await call('settings:setUi', { panes: { minimap: true } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('settings:setUi', { guideDismissed: 'yes' })).toMatchObject({ ok: false });
    expect(await call('settings:ui', {})).toMatchObject({ value: { guideDismissed: false } });
  });

  it('read a damaged or partial stored value as far as it goes, defaults for the rest', async () => {
    setSetting(api.context.db, 'ui', '{not json');
    expect(await call('settings:ui', {})).toMatchObject({ ok: true, value: { guideDismissed: false } });
    setSetting(api.context.db, 'ui', JSON.stringify({ panes: { annotations: false, outline: 'no' }, extra: 1 }));
    expect(await call('settings:ui', {})).toEqual({
      ok: true,
      value: { panes: { sidebar: true, outline: true, annotations: false }, guideDismissed: false },
    });
  });
});
