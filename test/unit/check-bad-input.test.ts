import { describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { makeContentFromFixture } from '../support/content-fixture.ts';

const file = 'postmortems/2025-07-08-checkout-config.mdx';

/** Each bad-input fixture, with the finding it must produce: rule, line, field, and words of the message and fix. */
const cases: { fixture: string; rule: string; line: number; field?: string; message: RegExp; fix?: RegExp }[] = [
  { fixture: 'missing-field', rule: 'schema/required', line: 2, field: 'title', message: /required field title is missing/, fix: /add `title:`/ },
  { fixture: 'bad-severity', rule: 'schema/invalid-value', line: 4, field: 'severity', message: /severity is "SEV-5", a level beyond this scale: severities here are SEV-0, SEV-1, SEV-2, SEV-3, SEV-4/, fix: /write severity: SEV-4 if it was the least level of your old scale/ },
  { fixture: 'unparsable-date', rule: 'schema/invalid', line: 20, field: 'drafted', message: /"2025-07-32" is not a date \(2025-07-32 is no day: July 2025 has 31 days\)\. Write it as YYYY-MM-DD/ },
  { fixture: 'non-utc-time', rule: 'schema/invalid', line: 13, field: 'times.detected', message: /"2025-07-08T19:49:00" is not an ISO-8601 UTC date-time with its zone.*with the Z.*\+01:00/ },
  { fixture: 'resolved-before-detected', rule: 'schema/consistency', line: 15, field: 'times.resolved', message: /times\.resolved \(2025-07-08T17:47:00\.000Z\) is before times\.detected \(2025-07-08T17:49:00\.000Z\)/ },
  { fixture: 'timeline-out-of-order', rule: 'schema/consistency', line: 26, field: 'timeline[1].at', message: /timeline\[1\] at 2025-07-08T17:40:00\.000Z comes before timeline\[0\].*oldest first/ },
  { fixture: 'impact-end-before-start', rule: 'schema/consistency', line: 19, field: 'impact.end', message: /impact\.end \(2025-07-08T17:30:00\.000Z\) must be after impact\.start/ },
  { fixture: 'unknown-service', rule: 'vocabulary/unknown', line: 7, field: 'services[0]', message: /unknown service "checkout-ap".*services\.yaml\. Did you mean "checkout-api"\?/ },
  { fixture: 'unknown-tag', rule: 'vocabulary/unknown', line: 9, field: 'tags[0]', message: /unknown tag "confg".*Did you mean "config"\?/ },
  { fixture: 'unknown-trigger', rule: 'vocabulary/unknown', line: 10, field: 'trigger', message: /unknown trigger category "configuraton".*Did you mean "configuration"\?/ },
  { fixture: 'action-item-unknown-owner', rule: 'vocabulary/unknown', line: 32, field: 'actionItems[0].owner', message: /unknown team "chekout".*Did you mean "checkout"\?/ },
  { fixture: 'duplicate-action-item-id', rule: 'schema/consistency', line: 38, field: 'actionItems[1].id', message: /action item id "AI-1" is already used by actionItems\[0\]/ },
  { fixture: 'dangling-related', rule: 'corpus/related', line: 38, field: 'related[0]', message: /related postmortem "2025-07-01-does-not-exist" does not exist/ },
  { fixture: 'misspelled-key', rule: 'schema/unknown-key', line: 4, field: 'severty', message: /unknown key "severty"/, fix: /did you mean "severity"\?/ },
  { fixture: 'invalid-mdx', rule: 'mdx/syntax', line: 45, message: /does not parse: <\/Internl> does not close <Internal>: its name is spelled otherwise/, fix: /write <\/Internal>, spelled as the opening tag is/ },
  { fixture: 'unknown-component', rule: 'mdx/unknown-component', line: 43, message: /unknown component <Internl>/, fix: /did you mean <Internal>\?/ },
  { fixture: 'public-without-wording', rule: 'schema/consistency', line: 2, field: 'public', message: /visibility is public, so customer-facing wording is required/ },
  { fixture: 'invalid-yaml', rule: 'frontmatter/yaml', line: 3, message: /not valid YAML/, fix: /put the whole value in double quotes: "A configuration push: it lowered a limit: checkout failed\."/ },
  { fixture: 'wrong-type-boolean', rule: 'schema/type', line: 26, field: 'timeline[0].public', message: /timeline\[0\]\.public is "yes", a word older YAML \(1\.1\) read as true, .* but it must be true or false/, fix: /write true, without quotes/ },
  { fixture: 'duplicate-id-extension', rule: 'corpus/duplicate-id', line: 1, message: /postmortem id "2025-07-08-checkout-config" is also used by .*2025-07-08-checkout-config\.md/, fix: /rename one of them/ },
];

describe('bad input is reported with file, line, field, value and fix', () => {
  test.each(cases)('$fixture', ({ fixture, rule, line, field, message, fix }) => {
    const result = validateCorpus(makeContentFromFixture(`bad-input/${fixture}`));
    const errors = result.findings.filter((f) => f.severity === 'error');
    const finding = errors.find((f) => f.rule === rule);
    expect(finding, JSON.stringify(errors, null, 2)).toBeDefined();
    expect(finding!.file.endsWith(file)).toBe(true);
    expect(finding!.line).toBe(line);
    if (field) expect(finding!.field).toBe(field);
    expect(finding!.message).toMatch(message);
    if (fix) expect(finding!.fix).toMatch(fix);
    // Every reported problem is an error of this one mistake, not noise from others.
    expect(errors.every((f) => f.file.endsWith(file))).toBe(true);
  });

  test('the same postmortem without the mistake is valid', () => {
    const result = validateCorpus(makeContentFromFixture('good-input'));
    expect(result.findings).toEqual([]);
    expect(result.postmortems[0].data?.times.resolved).toBe('2025-07-08T18:30:00.000Z');
  });

  test('files named on the command line: absolute or relative paths, and a missing one is an error, not a crash', () => {
    const dir = makeContentFromFixture('good-input');
    const absolute = resolve(dir, file);
    const byAbsolutePath = validateCorpus(dir, { onlyFiles: [absolute] });
    expect(byAbsolutePath.postmortems).toHaveLength(1);
    expect(byAbsolutePath.findings).toEqual([]);
    // A file checked outside the postmortems folder is valid, but the sites will not show it: a warning says so.
    const outside = join(dir, 'drafts', '2025-07-08-checkout-config.mdx');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(outside, readFileSync(absolute, 'utf8'));
    expect(validateCorpus(dir, { onlyFiles: [outside] }).findings).toMatchObject([{ rule: 'corpus/not-read', severity: 'warning', message: `${outside} is not in ${join(dir, 'postmortems')}, so the sites will not show it.` }]);
    const missing = validateCorpus(dir, { onlyFiles: [resolve(dir, 'postmortems/no-such-file.mdx')] });
    expect(missing.postmortems).toHaveLength(0);
    expect(missing.findings).toMatchObject([{ rule: 'corpus/missing-file', severity: 'error' }]);
    expect(missing.findings[0].message).toMatch(/no-such-file\.mdx/);
    // A folder stands for the postmortems in it, instead of a crash reading it as a file.
    const byFolder = validateCorpus(dir, { onlyFiles: [resolve(dir, 'postmortems')] });
    expect(byFolder.postmortems.map((p) => p.id)).toEqual(['2025-07-08-checkout-config']);
    expect(byFolder.findings).toEqual([]);
  });

  test('an empty postmortems folder is a warning, not an error: a new knowledge base starts so', () => {
    const dir = makeContentFromFixture('good-input');
    rmSync(join(dir, file));
    const findings = validateCorpus(dir).findings;
    expect(findings).toMatchObject([{ rule: 'corpus/empty', severity: 'warning' }]);
    expect(findings[0].message).toBe(`there is no postmortem (.mdx or .md file) in ${join(dir, 'postmortems')}: the sites will list none.`);
    expect(validateCorpus(makeContentFromFixture('good-input')).findings).toEqual([]);
  });

  test('a content folder without a postmortems folder, or no content folder at all, is an error, not an empty site', () => {
    const noFolder = validateCorpus(resolve(makeContentFromFixture('good-input'), 'does-not-exist'));
    expect(noFolder.findings).toMatchObject([{ rule: 'corpus/content-folder', severity: 'error' }]);
    expect(noFolder.findings[0].message).toMatch(/does-not-exist does not exist/);
    expect(noFolder.findings[0].fix).toMatch(/KB_CONTENT_DIR/);
    const dir = makeContentFromFixture('good-input');
    rmSync(join(dir, 'postmortems'), { recursive: true });
    expect(validateCorpus(dir).findings).toMatchObject([{ rule: 'corpus/content-folder', severity: 'error' }]);
  });

  test('files that cannot be read or are not read are errors naming them, not crashes or silent gaps', () => {
    const dir = makeContentFromFixture('good-input');
    const postmortems = join(dir, 'postmortems');
    symlinkSync(join(dir, 'nowhere.mdx'), join(postmortems, '2025-07-09-dangling.mdx'));
    mkdirSync(join(postmortems, 'archive.mdx'));
    renameSync(join(dir, file), join(postmortems, '2025-07-08-checkout-config.MDX'));
    const result = validateCorpus(dir);
    // The empty folder archive.mdx passed in silence until bad input round 14.
    expect(result.findings.map((f) => `${f.rule} ${f.file.replace(/^.*postmortems\//, '')}`)).toEqual([
      'corpus/not-read 2025-07-08-checkout-config.MDX',
      'corpus/not-read archive.mdx',
      'corpus/unreadable-file 2025-07-09-dangling.mdx',
    ]);
    expect(result.findings[0].fix).toMatch(/rename it to .*2025-07-08-checkout-config\.mdx/);
    expect(result.findings[1].message).toMatch(/archive\.mdx is a folder, not a file, and holds no postmortem/);
    expect(result.findings[2].message).toMatch(/cannot be read: ENOENT/);
  });

  test('every problem of every vocabulary file is listed in one run, each at its line, with the fix', () => {
    const dir = makeContentFromFixture('good-input');
    const edit = (name: string, change: (text: string) => string) => writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')));
    const lineOf = (name: string, text: string, after = 0) => readFileSync(join(dir, name), 'utf8').split('\n').findIndex((line, i) => i >= after && line === text) + 1;
    edit('services.yaml', (text) => text.replace('  owner: checkout\n', '  owner: chekout\n').replace('payments-api:\n  name: Payments API\n', 'payments-api:\n  nme: Payments API\n') + '\nBad Id:\n  name: X\n  owner: data\n  tier: 7\n');
    edit('tags.yaml', (text) => `${text}\nlatency-spike:\n  descripton: oops\n`);
    edit('triggers.yaml', (text) => `${text}\nduplicate:\n  name: A\n  name: B\n`);
    const findings = validateCorpus(dir).findings;
    const at = (f: { file: string; line: number }) => `${f.file.replace(/^.*\//, '')}:${f.line}`;
    const services = 'services.yaml';
    const paymentsLine = lineOf(services, 'payments-api:');
    expect(findings.map((f) => `${at(f)} ${f.message}`)).toEqual([
      `services.yaml:${lineOf(services, '  owner: chekout')} service "checkout-api" has owner "chekout", which is not a team in ${join(dir, 'teams.yaml')}.`,
      `services.yaml:${paymentsLine} payments-api: required field "name" is missing.`,
      `services.yaml:${paymentsLine + 1} payments-api: unknown field "nme".`,
      `services.yaml:${lineOf(services, 'Bad Id:')} id "Bad Id" must be lowercase letters, digits and hyphens.`,
      `tags.yaml:${lineOf('tags.yaml', '  descripton: oops')} latency-spike: unknown field "descripton".`,
      `triggers.yaml:${lineOf('triggers.yaml', '  name: B')} not valid YAML: the key "name" appears twice in the same block (the second one is here).`,
    ]);
    expect(findings.every((f) => f.rule === 'vocabulary/file' && f.severity === 'error')).toBe(true);
    expect(findings.find((f) => /unknown field "nme"/.test(f.message))?.fix).toMatch(/did you mean "name"\?/);
    expect(findings.find((f) => /Bad Id/.test(f.message))?.fix).toMatch(/rename it to "bad-id"/);
  });

  test.each([
    ['bytes that are not UTF-8 in a name', (text: string) => Buffer.from(text.replace('name: Checkout API', 'name: Caf\u00e9 API'), 'latin1'), 'name: Caf', /bytes that are not UTF-8 text .* names would be published garbled/, /save the file as UTF-8/],
    ['a YAML tag on a name', (text: string) => text.replace('name: Checkout API', 'name: !!js/function Checkout API'), 'name: !!js', /the YAML tag !!js\/function is not allowed/, /remove !!js\/function/],
    ['a publicName of spaces only', (text: string) => text.replace('  publicName: Checkout\n', '  publicName: "   "\n'), 'publicName: "', /^checkout-api\.publicName is empty \(it holds only spaces\)\.$/, /write the text, or remove `publicName:` if it is optional/],
    ['an empty name', (text: string) => text.replace('name: Checkout API', 'name: ""'), 'name: ""', /^checkout-api\.name is empty\.$/, /write the text/],
    ['an alias of spaces only', (text: string) => text.replace('  publicName: Checkout\n', '  publicName: Checkout\n  aliases:\n    - cart\n    - " "\n'), '- " "', /^checkout-api\.aliases\.1 is empty \(it holds only spaces\)\.$/, /remove the empty entry from aliases/],
  ])('services.yaml with %s is an error at its line, not published as read', (_name, change, lineStart, message, fix) => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, 'services.yaml');
    writeFileSync(path, change(readFileSync(path, 'utf8')));
    const line = readFileSync(path, 'latin1').split('\n').findIndex((text) => text.trimStart().startsWith(lineStart)) + 1;
    const findings = validateCorpus(dir).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vocabulary/file', severity: 'error', line });
    expect(findings[0].message).toMatch(message);
    expect(findings[0].fix).toMatch(fix);
  });

  test('an id given twice in a vocabulary file is named at the second, with the fix, not "Map keys must be unique"', () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, 'services.yaml');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, `${text}\ncheckout-api:\n  name: Checkout again\n  owner: checkout\n  tier: 1\n`);
    const findings = validateCorpus(dir).findings;
    expect(findings).toMatchObject([{ rule: 'vocabulary/file', severity: 'error', line: text.split('\n').length + 1 }]);
    expect(findings[0].message).toBe('not valid YAML: the key "checkout-api" appears twice in the same block (the second one is here).');
    expect(findings[0].fix).toBe('keep one "checkout-api:" and delete the other.');
  });

  test('a service or tag listed twice is an error at the second, naming both places', () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, 'postmortems/2025-07-08-checkout-config.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('services: [checkout-api]', 'services: [checkout-api, checkout-api]').replace('tags: [config]', 'tags:\n  - config\n  - config'));
    const findings = validateCorpus(dir).findings.filter((f) => f.severity === 'error');
    expect(findings.map((f) => [f.rule, f.field, f.line, f.message])).toEqual([
      ['schema/consistency', 'services[1]', 7, 'services lists "checkout-api" twice (services[0] and services[1]); remove this one.'],
      ['schema/consistency', 'tags[1]', 11, 'tags lists "config" twice (tags[0] and tags[1]); remove this one.'],
    ]);
  });

  test('a missing vocabulary file is named as missing, not as a file the value is not in', () => {
    const dir = makeContentFromFixture('good-input');
    rmSync(join(dir, 'triggers.yaml'));
    const findings = validateCorpus(dir).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vocabulary/unknown', line: 10, field: 'trigger' });
    expect(findings[0].message).toMatch(/^unknown trigger category "configuration": .*triggers\.yaml is missing or empty, so no trigger category can be named\. Add "configuration" there; a new content folder starts as a copy of content\//);
  });

  test('a vocabulary or a postmortem that cannot be read (here a socket: ENXIO, as EACCES for a file without read permission) is an error naming it', async () => {
    const dir = makeContentFromFixture('good-input');
    const teams = join(dir, 'teams.yaml');
    rmSync(teams);
    const server = createServer();
    await new Promise<void>((done) => server.listen(teams, done));
    try {
      expect(validateCorpus(dir).findings).toMatchObject([{ rule: 'vocabulary/file', severity: 'error', message: 'cannot be read (ENXIO); make it a readable YAML file.' }]);
      expect(resolve(validateCorpus(dir).findings[0].file)).toBe(teams);
    } finally {
      await new Promise((done) => server.close(done));
    }
    const other = makeContentFromFixture('good-input');
    const socket = join(other, 'postmortems', '2025-07-09-socket.mdx');
    const second = createServer();
    await new Promise<void>((done) => second.listen(socket, done));
    try {
      const findings = validateCorpus(other).findings;
      expect(findings.map((f) => f.rule)).toEqual(['corpus/unreadable-file']);
      expect(findings[0].message).toMatch(/2025-07-09-socket\.mdx cannot be read: ENXIO/);
    } finally {
      await new Promise((done) => second.close(done));
    }
  });

  test('a vocabulary under another name, a link to nothing or a folder is an error naming it, not an empty vocabulary', () => {
    const renamed = makeContentFromFixture('good-input');
    renameSync(join(renamed, 'tags.yaml'), join(renamed, 'tags.yml'));
    expect(validateCorpus(renamed).findings).toMatchObject([{ rule: 'vocabulary/file', severity: 'error', message: 'vocabularies are read from tags.yaml; rename the file.' }]);
    expect(validateCorpus(renamed).findings[0].file).toMatch(/tags\.yml$/);
    const linked = makeContentFromFixture('good-input');
    rmSync(join(linked, 'teams.yaml'));
    symlinkSync(join(linked, 'nowhere.yaml'), join(linked, 'teams.yaml'));
    expect(validateCorpus(linked).findings).toMatchObject([{ rule: 'vocabulary/file', message: 'is a link whose target does not exist.' }]);
    const folder = makeContentFromFixture('good-input');
    rmSync(join(folder, 'services.yaml'));
    mkdirSync(join(folder, 'services.yaml'));
    expect(validateCorpus(folder).findings).toMatchObject([{ rule: 'vocabulary/file', message: 'is a folder, not a YAML file.' }]);
  });

  test.each([
    ['a NUL byte in the title', (text: string) => Buffer.from(text.replace('title: ', 'title: Check\u0000out ')), /control character U\+0000/, 2],
    ['bytes that are not UTF-8', (text: string) => Buffer.concat([Buffer.from(text.slice(0, text.indexOf('title: ') + 7)), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20]), Buffer.from(text.slice(text.indexOf('title: ') + 7))]), /not UTF-8 text/, 2],
    ['a UTF-16 file', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le'), /is UTF-16 text, not UTF-8/, 1],
  ])('%s is an error with its place, not published garbled', (_name, write, message, line) => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, file);
    writeFileSync(path, write(readFileSync(path, 'utf8')));
    const [finding] = validateCorpus(dir).findings;
    expect(finding).toMatchObject({ rule: 'file/encoding', severity: 'error', line });
    expect(finding.message).toMatch(message);
  });

  test.each([
    ['a date YAML reads as a number', (t: string) => t.replace(/^drafted: .*$/m, 'drafted: 20250709'), /drafted is 20250709, which YAML reads as a number, not as a date\. Here the parts of the day are joined by "-"\. Write 2025-07-09\./],
    ['a fraction where a whole number goes', (t: string) => t.replace('  end: 2025-07-08T17:55:00Z\n', '  end: 2025-07-08T17:55:00Z\n  usersAffected: 2.5\n'), /impact\.usersAffected is 2\.5, but must be a whole number/],
    ['a number too large', (t: string) => t.replace('  end: 2025-07-08T17:55:00Z\n', '  end: 2025-07-08T17:55:00Z\n  usersAffected: 90071992547409910\n'), /impact\.usersAffected is written 90071992547409910, beyond 9007199254740991/],
  ])('%s gets a message that says what to write, not zod\'s words', (_name, change, message) => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
    const messages = validateCorpus(dir).findings.map((f) => f.message).join(' | ');
    expect(messages).toMatch(message);
    expect(messages).not.toMatch(/Invalid input|Too big|expected int/);
  });

  // Each edit of the good postmortem is one mistake; the finding names its line, what is wrong and the fix.
  test.each([
    ['frontmatter opened but never closed', (t: string) => t.replace('related: []\n---\n', 'related: []\n'), 'frontmatter/unclosed', 40, /^the frontmatter opened on line 1 is never closed: the body begins at line 40 \(`## What happened`\) with no `---` line before it/, /add a line of exactly `---` after the last field, before line 40/],
    ['a key given twice', (t: string) => t.replace('severity: SEV-2\n', 'severity: SEV-2\nseverity: SEV-1\n'), 'frontmatter/yaml', 5, /the key "severity" appears twice in the same block/, /keep one "severity:" and delete the other/],
    ['a tag that runs code elsewhere', (t: string) => t.replace('title: Checkout', 'title: !!js/function Checkout'), 'frontmatter/yaml', 2, /the YAML tag !!js\/function is not allowed/, /remove !!js\/function and write the value itself/],
    ['a tag that makes bytes', (t: string) => t.replace('title: Checkout errors after a config push', 'title: !!binary aGVsbG8='), 'frontmatter/yaml', 2, /the YAML tag !!binary is not allowed/, /write the value itself/],
    ['a local tag', (t: string) => t.replace('trigger: configuration', 'trigger: !cfg configuration'), 'frontmatter/yaml', 10, /the YAML tag !cfg is not allowed/, /write the value itself/],
    ['lists nested thousands deep', (t: string) => t.replace('related: []', `related: ${'['.repeat(3000)}${']'.repeat(3000)}`), 'frontmatter/yaml', 38, /^frontmatter is not valid YAML: values are nested too deeply to read/, /nest a few levels at most/],
    ['frontmatter that is a list', (t: string) => t.replace(/^---\n[\s\S]*?\n---\n/, '---\n- a\n- b\n---\n'), 'schema/type', 2, /^the frontmatter is a list, but must be fields, one "key: value" per line/, /key: value lines/],
    ['a control character written as an escape', (t: string) => t.replace('    event: Config reverted.', '    event: "Config\\u0007 reverted."'), 'file/encoding', 27, /^timeline\[1\]\.event holds the control character U\+0007 \(written as an escape in quotes\)/, /remove the escape/],
    ['an empty title', (t: string) => t.replace('title: Checkout errors after a config push', 'title: ""'), 'schema/invalid', 2, /^title is empty\.$/, /write the text, or remove the key if it is optional/],
    ['a YAML merge key', (t: string) => t.replace('impact:\n', 'impact:\n  <<: { usersAffected: 5 }\n'), 'schema/unknown-key', 17, /^a YAML merge key \(<<\) in impact is not supported: the fields it would copy \(usersAffected\) are not read\.$/, /write the fields out/],
    ['an infinite number', (t: string) => t.replace('  end: 2025-07-08T17:55:00Z\n', '  end: 2025-07-08T17:55:00Z\n  usersAffected: .inf\n'), 'schema/type', 20, /impact\.usersAffected is written \.inf, which YAML reads as infinity: no count is infinite\./, undefined],
    ['a title of spaces only', (t: string) => t.replace('title: Checkout errors after a config push', 'title: "   "'), 'schema/invalid', 2, /^title is empty \(it holds only spaces\)\.$/, /write the text/],
    ['an impact that starts a day before the incident', (t: string) => t.replace('  start: 2025-07-08T17:45:00Z', '  start: 2025-07-07T17:45:00Z'), 'schema/consistency', 18, /^impact\.start \(2025-07-07T17:45:00\.000Z\) is before times\.started \(2025-07-08T17:45:00\.000Z\): customers cannot be affected before the problem began\. Check the date and the UTC offset/, undefined],
    ['an impact that ends after the incident was resolved', (t: string) => t.replace('  end: 2025-07-08T17:55:00Z', '  end: 2025-07-09T17:55:00Z'), 'schema/consistency', 19, /^impact\.end \(2025-07-09T17:55:00\.000Z\) is after times\.resolved \(2025-07-08T18:30:00\.000Z\)/, undefined],
    ['a follow-up due before the incident', (t: string) => t.replace('    due: 2025-08-01', '    due: 2015-08-01'), 'schema/consistency', 33, /^actionItems\[0\]\.due \(2015-08-01\) is before the incident started \(2025-07-08\)/, undefined],
    ['a follow-up link with a user name and password', (t: string) => t.replace('    verification: CI rejects a pool of 8.\n', '    verification: CI rejects a pool of 8.\n    link: https://ci-bot:s3cret@tracker.example.com/OPS-1\n'), 'schema/invalid', 38, /^actionItems\[0\]\.link: holds a user name and password before the @ \(https:\/\/<user>:<password>@tracker\.example\.com\), which every reader of the page would be shown/, undefined],
    ['a follow-up link with a space', (t: string) => t.replace('    verification: CI rejects a pool of 8.\n', '    verification: CI rejects a pool of 8.\n    link: https://tracker.example.com/browse/OPS 1\n'), 'schema/invalid', 38, /^actionItems\[0\]\.link: "https:\/\/tracker\.example\.com\/browse\/OPS 1" has a space in it/, undefined],
    ['a status page link with a user name', (t: string) => t.replace('drafted: 2025-07-09', 'statusPage: https://admin@status.example.com/incidents/1\ndrafted: 2025-07-09'), 'schema/invalid', 20, /^statusPage: holds a user name before the @ \(https:\/\/<user>@status\.example\.com\)/, undefined],
    ['an HTML tag in the title', (t: string) => t.replace('title: Checkout errors after a config push', 'title: Checkout errors after a <b>config push</b>'), 'schema/plain-text', 2, /^title holds the HTML tag <b>, which every page shows as typed: this field is plain text\.$/, /remove the tag and keep its text/],
    ['an HTML entity in a timeline event', (t: string) => t.replace('    event: Config reverted.', '    event: Config reverted &mdash; errors stop.'), 'schema/plain-text', 27, /^timeline\[1\]\.event holds the HTML entity &mdash;/, /write the character itself/],
    ['downtime longer than the impact window', (t: string) => t.replace('  end: 2025-07-08T17:55:00Z\n', '  end: 2025-07-08T17:55:00Z\n  downtimeMinutes: 600\n'), 'schema/consistency', 20, /^impact\.downtimeMinutes \(600\) is longer than the impact window \(impact\.start to impact\.end\), 10 minutes: check the number \(minutes, not seconds\)/, undefined],
    ['downtime longer than the incident, without an impact window', (t: string) => t.replace('  start: 2025-07-08T17:45:00Z\n  end: 2025-07-08T17:55:00Z\n', '  downtimeMinutes: 2700\n'), 'schema/consistency', 18, /^impact\.downtimeMinutes \(2700\) is longer than the incident \(times\.started to times\.resolved\), 45 minutes/, undefined],
    ['a timeline entry pasted twice', (t: string) => t.replace('  - at: 2025-07-08T17:55:00Z\n    event: Config reverted.\n    kind: mitigation\n', '  - at: 2025-07-08T17:55:00Z\n    event: Config reverted.\n    kind: mitigation\n  - at: 2025-07-08T17:55:00Z\n    event: Config reverted.\n    kind: resolution\n'), 'schema/consistency', 29, /^timeline\[2\] repeats timeline\[1\] \(2025-07-08T17:55:00\.000Z, "Config reverted\."\); remove this one\.$/, undefined],
    ['a contributing factor listed twice', (t: string) => t.replace('related: []', 'contributors:\n  - The pool size had no lower bound in the configuration schema, so 8 was accepted.\n  - The pool size had no lower bound in the configuration schema, so 8 was accepted.\nrelated: []'), 'schema/consistency', 40, /^contributors lists "The pool size had no lower bound in the configuration schema…" twice \(contributors\[0\] and contributors\[1\]\); remove this one\.$/, undefined],
    ['a draft written before the incident', (t: string) => t.replace('drafted: 2025-07-09', 'drafted: 2015-07-09'), 'schema/consistency', 20, /^drafted \(2015-07-09\) is before the incident started \(2025-07-08\): check the year/, undefined],
  ])('%s: one error at its line with the fix', (_name, change, rule, line, message, fix) => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
    const errors = validateCorpus(dir).findings.filter((f) => f.severity === 'error');
    expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule, line });
    expect(errors[0].message).toMatch(message);
    if (fix) expect(errors[0].fix).toMatch(fix);
  });

  test('angle brackets and ampersands that are text are not markup: <NULL>, a comparison, AT&T, R&D', () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8')
      .replace('title: Checkout errors after a config push', 'title: "Checkout returned <NULL> prices when p99 < 200 ms > target"')
      .replace('summary: A configuration push', 'summary: AT&T and R&D users saw it; a configuration push'));
    expect(validateCorpus(dir).findings.filter((f) => f.rule === 'schema/plain-text')).toEqual([]);
  });

  test('in a draft, markup in a plain-text field is a warning (imports are cleaned before review)', () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: published', 'status: draft').replace(/^published: .*\n/m, '').replace('title: Checkout errors after a config push', 'title: Checkout errors<br>after a config push'));
    expect(validateCorpus(dir).findings.filter((f) => f.rule === 'schema/plain-text').map((f) => f.severity)).toEqual(['warning']);
  });

  test('two timeline entries at the same minute with other events, and the same event at another time, are not repeats', () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace('  - at: 2025-07-08T17:55:00Z\n    event: Config reverted.\n    kind: mitigation\n',
      '  - at: 2025-07-08T17:55:00Z\n    event: Config reverted.\n    kind: mitigation\n  - at: 2025-07-08T17:55:00Z\n    event: Error rate back to normal.\n    kind: resolution\n  - at: 2025-07-08T18:05:00Z\n    event: Config reverted.\n    kind: other\n'));
    expect(validateCorpus(dir).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('links with a port, a query, a fragment or an encoded space are not flagged', () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8')
      .replace('    verification: CI rejects a pool of 8.\n', '    verification: CI rejects a pool of 8.\n    link: https://tracker.example.com:8443/browse/OPS%201?focus=comments#c-2\n')
      .replace('drafted: 2025-07-09', 'statusPage: "https://status.example.com/incidents/1?lang=en&u=@team"\ndrafted: 2025-07-09'));
    expect(validateCorpus(dir).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('an impact window at the incident\'s edges, and days on the day it started, are not flagged', () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8')
      .replace('  end: 2025-07-08T17:55:00Z', '  end: 2025-07-08T18:30:00Z')
      .replace('    due: 2025-08-01', '    due: 2025-07-08')
      .replace('drafted: 2025-07-09', 'drafted: 2025-07-08')
      // The whole window down, rounded up a minute.
      .replace('  end: 2025-07-08T18:30:00Z\n', '  end: 2025-07-08T18:30:00Z\n  downtimeMinutes: 46\n'));
    // impact.start equals times.started in the fixture; an offset that puts it at the same instant is the same time.
    writeFileSync(path, readFileSync(path, 'utf8').replace('  start: 2025-07-08T17:45:00Z', '  start: 2025-07-08T19:45:00+02:00'));
    expect(validateCorpus(dir).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  // Body mistakes, appended after the last line (43) of the good postmortem's body.
  test.each([
    ['<PublicOnly> inside <Internal>', '\n<Internal>\nFor us.\n\n<PublicOnly>\nFor customers.\n</PublicOnly>\n</Internal>\n', 'mdx/shown-nowhere', 48, /<PublicOnly> inside <Internal> is shown on neither site/, /move the <PublicOnly> block out of the <Internal> block/],
    ['<Internal> inside <PublicOnly>, inline', '\n<PublicOnly>\nFor customers, <Internal>for us</Internal>.\n</PublicOnly>\n', 'mdx/shown-nowhere', 46, /<Internal> inside <PublicOnly> is shown on neither site/, /move the <Internal> block out/],
    ['<internal> in lower case', '\n<internal>\nThe pool is on db-7.\n</internal>\n', 'mdx/unknown-component', 45, /<internal> is not the <Internal> component: .* its text is shown on every site/, /write <Internal> and <\/Internal> exactly/],
    ['<PUBLICONLY> in capitals', '\n<PUBLICONLY>\nSorry.\n</PUBLICONLY>\n', 'mdx/unknown-component', 45, /<PUBLICONLY> is not the <PublicOnly> component/, /write <PublicOnly> and <\/PublicOnly> exactly/],
    ['an HTML block left open', '\nText.\n\n<div>\nOpen.\n', 'mdx/syntax', 47, /Expected a closing tag for `<div>` \(line 47:1-47:6\) \(the <div> opened here is never closed\)/, /^add <\/div> on a line of its own where that part ends/],
    ['a table row with more cells than its header', '\n| step | who |\n| --- | --- |\n| rollback | on-call | 14:02 |\n', 'body/table-cells', 47, /^this table row has 3 cells and the table's header 2: the cells from the 3rd on are not shown on the page\.$/, /add the column to the header .* or write a \| that belongs inside a cell as \\\|/],
    ['a table whose --- line has fewer cells than its header', '\n| step | who |\n| --- |\n| rollback | on-call |\n', 'body/table-cells', 45, /^this is not read as a table, and is shown as text with its \| signs: the header has 2 cells and the --- line under it 1\.$/, /one --- per header cell: \| --- \| --- \|$/],
    ['a code block never closed', '\n```sh\nkubectl rollout undo\n\n## What went well\n\nThe revert.\n', 'body/unclosed-code', 45, /the code block opened here with ``` is never closed: everything after it, to the end of the file, is shown as code/, /close it with a line holding only ```/],
  ])('%s: one error at its line with the fix', (_name, appended, rule, line, message, fix) => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8') + appended);
    const errors = validateCorpus(dir).findings.filter((f) => f.severity === 'error');
    expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule });
    expect(errors[0].message).toMatch(message);
    expect(errors[0].fix).toMatch(fix);
    if (rule !== 'mdx/syntax') expect(errors[0].line).toBe(line);
  });

  test.each([
    ['closed', '\n```sh\nkubectl rollout undo\n```\n'],
    ['closed by a longer fence', '\n~~~\ncode\n~~~~~\n'],
    ['closed, with text after it', '\n```\ncode\n```\n\nMore text.\n'],
    ['in a list item, where the item ends it', '\n- step\n\n  ```\n  code\n\n- next step\n'],
  ])('a code block %s is not an unclosed one', (_name, appended) => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8') + appended);
    expect(validateCorpus(dir).findings.filter((f) => f.rule === 'body/unclosed-code')).toEqual([]);
  });

  test.each([
    ['a row with fewer cells than the header (GFM fills them)', '\n| step | who |\n| --- | --- |\n| rollback |\n'],
    ['an escaped pipe inside a cell', '\n| step | who |\n| --- | :---: |\n| a \\| b | on-call |\n'],
    ['pipes in prose and a --- line without one', '\nWe chose A | B.\n\nThen C | D\n---\n'],
    ['a table in a code block', '\n```\n| a | b |\n| --- |\n| 1 | 2 | 3 |\n```\n'],
  ])('%s is not a table problem', (_name, appended) => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8') + appended);
    expect(validateCorpus(dir).findings.filter((f) => f.rule === 'body/table-cells')).toEqual([]);
  });

  test('files are named relative to the working folder when inside it, and by their absolute path elsewhere (not ../../../tmp/...)', () => {
    const dir = makeContentFromFixture('bad-input/misspelled-key');
    const elsewhere = validateCorpus(dir, { cwd: resolve(import.meta.dirname, '../..') }).findings;
    expect(elsewhere[0].file).toBe(join(dir, file));
    const inside = validateCorpus(dir, { cwd: dir }).findings;
    expect(inside[0].file).toBe(file);
  });

  test('a file name used twice, in two folders, is one error naming both files', () => {
    const result = validateCorpus(makeContentFromFixture('bad-input/duplicate-id'));
    const duplicates = result.findings.filter((f) => f.rule === 'corpus/duplicate-id');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0].file).toMatch(/postmortems\/2025\/2025-07-08-checkout-config\.mdx$/);
    expect(duplicates[0].message).toMatch(/also used by .*postmortems\/2024\/2025-07-08-checkout-config\.mdx/);
  });
});
