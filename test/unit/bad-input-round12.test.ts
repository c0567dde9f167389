// Bad input, round 12: what round 11 left (docs/rules.md, "Bad input round 12").
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { publicationSources, scanOneForPublication } from '../../scripts/lib/redaction-check.ts';
import { findingsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { publicRefusal, shortPost as post } from '../support/public-refusal.ts';
import { loadKbConfig, type KbConfigInput } from '../../src/lib/kb-config.ts';
import { configRefusalLines } from '../support/kb-config-refusal.ts';
import { fixtureVocabularySources, vocabularyProblems } from '../support/vocabulary-fixture.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';

const publicWording = 'public:\n  title: Checkout errors\n  summary: Some checkouts failed for 10 minutes.\n';
/** The good fixture made a public post, with `body` appended. */
const asPublicPost = (text: string, body: string) =>
  `${text.replace('visibility: internal', 'visibility: public').replace('related: []', `${publicWording}related: []`)}\n${body}\n`;


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

const findingsAfter = findingsAfterEditingGoodInput;
const impactLine = '  description: Some checkout attempts failed.';

describe('empty optional texts: commander and impact.slo (they passed and were shown as nothing)', () => {
  test.each([['commander: ""', 'commander is empty.'], ['commander: "   "', 'commander is empty (it holds only spaces).']])('%s is an error at the field, with the fix to write it or delete the key', (line, message) => {
    expect(findingsAfter(replacing('related: []', `${line}\nrelated: []`))).toEqual([expect.objectContaining({
      field: 'commander', line: 38, severity: 'error', message, fix: 'write the text, or remove the key if it is optional.',
    })]);
  });

  test('a commander of marks only ("-") is an error naming the role to write; "IC: payments on-call" passes', () => {
    expect(findingsAfter(replacing('related: []', 'commander: "-"\nrelated: []')).filter((f) => f.severity === 'error')).toEqual([expect.objectContaining({
      field: 'commander', message: expect.stringContaining('has no letter or digit: write the role, e.g. "IC: payments on-call", or delete the line'),
    })]);
    expect(findingsAfter(replacing('related: []', 'commander: "IC: payments on-call"\nrelated: []')).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('impact.slo of spaces, or of marks only, is an error; a real SLO (with <) passes', () => {
    const slo = (value: string) => findingsAfter(replacing(impactLine, `${impactLine}\n  slo: ${value}`)).filter((f) => f.severity === 'error');
    expect(slo('"  "')).toEqual([expect.objectContaining({ field: 'impact.slo', message: 'impact.slo is empty (it holds only spaces).' })]);
    expect(slo('"--"')).toEqual([expect.objectContaining({ field: 'impact.slo', message: expect.stringContaining('has no letter or digit') })]);
    expect(slo('"p99 < 200 ms"')).toEqual([]);
  });
});

describe('reviewers are roles and team handles, not people', () => {
  const reviewers = (list: string) => findingsAfter(replacing('related: []', `reviewers: ${list}\nrelated: []`)).filter((f) => f.rule === 'schema/reviewer-person');

  test('"Alice Smith" (shaped like a name) is a warning at its entry, with the handle or role to write', () => {
    expect(reviewers('["@acme/checkout", "Alice Smith"]')).toEqual([expect.objectContaining({
      severity: 'warning', field: 'reviewers.1', line: 38,
      message: expect.stringContaining('reviewers[1] is "Alice Smith", which reads as a person\'s name: reviewers lists the roles and team handles'),
      fix: expect.stringContaining('write the team\'s handle (e.g. "@acme/checkout") or the role'),
    })]);
  });

  test('roles pass, capitalised or not: the fixtures\' and content\'s reviewers', () => {
    expect(reviewers('["@acme/sre", "VP Engineering", "Security Lead", "SRE reviewer", "database reliability lead", "CTO", "counsel"]')).toEqual([]);
  });

  test('a member of a team in teams.yaml is an error on a published postmortem (a warning on a draft), whatever its shape', () => {
    const dir = makeContentFromFixture('good-input');
    const teams = join(dir, 'teams.yaml');
    writeFileSync(teams, readFileSync(teams, 'utf8').replace(/^checkout:\n/m, 'checkout:\n  members: [alice smith]\n'));
    const path = join(dir, goodInputPostmortem);
    writeFileSync(path, readFileSync(path, 'utf8').replace('related: []', 'reviewers: ["Alice Smith"]\nrelated: []'));
    expect(validateCorpus(dir).findings.filter((f) => f.rule === 'schema/reviewer-person')).toEqual([expect.objectContaining({
      severity: 'error', message: expect.stringContaining('is "Alice Smith", a person (a member of the team checkout in teams.yaml)'),
    })]);
  });
});

describe('repeats and a draft with a publication day', () => {
  test('public.include: [risks, risks] is an error at the second (it passed)', () => {
    const errors = findingsAfter((text) => text.replace('visibility: internal', 'visibility: public')
      .replace('related: []', 'risks: [Pool sizes are not checked in CI.]\npublic:\n  title: Checkout errors\n  summary: Some checkouts failed for 10 minutes.\n  include: [risks, risks]\nrelated: []'))
      .filter((f) => f.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ field: 'public.include[1]', message: expect.stringContaining('public.include lists "risks" twice (public.include[0] and public.include[1])') })]);
  });

  test('a draft with a published day is a warning at the day; in-review too; a published one is not concerned', () => {
    const draft = findingsAfter(replacing('status: published', 'status: draft')).filter((f) => f.field === 'published');
    expect(draft).toEqual([expect.objectContaining({ severity: 'warning', rule: 'schema/consistency', line: 21, message: expect.stringContaining('status is draft, but published is 2025-07-12: a draft is not published') })]);
    expect(findingsAfter(replacing('status: published', 'status: in-review')).filter((f) => f.field === 'published')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('a postmortem in review is not published') })]);
    expect(findingsAfter((text) => text).filter((f) => f.field === 'published')).toEqual([]);
  });
});

describe('a name listed twice in site.config.ts redaction lists (it passed)', () => {
  const settings = (redaction: KbConfigInput['redaction']): KbConfigInput => ({
    organisation: 'Acme',
    sites: { internal: { title: 'Acme KB', url: 'https://incidents.acme.internal' }, public: { title: 'Acme Status', url: 'https://status.acme.example' } },
    redaction,
  });
  const now = new Date('2026-12-01T10:00:00Z');
  const load = (input: KbConfigInput) => loadKbConfig(input, {}, { fileExists: () => false, now });
  const refusal = (input: KbConfigInput) => configRefusalLines(input, now);

  test('redaction.people naming someone twice (or in other letter case) is refused at the second, with the entry to delete', () => {
    expect(refusal(settings({ people: ['Jane Doe', 'Sam Lee', 'Jane Doe'] }))).toEqual(['  - redaction.people[2] "Jane Doe" is redaction.people[0] ("Jane Doe") again: delete redaction.people[2].']);
    expect(refusal(settings({ people: ['Jane Doe', 'jane doe'] }))).toEqual(['  - redaction.people[1] "jane doe" is redaction.people[0] ("Jane Doe") again in other letter case (names are found in any case): delete redaction.people[1].']);
    expect(refusal(settings({ internalDomains: ['.corp', '.corp'] }))[0]).toContain('redaction.internalDomains[1] ".corp" is redaction.internalDomains[0]');
  });

  test('different people pass', () => {
    expect(load(settings({ people: ['Jane Doe', 'Jane Roe'] })).redaction.people).toEqual(['Jane Doe', 'Jane Roe']);
  });
});

describe('two teams with one handle or one name (they passed)', () => {
  const teams = fixtureVocabularySources().teams;

  test('a second team with the handle of another is refused at its handle, naming both', () => {
    const problems = vocabularyProblems({ teams: `${teams}\ncheckout-web:\n  name: Checkout Web\n  handle: "@Acme/checkout"\n` });
    expect(problems).toEqual([expect.objectContaining({
      file: 'content/teams.yaml',
      message: 'team "checkout-web" has the handle "@Acme/checkout", which team "checkout" has too (line 8): npm run review would ask the one GitHub team for both, and an approval of one would count for the other.',
      fix: 'give each team its own handle, or merge "checkout-web" into "checkout" if they are one team.',
    })]);
  });

  test('a second team of the same name (any letter case) is refused at its name', () => {
    const problems = vocabularyProblems({ teams: `${teams}\ncheckout-web:\n  name: checkout\n` });
    expect(problems.map((p) => p.message)).toEqual(['team "checkout-web" is named "checkout", as team "checkout" is (line 7): every page, filter and search would show two teams by one name.']);
  });

  test('the fixture\'s teams, each with its own handle and name, pass', () => {
    expect(parseVocabulary(fixtureVocabularySources({ teams: `${teams}\ncheckout-web:\n  name: Checkout Web\n  handle: "@acme/checkout-web"\n` })).teams.get('checkout-web')?.handle).toBe('@acme/checkout-web');
  });
});

describe('<Internal> inside <Internal>, and <Internal /> (they passed)', () => {
  const bodyFindings = (body: string) => findingsAfter((text) => `${text}\n${body}\n`).filter((f) => f.rule === 'mdx/redundant-variant');

  test('an <Internal> inside another is a warning at the inner one, naming the outer line and the fix', () => {
    expect(bodyFindings('<Internal>\nThe db-7 pool.\n\n<Internal>Ticket OPS-1.</Internal>\n</Internal>')).toEqual([expect.objectContaining({
      severity: 'warning', line: 48,
      message: '<Internal> inside the <Internal> of line 45 does nothing more: the public site already cuts the outer block whole, and the internal site draws an "Internal only" box inside another.',
      fix: 'remove the inner <Internal> and </Internal> tags and keep their text inside the outer block.',
    })]);
  });

  test('<Internal /> and an <Internal> of spaces are warnings: they cut nothing; <PublicOnly /> too', () => {
    expect(bodyFindings('<Internal />\nThe db-7 pool was resized.')).toEqual([expect.objectContaining({
      severity: 'warning', line: 45, message: expect.stringContaining('<Internal> holds nothing, so it cuts nothing from the public site'),
    })]);
    expect(bodyFindings('Text <Internal> </Internal> here.')).toHaveLength(1);
    expect(bodyFindings('<PublicOnly />')).toEqual([expect.objectContaining({ message: expect.stringContaining('<PublicOnly> holds nothing, so it cuts nothing from the internal site') })]);
  });

  test('side by side, or holding text, they pass', () => {
    expect(bodyFindings('<Internal>One.</Internal>\n\n<Internal>\nTwo.\n</Internal>\n\n<PublicOnly>We are sorry.</PublicOnly>')).toEqual([]);
  });
});
