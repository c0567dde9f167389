import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runCommand, type ScriptResult } from './run-script.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const testOutputDir = resolve(projectRoot, 'test/.out');

/** `flock <the project's build lock> node scripts/build.ts ...args`: a build that waits for its turn. */
const lockedBuild = (args: readonly string[]): [string, string[]] =>
  ['flock', [resolve(projectRoot, '.astro-build.lock'), process.execPath, resolve(projectRoot, 'scripts/build.ts'), ...args]];

/**
 * Milliseconds a locked build may take, its wait for the lock included: on a loaded 2-core
 * machine a fixture build took 109 s (session 56's CI), twice that on a machine twice as loaded,
 * and another build may hold the lock as long before it. A ceiling for a hang, not a speed goal.
 */
export const lockedBuildTimeout = 600_000;

/** The timeout of a test that awaits one locked build: the build's, and a minute for the rest. */
export const lockedBuildTestTimeout = lockedBuildTimeout + 60_000;

/**
 * `node scripts/build.ts ...args` as runScript runs it (without blocking the test's process), with
 * the project's build lock held. Every build that reaches Astro needs it, one that validation
 * refuses too: Astro's config setup removes the project's `.astro/content-modules.mjs` and
 * `content-assets.mjs` when another content folder's build wrote them
 * (claimGeneratedContentModules, src/integrations/content-caches.ts), and a build beside it then
 * bundles none (Astro reads a missing file as an empty map): its MDX-compiled posts fail to render.
 * Only a build refused before Astro loads (its options, its output folder: status 2) may go without.
 */
export function runLockedBuild(args: readonly string[], env: NodeJS.ProcessEnv): Promise<ScriptResult> {
  return runCommand(...lockedBuild(args), { env, timeout: lockedBuildTimeout });
}

export interface SiteBuild {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Builds a content folder with the real build script (validation, Astro, pagefind). Astro keeps
 * generated state in the project's `.astro/`, so builds are serialised with flock across test
 * workers and across anything else building in this checkout.
 */
export function buildSite(options: {
  contentDir: string;
  outDir: string;
  variant?: 'internal' | 'public';
  env?: Record<string, string>;
  /** More arguments for scripts/build.ts. */
  args?: string[];
}): SiteBuild {
  const result = spawnSync(
    ...lockedBuild(['--variant', options.variant ?? 'internal', '--out', options.outDir, ...(options.args ?? [])]),
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, KB_AS_OF: '2026-11-22', ...options.env, KB_CONTENT_DIR: options.contentDir },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir: options.outDir };
}
