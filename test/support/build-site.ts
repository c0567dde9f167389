import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const testOutputDir = resolve(projectRoot, 'test/.out');

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
    'flock',
    [
      resolve(projectRoot, '.astro-build.lock'),
      process.execPath,
      resolve(projectRoot, 'scripts/build.ts'),
      '--variant',
      options.variant ?? 'internal',
      '--out',
      options.outDir,
      ...(options.args ?? []),
    ],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, KB_AS_OF: '2026-11-22', ...options.env, KB_CONTENT_DIR: options.contentDir },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir: options.outDir };
}
