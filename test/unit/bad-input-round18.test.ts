// Bad input, round 18: what a contributor's pull request or an imported export really holds, no
// earlier round tried (docs/rules.md, "Bad input round 18").
import { describe, expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KbConfigError, loadKbConfig } from '../../src/lib/kb-config.ts';
import { dayNotationAdvice } from '../../src/lib/instant-advice.ts';
import { scaffoldDayProblem, scaffoldSeverityProblem } from '../../src/lib/scaffold-options.ts';
import { copyNotImported, SourceCopies } from '../../src/lib/import/source-copies.ts';
import { BatchFactError, parseBatchFacts } from '../../src/lib/import/batch-facts.ts';
import type { Vocabulary } from '../../src/lib/vocabulary.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { errorsAfterEditingGoodInput, makeContentFromFixture, replacing } from '../support/content-fixture.ts';

const body = (text: string) => replacing('A configuration push lowered the pool size.', `A configuration push lowered the pool size.\n\n${text}`);
const asMarkdown = 'postmortems/2025-07-08-checkout-config.md';

describe('site.config.ts: a lint level or a choice as another tool writes it names the one meant', () => {
  const valid = { organisation: 'Acme', sites: { internal: { title: 'Acme KB', url: 'https://incidents.acme.internal' }, public: { title: 'Acme History', url: 'https://status.acme.example' } } };
  const problem = (input: unknown) => {
    try {
      loadKbConfig(input, {}, { fileExists: () => false });
    } catch (error) {
      expect(error).toBeInstanceOf(KbConfigError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };
  const level = (value: unknown) => problem({ ...valid, lint: { rules: { 'action-item/vague': value } } });

  test.each([
    ['warn', 'is "warn", ESLint\'s word for a warning: write lint.rules["action-item/vague"]: \'warning\'.'],
    [2, 'is 2, ESLint\'s number for error: write lint.rules["action-item/vague"]: \'error\'.'],
    [0, 'is 0, ESLint\'s number for off: write lint.rules["action-item/vague"]: \'off\'.'],
    [['error', { max: 3 }], 'is ["error",{"max":3}], ESLint\'s [level, options] form: the rules here take a level alone, and no options (the options given are not read): write lint.rules["action-item/vague"]: \'error\'.'],
    ['ERROR', 'is "ERROR", the level in other letter case or with spaces (levels are written in lower case): write lint.rules["action-item/vague"]: \'error\'.'],
    [false, 'is false, a switch: off is the level that turns the rule off: write lint.rules["action-item/vague"]: \'off\'.'],
  ])('lint level %j (it was "is not a level", none named)', (value, said) => {
    expect(level(value)).toContain(`lint.rules["action-item/vague"] ${said}`);
  });

  test('true names both levels, since it says neither', () => {
    expect(level(true)).toContain('is true, a switch, which says the rule is on but not how: "error" fails the check and the build, "warning" is only reported: write \'error\' or \'warning\'.');
  });

  test('a level like none keeps the list', () => {
    expect(level('loud')).toContain('is not a level; use "error", "warning" or "off" (got "loud")');
  });

  test('similarity.linkBy "Blend" (other letter case) names "blend"', () => {
    expect(problem({ ...valid, similarity: { linkBy: 'Blend' } })).toContain('similarity.linkBy is "Blend", the choice "blend" in other letter case or with spaces: choices are written as listed. Write similarity.linkBy: \'blend\'.');
  });
});

describe('.mdx: what Markdown reads in angle brackets and MDX does not', () => {
  test.each([
    ['<https://status.acme.example/incidents/42>', 'is an address in angle brackets: Markdown makes it a link, but an .mdx body reads the < as the start of a component', 'write the address without the brackets, https://status.acme.example/incidents/42 (an .mdx body makes a link of it as it is), or as a link with its text: [text](https://status.acme.example/incidents/42).'],
    ['<oncall@acme.example>', 'is an e-mail address in angle brackets', 'write the address without the brackets, oncall@acme.example (an .mdx body makes a mail link of it as it is).'],
    ['<!-- TODO: add the graphs -->', 'an HTML comment (<!-- … -->) is not read in an .mdx body', 'write the comment as {/* … */}, which MDX leaves out of the page, or delete it (a note for reviewers belongs in the pull request).'],
  ])('%s is said as what it is, not as the parser\'s "Unexpected character" with a fix about closing tags', (text, said, fix) => {
    const [error] = errorsAfterEditingGoodInput(body(`See ${text} for the updates.`));
    expect(error).toMatchObject({ rule: 'mdx/syntax', line: 45 });
    expect(error.message).toContain(said);
    expect(error.fix).toBe(fix);
  });

  test('the fixes parse: the address alone and {/* */} pass, and .md keeps reading <https://…> and <a@b> as links', () => {
    expect(errorsAfterEditingGoodInput(body('See https://status.acme.example/incidents/42 or oncall@acme.example.\n\n{/* TODO: add the graphs */}'))).toEqual([]);
    expect(errorsAfterEditingGoodInput(body('See <https://status.acme.example/incidents/42> or <oncall@acme.example>.\n\n<!-- TODO -->'), asMarkdown)).toEqual([]);
  });

  test('<docs.acme.example/x> in .mdx gets a fix that parses (round 15 gave <https://…>, which does not)', () => {
    const [error] = errorsAfterEditingGoodInput(body('See <docs.acme.example/x> for the runbook.'));
    expect(error.fix).toBe('write it with its scheme and without the brackets: https://docs.acme.example/x (an .mdx body makes a link of the address alone).');
  });
});

test('a heading whose marks are followed by a no-break space was a paragraph without a word', () => {
  const [error] = errorsAfterEditingGoodInput(body('##\u00a0Why it happened\n\nThe pool was small.'));
  expect(error).toMatchObject({ rule: 'body/foreign-markup', line: 45 });
  expect(error.message).toBe('`## Why it happened` has a no-break space (U+00A0) after its ##, not a space: Markdown shows it as a line of text, not a heading.');
  expect(error.fix).toBe('retype the space after the ##: ## Why it happened.');
  expect(errorsAfterEditingGoodInput(body('## Why it happened\n\nThe pool was\u00a0small.'))).toEqual([]);
});

describe('two ids in one value are said as two, not as an unknown id "did you mean" the first', () => {
  test('an action item owner "checkout, payments" (and "checkout and payments")', () => {
    for (const owner of ['checkout, payments', 'checkout and payments']) {
      const [error] = errorsAfterEditingGoodInput(replacing('owner: checkout', `owner: ${owner}`));
      expect(error.field).toBe('actionItems[0].owner');
      expect(error.message).toMatch(/^owner ".*" is 2 ids of .*teams\.yaml joined in one value \(checkout, payments\), which names no team\. An action item has one owner team, which answers for it: write owner: checkout/);
    }
  });

  test('a trigger of two ids, and a service item of two', () => {
    const [trigger] = errorsAfterEditingGoodInput(replacing('trigger: configuration', 'trigger: configuration, deployment'));
    expect(trigger.message).toContain('A postmortem names one trigger, what set the incident off: write trigger: configuration');
    const [service] = errorsAfterEditingGoodInput(replacing('services: [checkout-api]', 'services: ["checkout-api, payments-api"]'));
    expect(service.message).toContain('Write each as an item of the list: [checkout-api, payments-api].');
  });

  test('one known id and one unknown keeps "did you mean"', () => {
    const [error] = errorsAfterEditingGoodInput(replacing('owner: checkout', 'owner: checkout, nobody'));
    expect(error.message).toMatch(/^unknown team "checkout, nobody".*Did you mean "checkout"\?/);
  });
});

describe('a postmortem hidden by a dot before its name', () => {
  test('is said (it was left out of the sites without a word)', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems/.2025-07-09-cache-outage.mdx'), '---\ntitle: x\n---\n');
    const finding = validateCorpus(dir).findings.find((f) => f.rule === 'corpus/not-read');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toMatch(/\.2025-07-09-cache-outage\.mdx is named like a postmortem but begins with a dot, which hides it/);
    expect(finding?.fix).toMatch(/^rename it to .*\/postmortems\/2025-07-09-cache-outage\.mdx; a file kept out of the sites on purpose is named with _ first/);
  });

  test('a hidden copy beside the postmortem of its name, an editor\'s .name.mdx and a macOS ._ file stay silent', () => {
    const dir = makeContentFromFixture('good-input');
    for (const name of ['.2025-07-08-checkout-config.mdx', '.notes.mdx', '._2025-07-09-cache-outage.mdx']) writeFileSync(join(dir, 'postmortems', name), 'x');
    expect(validateCorpus(dir).findings.filter((f) => f.rule === 'corpus/not-read')).toEqual([]);
  });
});

describe('days without a year, or with two digits of it', () => {
  test('due: 8/1 says what is missing (it was "is not a date" alone)', () => {
    const [error] = errorsAfterEditingGoodInput(replacing('due: 2025-08-01', 'due: 8/1'));
    expect(error.message).toContain('8/1 has no year: write the year too, as YYYY-MM-DD.');
  });

  test('due: 2025-08-01 EOD gets the day to write (it was "is not a date" and an example)', () => {
    const [error] = errorsAfterEditingGoodInput(replacing('due: 2025-08-01', 'due: 2025-08-01 EOD'));
    expect(error.message).toBe('actionItems[0].due: "2025-08-01 EOD" is not a date. Write it as YYYY-MM-DD, e.g. 2025-08-01. This field is a day: the time of day is not written.');
  });

  test('a year of two digits reads as the spreadsheet reads it', () => {
    expect(dayNotationAdvice('8/1/25')).toBe(' 8/1/25 can be read two ways: write 2025-08-01 if the month comes first (US order), 2025-01-08 if the day does.');
    expect(dayNotationAdvice('13/8/25')).toBe(' Here the day is written year-month-day, not day/month/year. Write 2025-08-13.');
    expect(dayNotationAdvice('08/01/2025')).toContain('write 2025-08-01 if the month comes first');
  });
});

describe('npm run new: --severity and --date name the value meant, as the check does for a file', () => {
  test.each([
    ['Sev 1', '--severity "Sev 1" is not one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4: give --severity SEV-1. Nothing was written.'],
    ['critical', '--severity "critical" is not one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4: give --severity SEV-1 (what "critical" of another tool\'s scale most often stands for; if your old reports map it to another level, give that one). Nothing was written.'],
    ['SEV9', '--severity "SEV9" is not one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4 (SEV-0 the worst). Nothing was written.'],
  ])('--severity %s', (written, said) => {
    expect(scaffoldSeverityProblem(written)).toBe(said);
  });

  test('P1 reads as a priority; sev-2 in small letters is taken', () => {
    expect(scaffoldSeverityProblem('P1')).toContain('give --severity SEV-1 (P1 reads as a priority');
    expect(scaffoldSeverityProblem('sev-2')).toBeUndefined();
  });

  test('--date 30.07.2025, 2025-02-30', () => {
    expect(scaffoldDayProblem('30.07.2025')).toBe('--date "30.07.2025" must be a real day, written YYYY-MM-DD. Here the day is written year-month-day, not day.month.year. Give --date 2025-07-30. Nothing was written.');
    expect(scaffoldDayProblem('2025-02-30')).toBe('--date "2025-02-30" must be a real day, written YYYY-MM-DD. 2025-02-30 is no day: February 2025 has 28 days. Nothing was written.');
    expect(scaffoldDayProblem('2025-07-30')).toBeUndefined();
  });
});

test('import and fill --set severity=critical / drafted=30.07.2025 name the value meant', () => {
  const vocabulary = { services: new Map(), teams: new Map(), tags: new Map(), triggers: new Map() } as unknown as Vocabulary;
  const problems = (options: string[]) => {
    try {
      parseBatchFacts(options, vocabulary, '2026-11-30');
    } catch (error) {
      return (error as BatchFactError).problems;
    }
    throw new Error('accepted');
  };
  expect(problems(['severity=critical'])).toEqual(['--set severity=critical: "critical" is not a severity; severities are SEV-0, SEV-1, SEV-2, SEV-3, SEV-4: give --set severity=SEV-1 (what "critical" of another tool\'s scale most often stands for; if your old reports map it to another level, give that one).']);
  expect(problems(['drafted=30.07.2025'])[0]).toMatch(/Give --set drafted=2025-07-30\.$/);
});

test('an import reading two copies of one file names the copy (it became a second draft of the incident)', () => {
  const copies = new SourceCopies();
  const report = new TextEncoder().encode('# DB outage\n\nThe database was down.\n');
  expect(copies.copyOf('reports/a.md', report)).toBeUndefined();
  expect(copies.copyOf('reports/old/a.md', report.slice())).toBe('reports/a.md');
  expect(copies.copyOf('reports/b.md', new TextEncoder().encode('# Cache outage\n'))).toBeUndefined();
  // Empty files are said as empty, each, not as copies of one another.
  expect(copies.copyOf('reports/c.md', new Uint8Array())).toBeUndefined();
  expect(copies.copyOf('reports/d.md', new Uint8Array())).toBeUndefined();
  expect(copyNotImported('reports/a.md')).toMatch(/^is a copy of reports\/a\.md \(the same bytes\)/);
});
