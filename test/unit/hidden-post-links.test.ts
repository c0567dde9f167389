import { afterAll, describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { corpusLinkRewriter, hiddenPostLinkFindings } from '../../scripts/lib/hidden-post-links.ts';
import { publicLinkRewriter } from '../../src/integrations/public-variant.ts';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import type { Finding } from '../../src/lib/findings.ts';

/** What npm run check and npm run redact say about canary round 34's findings (docs/redaction.md). */
const hidden = '2025-02-01-hidden';
const rewriteLink = publicLinkRewriter((id) => id === '2025-01-01-public', (id) => ['2025-01-01-public', hidden].includes(id));
const post = (body: string) => `---\ntitle: x\n---\n${body}\n`;

describe('hiddenPostLinkFindings: what the public cut refuses once it has the build\'s link rewriter', () => {
  test('any link of a .md post to a post customers do not see: its line, the link and the fix', () => {
    const [finding, ...more] = hiddenPostLinkFindings('x.md', post(`Text.\n\nSee [earlier](/incidents/${hidden}/).`), rewriteLink);
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ file: 'x.md', line: 6, rule: 'public/source', severity: 'error' });
    expect(finding?.message).toBe(`the link /incidents/${hidden}/ leads to a postmortem customers do not see, and its address names it; the public build does not rewrite the links of a .md post`);
    expect(finding?.fix).toMatch(/^rename the file to \.mdx/);
  });
  test('an HTML link in an .mdx post, URL-encoded', () => {
    const [finding] = hiddenPostLinkFindings('x.mdx', post(`See <a href="/incidents/${hidden.replace(/-/g, '%2D')}/">earlier</a>.`), rewriteLink);
    expect(finding).toMatchObject({ line: 4 });
    expect(finding?.fix).toMatch(/^write it as a Markdown link/);
  });
  test('none for a Markdown link of an .mdx post (rewritten), a link to a public post, or a refusal the scan already says', () => {
    expect(hiddenPostLinkFindings('x.mdx', post(`See [earlier](/incidents/${hidden}/).`), rewriteLink)).toEqual([]);
    expect(hiddenPostLinkFindings('x.md', post('See [earlier](/incidents/2025-01-01-public/).'), rewriteLink)).toEqual([]);
    expect(hiddenPostLinkFindings('x.md', post('&#60;Internal&#62;the runbook&#60;/Internal&#62;'), rewriteLink)).toEqual([]);
  });
  test('every refused link of a post, each with its line (the cut stops at the first; redact round 36)', () => {
    const body = `See [one](/incidents/${hidden}/).\n\nThen [two](/incidents/${hidden}/#timeline) and [three](/postmortems/${hidden}/).`;
    const found = hiddenPostLinkFindings('x.md', post(body), rewriteLink);
    expect(found.map((f) => [f.line, /the link (\S+) /.exec(f.message)?.[1]])).toEqual([[4, `/incidents/${hidden}/`], [6, `/incidents/${hidden}/#timeline`], [6, `/postmortems/${hidden}/`]]);
    expect(found.every((f) => f.rule === 'public/source' && /^rename the file to \.mdx/.test(f.fix ?? ''))).toBe(true);
  });
  test('the cut itself refuses them all in one pass: each in its error\'s refusedLinks and a line of its message (canary round 37)', () => {
    const body = `See <a href="/incidents/${hidden}/">one</a>.\n\nThen <a href="/postmortems/${hidden}/">two</a> and [three](/incidents/${hidden}/).`;
    let error: unknown;
    try {
      stripInternalFromSource(post(body), { isMdx: true, variant: 'public', file: 'x.mdx', rewriteLink });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PublicVariantError);
    const { refusedLinks, message } = error as PublicVariantError;
    // The Markdown link is rewritten by the build, so only the two HTML links are refused.
    expect(refusedLinks.map(({ line, url }) => [line, url])).toEqual([[4, `/incidents/${hidden}/`], [6, `/postmortems/${hidden}/`]]);
    expect(message.split('\n').map((line) => /^x\.mdx:(\d+): the link (\S+) leads to a postmortem customers do not see/.exec(line)?.slice(1))).toEqual([['4', `/incidents/${hidden}/`], ['6', `/postmortems/${hidden}/`]]);
  });
});

describe('corpusLinkRewriter: the build\'s answers when only the named posts were validated', () => {
  const contentDir = mkdtempSync(join(tmpdir(), 'kb-hidden-post-links-'));
  afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
  mkdirSync(join(contentDir, 'postmortems'));
  for (const file of readdirSync(join(fixturesDir, 'vocabulary'))) cpSync(join(fixturesDir, 'vocabulary', file), join(contentDir, file));
  writeFileSync(join(contentDir, 'postmortems', '2025-03-01-shown.mdx'), publicProbePost());
  writeFileSync(join(contentDir, 'postmortems', '2025-03-02-unseen.mdx'), publicProbePost().replace('visibility: public', 'visibility: internal').replaceAll('2025-03-01', '2025-03-02'));
  const rewrite = corpusLinkRewriter(contentDir, [], loadVocabulary(contentDir));

  test('a post not validated is read from the folder: internal-only, its target dropped (also on the internal site\'s host)', () => {
    expect(rewrite('/incidents/2025-03-02-unseen/')).toBeNull();
    expect(rewrite('https://kb.acme.net/postmortems/2025-03-02-UNSEEN/')).toBeNull();
  });
  test('a public post not validated keeps its link', () => {
    expect(rewrite('/incidents/2025-03-01-shown/')).toBeUndefined();
  });
});

describe('applyRedactionFixes on findings with no text to rewrite', () => {
  const source = publicProbePost({ body: '<span data-note="the runbook">Recovered.</span>\n' });
  const line = source.split('\n').findIndex((text) => text.startsWith('<span')) + 1;
  const finding = (message: string, fix: string): Finding => ({ file: 'x.mdx', line, column: 1, rule: 'redact/hidden-text', severity: 'error', message, fix });
  test('a data- attribute: which attribute to take out, not "the file changed"', () => {
    const { skipped, source: after } = applyRedactionFixes(source, [finding('a data- attribute holding words (published in the page source, never shown on the page) would be published; the guard cannot read what it shows: "data-note="…"".', 'write the words themselves')], { isMdx: true });
    expect(after).toBe(source);
    expect(skipped[0].reason).toMatch(/^npm run redact has no fix to propose for this: take the data-note attribute out/);
  });
  test('a YAML alias: the finding\'s own fix', () => {
    const { skipped } = applyRedactionFixes(source, [finding('public.title is the YAML alias *sig: the text it publishes is written elsewhere in the frontmatter.', 'write the public text itself in place of *sig.')], { isMdx: true });
    expect(skipped[0].reason).toBe('npm run redact has no fix to propose for this (the public text must be written by you): write the public text itself in place of *sig.');
  });
});
