import { resolve } from 'node:path';
import { buildSite, projectRoot, testOutputDir, type SiteBuild } from './build-site.ts';
import { oncePerRun, recordedThisRun, recordThisRun } from './once-per-run.ts';

export type ExampleVariant = 'internal' | 'public';

/**
 * The bundled example knowledge base built once per test run with a fixed as-of date, in
 * `test/.out/example-<variant>`, for the site files that read its HTML instead of building their own.
 *
 * Built on first use, not in a global setup (suite time, session 47): a global setup ran both builds
 * before any file of any project started, leaving the second worker idle for two builds while no unit
 * or command file needs them. Now the first file that asks builds; the other worker goes on with
 * whatever file it has. Callers in other workers wait on a lock, then find the build done
 * (test/support/once-per-run.ts: the record is in the run's temporary folder, so each run builds
 * anew, as the global setup did).
 */
export function exampleSite(variant: ExampleVariant): string {
  return exampleSiteBuild(variant).outDir;
}

/**
 * The example build with what it printed, for a file that asserts on the build's own report too
 * (post-pages: the same build as `npm run build` of content/ with the test's as-of date, so it
 * builds it no more a second time; suite time, session 48).
 */
export function exampleSiteBuild(variant: ExampleVariant): SiteBuild {
  const output = oncePerRun(`example-${variant}`, import.meta.filename, [variant]);
  return { status: 0, output, outDir: outDirOf(variant) };
}

function outDirOf(variant: ExampleVariant): string {
  return resolve(testOutputDir, `example-${variant}`);
}

/** Run under the lock (`node example-site.ts <variant>`): builds unless this run built it already; prints the build's output. */
function buildUnlessBuilt(variant: ExampleVariant): number {
  const name = `example-${variant}`;
  let output = recordedThisRun(name);
  if (output === undefined) {
    const build = buildSite({ contentDir: resolve(projectRoot, 'content'), outDir: outDirOf(variant), variant });
    if (build.status !== 0) {
      process.stderr.write(build.output.slice(-4000));
      return 1;
    }
    output = build.output;
    recordThisRun(name, output);
  }
  process.stdout.write(output);
  return 0;
}

if (process.argv[1] === import.meta.filename) {
  const variant = process.argv[2];
  if (variant !== 'internal' && variant !== 'public') throw new Error(`usage: node test/support/example-site.ts internal|public (got ${variant})`);
  process.exitCode = buildUnlessBuilt(variant);
}
