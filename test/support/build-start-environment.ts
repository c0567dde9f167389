import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

/**
 * The value of the environment variable `name` in each Node process `node scripts/build.ts` starts
 * (the launcher first, then the build it starts with the V8 flags), as each one starts, with the
 * caller's `value` (undefined: not set). Each process reports it from a module NODE_OPTIONS
 * imports (inherited); the build then stops on an output folder it refuses (`~/site`), before
 * Astro loads. For the variables the build sets for the process it starts (sessions 59 and 60).
 */
export function variableAtEachBuildStart(name: string, value: string | undefined, args: readonly string[] = []): (string | null)[] {
  const dir = mkdtempSync(join(tmpdir(), 'kb-build-start-'));
  try {
    const probe = join(dir, 'report-variable.mjs');
    writeFileSync(probe, `console.log('variable: ' + JSON.stringify(process.env[${JSON.stringify(name)}] ?? null));\n`);
    const { [name]: _callers, ...rest } = process.env;
    const build = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build.ts'), ...args, '--out', '~/site'], {
      encoding: 'utf8',
      env: { ...rest, NODE_OPTIONS: `--import=${probe}`, ...(value === undefined ? {} : { [name]: value }) },
    });
    expect(build.status, build.stderr).toBe(2);
    expect(build.stderr).toMatch(/is not your home folder here/);
    return [...build.stdout.matchAll(/^variable: (.*)$/gm)].map((line) => JSON.parse(line[1]!) as string | null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
