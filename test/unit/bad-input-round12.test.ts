// Bad input, round 12: what round 11 left (docs/rules.md, "Bad input round 12").
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { publicationSources, scanOneForPublication } from '../../scripts/lib/redaction-check.ts';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';

const publicWording = 'public:\n  title: Checkout errors\n  summary: Some checkouts failed for 10 minutes.\n';
/** The good fixture made a public post, with `body` appended. */
const asPublicPost = (text: string, body: string) =>
  `${text.replace('visibility: internal', 'visibility: public').replace('related: []', `${publicWording}related: []`)}\n${body}\n`;

/** A short post of `body` (its body starts at line 5). */
const post = (body: string) => `---\ntitle: x\n---\n\n${body}`;
/** The public build's refusal of `body`, or undefined when it is cut and published. */
function publicRefusal(body: string, isMdx: boolean): string | undefined {
  try {
    stripInternalFromSource(post(body), { isMdx, file: isMdx ? 'x.mdx' : 'x.md' });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(PublicVariantError);
    return (error as Error).message;
  }
}

describe('hidden HTML in a public post (it passed: its text was published in the page source)', () => {
  test.each([
    ['<div hidden>the db-7 failover was skipped</div>', '<div hidden>', 'the hidden attribute'],
    ['Text <span style="display:none">db-7</span> here.', '<span style="display:none">', 'the style "display:none"'],
    ['<p style="color: red; visibility: hidden">db-7</p>', '<p style="color: red; visibility: hidden">', 'the style "visibility: hidden"'],
    ['<template>db-7</template>', '<template>', 'the <template> element'],
    ['<span style="display&#58;none">db-7</span>', '<span style="display&#58;none">', 'the style "display:none"'],
  ])('.md: %s is refused at its line, naming the tag, what hides it and <Internal>', (html, tag, how) => {
    const message = publicRefusal(`Text.\n\n${html}\n`, false);
    expect(message).toMatch(new RegExp(`^x\\.md:7: ${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in a public post is hidden by ${how.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(message).toContain('the public site publishes it in the page source, where any customer can read it');
    expect(message).toContain('Fix: move internal-only text into <Internal> (rename the file to .mdx');
  });

  test.each([
    ['<div hidden>db-7</div>', 'the hidden attribute'],
    ['<div style={{ display: "none" }}>db-7</div>', 'the style "display: none"'],
    ['<div style="visibility:hidden">db-7</div>', 'the style "visibility:hidden"'],
    ['<template>db-7</template>', 'the <template> element'],
  ])('.mdx: %s is refused, with <Internal> as the fix', (html, how) => {
    const message = publicRefusal(`Text.\n\n${html}\n`, true);
    expect(message).toMatch(/^x\.mdx:7: </);
    expect(message).toContain(`is hidden by ${how}`);
    expect(message).toContain('Fix: wrap internal-only text in <Internal> so the public site cuts it');
  });

  test('aria-hidden="true" is refused as what it is: shown to sighted readers, hidden from screen readers only', () => {
    for (const isMdx of [false, true]) {
      expect(publicRefusal('<div aria-hidden="true">db-7</div>\n', isMdx)).toContain('hidden by aria-hidden="true", which hides it from screen readers only: every sighted customer still sees its text');
    }
  });

  test('what is shown passes: <details> (shown on a click), hidden={false}, aria-hidden="false", tags in code, and hidden HTML inside <Internal> (cut)', () => {
    expect(publicRefusal('<details><summary>More</summary>\n\nshown\n\n</details>\n', false)).toBeUndefined();
    expect(publicRefusal('<details>\n<summary>More</summary>\n\nshown\n\n</details>\n', true)).toBeUndefined();
    expect(publicRefusal('<div hidden={false}>x</div>\n', true)).toBeUndefined();
    expect(publicRefusal('<span aria-hidden="false">x</span> ok\n', false)).toBeUndefined();
    expect(publicRefusal('Write `<div hidden>` and `style="display:none"` in code.\n\n```html\n<div hidden>x</div>\n```\n', false)).toBeUndefined();
    expect(publicRefusal('<Internal>\n<div hidden>db-7</div>\n</Internal>\n\nShown.\n', true)).toBeUndefined();
  });

  test('the internal site is not concerned: the same bodies are taken as written', () => {
    expect(stripInternalFromSource(post('<div hidden>db-7</div>\n'), { isMdx: false, variant: 'internal' })).toContain('<div hidden>db-7</div>');
    expect(stripInternalFromSource(post('<div hidden>db-7</div>\n'), { isMdx: true, variant: 'internal' })).toContain('<div hidden>db-7</div>');
  });

  test('npm run check: public/source at its line on a published public post; the same post internal passes', () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, goodInputPostmortem);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, asPublicPost(original, '<div hidden>The db-7 failover was skipped.</div>'));
    const result = validateCorpus(dir);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const [source] = publicationSources(result.postmortems);
    const scan = scanOneForPublication(source, { internalDomains: [], people: [], serviceIds: [] });
    expect(scan.findings).toMatchObject([{ rule: 'public/source', severity: 'error', line: 48, message: expect.stringContaining('<div hidden> in a public post is hidden by the hidden attribute') }]);
    writeFileSync(path, `${original}\n<div hidden>The db-7 failover was skipped.</div>\n`);
    const internal = validateCorpus(dir);
    expect(internal.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(publicationSources(internal.postmortems)).toEqual([]);
  });
});
