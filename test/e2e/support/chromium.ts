/** The end-to-end tests drive the same system Chromium that prints packs (main/export/chromium.ts). */
export { findChromium, launchChromium, QUIET_CHROMIUM_ARGS } from '../../../main/export/chromium.ts';
