/**
 * Where the library lives: the per-user data folder Electron calls `userData`
 * (`<appData>/Précis`), shared by the desktop app, browser mode and the CLI.
 * `--store DIR` or `PRECIS_STORE` overrides it.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR_NAME = 'Précis';

/** Electron's `appData` for this platform, computed the same way Electron does. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
}

export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(appDataDir(env), APP_DIR_NAME);
}

/** The store folder: an explicit `--store DIR` first, then `PRECIS_STORE`, then the default. */
export function resolveStoreDir(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  fallback: string = defaultStoreDir(env),
): string {
  if (explicit) return resolve(explicit);
  if (env.PRECIS_STORE) return resolve(env.PRECIS_STORE);
  return fallback;
}
