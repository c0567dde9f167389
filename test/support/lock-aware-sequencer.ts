import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { inTurnLongestFirst } from './in-turn-order.ts';

const root = resolve(import.meta.dirname, '../..');
const durationsFile = resolve(root, 'test/file-durations.json');

/**
 * The order the two workers take the test files in (suite time, session 47).
 *
 * vitest runs the projects' files by project name (cli, then site, then unit), each by its last
 * duration or, on a clean clone with no cache, by file size. So in CI both workers ran site files
 * together for seven minutes, and every fixture build, `astro check` and benchmark takes the one
 * build lock (test/support/build-site.ts): one worker often waited on the other's build with its
 * core idle, while the command files, which take no lock, had all run before.
 *
 * Here the site and cli files are merged into one queue, each taken longest first (seconds of the
 * last recorded whole run, test/file-durations.json; a file not in it first, as vitest puts files
 * it has no time for), the next file from whichever of the two has had less time queued so far: a
 * worker that finishes a command file mostly takes the next command file while the other builds.
 * The unit files follow as one block, in vitest's own order: they share their worker's modules
 * (`isolate: false`), which vitest keeps only while the next file is of the same project, so they
 * must not be scattered between the others; small and many, they also even out the end of the run.
 */
export class LockAwareSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byVitest = await super.sort(files);
    const seconds = recordedSeconds();
    const timed = (project: string) =>
      byVitest.filter((spec) => spec.project.name === project).map((spec) => ({ file: spec, seconds: seconds.get(relative(root, spec.moduleId)) }));
    const merged = inTurnLongestFirst(timed('site'), timed('cli'));
    const rest = byVitest.filter((spec) => spec.project.name !== 'site' && spec.project.name !== 'cli');
    return [...merged, ...rest];
  }
}

function recordedSeconds(): Map<string, number> {
  if (!existsSync(durationsFile)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(durationsFile, 'utf8')) as Record<string, number>));
}
