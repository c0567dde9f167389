import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

// The example site is built by the first file that asks test/support/example-site.ts for it (suite
// time, session 47), no longer before every run: a file naming its folder directly would read it only
// when another file happened to build it first.
test('every test file reaches the example site through exampleSite(), none by its folder name', () => {
  // Not test/.out: the site files write there while this runs.
  const folders = readdirSync(join(root, 'test'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== '.out').map((entry) => join(root, 'test', entry.name));
  const files = [join(root, 'test'), ...folders]
    .flatMap((folder) => readdirSync(folder, { recursive: folder !== join(root, 'test'), encoding: 'utf8' }).map((file) => join(folder, file)))
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => file !== join(root, 'test/support/example-site.ts'));
  const naming = files.filter((file) => /['"`]example-(internal|public)['"`]/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
  expect(naming, 'write exampleSite(\'internal\') or exampleSite(\'public\') (test/support/example-site.ts) instead of the folder').toEqual([]);
});
