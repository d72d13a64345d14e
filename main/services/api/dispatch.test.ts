import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, API_CHANNELS, apiContract } from '../../../shared/api/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { dispatch } from './dispatch.ts';
import type { ApiHandlers } from './handler.ts';
import { apiHandlers } from './handlers.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (api = await makeApiContext({ seed: true })));
afterEach(() => api.close());

describe('dispatch', () => {
  it('has a handler and schemas for every channel', () => {
    expect(Object.keys(apiHandlers).sort()).toEqual([...API_CHANNELS].sort());
    expect(Object.keys(apiContract).sort()).toEqual([...API_CHANNELS].sort());
  });

  it('runs a valid call and returns its validated output', async () => {
    const result = await dispatch(apiHandlers, api.context, 'documents:list', {});
    expect(result.ok).toBe(true);
    expect(result.ok && Array.isArray(result.value) && result.value.length).toBe(2);
  });

  it('refuses unknown methods and invalid input before any handler runs', async () => {
    let ran = false;
    const spy = { ...apiHandlers, 'documents:get': async () => ((ran = true), undefined as never) } as ApiHandlers;
    expect(await dispatch(spy, api.context, 'documents:drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(await dispatch(spy, api.context, 'documents:get', { id: "x'; DROP TABLE documents;--" })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatch(spy, api.context, 'documents:get', { id: 'abc', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatch(spy, api.context, 'documents:get', 'not an object')).toMatchObject({ ok: false });
    expect(ran).toBe(false);
  });

  it('returns typed errors from handlers and hides unexpected ones', async () => {
    expect(await dispatch(apiHandlers, api.context, 'documents:get', { id: 'missing' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('missing') },
    });
    const logged: unknown[] = [];
    const failing = {
      ...apiHandlers,
      'documents:list': async () => {
        throw new Error('SQLITE_CORRUPT at /secret/path');
      },
    } as ApiHandlers;
    const result = await dispatch(failing, api.context, 'documents:list', {}, (_c, e) => void logged.push(e));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(logged).toHaveLength(1);
    const typed = {
      ...apiHandlers,
      'documents:list': async () => {
        throw new ApiError('conflict', 'busy');
      },
    } as ApiHandlers;
    expect(await dispatch(typed, api.context, 'documents:list', {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'busy' },
    });
  });

  it('refuses output that breaks the contract', async () => {
    const leaky = { ...apiHandlers, 'documents:list': async () => [{ id: 1 }] } as unknown as ApiHandlers;
    const result = await dispatch(leaky, api.context, 'documents:list', {}, () => {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('imports through the API and reports import failures as import-failed', async () => {
    const dataBase64 = Buffer.from('Title line\n\nA paragraph of text.\n').toString('base64');
    const result = await dispatch(apiHandlers, api.context, 'documents:import', { fileName: 'a.txt', dataBase64 });
    expect(result).toMatchObject({ ok: true, value: { outcome: 'imported' } });
    const empty = await dispatch(apiHandlers, api.context, 'documents:import', { fileName: 'e.txt', dataBase64: '' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'import-failed' } });
  });
});
