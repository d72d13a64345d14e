/**
 * Test helpers for team sync: real libraries (SQLite in temp folders) opened as the app opens
 * them, with their sync engine, calling the API through the real dispatcher.
 */
import type { ApiChannel, ApiInput, ApiOutput } from '../../shared/api/index.ts';
import { dispatch } from '../../main/services/api/dispatch.ts';
import { apiHandlers } from '../../main/services/api/handlers.ts';
import { openLibrarySession, type LibrarySession } from '../../main/services/library/session.ts';
import { makeTempDir } from '../support/temp.ts';

export interface TestLibrary {
  dir: string;
  session: LibrarySession;
  call: <C extends ApiChannel>(channel: C, input: ApiInput<C>) => Promise<ApiOutput<C>>;
  /** The error message of a call expected to fail. */
  fails: <C extends ApiChannel>(channel: C, input: ApiInput<C>) => Promise<{ code: string; message: string }>;
  reopen: () => Promise<void>;
  close: () => Promise<void>;
}

export async function openTestLibrary(options: { live?: boolean; dir?: string } = {}): Promise<TestLibrary> {
  const temp = options.dir ? undefined : makeTempDir('precis-team-');
  const dir = options.dir ?? (temp as NonNullable<typeof temp>).dir;
  const open = () =>
    openLibrarySession(dir, {
      mode: 'browser',
      version: '0.0.0-test',
      seed: false,
      liveSync: options.live ?? true,
      syncReconnectMs: 1000,
    });
  let session = await open();
  const library: TestLibrary = {
    dir,
    get session() {
      return session;
    },
    async call(channel, input) {
      const result = await dispatch(apiHandlers, session.context, channel, input, (where, error) => {
        throw Object.assign(new Error(`${where}: ${String(error)}`), { cause: error });
      });
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
    async fails(channel, input) {
      const result = await dispatch(apiHandlers, session.context, channel, input);
      if (result.ok) throw new Error(`${channel} succeeded`);
      return result.error;
    },
    async reopen() {
      await session.close();
      session = await open();
    },
    async close() {
      await session.close();
      temp?.cleanup();
    },
  };
  return library;
}

export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
