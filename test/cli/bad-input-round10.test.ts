// Bad input, round 10: what only a command shows (docs/rules.md, "Bad input round 10").
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runScript } from '../support/run-script.ts';
import { goodInputFaultsBuild } from '../support/good-input-faults-build.ts';
import { lockedBuildTestTimeout } from '../support/build-site.ts';
import { emptyContentFolder } from '../support/content-fixture.ts';

// Each case has a content folder of its own (the two build cases share one build): the cases run concurrently.
const run = async (script: string, args: string[], contentDir = emptyContentFolder()) =>
  ({ ...(await runScript(script, args, { env: { ...process.env, KB_CONTENT_DIR: contentDir } })), contentDir });

describe('npm run new and npm run draft: a title with a hidden character or HTML', () => {
  const newWith = (title: string) => run('new.ts', ['--title', title, '--severity', 'SEV-2', '--service', 'checkout-api', '--started', '2026-11-20T10:00:00Z']);

  test.concurrent.each([
    ['Checkout \u202Eerrors', '--title holds the invisible character U+202E (right-to-left override), which changes the direction of the text after it: the page would show it in another order than the file and the review read it ("Checkout \\u202Eerrors"). Retype the title without it (it comes with text pasted from chat or a document). Nothing was written.'],
    ['Checkout \u0007errors', '--title holds the control character U+0007, which no reader can see; it would be published as it is ("Checkout \\u0007errors"). Retype the title without it (it comes with text pasted from chat or a document). Nothing was written.'],
    ['<b>Checkout</b> errors', '--title holds <b>: a title is plain text, shown as typed on every page, in the feed and in search results. Write it without HTML (a character such as & as itself). Nothing was written.'],
  ])('new --title %j is refused naming the option (it was "The template produced an invalid file", or written)', async (title, message) => {
    const result = await newWith(title);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(message);
    expect(readdirSync(join(result.contentDir, 'postmortems'))).toEqual([]);
  });

  test.concurrent('draft --title with a bidi control is refused the same way, nothing written', async () => {
    const result = await run('draft.ts', ['--title', 'Checkout \u202Eerrors', '--started', '2026-11-20T10:00:00Z']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^--title holds the invisible character U\+202E \(right-to-left override\)/);
    expect(readdirSync(join(result.contentDir, 'postmortems'))).toEqual([]);
  });
});

describe('npm run review given no file or two', () => {
  test.concurrent('two files: says it takes one, and how to check both (it printed the usage alone)', async () => {
    const result = await run('review.ts', ['a.mdx', 'b.mdx']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('npm run review takes one postmortem; 2 were given (a.mdx, b.mdx). Review each on its own, or check them all with npm run check -- a.mdx b.mdx.\nRun it with --help to see its options.\n');
    expect(result.stdout).toBe('');
  });

  test.concurrent('no file: names what to give', async () => {
    const result = await run('review.ts', []);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^npm run review needs the postmortem to review: npm run review -- .*postmortems\/<id>\.mdx\./);
  });
});

describe('npm run build', () => {
  // Each passed check and built: the page showed U+FFFD for the title's half character, and the
  // .md body's <span>s 10,000 deep (a browser stops nesting at 512). Both posts in one build
  // (suite time, session 50).
  const faults = [
    ['a lone surrogate written as an escape in the title', '2025-07-08-checkout-config.mdx', (t: string) => t.replace('title: Checkout errors after a config push', 'title: "Checkout \\uD800 errors"'), /checkout-config\.mdx:2:1\s+error\s+file\/encoding\s+title holds, written as an escape in quotes \(\\uD800\), half of a character/],
    ['<span> nested 10,000 deep in a .md body', '2025-07-08-checkout-config-deep-spans.md', (t: string) => `${t}\n${'<span>'.repeat(10000)}deep${'</span>'.repeat(10000)}\n`, /checkout-config-deep-spans\.md:45:1537\s+error\s+body\/nesting-depth\s+HTML elements nested 10,000 levels deep/],
  ] as const;
  const build = goodInputFaultsBuild(faults.map(([, file, change]) => ({ file, change })));
  test.concurrent.each(faults)('%s stops the build at its line, nothing written, no stack trace', { timeout: lockedBuildTestTimeout }, async (_name, _file, _change, message) => {
    const { result, out } = await build();
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |Maximum call stack/);
    expect(existsSync(out)).toBe(false);
  });
});
