import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from './content-fixture.ts';
import { runLockedBuild } from './build-site.ts';
import type { ScriptResult } from './run-script.ts';

/** A fault of one post: the file it is written to (below postmortems/) and how good-input's post is changed. */
export interface GoodInputFault {
  file: string;
  change: (text: string) => string;
}

/**
 * Faults that the build's validation stops on, each in a copy of good-input's post of its own,
 * built together by one `scripts/build.ts` (suite time, session 50: the bad-input rounds' build
 * cases each built a folder of their own). Validation prints every error of every post before it
 * stops the build, so each case asserts its own post's line as an error: a rule that no longer
 * fires fails its case although the other fault still stops the build. Started by the first case
 * that asks; the others wait for the same run. The cases that await it need `lockedBuildTestTimeout`.
 */
export function goodInputFaultsBuild(faults: readonly GoodInputFault[]): () => Promise<{ result: ScriptResult; out: string }> {
  let started: Promise<{ result: ScriptResult; out: string }> | undefined;
  return () => (started ??= (async () => {
    const contentDir = makeContentFromFixture('good-input');
    const original = join(contentDir, goodInputPostmortem);
    const source = readFileSync(original, 'utf8');
    rmSync(original);
    for (const { file, change } of faults) writeFileSync(join(contentDir, 'postmortems', file), change(source));
    const out = join(dirname(contentDir), `${basename(contentDir)}-site`);
    // Refused by validation, but after Astro's config setup: with the build lock (runLockedBuild).
    const result = await runLockedBuild(['--out', out], { ...process.env, KB_CONTENT_DIR: contentDir });
    return { result, out };
  })());
}
