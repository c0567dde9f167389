// Bad input, round 25 (docs/rules.md, "Bad input round 25"): inputs of kinds no earlier round
// tried. Each test of a change asserts what the commit before did not do; the controls, what was
// said clearly before and still is. In-process only; the commands started are in
// test/cli/bad-input-round25.test.ts.
import { afterEach, describe, expect, test } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSyntaxProblem } from '../../src/lib/json-syntax.ts';
import { readTrackerExport } from '../../src/lib/tracker/import.ts';
import { parseJson } from '../../src/lib/draft/records.ts';
import { describeUnreadableJson } from '../../src/lib/import/unreadable-source.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { findingsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { configRefusal } from '../support/kb-config-refusal.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const findingsOf = (change: (text: string) => string, name?: string) =>
  findingsAfterEditingGoodInput(change, name).map((f) => ({ rule: f.rule, severity: f.severity, line: f.line, text: `${f.message} ${f.fix ?? ''}` }));

describe('<Internal> or <PublicOnly> written in a frontmatter text (before: passed, and every page printed the tags and the text inside)', () => {
  test.each([
    ['summary', 'summary: A configuration push', 'summary: A configuration push on <Internal>db-7</Internal>', 3],
    ['title', 'title: Checkout errors after a config push', 'title: Checkout errors after a config push <Internal>(db-7)</Internal>', 2],
    ['timeline[1].event', 'event: Config reverted.', 'event: Config reverted on <Internal>db-7</Internal>.', 27],
    ['impact.description', 'description: Some checkout attempts failed.', 'description: Some checkout attempts failed <Internal>in eu-west-3</Internal>.', 17],
    ['actionItems[0].title', 'title: Validate pool sizes in CI', 'title: Validate pool sizes in CI <internal>db-7</internal>', 31],
    ['summary (a closing tag alone)', 'summary: A configuration push', 'summary: A configuration push</Internal>', 3],
    ['summary (<PublicOnly>)', 'summary: A configuration push', 'summary: <PublicOnly>A change</PublicOnly> A configuration push', 3],
  ])('%s', (field, from, to, line) => {
    const found = findingsOf(replacing(from, to)).filter((f) => f.rule === 'schema/plain-text');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line });
    expect(found[0].text).toMatch(new RegExp(`^${field.replace(/ \(.*/, '').replace(/[[\].]/g, '\\$&')} holds </?(Internal|internal|PublicOnly)>, but <Internal> and <PublicOnly> work in the body only: .*the public site's too.* shows the tag as typed and the text inside it\\. write .* without the tags`));
  });

  test('a draft gets a warning, as for an HTML tag (a draft is not published)', () => {
    const found = findingsOf((text) => replacing('summary: A configuration push', 'summary: A push on <Internal>db-7</Internal>')(text).replace('status: published', 'status: draft').replace(/^published: .*\n/m, ''))
      .filter((f) => f.rule === 'schema/plain-text');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });

  test('<Internal> in the body, and the word "internal" in a summary, pass (controls)', () => {
    expect(findingsOf((text) => `${text}\n<Internal>\nThe pool of db-7 was 8.\n</Internal>\n`).filter((f) => f.severity === 'error')).toEqual([]);
    expect(findingsOf(replacing('summary: A configuration push', 'summary: An internal configuration push')).filter((f) => f.rule === 'schema/plain-text')).toEqual([]);
  });
});

describe('a JSON file with a mistake (before: V8\'s words, quoting the text, with no line or column for most)', () => {
  test.each([
    ['text that is not JSON', 'not json {\n', /^is not valid JSON: line 1, column 1 \(`not json \{`\): "not" cannot stand there/],
    ['a comma too many', '[1, 2,\n 3,]', /^is not valid JSON: line 2, column 4 \(`3,\]`\): "\]" cannot stand there/],
    ['a comma missing between objects', '[\n {"a": 1}\n {"a": 2}\n]', /^is not valid JSON: line 3, column 2 \(`\{"a": 2\}`\): Expected ',' or '\]' after array element$/],
    ['single quotes', "{\"a\":\n'x'}", /^is not valid JSON: line 2, column 1 \(`'x'\}`\): "'" \(JSON quotes with " only\)/],
    ['a misspelt literal', '[true, flase]', /^is not valid JSON: line 1, column 8 \(`\[true, flase\]`\): "flase" cannot stand there/],
    ['JSON Lines given for one value', '{"a":1}\n{"b":2}', /^is not valid JSON: line 2, column 1 .*a second value begins after the first one ended \(one value per line, JSON Lines/],
    ['a line break inside a string', '[1,"a\nb"]', /^is not valid JSON: line 1, column 6 \(`\[1,"a`\): Bad control character in string literal$/],
    ['a file cut short', '[{"a": 1},\n{"a": ', /^is not valid JSON: it ends \(line 2\) before what it opened is closed .*as a file cut short does$/],
    ['an empty file', '  \n', /^is empty: there is no JSON in it/],
    ['binary data', '\u0000\u0001\u0002PK', /^is not text but binary data, so it holds no JSON$/],
    ['a zip archive', 'PK\u0003\u0004rest', /^is not text but a zip archive/],
  ])('%s', (_, text, words) => {
    expect(jsonSyntaxProblem(text)).toMatch(words);
  });

  test('valid JSON has no problem (control)', () => {
    expect(jsonSyntaxProblem('[{"number": 1, "state": "OPEN"}]')).toBeUndefined();
  });

  test('follow-ups sync: a .json export with a mistake is said as JSON, not as "none of" the formats; a binary file as binary', () => {
    expect(() => readTrackerExport('not json {\n', 'issues.json')).toThrow(/^issues\.json is not valid JSON: line 1, column 1 .*expected the JSON array that `gh issue list --json/);
    expect(() => readTrackerExport('[{"number": 1,}]', 'issues.txt')).toThrow(/^issues\.txt is not valid JSON: line 1, column 15/);
    expect(() => readTrackerExport('\u0000\u0007\u0010garbage', 'export.bin')).toThrow(/^export\.bin is not text but binary data: give the tracker's export/);
    expect(() => readTrackerExport('a,b\n1,2\n', 'x.csv')).toThrow(/none of: gh issue list JSON/);
  });

  test('draft: a chat export that is binary data, or JSON with a mistake (before: a line of the binary\'s garbage)', () => {
    expect(() => parseJson('\u0000\u0001\u00ff\u0002', 'chat.json', 'a Slack export')).toThrow(/^chat\.json is not text but binary data, so it holds no JSON; expected a Slack export\.$/);
    expect(() => parseJson('[{"ts": "1"},]', 'chat.json', 'a Slack export')).toThrow(/^chat\.json is not valid JSON: line 1, column 14 \(`\[\{"ts": "1"\},\]`\): "\]" cannot stand there/);
  });

  test('import: a status export with a mistake other than its end names its line and column', () => {
    expect(describeUnreadableJson('{"incidents": [\n{"name": "x"}\n{"name": "y"}]}')).toMatch(/^is not valid JSON: line 3, column 1 .*: export it again from the status page or tracker/);
  });
});

describe('a file that is not a postmortem named to check, review or redact (before: "the file has no frontmatter block", fix: start it with ---)', () => {
  const content = () => {
    const dir = makeContentFromFixture('good-input');
    made.push(dir);
    writeFileSync(join(dir, 'compliance.yaml'), 'frameworks: [iso27001]\n');
    writeFileSync(join(dir, 'report.txt'), 'Checkout failed for ten minutes.\n');
    writeFileSync(join(dir, 'issues.json'), '[]\n');
    return dir;
  };
  test.each([
    ['services.yaml', /services\.yaml is the vocabulary of services, not a postmortem: .* name a postmortem \(.*postmortems\/<id>\.mdx\), or run npm run check with no file/],
    ['teams.yaml', /teams\.yaml is the vocabulary of teams, not a postmortem/],
    ['tags.yaml', /tags\.yaml is the vocabulary of tags, not a postmortem/],
    ['triggers.yaml', /triggers\.yaml is the vocabulary of triggers, not a postmortem/],
    ['compliance.yaml', /compliance\.yaml is the vocabulary of compliance, not a postmortem/],
    ['report.txt', /report\.txt is not a postmortem: postmortems are \.mdx or \.md files, not \.txt\. name a postmortem .* a report in another format becomes one with npm run import -- .*report\.txt/],
    ['issues.json', /issues\.json is not a postmortem: postmortems are \.mdx or \.md files, not \.json/],
  ])('%s', (name, words) => {
    const dir = content();
    const { findings, postmortems } = validateCorpus(dir, { onlyFiles: [join(dir, name)] });
    expect(findings.map((f) => ({ rule: f.rule, severity: f.severity }))).toEqual([{ rule: 'corpus/not-postmortem', severity: 'error' }]);
    expect(`${findings[0].message} ${findings[0].fix}`).toMatch(words);
    expect(postmortems).toEqual([]);
  });
  test('a postmortem named beside one is checked as before (control)', () => {
    const dir = content();
    const { findings, postmortems } = validateCorpus(dir, { onlyFiles: [join(dir, 'services.yaml'), join(dir, goodInputPostmortem)] });
    expect(findings.map((f) => f.rule)).toEqual(['corpus/not-postmortem']);
    expect(postmortems).toHaveLength(1);
  });
});

test.each(['postmortems/*.mdx', 'postmortems/2025-07-0?-checkout-config.mdx'])('a wildcard that reached the check as typed, %s (before: "there is no file", the shell not named)', (pattern) => {
  const dir = makeContentFromFixture('good-input');
  made.push(dir);
  const { findings } = validateCorpus(dir, { onlyFiles: [join(dir, pattern)] });
  expect(findings.map((f) => f.rule)).toEqual(['corpus/missing-file']);
  expect(`${findings[0].message} ${findings[0].fix}`).toMatch(/it holds a wildcard, which a shell turns into the names of the files it matches, but this one reached the command as typed \(no file matched it, or the shell was cmd\.exe or PowerShell.*name the files one by one, or their folder/);
});

// Controls: inputs of kinds no earlier round's section named, said clearly on the commit before and since.
describe('frontmatter and bodies of kinds not tried before (controls)', () => {
  const at = (text: string, line: string) => replacing(line, text);
  test.each([
    ['an alias repeated a billion times', at('related: []\nx0: &a [l, l, l, l, l, l, l, l, l]\n' + Array.from({ length: 8 }, (_, i) => `x${i + 1}: &${'b'.repeat(i + 1)} [${Array(9).fill(i ? `*${'b'.repeat(i)}` : '*a').join(', ')}]`).join('\n'), 'related: []'), 'frontmatter/yaml', /aliases \(\*name\) repeat an anchor \(&name\) so often that the data would not fit in memory/],
    ['an alias naming no anchor', at('tags: *nothing', 'tags: [config]'), 'frontmatter/yaml', /the alias \*nothing names no anchor set before it/],
    ['a YAML merge key in a timeline entry', at('  - &e\n    at: 2025-07-08T17:55:00Z\n    event: Config reverted.\n    kind: mitigation\n  - <<: *e\n    event: Again.', '  - at: 2025-07-08T17:55:00Z\n    event: Config reverted.\n    kind: mitigation'), 'schema/unknown-key', /a YAML merge key \(<<\) in timeline\[2\] is not supported/],
    ['TOML frontmatter (+++)', (t: string) => t.replace(/^---\n/, '+++\n').replace('\n---\n\n## What', '\n+++\n\n## What'), 'frontmatter/missing', /line 1 is `\+\+\+`, which opens TOML frontmatter/],
    ['frontmatter closed with ...', (t: string) => t.replace('\n---\n\n## What', '\n...\n\n## What'), 'frontmatter/unclosed', /line 39 is `\.\.\.`, which ends a YAML document but does not close frontmatter/],
    ['a tab indenting a key', at('\tstarted: 2025', '  started: 2025'), 'frontmatter/yaml', /a tab indents this line; YAML indents with spaces only/],
    ['tags: [constructor] (a name every JavaScript object has)', at('tags: [constructor]', 'tags: [config]'), 'vocabulary/unknown', /unknown tag "constructor": it is not in .*tags\.yaml/],
    ['teams: [constructor]', at('teams: [constructor]', 'teams: [checkout]'), 'vocabulary/unknown', /unknown team "constructor"/],
    ['services: [__proto__]', at('services: [__proto__]', 'services: [checkout-api]'), 'vocabulary/unknown', /unknown service "__proto__": it holds "_"/],
    ['trigger: valueOf', at('trigger: valueOf', 'trigger: configuration'), 'vocabulary/unknown', /unknown trigger category "valueOf"/],
    ['owner: constructor', at('owner: constructor', 'owner: checkout'), 'vocabulary/unknown', /unknown team "constructor"/],
    ['related: [constructor]', at('related: [constructor]', 'related: []'), 'corpus/related', /related postmortem "constructor" does not exist/],
    ['a key constructor:', at('related: []\nconstructor: x', 'related: []'), 'schema/unknown-key', /unknown key "constructor"/],
    ['severity: toString', at('severity: toString', 'severity: SEV-2'), 'schema/invalid-value', /severity is "toString", which is not allowed/],
    ['a <style> element', (t: string) => `${t}\n<style>{\`body{display:none}\`}</style>\n`, 'body/active-content', /a <style> element restyles the whole site/],
    ['an <iframe>', (t: string) => `${t}\n<iframe src="https://grafana.acme.example/d/1"></iframe>\n`, 'body/active-content', /an <iframe> element embeds another page/],
    ['an <a href="javascript:…">', (t: string) => `${t}\n<a href="javascript:alert(1)">x</a>\n`, 'body/active-content', /a javascript: address runs code/],
    ['an onClick attribute', (t: string) => `${t}\n<div onClick="alert(1)">x</div>\n`, 'body/active-content', /the onClick attribute runs code/],
    ['a footnote never defined', (t: string) => `${t}\nThe pool[^1] was small.\n`, 'body/footnote', /the footnote \[\^1\] has no definition/],
    ['a code block never closed', (t: string) => `${t}\n\`\`\`sh\nkubectl rollout undo\n`, 'body/unclosed-code', /is never closed: everything after it, to the end of the file, is shown as code/],
    ['<PublicOnly> inside <Internal>', (t: string) => `${t}\n<Internal>\nA\n<PublicOnly>B</PublicOnly>\n</Internal>\n`, 'mdx/shown-nowhere', /<PublicOnly> inside <Internal> is shown on neither site/],
    ['a component of another site (<Callout>)', (t: string) => `${t}\n<Callout>x</Callout>\n`, 'mdx/unknown-component', /unknown component <Callout>/],
    ['lists nested 3,000 deep', (t: string) => `${t}\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')}\n`, 'body/nesting-depth', /nested 3000 levels deep .*at most 64/],
    ['a title of a variation selector only', at('title: "\uFE0F"', 'title: Checkout errors after a config push'), 'schema/invalid', /title is ".*", which has no letter or digit/],
    ['a title with a line separator (U+2028)', at('title: "Checkout errors\u2028after a config push"', 'title: Checkout errors after a config push'), 'file/encoding', /holds U\+2028 \(line separator\)/],
    ['a soft hyphen in a summary', at('summary: A con\u00ADfiguration', 'summary: A configuration'), 'file/encoding', /the invisible character U\+00AD \(soft hyphen\)/],
    ['a non-breaking hyphen in a service id', at('services: [checkout\u2011api]', 'services: [checkout-api]'), 'vocabulary/unknown', /holds "\u2011" \(U\+2011, a sign\).*Did you mean "checkout-api"/],
    ['a Cyrillic o in a tag', at('tags: [c\u043Enfig]', 'tags: [config]'), 'vocabulary/unknown', /\(U\+043E, a Cyrillic letter\).*Did you mean "config"/],
    ['a non-breaking hyphen in the severity', at('severity: SEV\u20112', 'severity: SEV-2'), 'schema/invalid-value', /whose dash is U\+2011 \(a non-breaking hyphen\)/],
    ['full-width digits in a date', at('started: ２０２５-07-08T17:45:00Z', 'started: 2025-07-08T17:45:00Z'), 'schema/invalid', /the digits are full-width/],
    ['a leap second', at('started: 2016-12-31T23:59:60Z', 'started: 2025-07-08T17:45:00Z'), 'schema/invalid', /a leap second \(:60\) cannot be stored; write :59/],
    ['a week date', at('started: 2025-W28-2T17:45:00Z', 'started: 2025-07-08T17:45:00Z'), 'schema/invalid', /written as a week date/],
    ['an ordinal date', at('started: 2025-189T17:45:00Z', 'started: 2025-07-08T17:45:00Z'), 'schema/invalid', /the 189th day of the year\. Write 2025-07-08T17:45:00Z/],
    ['an offset of +25:00', at('started: 2025-07-09T07:45:00+25:00', 'started: 2025-07-08T17:45:00Z'), 'schema/invalid', /\+25:00 is no offset from UTC/],
    ['a zone in brackets (RFC 9557)', at('started: 2025-07-08T19:45:00+02:00[Europe/Berlin]', 'started: 2025-07-08T17:45:00Z'), 'schema/invalid', /the region in brackets \(\[Europe\/Berlin\]\)/],
    ['a lowercase t and z', at('started: 2025-07-08t17:45:00z', 'started: 2025-07-08T17:45:00Z'), 'schema/invalid', /a T goes between the day and the time; the Z is a capital/],
    ['a due day as a number', at('due: 20250801', 'due: 2025-08-01'), 'schema/invalid', /actionItems\[0\]\.due is 20250801, which YAML reads as a number.*Write 2025-08-01/],
  ])('%s', (_, change, rule, words) => {
    const found = findingsOf(change).filter((f) => f.severity === 'error');
    expect(found.map((f) => f.rule)).toContain(rule);
    expect(found.find((f) => f.rule === rule)?.text).toMatch(words);
  });
});

describe('site.config.ts values of kinds not tried before (controls)', () => {
  const sites = { internal: { title: 'Acme KB', url: 'https://incidents.acme.internal' }, public: { title: 'Acme History', url: 'https://status.acme.example' } };
  test.each([
    ['ESLint\'s "warn"', { lint: { rules: { 'action-item/vague': 'warn' } } }, /is "warn", ESLint's word for a warning: write lint\.rules\["action-item\/vague"\]: 'warning'/],
    ['ESLint\'s number 2', { lint: { rules: { 'action-item/vague': 2 } } }, /is 2, ESLint's number for error/],
    ['ESLint\'s [level, options]', { lint: { rules: { 'action-item/vague': ['error', {}] } } }, /ESLint's \[level, options\] form/],
    ['a rule named constructor', { lint: { rules: { constructor: 'error' } } }, /lint\.rules\["constructor"\] is not a lint rule/],
    ['lint as a word', { lint: 'strict' }, /lint must be an object of options/],
    ['linkBy in capitals', { similarity: { linkBy: 'Blend' } }, /Write similarity\.linkBy: 'blend'/],
    ['people as one name', { redaction: { people: 'Jane Doe' } }, /redaction\.people must be a list .*write people: \['Jane Doe'\]/],
    ['organisation of two lines', { organisation: 'Acme\nCorp' }, /is more than one line/],
    ['organisation holding a script', { organisation: '<script>x</script>' }, /holds <script>: every page prints it as text/],
    ['a public host with a Cyrillic a', { sites: { ...sites, public: { title: 'x', url: 'https://st\u0430tus.acme.example' } } }, /\(U\+0430, a Cyrillic letter\) in its host.*xn--/],
    ['a public site under a path', { sites: { ...sites, public: { title: 'x', url: 'https://acme.example/status' } } }, /has a path \(\/status\)/],
    ['sites.public as an address', { sites: { ...sites, public: 'https://status.acme.example' } }, /sites\.public must be an object of options/],
    ['asOf as a Date', { asOf: new Date('2026-01-01T00:00:00Z') }, /asOf must be a day in quotes, as YYYY-MM-DD .*write asOf: '2026-01-01'/],
    ['asOf without leading zeros', { asOf: '2026-1-1' }, /asOf is not a date; write it as YYYY-MM-DD/],
  ])('%s', (_, extra, words) => {
    expect(configRefusal(extra)).toMatch(words);
  });
});

