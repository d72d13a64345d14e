import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The `precis` command as plain JavaScript for Node (out/cli/), built with the app: bin/precis.js
// runs it when it is newer than the sources, so a command does not strip TypeScript from
// hundreds of files at every call. Dependencies stay in node_modules (not bundled), and the
// worker threads the CLI starts are entries beside it, where main/services/worker-entry.ts looks.
export default defineConfig({
  build: {
    ssr: true,
    target: 'node22',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: {
        precis: resolve('main/shells/cli/precis.ts'),
        'import-worker': resolve('main/services/import/import-worker.ts'),
        'maintenance-worker': resolve('main/services/maintenance/maintenance-worker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
