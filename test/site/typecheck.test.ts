import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { projectRoot } from '../support/build-site.ts';

// `npm run typecheck` (astro check: .astro, .ts and the content collection types) in the suite,
// so a type error fails CI like a failing test does.
test('the project type-checks with astro check', () => {
  // Under the build lock: astro check regenerates the project's .astro/ state as a build does.
  const result = spawnSync('flock', [resolve(projectRoot, '.astro-build.lock'), process.execPath, resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'check'], {
    cwd: projectRoot, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  const errors = output.split('\n').filter((line) => / - error /.test(line));
  expect(errors).toEqual([]);
  expect(result.status).toBe(0);
  // It waits for the build lock behind every fixture build of the site files, then checks the
  // whole project: on a loaded 2-core runner that took 254 s, past the site files' 180 s.
}, 600_000);
