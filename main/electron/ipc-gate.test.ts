import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_CHANNELS } from '../../shared/api/index.ts';
import { makeApiContext } from '../../test/support/api-context.ts';
import { apiHandlers } from '../services/api/handlers.ts';
import { registerIpcApi } from './ipc-gate.ts';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

let api: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (api = await makeApiContext({ seed: true })));
afterEach(() => api.close());

function fakeIpcMain() {
  const registered = new Map<string, Listener>();
  return { registered, handle: (channel: string, listener: Listener) => void registered.set(channel, listener) };
}

describe('registerIpcApi', () => {
  it('registers exactly one handler per API method', () => {
    const ipc = fakeIpcMain();
    registerIpcApi(ipc, apiHandlers, api.context, () => true);
    expect([...ipc.registered.keys()].sort()).toEqual([...API_CHANNELS].sort());
  });

  it('refuses calls from an untrusted sender before touching the store', async () => {
    const ipc = fakeIpcMain();
    registerIpcApi(ipc, apiHandlers, api.context, () => false);
    const result = await ipc.registered.get('documents:list')?.({} as IpcMainInvokeEvent, {});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
  });

  it('validates input from a trusted sender', async () => {
    const ipc = fakeIpcMain();
    registerIpcApi(ipc, apiHandlers, api.context, () => true);
    const listen = ipc.registered.get('documents:get');
    expect(await listen?.({} as IpcMainInvokeEvent, { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await listen?.({} as IpcMainInvokeEvent, {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
