// Bad input, round 42 (docs/rules.md, "Bad input round 42"): what an adopter's repository really
// contains, beyond rounds 30 to 41: page settings of Docusaurus, MkDocs, VuePress, Obsidian,
// Notion and Confluence; odd times of a run sheet; people where teams go; follow-ups as task
// lists; links to posts by title; odd file names; titles and summaries with Markdown; front matter
// after a comment line; a post that is only a table. Each change case was said with a wrong fix (a
// "did you mean" that merged two unrelated keys, "add it to teams.yaml" for a person, 05:49 for
// "5:49 PM"), with the format alone, or published as typed; each now gets one finding with the
// value to write. Controls are left as they were.
import { describe, expect, test } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsAfterEditingGoodInput, goodInputPostmortem, replacing } from '../support/content-fixture.ts';
import { findingsInGoodInputFolder, secondPostmortem } from '../support/good-input-folder.ts';
import { instantAdvice } from '../../src/lib/instant-advice.ts';
import { isBodyWithoutAccount } from '../../src/lib/empty-body.ts';
import { withoutComments } from '../../src/lib/unshown-comments.ts';
import { redactionFindingText, scanPublicText } from '../../src/lib/redaction-guard.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';

type Finding = { rule: string; message: string; fix?: string; line?: number; severity: string };
const said = (findings: Finding[]) => findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const saidForEdit = (change: (text: string) => string, name = goodInputPostmortem) => said(findingsAfterEditingGoodInput(change, name) as Finding[]);
const saidForBody = (text: string) => saidForEdit((source) => `${source}\n${text}\n`);
const adding = (lines: string) => replacing('related: []', `related: []\n${lines}`);

const frontmatterCases: [string, (text: string) => string, RegExp][] = [
  // Keys of other tools whose closest key misled.
  ['MkDocs Material: comments (was "did you mean commander?")', adding('comments: true'), /unknown key "comments": it is a page setting of another site generator or wiki.*\| delete it\./],
  ['Obsidian: created (was "keep one related:")', adding('created: 2025-07-08T17:45'), /unknown key "created": it is when the page was written or edited, which git keeps.*write drafted: <that day/],
  ['Notion: Created (capital; was "keep one related:")', adding('Created: July 8, 2025 5:45 PM'), /unknown key "Created": it is when the page was written or edited/],
  ['Notion: Last edited time (a key with spaces)', adding('Last edited time: July 12, 2025 9:10 AM'), /unknown key "Last edited time": it is when the page was written or edited/],
  ['Obsidian: publish (was "keep one published:")', adding('publish: true'), /unknown key "publish": who may read a postmortem is its visibility.*set status: and visibility: to what it meant/],
  ['Docusaurus: unlisted (was "keep one published:")', adding('unlisted: true'), /unknown key "unlisted": who may read a postmortem is its visibility/],
  ['MkDocs Material: subtitle (was "keep one title:")', adding('subtitle: Pool size'), /unknown key "subtitle".*move its text into summary/],
  ['MkDocs blog: links (was "did you mean risks?")', adding('links:\n  - 2025-07-01-db-failover.md'), /unknown key "links".*list the postmortems as related: \[<id>, …\]/],
  ['VuePress: article (was "keep one title:")', adding('article: false'), /unknown key "article": it is a page setting of another site generator/],
  ['an action item\'s done flag (was "keep one due:")', replacing('    status: done', '    done: true'), /unknown key "done": whether an action item is done is its status.*write status: done/],
  ['an action item\'s completion day (was "remove it")', replacing('    status: done', '    status: done\n    completed: 2025-07-20'), /unknown key "completed": whether an action item is done is its status/],
  // People and teams.
  ['an owner as a person with an e-mail (was "write owner: Alice Example")', replacing('owner: checkout', 'owner:\n      name: Alice Example\n      email: alice@acme.example'), /owner is a person .* an action item's owner is a team, an id of teams\.yaml.*write owner: <the id of that person's team/],
  ['an owner as a person\'s name (was "add it to teams.yaml")', replacing('owner: checkout', 'owner: Alice Example'), /owner "Alice Example" looks like a person's name, not a team/],
  ['an owner as a person\'s handle', replacing('owner: checkout', 'owner: "@alice"'), /owner "@alice" is a person's handle, not a team/],
  ['an owner as the team\'s handle', replacing('owner: checkout', 'owner: "@acme/checkout"'), /owner "@acme\/checkout" is the handle of the team checkout in .*teams\.yaml, not its id: write checkout\./],
  ['an owner TBD (was "retype the id", its capitals named)', replacing('owner: checkout', 'owner: TBD'), /owner "TBD" names no team: an action item needs the team that answers for it/],
  ['teams as a map of roles (was "write a list: [a, b]")', replacing('teams: [checkout]', 'teams:\n  checkout: owner'), /teams is written as a set of keys .*each id with a word about it.*teams: \[checkout\]/],
  // Follow-ups and days.
  ['a task list pasted as the action items (was "Unexpected scalar at node end")', (t) => t.replace(/actionItems:\n[\s\S]*?related:/, 'actionItems:\n  - [ ] Validate pool sizes in CI\n  - [x] Alert on pool saturation\nrelated:'), /is a line of a Markdown task list, which YAML cannot read.*"title: Validate pool sizes in CI", "status: open"/],
  ['a due day with a note after it (was the format alone)', replacing('due: 2025-08-01', 'due: "2025-08-01 (Alice)"'), /It is the day 2025-08-01 with a note after it \("Alice"\): write 2025-08-01 alone/],
  ['a time of a 12-hour clock without its day (was 05:49)', replacing('  - at: 2025-07-08T17:49:00Z', '  - at: "5:49 PM"'), /5:49 PM is a time without its day, on a 12-hour clock: write the day before it, 2025-07-08T17:49:00Z: times\.started is 2025-07-08T17:45:00Z/], // round 55: times.started's day, no longer an example's
  ['a span of a run sheet (was "…T17:49:00-17:52")', replacing('  - at: 2025-07-08T17:49:00Z', '  - at: "17:49-17:52"'), /17:49-17:52 is a span of time, not one moment: write when it began.*2025-07-08T17:49:00Z/],
  ['24:00 alone (was "e.g. 2025-07-08T24:00:00Z", refused in turn)', replacing('  - at: 2025-07-08T17:49:00Z', '  - at: "24:00"'), /24:00 is a time without its day, the end of a day: write it as 00:00 of the next day.*2025-07-09T00:00:00Z/],
  // Wiki links in related.
  ['related as a wiki link in quotes (was "holds [")', replacing('related: []', 'related: ["[[2025-07-01-db-failover]]"]'), /related lists "\[\[2025-07-01-db-failover\]\]", a wiki link as Obsidian writes it: related lists ids alone/],
  ['related as a wiki link unquoted (was "put it in double quotes")', replacing('related: []', 'related: [[2025-07-01-db-failover]]'), /related\[0\] is \["2025-07-01-db-failover"\], but must be text: \[\[2025-07-01-db-failover\]\], a wiki link.*related: \[2025-07-01-db-failover\]/],
  // Titles and summaries.
  ['an emoji shortcode in the title (was published as typed)', replacing('title: Checkout errors after a config push', 'title: "Checkout errors :fire: after a config push"'), /title holds the Markdown :fire:.*"Checkout errors 🔥 after a config push"/],
  ['a Markdown link in the summary (was published as typed)', replacing('summary: A configuration push', 'summary: A [configuration push](https://acme.example/pr/1)'), /summary holds the Markdown \[configuration push\]\(https:\/\/acme\.example\/pr\/1\).*"A configuration push lowered/],
  // Front matter after a comment line.
  ['front matter after a one-line HTML comment (was "replace <!-- and --> with ---")', (t) => `<!-- generated by wiki-export -->\n${t}`, /frontmatter\/missing .*the frontmatter's `---` is on line 2, after `<!-- generated by wiki-export -->`.*move the lines above it below the frontmatter, or delete them/],
];

describe('frontmatter as other tools and trackers write it, said with the value to write', () => {
  test.each(frontmatterCases)('%s', (_label, change, expected) => {
    const found = saidForEdit(change, goodInputPostmortem.replace(/\.mdx$/, '.md'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
});

describe('controls: said as before', () => {
  test.each([
    // Round 53: said in one sentence, the id to write (was: its capitals named, then "did you mean").
    ['a team id in other letter case gives the id to write', replacing('owner: checkout', 'owner: Checkout'), /owner "Checkout" is the team checkout in other letter case.*Write checkout\./],
    ['a service id with a space keeps "did you mean"', replacing('services: [checkout-api]', 'services: [checkout api]'), /unknown service "checkout api": it is not in .*Did you mean "checkout-api"\?/],
    ['a tag in two brackets is still "must be text"', replacing('tags: [config]', 'tags: [[config]]'), /tags\[0\] is \["config"\], but must be text/],
    ['a day with a time of day in words keeps its own advice', replacing('due: 2025-08-01', 'due: 2025-08-01 EOD'), /e\.g\. 2025-08-01\. This field is a day/],
    ['a frontmatter wrapped in an HTML comment is still told to use ---', (t) => `<!--\n${t.slice(4, t.indexOf('\n---\n', 4))}\n-->\n\nText.\n`, /line 1 is `<!--`, an HTML comment: fields in a comment are not read.*replace `<!--` and `-->` around the fields/],
  ])('%s', (_label, change, expected) => {
    expect(saidForEdit(change).join('\n')).toMatch(expected);
  });
});

describe('the body: marks of other tools said once (before: published as typed)', () => {
  test.each([
    ['a wiki link to a post\'s id', 'See [[2025-07-01-db-failover|the failover]].', /\[\[2025-07-01-db-failover\|the failover\]\] is a wiki link.*write \[the failover\]\(\/postmortems\/2025-07-01-db-failover\/\)/],
    ['a task box without its space', '## Follow-ups\n\n- [] Validate pool sizes in CI', /`\[\]` before "Validate pool sizes in CI" is a task list's box without the space inside it.*write \[ \]/],
    ['a Confluence address without its host', 'See [the old page](/display/SRE/Checkout+errors+after+a+config+push).', /the link \/display\/SRE\/Checkout\+errors.* is the address of a Confluence page \("Checkout errors after a config push"\) without the wiki's host/],
    ['Org\'s italic in an Org body', '#+TITLE: Checkout\n\nThe pool was /far/ too small.', /\/far\/ is italic in Org-mode markup.*write it as \*far\*/],
  ])('%s', (_label, text, expected) => {
    const found = saidForBody(text).filter((f) => !/Org-mode keyword/.test(f));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test.each([
    ['a footnote mark in two brackets', 'As measured [[1]].'],
    ['a path between slashes in a Markdown body', 'The logs are in /var/ and /srv/ on each host.'],
    ['a path between slashes in an Org body', '#+TITLE: Checkout\n\nThe logs are in /var/log/app on each host.'],
    ['a task list written right', '- [ ] Validate pool sizes\n- [x] Alert on saturation'],
    ['an empty JavaScript list in a code span', '- `[]` is what the pool returned.'],
  ])('control: %s', (_label, text) => {
    expect(saidForBody(text).filter((f) => !/Org-mode keyword/.test(f))).toEqual([]);
  });
});

/** What validateCorpus says over a copy of the good-input knowledge base after `setup`. */
const saidForFolder = (setup: (postmortems: string, good: string) => void) => said(findingsInGoodInputFolder(setup) as Finding[]);
const second = secondPostmortem;

describe('posts named by title, and file names as exports write them', () => {
  test.each([
    ['a link by title', (good: string) => `${second(good)}\nSee [the first](</postmortems/Checkout errors after a config push/>).\n`, /"Checkout errors after a config push" is the title of the postmortem 2025-07-08-checkout-config, not its id.*link to its page by its id: \/postmortems\/2025-07-08-checkout-config\//],
    ['a link by the slug of a title', (good: string) => `${second(good)}\nSee [the first](/postmortems/checkout-errors-after-a-config-push/).\n`, /is made of the title of the postmortem 2025-07-08-checkout-config, as a wiki makes an address of it/],
    ['related by title', (good: string) => second(good).replace('related: []', 'related: ["Checkout errors after a config push"]'), /related postmortem "Checkout errors after a config push" is the title of the postmortem 2025-07-08-checkout-config, not its id.*Write 2025-07-08-checkout-config\./],
  ])('%s (before: "does not exist", with no id to write)', (_label, write, expected) => {
    const found = saidForFolder((dir, good) => writeFileSync(join(dir, '2025-07-09-checkout-again.mdx'), write(good)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test('control: a link to an id that no post has and no title says is said as before', () => {
    const found = saidForFolder((dir, good) => writeFileSync(join(dir, '2025-07-09-checkout-again.mdx'), `${second(good)}\nSee [x](/postmortems/2025-07-01-db-failover/).\n`));
    expect(found).toHaveLength(1);
    // Round 44: the postmortem of the nearest day is named too.
    expect(found[0]).toMatch(/names the postmortem "2025-07-01-db-failover", which does not exist \(the postmortem of the nearest day is "2025-07-0[89]-checkout-[a-z]+"\): the page would link to a page not found\. \|/);
  });
  test.each([
    ['%20 for a space (was "checkout-20config")', '2025-07-08-checkout%20config.mdx', /rename the file to 2025-07-08-checkout-config\.mdx/],
    ['a Notion export\'s page id (was kept in the id)', 'Checkout errors after a config push 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.mdx', /rename the file to checkout-errors-after-a-config-push\.mdx/],
    ['words in another script (was renamed to the day alone)', '2025-07-08-сбой.mdx', /rename the file to 2025-07-08-<what broke, in Latin letters/],
  ])('a file name with %s', (_label, name, expected) => {
    const found = saidForFolder((dir, good) => {
      rmSync(join(dir, '2025-07-08-checkout-config.mdx'));
      writeFileSync(join(dir, name), good);
    });
    expect(found.filter((f) => f.startsWith('file/name'))).toHaveLength(1);
    expect(found.join('\n')).toMatch(expected);
  });
});

describe('a body of empty tables or comments counts as empty; one with words does not', () => {
  test.each([
    ['a table of empty cells', '| | |\n|---|---|\n| | |\n', true],
    ['an MDX comment with spaces in its braces', '{ /* TODO: write this */ }\n', true],
    ['two comments in one expression', '{/* a */ /* b */}\n', true],
    ['a table with words', '| Impact | Checkout failed |\n|---|---|\n', false],
    ['a comment beside words', '{ /* TODO */ } The pool ran dry.\n', false],
  ])('%s', (_label, body, empty) => {
    expect(isBodyWithoutAccount(body)).toBe(empty);
  });
  test('the language counts leave out a comment with spaces in its braces, as the page does', () => {
    expect(withoutComments('Die Seite { /* TODO: the English words of a note */ } bleibt.')).toBe('Die Seite   bleibt.');
  });
  test('a published post whose body is a table of empty cells is body/empty (before: published as an empty grid)', () => {
    const found = saidForEdit((t) => `${t.slice(0, t.indexOf('\n---\n', 4) + 5)}\n| | |\n|---|---|\n| | |\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^body\/empty .*only headings and tables with empty cells/);
  });
});

describe('a secret of 40,000 characters is quoted by its ends, and npm run redact still wraps all of it', () => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+/';
  const run = Array.from({ length: 40_000 }, (_, i) => alphabet[(i * 7919 + (i >> 3)) % 64]).join('');
  const source = `---\ntitle: Checkout errors\n---\n\nThe key was ${run} in the log.\n`;
  const findings = scanPublicText('post.mdx', source, { internalDomains: ['.internal'], serviceIds: [], people: [] }).findings.filter((f) => f.rule === 'redact/secret');
  test('the message and the fix are short (before: the run whole in both, 120,000 characters)', () => {
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/would be published: "[^"]{60}…[^"]{20}" \(40,000 characters, its ends shown\)\.$/);
    expect(findings[0].message.length + (findings[0].fix ?? '').length).toBeLessThan(1_000);
    expect(redactionFindingText(findings[0])).toBe(`${run.slice(0, 60)}…${run.slice(-20)}`);
  });
  test('npm run redact wraps the whole run (control: it did before, from the whole quote)', () => {
    const result = applyRedactionFixes(source, findings, { isMdx: true });
    expect(result.skipped).toEqual([]);
    expect(result.source).toContain(`The key was <Internal>${run}</Internal> in the log.`);
  });
});

test('control: a short secret is quoted whole, as before', () => {
  const found = scanPublicText('post.md', 'The token was ghp_abcdefghijklmnopqrstuvwxyz0123456789 in the log.\n', { internalDomains: ['.internal'], serviceIds: [], people: [] }).findings.filter((f) => f.rule === 'redact/secret');
  expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/would be published: "ghp_abcdefghijklmnopqrstuvwxyz0123456789"\.$/)]);
});

test('instantAdvice: a time alone on a 24-hour clock keeps its advice (control)', () => {
  expect(instantAdvice('17:49', () => true)).toBe('17:49 is a time without its day: write the day before it, e.g. 2025-07-08T17:49:00Z.');
});
