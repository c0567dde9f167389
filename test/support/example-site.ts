import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, projectRoot, testOutputDir } from './build-site.ts';
import { testRunFolder } from '../temp-dir-setup.ts';

export type ExampleVariant = 'internal' | 'public';

/**
 * The bundled example knowledge base built once per test run with a fixed as-of date, in
 * `test/.out/example-<variant>`, for the site files that read its HTML instead of building their own.
 *
 * Built on first use, not in a global setup (suite time, session 47): a global setup ran both builds
 * before any file of any project started, leaving the second worker idle for two builds while no unit
 * or command file needs them. Now the first file that asks builds; the other worker goes on with
 * whatever file it has. Callers in other workers wait on a lock, then find the build done: the
 * marker is written in the run's temporary folder (test/temp-dir-setup.ts), so each run builds anew,
 * as the global setup did.
 */
export function exampleSite(variant: ExampleVariant): string {
  const outDir = resolve(testOutputDir, `example-${variant}`);
  if (builtThisRun(variant)) return outDir;
  // One build at a time per variant across the workers: the waiting worker finds the marker.
  mkdirSync(testOutputDir, { recursive: true });
  const result = spawnSync('flock', [resolve(testOutputDir, `.example-${variant}.lock`), process.execPath, import.meta.filename, variant], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Building the example ${variant} site failed:\n${`${result.stdout}\n${result.stderr}`.slice(-4000)}`);
  return outDir;
}

/** The file saying this run built the variant: in the run's own folder, so no earlier run's build counts. */
function markerOf(variant: ExampleVariant): string | undefined {
  const runFolder = testRunFolder();
  return runFolder ? join(runFolder, `example-${variant}.built`) : undefined;
}

function builtThisRun(variant: ExampleVariant): boolean {
  const marker = markerOf(variant);
  return marker !== undefined && existsSync(marker);
}

/** Run under the lock (`node example-site.ts <variant>`): builds unless this run built it already. */
function buildUnlessBuilt(variant: ExampleVariant): number {
  if (builtThisRun(variant)) return 0;
  const outDir = resolve(testOutputDir, `example-${variant}`);
  const build = buildSite({ contentDir: resolve(projectRoot, 'content'), outDir, variant });
  if (build.status !== 0) {
    process.stderr.write(build.output.slice(-4000));
    return 1;
  }
  const marker = markerOf(variant);
  if (marker) writeFileSync(marker, `${outDir}\n`);
  return 0;
}

if (process.argv[1] === import.meta.filename) {
  const variant = process.argv[2];
  if (variant !== 'internal' && variant !== 'public') throw new Error(`usage: node test/support/example-site.ts internal|public (got ${variant})`);
  process.exitCode = buildUnlessBuilt(variant);
}
