import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pagefindAllocatorSettings, pagefindAllocatorVariable } from '../../src/lib/pagefind-allocator.ts';

// Session 58 (docs/performance.md): pagefind's jemalloc is started with transparent huge pages
// asked for (`thp:always`) beside its purging off. What jemalloc does with a settings string is
// read back from the binary the build runs: `stats_print:true` makes it print its options at exit
// (after `--version`, which indexes nothing), and a setting it does not know is a warning there,
// not an error, so a misspelt value would silently change nothing.

/** pagefind's binary as the build's pagefind package starts it (Linux x64: the only one installed here). */
function pagefindBinary(): string | undefined {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('@pagefind/linux-x64/package.json'));
    const binary = join(packageDir, 'bin', 'pagefind_extended');
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = pagefindBinary();

/** jemalloc's own account of its options when started with `settings`. */
function jemallocOptions(settings: string): string {
  const run = spawnSync(binary!, ['--version'], { env: { [pagefindAllocatorVariable]: `${settings},stats_print:true` }, encoding: 'utf8' });
  expect(run.status).toBe(0);
  return `${run.stdout}${run.stderr}`;
}

test.runIf(binary !== undefined)("pagefind's allocator takes every setting: huge pages asked for, freed memory never purged", () => {
  const options = jemallocOptions(pagefindAllocatorSettings);
  expect(options).not.toContain('<jemalloc>');
  expect(options).toMatch(/opt\.thp: "always"/);
  expect(options).toMatch(/opt\.dirty_decay_ms: -1\b/);
  expect(options).toMatch(/opt\.muzzy_decay_ms: -1\b/);
});

test.runIf(binary !== undefined)('without the setting jemalloc leaves huge pages to the system (what the test above tells apart)', () => {
  const options = jemallocOptions('dirty_decay_ms:-1,muzzy_decay_ms:-1');
  expect(options).toMatch(/opt\.thp: "default"/);
  expect(jemallocOptions('thp:alwayz')).toContain('<jemalloc>: Invalid conf value');
});
