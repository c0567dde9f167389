// Bad input, round 38 (docs/rules.md, "Bad input round 38"): the inputs of the round that were
// said unclearly or taken wrongly before. Each test of a change asserts what the commit before
// did not do; the controls, what was right before and still is. In-process only; the commands
// started are in test/cli/bad-input-round38.test.ts.
import { describe, expect, test } from 'vitest';
import { scanPublicText } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { internalHostsIn } from '../../src/lib/adoption/leak-search.ts';
import { asciiHostSpelling, hostSpellings, isHostUnderSuffix } from '../../src/lib/host-spelling.ts';
import { findClosestMatch } from '../../src/lib/closest-match.ts';
import { scaffoldDayProblem } from '../../src/lib/scaffold-options.ts';
import { errorsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import { configRefusal, minimalKbConfig } from '../support/kb-config-refusal.ts';
import { loadKbConfig, KbConfigError, type KbConfigInput } from '../../src/lib/kb-config.ts';

const errorsAfter = (change: (text: string) => string) => errorsAfterEditingGoodInput(change).map((f) => `${f.rule} ${f.message} ${f.fix ?? ''}`);
const addedBeforeRelated = (lines: string) => errorsAfter(replacing('related: []', `related: []\n${lines}`));
const hostsFlagged = (internalDomain: string, text: string) =>
  scanPublicText('post.mdx', text, { internalDomains: [internalDomain], serviceIds: [], people: [], internalNames: [], peopleIndex: buildPeopleIndex([]) })
    .findings.filter((f) => f.rule === 'redact/internal-host').map((f) => /"([^"]+)"/.exec(f.message)?.[1]);

describe('an internal host written in Unicode or in punycode is one host, whichever spelling internalDomains lists (before: the other spelling was published)', () => {
  test.each([
    ['.xn--bcher-kva.example', 'The pool on db7.bücher.example was lowered.', 'db7.bücher.example'],
    ['.bücher.example', 'The pool on db7.xn--bcher-kva.example was lowered.', 'db7.xn--bcher-kva.example'],
    ['.bücher.example', 'The pool on könig.bücher.example was lowered.', 'könig.bücher.example'],
    ['.bu\u0308cher.example', 'The pool on db7.bücher.example was lowered.', 'db7.bücher.example'],
    ['.bücher.example', 'The pool on db7.bu\u0308cher.example was lowered.', 'db7.bu\u0308cher.example'],
  ])('internalDomains %s, a post writing %s', (domain, text, host) => {
    expect(hostsFlagged(domain, text)).toEqual([host]);
  });
  test('control: the same spelling as listed was found before and still is', () => {
    expect(hostsFlagged('.xn--bcher-kva.example', 'The pool on db7.xn--bcher-kva.example was lowered.')).toEqual(['db7.xn--bcher-kva.example']);
  });
  test('control: a public host under another domain is not flagged', () => {
    expect(hostsFlagged('.bücher.example', 'See www.buecher.example for the status.')).toEqual([]);
  });
  test("measure:adoption's leak search finds both spellings", () => {
    expect(internalHostsIn('db7.bücher.example and db8.xn--bcher-kva.example', ['.xn--bcher-kva.example'])).toEqual(['db7.bücher.example', 'db8.xn--bcher-kva.example']);
  });
  test('the two spellings of a host and of a suffix', () => {
    expect(asciiHostSpelling('.Bücher.example')).toBe('.xn--bcher-kva.example');
    expect(hostSpellings('.xn--bcher-kva.example')).toEqual(['.xn--bcher-kva.example', '.bücher.example', '.bu\u0308cher.example']);
    expect(hostSpellings('.corp')).toEqual(['.corp']);
    expect(isHostUnderSuffix('status.bücher.example', '.xn--bcher-kva.example')).toBe(true);
    expect(isHostUnderSuffix('bücher.example', '.bücher.example')).toBe(false);
  });
});

describe('site.config.ts: internalDomains in Unicode is taken, and the public address is compared in either spelling', () => {
  const withDomain = (domain: string, publicUrl?: string) => ({ redaction: { internalDomains: [domain] }, ...(publicUrl ? { sites: { ...minimalKbConfig.sites, public: { title: 'Acme History', url: publicUrl } } } : {}) });
  test.each(['.bücher.example', 'bücher.example', '.bu\u0308cher.example'])("internalDomains: ['%s'] is taken (before: refused, to be written in punycode)", (domain) => {
    expect(configRefusal(withDomain(domain))).toBeUndefined();
  });
  test('internalDomains in Unicode and the public site under its punycode: refused as a host under the internal domain (before: refused for the Unicode alone)', () => {
    expect(configRefusal(withDomain('.bücher.example', 'https://status.xn--bcher-kva.example'))).toContain('is a host under the internal domain ".bücher.example"');
  });
  test('control: internalDomains in punycode and the public site written in Unicode (an address is read as punycode) was refused before and still is', () => {
    expect(configRefusal(withDomain('.xn--bcher-kva.example', 'https://status.bücher.example'))).toContain('is a host under the internal domain');
  });
  test('control: a full-width dot still is refused, with the ASCII dot to write', () => {
    expect(configRefusal(withDomain('．corp'))).toContain("write '.corp'");
  });
});

describe('one mistake, one error: a text field given a list (before: "must be text" and "is an empty list")', () => {
  test.each([
    ['timeline[0].source', replacing('    kind: detection\n', '    kind: detection\n    source: []\n')],
    ['title', replacing('title: Checkout errors after a config push', 'title: []')],
    ['actionItems[0].verification', replacing('    verification: CI rejects a pool of 8.', '    verification: []')],
  ])('%s: []', (field, change) => {
    const errors = errorsAfter(change);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${field} is [], but must be text.`);
  });
  test('commander: [] too', () => {
    expect(addedBeforeRelated('commander: []')).toEqual([expect.stringContaining('commander is [], but must be text.')]);
  });
  test("site.config.ts: contentDir: [] is one problem (before: a second, \"is empty\")", () => {
    expect(configRefusal({ contentDir: [] })).toBe('site.config.ts is not a valid knowledge-base configuration:\n  - contentDir must be text in quotes (got []).');
  });
  test('control: an empty text is said as empty', () => {
    expect(errorsAfter(replacing('    kind: detection\n', '    kind: detection\n    source: ""\n'))).toEqual([expect.stringContaining('timeline[0].source is empty')]);
  });
});

describe('a misspelled key names the key meant, and the key it stands for is not said missing too', () => {
  test('Titel: "did you mean title?", one error (before: "did you mean times?" beside "title is missing")', () => {
    expect(errorsAfter(replacing('title:', 'Titel:'))).toEqual(['schema/unknown-key unknown key "Titel". did you mean "title"? Rename the key.']);
  });
  test('time: (for times) is "did you mean times?" (before: timeline)', () => {
    expect(errorsAfter(replacing('times:', 'time:'))).toEqual(['schema/unknown-key unknown key "time". did you mean "times"? Rename the key.']);
  });
  test.each([
    ['a timeline entry\'s description:', replacing('    event: Config reverted.', '    description: Config reverted.'), 'unknown key "description": a timeline entry writes it as event.'],
    ['a timeline entry\'s time:', replacing('  - at: 2025-07-08T17:55:00Z', '  - time: 2025-07-08T17:55:00Z'), 'unknown key "time": a timeline entry writes it as at.'],
  ])('%s is one error (before: a second, "required field … is missing")', (_, change, said) => {
    expect(errorsAfter(change)).toEqual([expect.stringContaining(said)]);
  });
  test('imported.from: is "writes it as source", one error (before: "remove it" beside "imported.source is missing")', () => {
    expect(addedBeforeRelated('historical: true\nimported:\n  from: old/x.md\n  format: markdown\n  on: 2025-07-09')).toEqual(['schema/unknown-key unknown key "from": imported writes it as source. rename from to source.']);
  });
  test('a swapped pair of letters is one slip', () => {
    expect(findClosestMatch('Titel', ['times', 'title', 'timeline'])).toBe('title');
    expect(findClosestMatch('sevreity', ['severity', 'services'])).toBe('severity');
  });
  test('control: sumary is still "did you mean summary?"', () => {
    expect(errorsAfter(replacing('summary:', 'sumary:'))).toEqual(['schema/unknown-key unknown key "sumary". did you mean "summary"? Rename the key.']);
  });
});

test('reviewers written as one role is told as a list of that role, not split at its space (before: [SRE, lead])', () => {
  expect(addedBeforeRelated('reviewers: SRE lead')).toEqual(['schema/type reviewers is "SRE lead", but must be a list. write it as a list: reviewers: [SRE lead].']);
});

test('control: tags written with spaces are still split into ids', () => {
  expect(errorsAfter(replacing('tags: [config]', 'tags: config deploy'))[0]).toContain('write it as a list: tags: [config, deploy].');
});

describe('dates: a year of five digits or with a minus sign, and a day with a zone name', () => {
  test.each([
    ['10000-01-01T00:00:00Z', 'Here the year, 10000, is written with 5 digits, where a year takes four'],
    ['+010000-01-01T00:00:00Z', 'Here the year, 10000, is written with 5 digits, where a year takes four'],
    ['-000001-01-01T00:00:00Z', 'Here the year is written with a minus sign'],
  ])('times.started: %s names the year (before: the format alone)', (value, said) => {
    expect(errorsAfter(replacing('  started: 2025-07-08T17:45:00Z', `  started: ${value}`))).toEqual([expect.stringContaining(said)]);
  });
  test('due: 2025-08-01 Europe/Berlin gives the day without its zone (before: "e.g. 2025-03-21")', () => {
    expect(errorsAfter(replacing('due: 2025-08-01', 'due: 2025-08-01 Europe/Berlin'))).toEqual([expect.stringContaining('e.g. 2025-08-01. This field is a day, written without a time zone.')]);
  });
  test('new --date "2026-03-01 Europe/Berlin" gives the day (before: "must be a real day" alone)', () => {
    expect(scaffoldDayProblem('2026-03-01 Europe/Berlin')).toBe('--date "2026-03-01 Europe/Berlin" must be a real day, written YYYY-MM-DD. A day is written without a time zone (the day is read in UTC): give --date 2026-03-01. Nothing was written.');
  });
  test('control: a region after a date-time was said before and still is', () => {
    expect(errorsAfter(replacing('  resolved: 2025-07-08T18:30:00Z', '  resolved: 2025-07-08T20:30:00 Europe/Berlin'))).toEqual([expect.stringContaining('Write 2025-07-08T20:30:00+02:00.')]);
  });
});

describe("site.config.ts: asOf: 2026-01-01 without quotes (JavaScript's 2024)", () => {
  const refusal = (sourceText?: string) => {
    try {
      loadKbConfig({ ...minimalKbConfig, asOf: 2026 - 1 - 1 } as unknown as KbConfigInput, {}, { fileExists: () => false, sourceText });
    } catch (error) {
      expect(error).toBeInstanceOf(KbConfigError);
      return (error as Error).message;
    }
    return undefined;
  };
  test('with the file\'s text: the day written, and the subtraction (before: "(got 2024)" alone)', () => {
    expect(refusal("export const settings = {\n  asOf: 2026-01-01,\n};\n")).toContain("so JavaScript reads 2026-01-01 as a subtraction (2026 - 1 - 1 = 2024). Write asOf: '2026-01-01'.");
  });
  test('without it: the likely cause', () => {
    expect(refusal()).toContain('is read by JavaScript as a subtraction');
  });
});

describe('`< Internal>` with a space, on a line of its own before the closing tag', () => {
  const publicPostWith = (body: string) => (text: string) => `${text.replace('visibility: internal', 'visibility: public').replace('related: []', 'related: []\npublic:\n  title: Checkout errors\n  summary: Checkout failed for ten minutes; we reverted the change.')}\n${body}\n`;
  test('names the space of the opening tag (before: "closes no <Internal>: none is open before it in this paragraph")', () => {
    expect(errorsAfter(publicPostWith('< Internal>\n\nThe pool was lowered.\n\n</ Internal>'))).toEqual([expect.stringContaining('</ Internal> closes nothing: the < Internal> 4 lines above has a space after the <, so it is text')]);
  });
  test('control: a closing tag with no opening one is said as before', () => {
    expect(errorsAfter(publicPostWith('Text.\n\n</Internal>'))).toEqual([expect.stringContaining('</Internal> closes no <Internal>: none is open before it in this paragraph.')]);
  });
});
