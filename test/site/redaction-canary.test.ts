import { beforeAll, describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, projectRoot, testOutputDir, type SiteBuild } from '../support/build-site.ts';
import { readSiteFiles } from '../support/site-files.ts';
import { makeContentFromFixture } from '../support/content-fixture.ts';

/**
 * The leak corpus (test/fixtures/leak) as an adopting team would have it: in git, committed by
 * two of the people it names. Its public build must stop with line-precise errors and write
 * nothing; after `npm run redact -- --review` the build must succeed and no file of the public
 * site (the pagefind index decompressed, text read as a reader sees it) may contain any of the
 * names or internal systems, however the corpus spells them.
 */
const leaks = [
  'Ekaterina', 'Ivanova', 'Kowalski', 'Tomasz', 'Zielinski', 'Sarika', 'Marta', 'Nowak', 'Priya', 'Oluwaseun', 'Jenny',
  'Cost-janitor', 'ADSync', 'inc-checkout-pool', 'OPS-4521', 'payments-prod-3', '123456789012', 'pool-deployer',
  'acme/pool-config', 'pg-orders-01', '10.20.30.40', 'db1.acme.internal', '210987654321', 'db2.acme.internal',
  '王秀英', 'Дмитрий', 'Соколов', 'acme-pool-dumps',
];

/**
 * A file's text as a reader of the page sees it, so a name spelt to slip past a text search is
 * found too: invisible characters removed, compatibility forms (NFKC) and a few Cyrillic
 * look-alikes mapped to Latin, character references decoded, formatting tags inside words
 * dropped. Written here independently of the guard's own folding (reading-view.ts).
 */
function asRead(text: string): string {
  const lookAlikes: Record<string, string> = { '\u0421': 'C', '\u0441': 'c', '\u0415': 'E', '\u0435': 'e', '\u0410': 'A', '\u0430': 'a', '\u041E': 'O', '\u043E': 'o', '\u0456': 'i' };
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/(?<=\w)<\/?(?:strong|em|b|i|code|span|del|s)>(?=\w)/g, '')
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '')
    .replace(/[\u0410\u0415\u041E\u0421\u0430\u0435\u043E\u0441\u0456]/g, (c) => lookAlikes[c]);
}
/** Initials are checked as whole words in the post's text only (two letters occur in any binary file). */
const initials = ['EC', 'MM', 'SD', 'MN'];
const post = '2025-09-01-leak-corpus';

describe('public build of the leak corpus', () => {
  let contentDir: string;
  let leaking: SiteBuild;
  let fixed: SiteBuild;
  let redactOutput: string;

  beforeAll(() => {
    contentDir = makeContentFromFixture('leak');
    const git = (...args: string[]) => execFileSync('git', ['-C', contentDir, ...args], { encoding: 'utf8' });
    git('init', '-q');
    git('add', 'postmortems');
    git('-c', 'user.name=Jan Kowalski', '-c', 'user.email=jan.kowalski@acme.example', 'commit', '-qm', 'Add the report');
    leaking = buildSite({ contentDir, outDir: resolve(testOutputDir, 'leak-public'), variant: 'public' });
    const redact = spawnSync(process.execPath, [resolve(projectRoot, 'scripts/redact.ts'), '--review', join(contentDir, 'postmortems', `${post}.mdx`)], {
      cwd: projectRoot, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: contentDir },
    });
    redactOutput = `${redact.stdout}\n${redact.stderr}`;
    fixed = buildSite({ contentDir, outDir: resolve(testOutputDir, 'leak-public'), variant: 'public' });
  });

  test('with the leaks, the build stops with file:line:column errors and writes nothing', () => {
    expect(leaking.status).not.toBe(0);
    expect(leaking.output).toMatch(new RegExp(`${post}\\.mdx:\\d+:\\d+  error  redact/person`));
    expect(leaking.output).toMatch(/redact\/identifier .*"Cost-janitor"/);
    expect(leaking.output).toContain('git author');
    // Names spelt to slip past a text search are errors at their place in the source too.
    expect(leaking.output).toMatch(/redact\/person .*reads “Ekaterina” on the page/);
    expect(leaking.output).toMatch(/redact\/internal-host .*reads “db2\.acme\.internal” on the page/);
    // So are names in other scripts and a bucket link over https.
    expect(leaking.output).toMatch(/redact\/possible-person .*text in Han script: the name check reads only Latin script.*"王秀英"/);
    expect(leaking.output).toMatch(/redact\/cloud-account .*"https:\/\/acme-pool-dumps\.s3\.eu-west-1\.amazonaws\.com\/2025-09-01\/pool\.sql\.gz"/);
  });

  test('after npm run redact, the build succeeds', () => {
    expect(redactOutput).toMatch(/change\(s\)/);
    expect(fixed.status, `${redactOutput}\n${fixed.output.slice(-3000)}`).toBe(0);
    expect(existsSync(join(fixed.outDir, 'incidents', post, 'index.html'))).toBe(true);
  });

  test('no name or internal system is in any file of the public site, search index included', () => {
    const files = readSiteFiles(fixed.outDir);
    expect(files.some((f) => f.file.includes('pagefind'))).toBe(true);
    // Each leak is read the same way, so a Cyrillic name with look-alike letters is still found.
    const found = files.flatMap(({ file, text }) => leaks.filter((leak) => asRead(text).toLowerCase().includes(asRead(leak).toLowerCase())).map((leak) => `${leak} in ${file}`));
    expect(found).toEqual([]);
    const page = readFileSync(join(fixed.outDir, 'incidents', post, 'index.html'), 'utf8').replace(/<[^>]*>/g, ' ');
    expect(initials.filter((i) => new RegExp(`\\b${i}\\b`).test(page))).toEqual([]);
    // The public text that is not a leak is still there.
    expect(page).toContain('staged rollout');
  });
});
