import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { makeContentFromFixture } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { runScript } from '../support/run-script.ts';

/** `npm run redact` on bodies where a fix could break the markup, or that do not parse at all. */
describe('npm run redact (the command)', () => {
  // Each case redacts a content folder of its own: they run concurrently.
  const redact = (contentDir: string, file: string) => runScript('redact.ts', [file], { env: { ...process.env, KB_CONTENT_DIR: contentDir } });
  const write = (body: string) => {
    const contentDir = makeContentFromFixture('good-input');
    const file = join(contentDir, 'postmortems', '2025-03-01-probe.mdx');
    writeFileSync(file, publicProbePost({ body }));
    return { contentDir, file };
  };

  test.concurrent('a name inside an inline element is replaced, its closing tag kept', async () => {
    const { contentDir, file } = write('Press <kbd>Hallvard Brekke</kbd> to continue.\n');
    const result = await redact(contentDir, file);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Press <kbd><Internal>Hallvard Brekke</Internal><PublicOnly>an engineer</PublicOnly></kbd> to continue.');
  });

  test.concurrent('a body that does not parse is said as npm run check says it, without a stack trace, and left as it is', async () => {
    const { contentDir, file } = write('<details>Hallvard Brekke notes\n\nThe pool drained.\n');
    const before = readFileSync(file, 'utf8');
    const result = await redact(contentDir, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/2025-03-01-probe\.mdx:\d+:\d+: the MDX body does not parse/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test.concurrent('a post that is not public is left as it is, and said so; the public one beside it is fixed', async () => {
    // README's adoption steps ran `npm run redact -- content/postmortems/*.mdx` over imported
    // internal records: names in their frontmatter became "an internal system" on the internal site.
    const { contentDir, file } = write('Press <kbd>Hallvard Brekke</kbd> to continue.\n');
    const internalFile = join(contentDir, 'postmortems', '2025-03-02-internal.mdx');
    const internal = publicProbePost({ summary: 'Hallvard Brekke restarted the orders-db primary.' }).replace('visibility: public', 'visibility: internal').replace(/public:\n  title: .*\n  summary: .*\n/, '');
    writeFileSync(internalFile, internal);
    // An imported draft still lacking review facts (check: warnings only) was "not a valid postmortem".
    const draftFile = join(contentDir, 'postmortems', '2025-03-03-draft.mdx');
    const draft = internal.replace('status: published', 'status: draft').replace('severity: SEV-3\n', '');
    writeFileSync(draftFile, draft);
    const result = await runScript('redact.ts', [file, internalFile, draftFile], { env: { ...process.env, KB_CONTENT_DIR: contentDir } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(internalFile, 'utf8')).toBe(internal);
    expect(readFileSync(draftFile, 'utf8')).toBe(draft);
    expect(result.stdout).toContain('2 post(s) not public, left as they are (');
    expect(result.stdout).toContain('To publish one, set visibility: public with public.title and public.summary, then run npm run redact on it.');
    expect(readFileSync(file, 'utf8')).toContain('Press <kbd><Internal>Hallvard Brekke</Internal><PublicOnly>an engineer</PublicOnly></kbd> to continue.');
  });

  test.concurrent('a service customers know by a public name is written by that name on the public site, not cut out of the sentence', async () => {
    // Round 21 of adoption: "A deployment of search-service rebuilt the index" became
    // "A deployment of <Internal>search-service</Internal> rebuilt …", published as "A deployment of  rebuilt …".
    const { contentDir, file } = write('A deployment of checkout-api rebuilt the price cache. The orders-db primary failed over.\n');
    writeFileSync(file, readFileSync(file, 'utf8').replace('description: Some customers could not check out.', 'description: payments-api declined some cards.'));
    const result = await redact(contentDir, file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('A deployment of <Internal>checkout-api</Internal><PublicOnly>Checkout</PublicOnly> rebuilt the price cache.');
    // In frontmatter, where components do not work, the public name replaces the id.
    expect(fixed).toContain('description: Payments declined some cards.');
    // A service without a public name is still only cut out (its name must not be published).
    expect(fixed).toContain('The <Internal>orders-db</Internal> primary failed over.');
    const check = await runScript('check.ts', [file], { env: { ...process.env, KB_CONTENT_DIR: contentDir } });
    expect(check.stdout).not.toMatch(/ error  redact\//);
  });

  test.concurrent('--rename renames a post whose name says an internal name, then applies the fixes the name held back, in one run', async () => {
    // Round 21 of adoption: --rename renamed, but left the body's findings "rename the file first
    // (git mv), then run npm run redact again", for the author to run again with the new names.
    const contentDir = makeContentFromFixture('good-input');
    const file = join(contentDir, 'postmortems', '2025-03-01-orders-db-failover.mdx');
    writeFileSync(file, publicProbePost({ body: 'The orders-db primary failed over.\n' }));
    const result = await runScript('redact.ts', ['--rename', file], { env: { ...process.env, KB_CONTENT_DIR: contentDir } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const renamed = join(contentDir, 'postmortems', '2025-03-01-failover.mdx');
    expect(existsSync(file)).toBe(false);
    expect(result.stdout).toContain(`renamed ${file} -> ${renamed}`);
    expect(result.stdout).toContain('The fixes held back until the rename, applied to the renamed post(s) now:');
    expect(readFileSync(renamed, 'utf8')).toContain('The <Internal>orders-db</Internal> primary failed over.');
    const check = await runScript('check.ts', [renamed], { env: { ...process.env, KB_CONTENT_DIR: contentDir } });
    expect(check.stdout).not.toMatch(/ error  redact\//);
  });
});
