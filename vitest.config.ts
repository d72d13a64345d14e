import { defineConfig } from 'vitest/config';

// Unit and integration tests sit beside the code (`*.test.ts`); end-to-end suites in test/e2e.
export default defineConfig({
  test: {
    include: ['{main,server,shared,renderer,test}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Generous: CLI and browser tests spawn real processes, and CI machines may be busy.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // expect.poll waits for the page (an import, a render) to get there; 1 s, the default, is
    // too short on a busy two-core machine. A wait, never a timed assertion.
    expect: { poll: { timeout: 15_000 } },
    // Two cores: the e2e suites each launch Chromium; keep the pool small and predictable.
    maxWorkers: 2,
    // node:sqlite is stable in use but still flagged experimental in Node 22.
    execArgv: ['--disable-warning=ExperimentalWarning'],
  },
});
