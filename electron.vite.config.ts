import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Three bundles: main (ESM, Node), preload (CommonJS: a sandboxed preload cannot be ESM)
// and the renderer (the same build serves Electron and browser mode).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The service host (the utility process that runs the library) and the worker threads
        // are entries of their own (out/main/<name>.js), found at run time beside the main
        // bundle (main/services/worker-entry.ts): the import worker, the maintenance worker
        // (backups, integrity check).
        input: {
          index: resolve('main/electron/index.ts'),
          'service-host': resolve('main/electron/service-host.ts'),
          'import-worker': resolve('main/services/import/import-worker.ts'),
          'maintenance-worker': resolve('main/services/maintenance/maintenance-worker.ts'),
        },
        // Loaded only outside Electron (browser mode and CLI print with a system Chromium);
        // the desktop app prints with Electron itself and does not ship it.
        external: ['playwright-core'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Bundle the one shared module the preload uses: a sandboxed preload can only require 'electron'.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('main/electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default: ship it minified (less to
      // parse at every start, in the app and in browser mode).
      minify: true,
      // No inline module-preload polyfill: the CSP allows no inline script.
      modulePreload: { polyfill: false },
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
