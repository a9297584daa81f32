// Four projects, so that a change can be checked in seconds and the slow checks still run:
// - unit: logic, SQLite in temporary files and the services in this process; nothing waits on
//   another program (`npm run test:unit`, under a minute on the 2-core machine);
// - integration: what starts a process (the CLI, tsx) or waits on LibreOffice and pdftotext;
// - e2e: the built app in Chromium;
// - stress: the kill and fuzz runs, on their own (`npm run test:stress`).
// Every wait is sized for that machine when it is loaded (two suites at once, LibreOffice beside
// them), never left to a library's default.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts'],
          // Vitest's default is one worker fewer than the cores: a single one here. Much of a unit
          // file's time is fsync and timers, so two share the two cores well.
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // A backup taken after a commit, in this process.
          expect: { poll: { timeout: 15_000, interval: 50 } },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // One file at a time: a LibreOffice conversion takes a core of its own.
          fileParallelism: false,
          // One LibreOffice conversion takes 3–10 s on a loaded machine, and a test may run several.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/build.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // A commit, a backup or an export answered through the harness: 15 s on a loaded
          // machine; longer waits (LibreOffice, 100,000 rows) pass their own timeout.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'stress',
          include: ['tests/stress/**/*.test.ts'],
          globalSetup: ['tests/e2e/build.ts'],
          testTimeout: 600_000,
        },
      },
    ],
  },
});
