/** The end-to-end tests drive the same system Chromium that prints packs (main/services/export/chromium.ts). */
export { findChromium, launchChromium, QUIET_CHROMIUM_ARGS } from '../../../main/services/export/chromium.ts';
