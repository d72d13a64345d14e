import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_CHANNELS } from '../../shared/api/index.ts';
import { makeApiContext } from '../../test/support/api-context.ts';
import { dispatch } from '../services/api/dispatch.ts';
import { apiHandlers } from '../services/api/handlers.ts';
import { registerIpcApi, type ApiForwarder } from './ipc-gate.ts';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<string>;

let api: Awaited<ReturnType<typeof makeApiContext>>;
let forwarded: number;
beforeEach(async () => {
  api = await makeApiContext({ seed: true });
  forwarded = 0;
});
afterEach(() => api.close());

/** Forwards as the service host does: dispatch, then the Result as JSON text. */
const forward: ApiForwarder = async (channel, input) => {
  forwarded += 1;
  return JSON.stringify(await dispatch(apiHandlers, api.context, channel, input));
};

function fakeIpcMain() {
  const registered = new Map<string, Listener>();
  return { registered, handle: (channel: string, listener: Listener) => void registered.set(channel, listener) };
}

const answer = async (listener: Listener | undefined, input: unknown) =>
  JSON.parse((await listener?.({} as IpcMainInvokeEvent, input)) ?? 'null') as unknown;

describe('registerIpcApi', () => {
  it('registers exactly one handler per API method', () => {
    const ipc = fakeIpcMain();
    registerIpcApi(ipc, forward, () => true);
    expect([...ipc.registered.keys()].sort()).toEqual([...API_CHANNELS].sort());
  });

  it('refuses calls from an untrusted sender before forwarding them', async () => {
    const ipc = fakeIpcMain();
    registerIpcApi(ipc, forward, () => false);
    expect(await answer(ipc.registered.get('documents:list'), {})).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.any(String) },
    });
    expect(forwarded).toBe(0);
  });

  it('forwards a trusted sender’s calls, which are validated', async () => {
    const ipc = fakeIpcMain();
    registerIpcApi(ipc, forward, () => true);
    const listen = ipc.registered.get('documents:get');
    expect(await answer(listen, { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await answer(listen, {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await answer(ipc.registered.get('documents:list'), {})).toMatchObject({ ok: true });
  });
});
