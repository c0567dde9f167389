import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { makeContentFromFixture } from '../support/content-fixture.ts';

const build = (args: string[], contentDir: string) =>
  spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, KB_CONTENT_DIR: contentDir },
  });

/** The build deletes its output folder first: it must refuse one that holds the content. */
test('the build refuses to write over the content folder or the folder that holds it, and deletes nothing', () => {
  const contentDir = makeContentFromFixture('good-input');
  for (const out of [contentDir, dirname(contentDir)]) {
    const result = build(['--out', out], contentDir);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^Not building into .*: it (is|holds) the content folder/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }
  expect(existsSync(resolve(contentDir, 'postmortems'))).toBe(true);
  expect(readdirSync(resolve(contentDir, 'postmortems')).length).toBeGreaterThan(0);
});

test('a mistake on the command line is one line and a pointer to --help, not a stack trace', () => {
  const result = build(['--no-such-option'], makeContentFromFixture('good-input'));
  expect(result.status).toBe(2);
  expect(result.stderr).toBe("Unknown option '--no-such-option'\nRun the command with --help to see its options.\n");
});
