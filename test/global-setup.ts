import { rmSync } from 'node:fs';
import { testOutputDir } from './support/build-site.ts';

/**
 * Empties `test/.out` once per test run, before any site file writes its folders there. The example
 * knowledge base is no longer built here: the site files that read it ask for it
 * (test/support/example-site.ts), so unit and command files start at once instead of waiting for two
 * builds they do not need.
 */
export default function setup() {
  rmSync(testOutputDir, { recursive: true, force: true });
}
