// Each case has a content folder of its own: the cases run concurrently. The builds that reach
// Astro (refused by validation) take the project's build lock (runLockedBuild).
import { expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';
import { lockedBuildTestTimeout, runLockedBuild } from '../support/build-site.ts';

// Refused before Astro loads (the options, the output folder): no lock needed.
const build = (args: string[], contentDir: string) => runScript('build.ts', args, { env: { ...process.env, KB_CONTENT_DIR: contentDir } });

/** The build deletes its output folder first: it must refuse one that holds the content. */
test.concurrent('the build refuses to write over the content folder or the folder that holds it, and deletes nothing', async () => {
  const contentDir = makeContentFromFixture('good-input');
  for (const result of await Promise.all([contentDir, dirname(contentDir)].map((out) => build(['--out', out], contentDir)))) {
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^Not building into .*: it (is|holds) the content folder/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }
  expect(existsSync(resolve(contentDir, 'postmortems'))).toBe(true);
  expect(readdirSync(resolve(contentDir, 'postmortems')).length).toBeGreaterThan(0);
});

test.concurrent('a mistake on the command line is one line and a pointer to --help, not a stack trace', async () => {
  const result = await build(['--no-such-option'], makeContentFromFixture('good-input'));
  expect(result.status).toBe(2);
  expect(result.stderr).toBe("Unknown option '--no-such-option'. The options of this command are --variant, --out, --search-index, --help.\nRun the command with --help to see its options.\n");
});

// An import ran in the build (and its export was published) while only `npm run check` refused
// it; an unknown component stopped Astro with a stack trace. Both stop the build at their line.
test.concurrent.each([
  ['an import of node:fs', "import { readFileSync } from 'node:fs';\nexport const host = readFileSync('/etc/hostname', 'utf8');\n\nBuilt on {host}.\n", /:49:1: mdx\/no-imports: postmortems may not import or export code/],
  ['an unknown component', '<Chart data="errors" />\n', /:49:1: mdx\/unknown-component: unknown component <Chart>/],
])('%s stops the build at its line, with nothing written and no stack trace', { timeout: lockedBuildTestTimeout }, async (_name, appended, message) => {
  const contentDir = makeContentFromFixture('good-input');
  const file = resolve(contentDir, 'postmortems/2025-07-08-checkout-config.mdx');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n<Internal>\nFor us.\n</Internal>\n\n${appended}`);
  const out = resolve(dirname(contentDir), `${basename(contentDir)}-site`);
  // Refused by validation, which runs after Astro's config setup: with the build lock.
  const result = await runLockedBuild(['--out', out], { ...process.env, KB_CONTENT_DIR: contentDir });
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
  expect(existsSync(out)).toBe(false);
});
