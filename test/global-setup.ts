import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSite, projectRoot, testOutputDir } from './support/build-site.ts';

/**
 * Builds the bundled example knowledge base once per test run, both variants, with a fixed
 * as-of date. Tests that assert on built HTML read `test/.out/example-internal` and
 * `test/.out/example-public` instead of each starting their own build.
 */
export default function setup() {
  rmSync(testOutputDir, { recursive: true, force: true });
  const variants = ['internal', 'public'] as const;
  for (const variant of variants) {
    if (variant === 'public' && !existsSync(resolve(projectRoot, 'src/public-site'))) continue;
    const outDir = resolve(testOutputDir, `example-${variant}`);
    const build = buildSite({ contentDir: resolve(projectRoot, 'content'), outDir, variant });
    if (build.status !== 0) {
      throw new Error(`Building the example ${variant} site failed:\n${build.output.slice(-4000)}`);
    }
  }
}
