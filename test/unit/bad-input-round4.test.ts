// Bad input, round 4: each case was a crash, a hang, invented or silently dropped data, or a
// message that did not name the fix, before this round (docs/rules.md).
import { describe, expect, test } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';
import { parseComplianceConfig } from '../../src/lib/compliance-config.ts';
import { instantAdvice } from '../../src/lib/instant-advice.ts';
import { isRealInstant } from '../../src/lib/postmortem-schema.ts';
import { KbConfigError, loadKbConfig } from '../../src/lib/kb-config.ts';
import { idFromText } from '../../src/lib/slug.ts';
import { formatGithubAnnotation } from '../../src/lib/findings.ts';
import { emptyArgument, repeatedOption } from '../../scripts/lib/command-line.ts';
import { errorsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { fixtureVocabularySources, vocabularyProblems } from '../support/vocabulary-fixture.ts';

const file = goodInputPostmortem;
const sources = fixtureVocabularySources;
/** Aliases nine levels deep, each nine times the one before: 9^9 values if expanded. */
const aliasBomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n') + '\n';

describe('vocabulary files', () => {
  test('aliases that expand exponentially are an error at the first alias, not a stack trace', () => {
    const problems = vocabularyProblems({ tags: aliasBomb });
    expect(problems).toEqual([{
      file: 'content/tags.yaml', line: 2, column: 8,
      message: 'not valid YAML: aliases (*name) repeat an anchor (&name) so often that the data would not fit in memory.',
      fix: 'write the values out instead of repeating them through aliases.',
    }]);
  });

  test('a file of 20,000 ids is read, and an id given twice in it is still named at the second', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `t${i}:\n  description: "Tag ${i}."\n`).join('');
    expect(parseVocabulary(sources({ tags: ids })).tags.size).toBe(20_000);
    const problems = vocabularyProblems({ tags: `${ids}t5:\n  description: again\n` });
    expect(problems).toEqual([{ file: 'content/tags.yaml', line: 40_001, column: 1, message: 'not valid YAML: the key "t5" appears twice in the same block (the second one is here).', fix: 'keep one "t5:" and delete the other.' }]);
  });

  test('an id that is another id in capitals says to merge the two, not to rename it into a duplicate', () => {
    const tags = `${sources().tags}Config:\n  description: "Again."\n`;
    const [problem] = vocabularyProblems({ tags });
    expect(problem.message).toBe(`id "Config" is the id "config" (line ${tags.split('\n').indexOf('config:') + 1}) written another way; ids must be lowercase letters, digits and hyphens, so it would be the same tag twice.`);
    expect(problem.fix).toBe('merge its fields into "config" and delete "Config".');
  });

  test('an id with accents is to be renamed without them; one with nothing to keep gets no empty name', () => {
    expect(vocabularyProblems({ tags: 'café:\n  description: x\n' })[0].fix).toBe('rename it to "cafe", and use that id in the postmortems.');
    expect(vocabularyProblems({ tags: '"🔥":\n  description: x\n' })[0].fix).toBe('rename it to a few words in lowercase letters, digits and hyphens, and use that id in the postmortems.');
  });

  test('a team handle that is not @org/team or @user is an error at the handle', () => {
    const teams = sources().teams.replace('handle: "@acme/checkout"', 'handle: checkout team');
    const [problem, ...others] = vocabularyProblems({ teams });
    expect(others).toEqual([]);
    expect(problem.line).toBe(teams.split('\n').indexOf('  handle: checkout team') + 1);
    expect(problem.message).toMatch(/^checkout\.handle is "checkout team": not a handle: write it as CODEOWNERS does, "@org\/team"/);
    expect(() => parseVocabulary(sources({ teams: sources().teams.replace('handle: "@acme/checkout"', 'handle: "@jane-doe"') }))).not.toThrow();
  });

  test('a right-to-left override in a service name is refused at its line', () => {
    const services = sources().services.replace('name: Checkout API', 'name: Checkout \u202eAPI');
    expect(vocabularyProblems({ services })).toMatchObject([{ line: services.split('\n').findIndex((l) => l.includes('\u202e')) + 1, message: expect.stringMatching(/^the file has the invisible character U\+202E \(right-to-left override\)/) }]);
  });

  test('a tab used as indentation is one error saying so, with the fix', () => {
    const problems = vocabularyProblems({ tags: sources().tags.replace('  description: "Runtime', '\tdescription: "Runtime') });
    expect(problems.map((p) => [p.message, p.fix])).toEqual([['not valid YAML: a tab indents this line; YAML indents with spaces only.', 'replace the tab with spaces (two for each level), as on the lines around it.']]);
  });

  test('compliance.yaml: a deadline id used twice, a regime id in capitals and a tab are refused with the fix', () => {
    const compliance = readFileSync(join(import.meta.dirname, '../../content/compliance.yaml'), 'utf8');
    expect(() => parseComplianceConfig(compliance.replace('id: incident-notification', 'id: early-warning'), 'c.yaml')).toThrow(
      'c.yaml is not valid (each setting is described in docs/compliance.md):\n  - regimes.nis2.deadlines.1.id: is "early-warning", the id of deadlines.0 too; give each deadline its own id.');
    expect(() => parseComplianceConfig(compliance.replace('  nis2:', '  NIS2:'), 'c.yaml')).toThrow(
      'regimes.NIS2: the regime id "NIS2" must be lowercase letters, digits and hyphens; rename it to "nis2" (and in the postmortems\' security.regimes).');
    const tabbed = compliance.replace('    name: NIS2 Article 23', '\tname: NIS2 Article 23');
    expect(() => parseComplianceConfig(tabbed, 'c.yaml')).toThrow(
      `c.yaml:${tabbed.split('\n').findIndex((line) => line.startsWith('\t')) + 1}: not valid YAML: a tab indents this line; YAML indents with spaces only. Fix: replace the tab with spaces`);
  });

  test('compliance.yaml with exponential aliases is refused in words', () => {
    expect(() => parseComplianceConfig(aliasBomb, 'content/compliance.yaml')).toThrow('content/compliance.yaml: not valid YAML: aliases (*name) repeat an anchor (&name) so often that the data would not fit in memory. Fix: write the values out instead of repeating them through aliases.');
  });
});

describe('postmortem files', () => {
  const errorsAfter = errorsAfterEditingGoodInput;

  test.each([
    ['exponential aliases', (t: string) => t.replace('---\n', `---\n${aliasBomb}`), 'frontmatter/yaml', 3,
      'frontmatter is not valid YAML: aliases (*name) repeat an anchor (&name) so often that the data would not fit in memory.', 'write the values out instead of repeating them through aliases.'],
    ['a tab as indentation (six errors before)', (t: string) => t.replace('  started: 2025', '\tstarted: 2025'), 'frontmatter/yaml', 12,
      'frontmatter is not valid YAML: a tab indents this line; YAML indents with spaces only.', 'replace the tab with spaces (two for each level), as on the lines around it.'],
    ['a blank line before the frontmatter', (t: string) => `\n${t}`, 'frontmatter/missing', 1,
      "the frontmatter's `---` is on line 2, after a blank line: it is only read on line 1, so its fields would be shown as text.", 'delete the blank line before the first `---`.'],
    ['an empty file', () => '', 'frontmatter/missing', 1, 'the file is empty.', 'write the postmortem in it (`npm run new` writes a complete one), or delete the file.'],
    ['a title with nothing after the colon', (t: string) => t.replace('title: Checkout errors after a config push', 'title:'), 'schema/type', 2,
      'title is empty: nothing is written after `title:`, but it must be text.', 'write the value after the colon, or delete the line if the field is optional.'],
    ['an empty list item', (t: string) => t.replace('services: [checkout-api]', 'services:\n  -'), 'schema/type', 8,
      'services[0] is empty (a "-" with nothing after it), but must be text.', 'write the entry after the "-", or delete the line.'],
    ['a heading of seven #', (t: string) => `${t}\n####### Deep heading\n`, 'body/heading-depth', 45,
      'a line starting with 7 # is no heading: Markdown has six levels, so it is shown as text, # marks included.', 'write it with ###### at most (sections start at ##, each level under them one # more), or as bold text.'],
    ['an <Internal> never closed (reported at the body\'s first line before)', (t: string) => `${t}\n<Internal>\nThe pool is on db-7.\n`, 'mdx/syntax', 45,
      'the MDX body does not parse: Expected a closing tag for `<Internal>` (line 45:1-45:11) (the <Internal> opened here is never closed)', 'add </Internal> on a line of its own where that part ends, with a blank line before it.'],
    ['a right-to-left override in the title (shown reversed)', (t: string) => t.replace('title: Checkout errors', 'title: Checkout \u202eerrors'), 'file/encoding', 2,
      'the file has the invisible character U+202E (right-to-left override), which changes the direction of the text after it: the page shows it in another order than the file and the review read it.', 'delete it (retype the text around it); text in a right-to-left language needs no such character.'],
    ['a severity written as its number', (t: string) => t.replace('severity: SEV-2', 'severity: 2'), 'schema/invalid-value', 4,
      'severity is 2, which is not allowed.', 'use one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4 (did you mean "SEV-2"?).'],
    ['a title written as a YAML block of two lines', (t: string) => t.replace('title: Checkout errors after a config push', 'title: |\n  Checkout errors\n  after a config push'), 'schema/plain-text', 2,
      'title spans 2 lines; a title is one line on every page, in the feed and in search results.', 'write it on one line after the colon (no | or > block), and put the rest in the summary.'],
    ['a key with no name', (t: string) => t.replace('severity: SEV-2', 'severity: SEV-2\n~: x'), 'schema/unknown-key', 2,
      'a key with no name (written ~: or "":).', 'write the name of the key before the colon, or delete the line.'],
    ['a time in a zone by name', (t: string) => t.replace('detected: 2025-07-08T17:49:00Z', 'detected: 2025-07-08 09:49 PST'), 'schema/invalid', 13,
      /Here a T goes between the day and the time; a zone is written as its offset from UTC, not its name \(PST is -08:00\)\. Write 2025-07-08T09:49:00-08:00 if the time was noted at -08:00 \(PST proper\), or 2025-07-08T09:49:00-07:00 if it is the local time of America\/Los_Angeles, whose clocks were at -07:00 on 2025-07-08 \(reports write one abbreviation all year\)\.$/, undefined],
  ] as const)('%s: one error at its line, with the fix', (_name, change, rule, line, message, fix) => {
    const errors = errorsAfter(change);
    expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule, line });
    if (typeof message === 'string') expect(errors[0].message).toBe(message);
    else expect(errors[0].message).toMatch(message);
    if (fix) expect(errors[0].fix).toBe(fix);
  });

  test('a zero-width space in a service id is named, beside the unknown service it makes', () => {
    const errors = errorsAfter((t) => t.replace('services: [checkout-api]', 'services: [checkout\u200b-api]'));
    expect(errors.map((f) => [f.rule, f.line, f.column])).toEqual([['file/encoding', 7, 20], ['vocabulary/unknown', 7, 12]]);
    expect(errors[0].message).toBe('the frontmatter has the invisible character U+200B (zero-width space): the value holding it is another id, name or text than the one it looks like.');
  });

  test('a zero-width space in the body, and a byte-order mark, are left alone (the redaction guard reads names through the first)', () => {
    expect(errorsAfter((t) => `\uFEFF${t}\nKowal\u200bski checked it.\n`)).toEqual([]);
  });

  test('a heading marker in a code block or after text is not a heading', () => {
    expect(errorsAfter((t) => `${t}\n\`\`\`\n####### not markdown\n\`\`\`\n\nIssue ####### in the log.\n`)).toEqual([]);
  });

  test('a file name that is another postmortem\'s in capitals says to merge the two, not to rename it onto the other', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems/2025-07-08-Checkout-Config.mdx'), readFileSync(join(dir, file), 'utf8'));
    const [error] = validateCorpus(dir).findings.filter((f) => f.rule === 'file/name');
    expect(error.fix).toBe(`rename the file to 2025-07-08-checkout-config.mdx (lowercase letters, digits and hyphens; npm run import names imported files this way); but ${join(dir, file)} has that id already: merge the two files into it, or give this one another name.`);
  });

  test.each([
    ['2025-07-08-Checkout-Config.mdx', 'capital letters', '2025-07-08-checkout-config.mdx'],
    ['2025-07-08-café-outage.mdx', 'characters other than a-z, 0-9 and hyphens (é)', '2025-07-08-cafe-outage.mdx'],
    ['2025-07-08-\u202eoutage.mdx', 'characters other than a-z, 0-9 and hyphens (U+202E)', '2025-07-08-outage.mdx'],
    ['2025-07-08-x.mdx.mdx', 'characters other than a-z, 0-9 and hyphens (.)', '2025-07-08-x.mdx'],
    ['-2025-07-08-x.md', 'a hyphen first', '2025-07-08-x.md'],
  ])('file name %j: says what is wrong and the name to rename it to', (name, why, renamed) => {
    const [error] = errorsAfter((t) => t, `postmortems/${name}`).filter((f) => f.rule === 'file/name');
    expect(error.message).toBe(`file name "${name.replace(/\.mdx?$/, '')}" is not a valid postmortem id: it has ${why}, and the file name is the postmortem's id and URL.`);
    expect(error.fix).toBe(`rename the file to ${renamed} (lowercase letters, digits and hyphens; npm run import names imported files this way).`);
  });
});

describe('date-times close to one the schema takes', () => {
  test.each([
    // Round 41: in July Pacific clocks are at -07:00, so both readings are named.
    ['2025-07-08 09:49 PST', 'Here a T goes between the day and the time; a zone is written as its offset from UTC, not its name (PST is -08:00). Write 2025-07-08T09:49:00-08:00 if the time was noted at -08:00 (PST proper), or 2025-07-08T09:49:00-07:00 if it is the local time of America/Los_Angeles, whose clocks were at -07:00 on 2025-07-08 (reports write one abbreviation all year).'],
    ['2025-07-08T10:00:00 CEST', 'Here a zone is written as its offset from UTC, not its name (CEST is +02:00). Write 2025-07-08T10:00:00+02:00.'],
    ['2025-07-08T10:00:00 GMT', 'Here a zone is written as its offset from UTC, not its name (GMT is UTC, written Z). Write 2025-07-08T10:00:00Z.'],
    ['2025-12-31T24:00:00Z', 'Here 24:00 is written as 00:00 of the next day. Write 2026-01-01T00:00:00Z.'],
    ['2016-12-31T23:59:60Z', 'Here a leap second (:60) cannot be stored; write :59. Write 2016-12-31T23:59:59Z.'],
    ['2025-07-08t17:49:00z', 'Here a T goes between the day and the time; the Z is a capital. Write 2025-07-08T17:49:00Z.'],
    ['2025-07-08T17:49:00', 'Here it has no zone, so no one can tell when it was: add Z for UTC, or the offset it was noted in.'],
    // Round 21: the offset the region had that day, worked out (it was an example, Pacific time's for every region).
    ['2025-07-08T17:49:00 PT', 'Here PT is a region, written as the offset it had then (PT was -07:00 on 2025-07-08). Write 2025-07-08T17:49:00-07:00.'],
    ['2025-07-08T17:49:00 Mars', 'Here "Mars" is not a zone: write Z for UTC, or an offset such as +01:00.'],
    ['2025-07-08T25:10:00Z', '25:10 is not a time of day (00:00 to 23:59).'],
  ])('%s', (text, advice) => {
    expect(isRealInstant(text)).toBe(false);
    expect(instantAdvice(text, isRealInstant)).toBe(advice);
  });

  test('no advice for text that is no date-time, or one already right', () => {
    expect(instantAdvice('yesterday at noon', isRealInstant)).toBeUndefined();
    expect(instantAdvice('2025-07-08T17:49:00Z', isRealInstant)).toBeUndefined();
  });
});

describe('site.config.ts', () => {
  const valid = {
    organisation: 'Acme',
    sites: { internal: { title: 'I', url: 'https://incidents.acme.internal' }, public: { title: 'P', url: 'https://status.acme.example' } },
  };
  function problem(input: unknown): string {
    try {
      loadKbConfig(input, {}, { fileExists: () => false, now: new Date('2026-11-22T10:00:00Z') });
    } catch (error) {
      expect(error).toBeInstanceOf(KbConfigError);
      return (error as Error).message;
    }
    throw new Error('expected the config to be refused');
  }

  test('a misspelt option names the one meant', () => {
    expect(problem({ ...valid, organization: 'Acme' })).toContain('the config has unknown option(s) "organization"; remove them or check the spelling (each option is documented in src/lib/kb-config.ts). Did you mean "organisation" for "organization"?');
    expect(problem({ ...valid, redaction: { internalDomain: ['.corp'] } })).toContain('Did you mean "internalDomains" for "internalDomain"?');
  });

  test('a domain suffix that matches no host is refused with the one to write', () => {
    expect(problem({ ...valid, redaction: { internalDomains: ['*.corp', 'https://intranet/'] } })).toBe([
      'site.config.ts is not a valid knowledge-base configuration:',
      "  - redaction.internalDomains[0] is not a host-name suffix, so it matches no host and hosts under it would be published (got \"*.corp\"); write it as '.corp' (every host ending with it is internal; no wildcard, scheme or path).",
      "  - redaction.internalDomains[1] is not a host-name suffix, so it matches no host and hosts under it would be published (got \"https://intranet/\"); write it as '.intranet' (every host ending with it is internal; no wildcard, scheme or path).",
    ].join('\n'));
  });

  test('a name listed as public and as internal or a person is refused: public names are never flagged', () => {
    expect(problem({ ...valid, redaction: { internalNames: ['Orion'], people: ['Jane Doe'], publicNames: ['orion', 'Jane Doe'] } })).toBe([
      'site.config.ts is not a valid knowledge-base configuration:',
      '  - redaction.internalNames[0] "Orion" is also in redaction.publicNames ("orion"), which are never flagged, so it would be published; remove it from one of the two lists.',
      '  - redaction.people[0] "Jane Doe" is also in redaction.publicNames ("Jane Doe"), which are never flagged, so it would be published; remove it from one of the two lists.',
    ].join('\n'));
  });
});

describe('command lines', () => {
  const config = { options: { title: { type: 'string' }, service: { type: 'string', multiple: true }, 'dry-run': { type: 'boolean' } } } as const;
  const option = (name: string, value?: string) => ({ kind: 'option', name, value });

  test('an option of one value given two values is refused, naming both', () => {
    expect(repeatedOption(config, [option('title', 'x'), option('title', 'y')])).toBe('--title is given twice ("x", then "y"); give it once, with the value you mean.');
  });

  test('an empty argument or option value (an unset shell variable) is refused, counting arguments after --', () => {
    expect(emptyArgument([{ kind: 'positional', value: 'a.mdx' }, { kind: 'option-terminator' }, { kind: 'positional', value: '' }])).toBe('argument 2 is empty (a shell variable that is not set?); give a file or folder, or leave it out.');
    expect(emptyArgument([option('out', '')])).toBe('--out is given an empty value (a shell variable that is not set?); give the value, or leave the option out.');
    // Round 22: a value of spaces only is refused too (bad-input-round22.test.ts); words with spaces around them are not.
    expect(emptyArgument([option('title', ' x '), { kind: 'positional', value: 'a.mdx' }, option('dry-run')])).toBeUndefined();
  });

  test('an option that takes several, the same value twice, and a flag twice are fine', () => {
    expect(repeatedOption(config, [option('service', 'a'), option('service', 'b'), option('title', 'x'), option('title', 'x'), option('dry-run'), option('dry-run')])).toBeUndefined();
  });
});

test('an id from text drops accents and keeps nothing else but letters, digits and hyphens', () => {
  expect(idFromText('Zürich café — Outage!')).toBe('zurich-cafe-outage');
  expect(idFromText('🔥')).toBe('');
});

test('a workflow annotation escapes the file name, so a comma or colon in it does not end the property', () => {
  expect(formatGithubAnnotation({ file: 'postmortems/2025-07-08-a,b::c%0A.mdx', line: 1, column: 1, rule: 'file/name', severity: 'error', message: 'file name "x" is not a valid postmortem id.', fix: 'rename it\nnow.' }))
    .toBe('::error file=postmortems/2025-07-08-a%2Cb%3A%3Ac%250A.mdx,line=1,col=1,title=file/name::file/name: file name "x" is not a valid postmortem id. Fix: rename it%0Anow.');
});
