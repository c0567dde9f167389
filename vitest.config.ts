import { defineConfig } from 'vitest/config';
import { LockAwareSequencer } from './test/support/lock-aware-sequencer.ts';

// Suite time (docs/testing.md#suite-time): vitest's default is one worker per core but one, which
// on the 2-core machines CI and the team use is ONE worker, so every file ran after the other
// (27 minutes). Two workers keep both cores busy; most files wait on child processes (builds,
// commands, chromium), so a second worker is never idle for long. All projects must share one
// worker count: projects with different counts run one after the other, not side by side.
const maxWorkers = 2;

// The one unit file that starts a worker thread of its own (src/integrations/parallel-scan.ts),
// which lowers its priority to nice 19: it keeps a worker to itself, as every file did before.
// It timed out in a shared worker on a machine at load 20, but also isolated at that load (the
// thread starves), so sharing is not proven to break it; it is not proven safe either.
const ownThreadUnitFiles = ['test/unit/parallel-scan.test.ts'];
// Unit files that mock a module of src/lib with `vi.mock` (hoisted, for the whole file): in the
// shared worker the module is already loaded by an earlier file, so the mock never applies there
// (the file passed alone and failed in the suite; session 50), and it would reach later files.
const moduleMockingUnitFiles = ['test/unit/redaction-guard-work-skipped.test.ts'];
const isolatedUnitFiles = [...ownThreadUnitFiles, ...moduleMockingUnitFiles];

export default defineConfig({
  test: {
    maxWorkers,
    // Site and command files taken in turn, longest first, the unit files after them: a worker
    // waiting on the build lock no longer has the other one building beside it (docs/testing.md,
    // "Suite time, session 47").
    sequence: { sequencer: LockAwareSequencer },
    projects: [
      {
        // Pure modules: functions called in the test's own process, no build, no command. The
        // files share their worker's modules (`isolate: false`): re-importing src/lib for each of
        // 200 files cost more than running their tests. No unit file here mocks a module for good
        // (import-round19 undoes its one mock after its test) nor leaves global state behind.
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: isolatedUnitFiles,
          isolate: false,
          maxWorkers,
          globalSetup: ['test/temp-dir-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'unit-isolated',
          include: isolatedUnitFiles,
          maxWorkers,
          globalSetup: ['test/temp-dir-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Our commands run as a user runs them (`npm run check`, `import`, `digest`, ...): a child
        // process over temporary content folders and git repositories. Starting one takes seconds
        // on a busy 2-core machine: the default 5 s is too tight.
        test: {
          name: 'cli',
          include: ['test/cli/**/*.test.ts'],
          maxWorkers,
          globalSetup: ['test/temp-dir-setup.ts'],
          // A test that runs several commands in a row (fill-drafts' --vocabularies runs four)
          // passed 60 s on a loaded runner: a ceiling for hangs, not a speed goal. 240 s since
          // session 57: at a load of 45-60 on 2 cores, check's and import's cases took 120-134 s.
          testTimeout: 240_000,
          // A `beforeAll` that runs commands (public-diff's runs two) needs the same room.
          hookTimeout: 240_000,
        },
      },
      {
        // Built-site assertions and browser tests, over one shared build of the example content
        // (made by the first file that reads it, test/support/example-site.ts).
        // Files run beside each other and beside unit and command files: each writes its own
        // folders under test/.out, browsers serve on ports the system picks, and every build
        // (and astro check) holds the project's build lock, as Astro's .astro/ state needs.
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          maxWorkers,
          globalSetup: ['test/temp-dir-setup.ts', 'test/global-setup.ts'],
          // Fixture builds and browser tests start Astro, pagefind and chromium. Ceilings for
          // hangs, not speed goals: a `beforeAll` may wait for the build lock behind another build
          // and then build (at twice the CI's load ~220 s each, session 57), hence 600 s.
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
