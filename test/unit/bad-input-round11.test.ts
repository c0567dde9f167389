// Bad input, round 11: what round 10 left, and further inputs tried against every entry point
// (docs/rules.md, "Bad input round 11").
import { describe, expect, test } from 'vitest';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorsAfterEditingGoodInput, findingsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import { loadKbConfig, type KbConfigInput } from '../../src/lib/kb-config.ts';
import { configRefusalLines } from '../support/kb-config-refusal.ts';
import { vocabularyProblems, fixtureVocabularySources } from '../support/vocabulary-fixture.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';
import { slugOptionProblem, slugFromTitle } from '../../src/lib/slug.ts';
import { slugify } from '../../src/lib/draft/render.ts';
import { scaffoldTitleProblem } from '../../src/lib/scaffold-options.ts';
import { machineFolderProblem } from '../../src/lib/named-folders.ts';
import { unknownOptionMessage } from '../../scripts/lib/command-line.ts';

const errorsAfter = errorsAfterEditingGoodInput;
const title = 'title: Checkout errors after a config push';

const findingsAfter = findingsAfterEditingGoodInput;

describe('site.config.ts: the public site over plain http', () => {
  const settings = (publicUrl: string, internalUrl = 'https://incidents.acme.internal'): KbConfigInput => ({
    organisation: 'Acme',
    sites: { internal: { title: 'Acme KB', url: internalUrl }, public: { title: 'Acme Status', url: publicUrl } },
  });
  const now = new Date('2026-11-22T10:00:00Z');
  const load = (input: KbConfigInput) => loadKbConfig(input, {}, { fileExists: () => false, now });
  const refusal = (input: KbConfigInput) => configRefusalLines(input, now);

  test('http://status.acme.example is refused, naming the https address to write (it was taken and written into every canonical link, the feed and the sitemap)', () => {
    expect(refusal(settings('http://status.acme.example'))).toEqual([
      '  - sites.public.url (http://status.acme.example) is plain http: browsers mark the customer-facing site "Not secure", anyone on the way can change what customers read, and every public page\'s canonical link, the feed and the sitemap would name http. Serve it over https and write "https://status.acme.example" (docs/deploy.md).',
    ]);
    expect(refusal(settings('HTTP://status.acme.example:8080'))[0]).toMatch(/is plain http: .* write "https:\/\/status\.acme\.example:8080"/);
  });

  test('the internal site may stay on http; a public https address is taken', () => {
    expect(load(settings('https://status.acme.example', 'http://incidents.acme.internal')).sites.internal.url).toBe('http://incidents.acme.internal');
  });

  test('a preview address over http is said once, as this machine (not twice)', () => {
    expect(refusal(settings('http://localhost:4321'))).toEqual([expect.stringContaining('is this machine (localhost)')]);
  });

  test('"https://status." (one label and a dot) is a name only a local network resolves (it passed)', () => {
    expect(refusal(settings('https://status.'))).toEqual([expect.stringContaining('(https://status.) is a name of one label')]);
    expect(load(settings('https://status.acme.example.')).sites.public.url).toBe('https://status.acme.example.');
  });

  test('a tab in the organisation, a site title or a redaction name is refused with the text to write (it was taken)', () => {
    expect(refusal({ ...settings('https://status.acme.example'), organisation: 'Acme\tInc' })).toEqual(['  - organisation ("Acme\\tInc") holds a tab: pages show it as a space, the feed keeps the tab. Write a space instead: "Acme Inc".']);
    expect(refusal({ ...settings('https://status.acme.example'), redaction: { people: ['Jane\tDoe'] } }))
      .toEqual(['  - redaction.people[0] is "Jane\\tDoe", which holds a tab: the name as the postmortems write it, with a space, would not be found. Write "Jane Doe".']);
  });
});

describe('frontmatter', () => {
  test('a tab in the title is schema/plain-text at the field, with the title to write (it passed)', () => {
    expect(errorsAfter(replacing(title, 'title: "Checkout\\terrors after a config push"'))).toEqual([expect.objectContaining({
      rule: 'schema/plain-text', field: 'title', line: 2,
      message: 'title holds a tab after "Checkout": every page shows it as a space, but the feed, the JSON and searches keep the tab, so the title is not the one shown.',
      fix: 'write a space instead of the tab: "Checkout errors after a config push".',
    })]);
    // A raw tab inside a plain value, and one in public.title, likewise.
    expect(errorsAfter(replacing(title, 'title: Checkout\terrors')).map((e) => e.rule)).toEqual(['schema/plain-text']);
  });

  test('a tab in a draft\'s title is a warning, as the other plain-text findings are', () => {
    const findings = findingsAfter((text) => replacing(title, 'title: "Checkout\\terrors"')(text).replace('status: published', 'status: draft').replace('published: 2025-07-12\n', ''));
    expect(findings.filter((f) => f.rule === 'schema/plain-text').map((f) => f.severity)).toEqual(['warning']);
  });

  test('a title holding a carriage return alone ("\\r" in quotes) spans 2 lines (it said "spans 1 lines")', () => {
    expect(errorsAfter(replacing(title, 'title: "Checkout\\rerrors"')).map((e) => e.message)).toEqual([expect.stringMatching(/^title spans 2 lines; /)]);
  });

  test('teams: [] is an error from in-review on, saying to name the team or delete the line (it passed)', () => {
    expect(errorsAfter(replacing('teams: [checkout]', 'teams: []'))).toEqual([expect.objectContaining({
      rule: 'schema/required', field: 'teams', line: 8,
      message: 'status is published, but teams is an empty list ([]): name the team or teams that responded.',
      fix: 'list their ids from teams.yaml, e.g. teams: [checkout]; if no team is recorded (an old report), delete the line.',
    })]);
  });

  test('teams: [] on a draft is a fill-before-review warning; teams left out passes', () => {
    const asDraft = (text: string) => text.replace('status: published', 'status: draft').replace('published: 2025-07-12\n', '');
    const findings = findingsAfter((text) => asDraft(text).replace('teams: [checkout]', 'teams: []'));
    expect(findings.filter((f) => f.field === 'teams').map((f) => [f.rule, f.severity])).toEqual([['draft/fill-before-review', 'warning']]);
    expect(errorsAfter(replacing('teams: [checkout]\n', ''))).toEqual([]);
  });

  test('title: #Checkout errors says the # starts a comment, with the quoted value (it said only "nothing is written after title:")', () => {
    expect(errorsAfter(replacing(title, 'title: #Checkout errors'))).toEqual([expect.objectContaining({
      rule: 'schema/type', field: 'title',
      message: 'title is empty: the "#" after `title:` starts a YAML comment, so "#Checkout errors" is not read as its value.',
      fix: 'put the value in quotes, title: "#Checkout errors", if the "#" is part of it; if it is a note, write the value before it, or delete the line where the field is optional.',
    })]);
  });

  test('title: Checkout: errors names the value\'s ": " and the quoted value (it was "Nested mappings are not allowed in compact mappings")', () => {
    expect(errorsAfter(replacing(title, 'title: Checkout: errors'))).toEqual([expect.objectContaining({
      rule: 'frontmatter/yaml',
      message: 'frontmatter is not valid YAML: the value "Checkout: errors" holds ": ", which YAML reads as the start of another key.',
      fix: 'put the whole value in double quotes: "Checkout: errors" (a " inside it written as \\").',
    })]);
  });

  test('a first line of flow fields ({title: …}) is a few errors, the cascade counted in one (it was 114, one per token)', () => {
    const errors = errorsAfter((text) => text.replace(`${title}\n`, `{${title.replace('title: ', 'title: ')}}\n`));
    expect(errors.length).toBeLessThanOrEqual(3);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/the reader stopped at this line: the \d+ errors it gave for the tokens after it follow from this one, so what follows was not read/);
  });

  test.each([
    ['a line break ("\\n" in quotes)', '"https://tracker.example.com/OPS-\\n123"', 'has a line break in it'],
    ['a tab', '"https://tracker.example.com/OPS-\\t123"', 'has a tab in it'],
  ])('an action item link holding %s is refused (the URL parser dropped it: another address was stored)', (_what, link, said) => {
    const errors = errorsAfter(replacing('    verification: CI rejects a pool of 8.', `    verification: CI rejects a pool of 8.\n    link: ${link}`));
    expect(errors).toEqual([expect.objectContaining({ rule: 'schema/invalid', field: 'actionItems[0].link', message: expect.stringContaining(said) })]);
  });

  test('a statusPage whose host holds a Cyrillic letter is refused with the address meant (it was published as a link to another host)', () => {
    expect(errorsAfter(replacing('related: []', 'related: []\nstatusPage: https://st\u0430tus.example.com/incidents/1')).map((e) => e.message))
      .toEqual(['statusPage: "https://stаtus.example.com/incidents/1" holds "а" (U+0430, a Cyrillic letter) in its host, which looks like a Latin letter but leads to another host: retype it, https://status.example.com/incidents/1.']);
    expect(errorsAfter(replacing('related: []', 'related: []\nstatusPage: https://status.example.com/incidents/1'))).toEqual([]);
  });

  test.each(['..', '"-"', '"_."'])('an action item id %s (no letter or digit) is refused (it passed)', (id) => {
    expect(errorsAfter(replacing('id: AI-1', `id: ${id}`)).map((e) => [e.rule, e.message])).toEqual([['schema/invalid', expect.stringMatching(/which has no letter or digit: an action item id names the item/)]]);
  });

  test('commander and impact.slo holding HTML are schema/plain-text (they were shown as typed)', () => {
    expect(errorsAfter(replacing('related: []', 'related: []\ncommander: "<b>IC</b>: payments on-call"')).map((e) => [e.rule, e.field])).toEqual([['schema/plain-text', 'commander']]);
    expect(errorsAfter(replacing('  end: 2025-07-08T17:55:00Z', '  end: 2025-07-08T17:55:00Z\n  slo: "checkout <i>availability</i>"')).map((e) => [e.rule, e.field])).toEqual([['schema/plain-text', 'impact.slo']]);
    expect(errorsAfter(replacing('  end: 2025-07-08T17:55:00Z', '  end: 2025-07-08T17:55:00Z\n  slo: "p99 < 200 ms"'))).toEqual([]);
  });
});

describe('time zones and encodings', () => {
  test.each(['-13:00', '+14:30', '-12:30'])('an offset of %s, which no zone has, is refused with the range (only the hours were compared with 14)', (offset) => {
    const errors = errorsAfter(replacing('started: 2025-07-08T17:45:00Z', `started: 2025-07-08T17:45:00${offset}`));
    expect(errors.filter((e) => e.field === 'times.started').map((e) => e.message)).toEqual([expect.stringContaining(`${offset} is no offset from UTC: offsets run from -12:00 to +14:00`)]);
  });

  test('the ends of the range, -12:00 and +14:00, are taken', () => {
    expect(errorsAfter(replacing('started: 2025-07-08T17:45:00Z', 'started: 2025-07-09T07:45:00+14:00'))).toEqual([]);
    expect(errorsAfter(replacing('started: 2025-07-08T17:45:00Z', 'started: 2025-07-08T05:45:00-12:00'))).toEqual([]);
  });

  test('a second byte-order mark before the --- is named (it was "the file has no frontmatter block"); one is read', () => {
    expect(errorsAfter((text) => `\uFEFF\uFEFF${text}`)).toEqual([expect.objectContaining({
      rule: 'frontmatter/missing', line: 1,
      message: 'line 1 holds the invisible character U+FEFF (a second byte-order mark) before its `---`: frontmatter opens with a line of exactly `---`, so these fields would be shown as text.',
    })]);
    expect(errorsAfter((text) => `\uFEFF${text}`)).toEqual([]);
  });
});

describe('MDX bodies: the fix for a tag never closed', () => {
  const bodyErrors = (extra: string) => errorsAfter((text) => `${text}\n${extra}\n`);

  test('<br> is told to close itself, <br /> (the fix was "add </br> on a line of its own")', () => {
    expect(bodyErrors('line<br>next')).toEqual([expect.objectContaining({
      rule: 'mdx/syntax',
      message: expect.stringContaining('(the <br> opened here is never closed: MDX closes no element by itself, not even one HTML leaves empty)'),
      fix: 'close it in the tag itself: <br /> (with the rest of its attributes before the />).',
    })]);
  });

  test('<details><summary>More</summary> on one line is told to go on a line of its own (it was told to add </details>, which the file had)', () => {
    const [error] = bodyErrors('<details><summary>More</summary>\n\nThe rest.\n\n</details>');
    expect(error.fix).toBe('<details> shares its line with text or other tags, so MDX reads it as part of that paragraph, where it must also close: put <details> on a line of its own (and </details> on one of its own where that part ends, a blank line around the text between), or close it on the same line.');
    // As told, it parses.
    expect(bodyErrors('<details>\n<summary>More</summary>\n\nThe rest.\n\n</details>')).toEqual([]);
  });

  test('a <style> element names itself when its CSS braces break the parse (it was "Could not parse expression with acorn" alone)', () => {
    expect(bodyErrors('<style>body{display:none}</style>')).toEqual([expect.objectContaining({
      rule: 'mdx/syntax',
      message: expect.stringContaining('(inside a <style> element, whose CSS braces MDX reads as expressions;'),
      fix: 'remove the <style> element; to show the CSS in the report, put it in a fenced code block (```css before it, ``` after).',
    })]);
  });

  test('an <Internal> never closed keeps its fix', () => {
    expect(bodyErrors('<Internal>\nsecret').map((e) => e.fix)).toEqual(['add </Internal> on a line of its own where that part ends, with a blank line before it.']);
  });
});

describe('vocabularies', () => {
  const teamWith = (line: string) => ({ teams: fixtureVocabularySources().teams.replace('  handle: "@acme/payments"', `  handle: "@acme/payments"\n${line}`) });

  test('a team member listed twice is refused at the second (it passed)', () => {
    expect(vocabularyProblems(teamWith('  members: [Alice Smith, Bob, Alice Smith]'))).toEqual([expect.objectContaining({
      file: 'content/teams.yaml', line: 6, column: 31,
      message: 'payments.members.2 is "Alice Smith", which members lists already (members[0]).',
      fix: 'delete this entry.',
    })]);
  });

  test('the same member in another letter case, an alias twice: refused likewise', () => {
    expect(vocabularyProblems(teamWith('  members: [Alice Smith, alice smith]')).map((p) => p.message)).toEqual(['payments.members.1 is "alice smith", which members lists already (members[0], "Alice Smith").']);
    const tags = `${fixtureVocabularySources().tags}\nkubernetes-x:\n  aliases: [k8s, K8s]\n`;
    expect(vocabularyProblems({ tags }).map((p) => p.message)).toEqual(['kubernetes-x.aliases.1 is "K8s", which aliases lists already (aliases[0], "k8s").']);
  });

  test('a flow mapping before the entries of tags.yaml is one error, the cascade counted in it (it was 170, one per token)', () => {
    const problems = vocabularyProblems({ tags: `{config: {}}\n${fixtureVocabularySources().tags}` });
    expect(problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/^not valid YAML: Unexpected scalar token in YAML stream: .* \(the reader stopped at this line: the \d+ errors it gave for the tokens after it follow from this one, so what follows was not read\)\.$/) })]);
  });

  test('a member of one letter is refused, as redaction.people refuses one (it would be every "a" of every public post)', () => {
    expect(vocabularyProblems(teamWith('  members: [A]')).map((p) => p.message)).toEqual(['payments.members.0 is "A": a name of fewer than two letters or digits would be found in every public post (as the word "a", or any mark).']);
  });

  test('a tab in a name or a member is refused with the text to write', () => {
    const services = fixtureVocabularySources().services.replace(/name: [^\n]+/, 'name: "Checkout\\tAPI"');
    expect(vocabularyProblems({ services }).map((p) => [p.message, p.fix])).toEqual([['checkout-api.name is "Checkout\\tAPI", which holds a tab: the pages show it as a space, the feed and search keep the tab.', 'write a space instead: "Checkout API".']]);
    expect(vocabularyProblems(teamWith('  members: ["Alice\\tSmith"]')).map((p) => p.message)).toEqual(['payments.members.0 is "Alice\\tSmith", which holds a tab: text written with a space is not matched by it.']);
  });

  test('two different members, and the same name in two teams, pass', () => {
    const teams = teamWith('  members: [Alice Smith, Bob Jones]').teams.replace('  handle: "@acme/checkout"', '  handle: "@acme/checkout"\n  members: [Alice Smith]');
    expect(parseVocabulary(fixtureVocabularySources({ teams })).teams.get('payments')?.members).toEqual(['Alice Smith', 'Bob Jones']);
  });
});

describe('npm run new and npm run draft: --slug and --title', () => {
  test('a --slug over 60 characters is refused with a slug that fits (it was cut to 60 without a word)', () => {
    const long = 'checkout-errors-after-the-config-push-of-the-connection-pool-limits-to-production';
    expect(slugOptionProblem(long)).toBe(`--slug is ${long.length} characters as a file name ("checkout-errors-after-the-config-push-of…"); at most 60 are taken. Give a shorter one, e.g. --slug checkout-errors-after-the-config-push-of-the-connection-pool (what broke, in a few words); nothing was written.`);
    expect(slugOptionProblem('x'.repeat(60))).toBeUndefined();
    expect(slugOptionProblem('Checkout Errors Über')).toBeUndefined();
    expect(slugOptionProblem('!!!')).toMatch(/has no letter or digit/);
  });

  test('npm run draft makes its file name as npm run new does: accents dropped, not made hyphens ("Zürich" was "zu-rich")', () => {
    expect(slugify('Zürich outage')).toBe('zurich-outage');
    expect(slugify('Zürich outage')).toBe(slugFromTitle('Zürich outage'));
  });

  test('a --title holding a tab is refused with the title to give', () => {
    expect(scaffoldTitleProblem('Checkout\terrors')).toBe('--title holds a tab after "Checkout": pages show it as a space, but the feed and searches keep it. Write a space instead: --title "Checkout errors". Nothing was written.');
  });
});

describe('npm run check (and redact, import --out) given a folder of the machine', () => {
  const folders = { home: homedir(), tmp: tmpdir() };

  test.each([
    ['/', 'the root of the file system'],
    [tmpdir(), "the machine's temporary folder"],
    [homedir(), 'your home folder'],
  ])('%s is refused before anything is read (check -- /tmp read every Markdown file below it; / did not end)', (path, what) => {
    expect(machineFolderProblem(path, folders)).toBe(`${path} is ${what}: every .md and .mdx file below it, other programs' files included, would be read as a postmortem (it can take minutes, or not end). Name the postmortems folder or the files to check, or give no file to check every postmortem of the content folder.`);
  });

  test('a link to the temporary folder is refused too; a folder below it (a content folder, a test\'s) is taken', () => {
    const below = mkdtempSync(join(tmpdir(), 'kb-named-'));
    const link = join(below, 'to-tmp');
    symlinkSync(tmpdir(), link);
    expect(machineFolderProblem(link, folders)).toMatch(/is the machine's temporary folder/);
    expect(machineFolderProblem(below, folders)).toBeUndefined();
    expect(machineFolderProblem('content/postmortems', folders)).toBeUndefined();
  });
});

describe('an unknown option, in every command', () => {
  test('names the option meant and the command\'s options (Node told how to give a file named "--fromat")', () => {
    const config = { options: { format: { type: 'string' as const }, help: { type: 'boolean' as const } }, allowPositionals: true };
    expect(unknownOptionMessage("Unknown option '--fromat'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--fromat\"", config))
      .toBe("Unknown option '--fromat' (did you mean --format?). The options of this command are --format, --help.");
    expect(unknownOptionMessage("Unknown option '--zzzzzz'", config)).toBe("Unknown option '--zzzzzz'. The options of this command are --format, --help.");
    expect(unknownOptionMessage("Option '--format <value>' argument missing", config)).toBeUndefined();
  });
});
