// Bad input, round 15: what round 14 left, and inputs of an adopter converting old reports and of
// a careless contributor (docs/rules.md, "Bad input round 15").
import { describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { errorsAfterEditingGoodInput, findingsAfterEditingGoodInput, fixturesDir, goodInputPostmortem, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { loaderPublicRefusal, publicGoodInputPost, publicRefusal } from '../support/public-refusal.ts';
import { PublicVariantError } from '../../src/lib/strip-internal.ts';
import { vocabularyProblems, fixtureVocabularySources } from '../support/vocabulary-fixture.ts';
import { configRefusalLines } from '../support/kb-config-refusal.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';
import { findAngleBracketMistakes } from '../../src/lib/angle-bracket-text.ts';
import { findForeignMarkup } from '../../src/lib/foreign-markup.ts';
import { findMarkdownInTitle, findTitleProblem } from '../../src/lib/plain-text-fields.ts';
import { otherDayNotation } from '../../src/lib/instant-advice.ts';
import type { KbConfigInput } from '../../src/lib/kb-config.ts';
import { scaffoldTitleProblem } from '../../src/lib/scaffold-options.ts';

const errorsAfter = errorsAfterEditingGoodInput;
const body = (text: string) => replacing('A configuration push lowered the pool size.', `A configuration push lowered the pool size.\n\n${text}`);
const asMarkdown = 'postmortems/2025-07-08-checkout-config.md';
const impact = (line: string) => replacing('  end: 2025-07-08T17:55:00Z', `  end: 2025-07-08T17:55:00Z\n  ${line}`);
/** The one error of the fixture after `change`, its message and fix joined. */
const said = (change: (text: string) => string, name?: string) => {
  const errors = errorsAfter(change, name);
  expect(errors).toHaveLength(1);
  return `${errors[0].message} | ${errors[0].fix ?? ''}`;
};
const configInput = (changes: Partial<KbConfigInput>): KbConfigInput => ({
  organisation: 'Acme', sites: { internal: { title: 'KB', url: 'https://kb.acme.internal' }, public: { title: 'History', url: 'https://status.acme.example' } },
  redaction: { people: [], internalNames: [], internalDomains: ['.internal'], publicNames: [] }, ...changes,
});
const now = new Date('2026-06-01T00:00:00Z');

describe('round 14 left: other tools\' severity words, status 1, type fix', () => {
  test.each([
    ['critical', 'SEV-1'], ['Major', 'SEV-2'], ['blocker', 'SEV-0'], ['minor', 'SEV-3'], ['low', 'SEV-4'], ['Sev High', 'SEV-2'],
  ])('severity: %s gets "write severity: %s", saying scales differ', (word, sev) => {
    const [error] = errorsAfter(replacing('severity: SEV-2', `severity: ${word}`));
    expect(error).toMatchObject({ rule: 'schema/invalid-value', line: 4 });
    expect(error.message).toContain(`"${word}", a word of another tool's severity scale`);
    expect(error.fix).toContain(`write severity: ${sev}, what "${word}" most often stands for; if your old reports' scale maps it to another level, write that SEV-n.`);
  });

  test('a word no tool uses for a severity keeps the list of values', () => {
    expect(errorsAfter(replacing('severity: SEV-2', 'severity: purple'))[0].fix).toBe('use one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4.');
  });

  test('an action item status: 1 is done, 0 is open (a checkbox column); type: fix and bug are prevent', () => {
    expect(errorsAfter(replacing('status: done', 'status: 1'))[0].fix).toContain('write status: done');
    expect(errorsAfter(replacing('status: done', 'status: 0'))[0].fix).toContain('write status: open');
    expect(errorsAfter(replacing('type: prevent', 'type: fix'))[0].fix).toContain('write type: prevent, the value here for what "fix" says');
    expect(errorsAfter(replacing('type: prevent', 'type: bug'))[0].fix).toContain('write type: prevent');
    // A number is a status only as a checkbox: 2 is no status of any tool.
    expect(errorsAfter(replacing('status: done', 'status: 2'))[0].fix).toBe('use one of open, in-progress, done, wont-do.');
  });
});

describe('round 14 left: times written as a list', () => {
  test('every key after a "-": one error at times, saying to delete the "- "', () => {
    const error = said(replacing('times:\n  started: 2025-07-08T17:45:00Z\n  detected: 2025-07-08T17:49:00Z\n  mitigated: 2025-07-08T17:55:00Z\n  resolved: 2025-07-08T18:30:00Z',
      'times:\n  - started: 2025-07-08T17:45:00Z\n  - detected: 2025-07-08T17:49:00Z\n  - mitigated: 2025-07-08T17:55:00Z\n  - resolved: 2025-07-08T18:30:00Z'));
    expect(error).toContain('times is written as a list (a "-" before each of its keys: started, detected, mitigated, resolved), but it is one set of keys.');
    expect(error).toContain('delete the "- " before each key');
  });

  test('some keys after a "-" (YAML does not parse): one error at the first, not three of the parser\'s', () => {
    const errors = errorsAfter(replacing('  started: 2025-07-08T17:45:00Z\n  detected: 2025-07-08T17:49:00Z', '  - started: 2025-07-08T17:45:00Z\n  - detected: 2025-07-08T17:49:00Z'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'frontmatter/yaml', line: 12 });
    expect(errors[0].message).toContain('writes started as a list item, with a "-" before it: times (line 11) is one set of keys, not a list.');
  });

  test('impact as a line of text and action items as lines of text name the fields to write', () => {
    expect(said(replacing('impact:\n  description: Some checkout attempts failed.\n  start: 2025-07-08T17:45:00Z\n  end: 2025-07-08T17:55:00Z', 'impact: Some checkout attempts failed.')))
      .toContain('write it as impact: then, indented on the next line, description: Some checkout attempts failed.');
    const [item] = errorsAfter((text) => text.replace(/actionItems:\n[\s\S]*?related: \[\]/, 'actionItems:\n  - Validate pool sizes in CI\nrelated: []'));
    expect(item.message).toContain('actionItems[0] is a line of text ("Validate pool sizes in CI"), but an action item is a set of fields: id, title, owner');
  });
});

describe('round 14 left: an address without its scheme in angle brackets, and Slack markup', () => {
  test('.mdx: <docs.acme.example/x> is said as an address, not as MDX\'s "after self-closing slash"', () => {
    const [error] = errorsAfter(body('See <docs.acme.example/x> for the runbook.'));
    expect(error).toMatchObject({ rule: 'mdx/syntax', line: 45 });
    expect(error.message).toContain('<docs.acme.example/x> is an address without its scheme in angle brackets');
    // Round 18: <https://…> does not parse in an .mdx body either; the address alone does.
    expect(error.fix).toBe('write it with its scheme and without the brackets: https://docs.acme.example/x (an .mdx body makes a link of the address alone).');
  });

  test('.md: shown as text before; now body/link-address at its line', () => {
    const [error] = errorsAfter(body('See <docs.acme.example/x> for the runbook.'), asMarkdown);
    expect(error).toMatchObject({ rule: 'body/link-address', line: 45, column: 5 });
  });

  test.each([
    ['<@U024BE7LH>', 'a Slack mention', 'write the role instead'],
    ['<#C024BE7LR|incidents>', 'a Slack channel', 'write #incidents'],
    ['<!here>', 'a Slack notification (@here)', 'write @here as text'],
    ['<https://grafana.acme.example/d/x|the dashboard>', 'a Slack link', 'write it as a Markdown link: [the dashboard](https://grafana.acme.example/d/x).'],
  ])('%s is named as %s in .md and .mdx', (markup, what, fix) => {
    for (const name of [undefined, asMarkdown]) {
      const [error] = errorsAfter(body(`Ping ${markup} now.`), name);
      expect(error.message).toContain(`${markup} is ${what}`);
      expect(error.fix).toContain(fix);
    }
  });

  test('an address with its scheme, a file name, an e-mail and code pass', () => {
    expect(findAngleBracketMistakes('See <https://docs.acme.example/x>, <config.yaml> and <ops@acme.example>.')).toEqual([]);
    expect(errorsAfter(body('Run `curl <docs.acme.example/x>` and\n\n```\n<@U024BE7LH>\n```'), asMarkdown)).toEqual([]);
  });
});

describe('round 14 left: Markdown in a title', () => {
  test.each([
    ['"**DB** outage after a config push"', '**DB**', '"DB outage after a config push"'],
    ['"__DB__ outage"', '__DB__', '"DB outage"'],
    ['"DB outage after [a push](https://x.example)"', '[a push](https://x.example)', '"DB outage after a push"'],
    ['"DB outage after a *config* push"', '*config*', '"DB outage after a config push"'],
    ['"# DB outage"', '#', '"DB outage"'],
  ])('title: %s is schema/plain-text, with the title to write', (title, markup, plain) => {
    const [error] = errorsAfter(replacing('title: Checkout errors after a config push', `title: ${title}`));
    expect(error).toMatchObject({ rule: 'schema/plain-text', line: 2, severity: 'error' });
    expect(error.message).toBe(`title holds the Markdown ${markup}, which every page, the feed and search results show as typed: a title is plain text.`);
    expect(error.fix).toContain(`write it without the marks: ${plain}`);
  });

  test('backticks, snake_case, 2*3 and a summary\'s emphasis pass; a draft gets a warning', () => {
    for (const title of ['"Checkout errors after a `max_pool` push"', 'Checkout errors after a max_pool_size push', '"Pool of 2*3 after a push"']) {
      expect(findMarkdownInTitle(title.replace(/^"|"$/g, ''))).toBeUndefined();
    }
    expect(errorsAfter(replacing('summary: A configuration', 'summary: A **configuration**'))).toEqual([]);
    const draft = findingsAfterEditingGoodInput((text) => replacing('status: published', 'status: draft')(text).replace('published: 2025-07-12\n', '').replace('title: Checkout errors after a config push', 'title: "**DB** outage"'));
    expect(draft.filter((f) => f.rule === 'schema/plain-text').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('round 14 left: an alias that is another entry\'s id (a vocabulary conflict)', () => {
  const withAlias = (tags: string, entry: string, aliases: string) => tags.replace(new RegExp(`^${entry}:\\n(  description: .*\\n)`, 'm'), `${entry}:\n$1  aliases: ${aliases}\n`);

  test('a tag alias equal to another tag\'s id (any case) is vocabulary/file at the alias, naming both', () => {
    const problems = vocabularyProblems({ tags: withAlias(fixtureVocabularySources().tags, 'config', '[Deploy]') });
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('tag "config" has the alias "Deploy", which is the id of the tag "deploy"');
    expect(problems[0].fix).toContain('remove "Deploy" from the aliases of "config"');
  });

  test('one alias on two tags is said at the second; an alias of its own id, and distinct aliases, pass', () => {
    const both = withAlias(withAlias(fixtureVocabularySources().tags, 'config', '[settings]'), 'deploy', '[Settings]');
    expect(vocabularyProblems({ tags: both })[0].message).toContain('tag "deploy" has the alias "Settings", which the tag "config" has too');
    expect(() => parseVocabulary(fixtureVocabularySources({ tags: withAlias(withAlias(fixtureVocabularySources().tags, 'config', '[config, settings]'), 'deploy', '[release]') }))).not.toThrow();
  });

  test('services too', () => {
    const services = fixtureVocabularySources().services.replace(/^(checkout-api:\n)/m, '$1  aliases: [orders-db]\n');
    expect(vocabularyProblems({ services })[0].message).toContain('service "checkout-api" has the alias "orders-db", which is the id of the service "orders-db"');
  });
});

describe('round 14 left: line-height 0 with the overflow hidden, and other hiding styles, in public posts', () => {
  test.each([
    ['<div style="line-height:0;overflow:hidden">db-7</div>', 'line-height: 0; overflow: hidden'],
    ['<span style="position:absolute;width:1px;height:1px;overflow:hidden">db-7</span>', 'width: 1px; height: 1px; overflow: hidden'],
    ['<span style="clip: rect(1px, 1px, 1px, 1px); position: absolute">db-7</span>', 'clip: rect(1px, 1px, 1px, 1px)'],
    ['<span style="transform: translateX(-9999px)">db-7</span>', 'transform: translatex(-9999px)'],
    ['<span style="scale: 0">db-7</span>', 'scale: 0'],
    ['<span style="zoom: 0.01">db-7</span>', 'zoom: 0.01'],
    ['<div style="content-visibility: hidden">db-7</div>', 'content-visibility: hidden'],
    ['<span style="filter: opacity(0)">db-7</span>', 'filter: opacity(0)'],
    ['<span style="text-indent:100%;white-space:nowrap;overflow:hidden">db-7</span>', 'text-indent: 100%; overflow: hidden'],
    ['<span style="letter-spacing:-1000px">db-7</span>', 'letter-spacing: -1000px'],
    ['<span style="margin-top:-9999px;position:absolute">db-7</span>', 'margin-top:-9999px'],
    ['<span style="color: hsl(0 0% 100%)">db-7</span>', 'color: hsl(0 0% 100%)'],
  ])('%s is refused at its line, naming the style', (html, how) => {
    const refusal = publicRefusal(`Text.\n\n${html}\n`, false);
    expect(refusal).toContain('x.md:7: ');
    expect(refusal).toContain(`in a public post is hidden by the style "${how}"`);
  });

  test('.mdx style objects too: style={{ lineHeight: 0, overflow: "hidden" }}', () => {
    expect(publicRefusal('<div style={{ lineHeight: 0, overflow: "hidden" }}>db-7</div>\n', true)).toContain('hidden by the style "line-height: 0; overflow: hidden"');
  });

  test('line-height 0 alone, overflow hidden alone, a small move, a width of 1px alone and red pass', () => {
    for (const html of ['<span style="line-height:0">x</span>', '<span style="overflow:hidden">x</span>', '<span style="transform: translateX(10px)">x</span>', '<span style="width:1px">x</span>', '<span style="color: hsl(0 100% 50%)">x</span>']) {
      expect(publicRefusal(`${html}\n`, false)).toBeUndefined();
    }
  });
});

describe('numbers as adopters write them', () => {
  test.each([
    ['usersAffected: 1\u00A0000', 'no-break space (U+00A0) between its digits', 'write 1000, without quotes.'],
    ["usersAffected: 1'000", `no "'" between its digits`, 'write 1000, without quotes.'],
    ['revenueLost: 12,000 EUR', 'no "," between its digits and no currency.', 'write 12000 if the comma groups thousands'],
    ['revenueLost: €1.200,50', 'points between the digit groups and a decimal comma', 'write 1200.5, without quotes'],
    ['usersAffected: 10k', '"k" is a multiplier', 'write 10000, without quotes.'],
    ['usersAffected: 1.2M', '"M" is a multiplier', 'write 1200000, without quotes.'],
    ['usersAffected: 1000+', 'without a sign of estimate', 'write 1000, without quotes'],
    ['usersAffected: 45%', 'a share, where usersAffected holds a count', 'write the count itself'],
    ['usersAffected: unknown', 'a word for a number that is not known', 'leave usersAffected out'],
    ['usersAffected: -5', 'a negative number', 'write 5 if the minus sign is a slip'],
    ['downtimeMinutes: 2h30', 'a duration in hours and minutes', 'write 150 (2h30 in minutes)'],
    ['downtimeMinutes: P1DT2H', 'an ISO 8601 duration', 'write 1560 (P1DT2H in minutes)'],
    ['downtimeMinutes: 5400s', 'a duration in seconds', 'write 90 (5400s in minutes)'],
    ['downtimeMinutes: two hours', 'a number in words', 'write 120 (two hours in minutes)'],
    ['downtimeMinutes: half an hour', 'a number in words', 'write 30 (half an hour in minutes)'],
  ])('%s says what was read and the number to write', (line, why, fix) => {
    const error = said(impact(line));
    expect(error).toContain(why);
    expect(error).toContain(fix);
  });

  test('usersAffected: 1.000 (a thousand, written with a point) was taken as 1: now refused at its line', () => {
    const [error] = errorsAfter(impact('usersAffected: 1.000'));
    expect(error).toMatchObject({ rule: 'schema/invalid', line: 20, field: 'impact.usersAffected' });
    expect(error.message).toContain('is written 1.000, which YAML reads as the decimal number 1');
    expect(error.fix).toBe('write 1000 (no separator between the digits) if 1.000 means 1,000.');
    // A fraction where a fraction may be (revenueLost, downtimeMinutes) is taken.
    expect(errorsAfter(impact('revenueLost: 1.500'))).toEqual([]);
  });
});

describe('days and times as other tools write them', () => {
  const started = (value: string) => said(replacing('started: 2025-07-08T17:45:00Z', `started: ${value}`));
  test.each([
    ['03/05/2024 17:45', '03/05/2024 can be read two ways: write 2024-03-05 if the month comes first (US order), 2024-05-03 if the day does'],
    ['13/05/2024 17:45 UTC', 'the day is written year-month-day, not day/month/year'],
    ['8.7.2025 17:45 UTC', 'Write 2025-07-08T17:45:00Z.'],
    ['2025-W28-2T17:45:00Z', 'as a week date (year, week, weekday). Write 2025-07-08T17:45:00Z.'],
    ['2025-189T17:45:00Z', 'the 189th day of the year. Write 2025-07-08T17:45:00Z.'],
    ['1751996700', 'reads as Unix time (seconds since 1970-01-01), a number, not a date: it is 2025-07-08T17:45:00Z'],
    ['1751996700000', 'Unix time (milliseconds'],
    ['2025-07-08T5:45 PM UTC', 'the time is written on a 24-hour clock'],
    ['2025-07-08T17:45:00\u221202:00', "the offset's sign is U+2212"],
    ['2025\u201007\u201008T17:45:00Z', 'the dashes of the day are U+2010'],
    ['2025-07-08T17:45:00,5Z', 'a fraction of a second is written after a point (.5), not a comma. Write 2025-07-08T17:45:00.5Z.'],
    ['2025-07-08', '2025-07-08 is a day without its time'],
    ['17:45', '17:45 is a time without its day'],
    ['Jul 8 17:45:00 UTC', 'has no year'],
  ])('times.started: %s says what to write', (value, advice) => {
    expect(started(value)).toContain(advice);
  });

  const drafted = (value: string) => said(replacing('drafted: 2025-07-09', `drafted: ${value}`));
  test.each([
    ['03/05/2024', 'can be read two ways: write 2024-03-05 if the month comes first (US order), 2024-05-03 if the day does'],
    ['9 July 2025', 'Write 2025-07-09.'],
    ['2025/07/09', 'joined by "-", not "/". Write 2025-07-09.'],
    ['12.07.2025', 'not day.month.year. Write 2025-07-12.'],
    ['20250709', 'YAML reads as a number, not as a date. Here the parts of the day are joined by "-". Write 2025-07-09.'],
  ])('drafted: %s says the day to write', (value, advice) => {
    expect(drafted(value)).toContain(advice);
  });

  test.each([
    ['Q3', 'Q3 is a quarter, not a day: write its last day'],
    ['"Q3 2025"', 'write its last day (2025-09-30 for Q3 2025)'],
    ['ASAP', '"ASAP" names no day'],
    ['1 Aug', '1 Aug has no year'],
    ['2025-08', '2025-08 is a month: write the day too, e.g. 2025-08-31'],
  ])('an action item due: %s says what a day is', (value, advice) => {
    expect(said(replacing('due: 2025-08-01', `due: ${value}`))).toContain(advice);
  });

  test('a day notation that is no day is not guessed at', () => {
    expect(otherDayNotation('13/13/2025')).toBeUndefined();
    expect(otherDayNotation('2025-07-08')).toBeUndefined();
  });

  test('impact.end before impact.start names the offsets to check', () => {
    expect(said(replacing('  end: 2025-07-08T17:55:00Z', '  end: 2025-07-08T17:55:00+01:00'))).toContain('check the date and the UTC offset of both');
  });

  test('times.closed and times.reported name resolved and detected (they were "did you mean declared / resolved")', () => {
    expect(said(replacing('  resolved: ', '  closed: '))).toContain('rename closed to resolved');
    expect(said(replacing('  detected: ', '  reported: '))).toContain('rename reported to detected');
  });
});

describe('links that lead nowhere', () => {
  test.each([
    ['[docs](htps://docs.acme.example/x)', 'write https://docs.acme.example/x.'],
    ['[docs](https//docs.acme.example/x)', 'write https://docs.acme.example/x.'],
    ['[docs](http:/docs.acme.example/x)', 'write http://docs.acme.example/x.'],
    ['[docs](https://)', 'has a scheme and no host'],
    ['[docs] (https://docs.acme.example/x)', 'write [docs](https://docs.acme.example/x).'],
    ['(docs)[https://docs.acme.example/x]', 'the brackets are swapped'],
  ])('body: %s is body/link-address', (link, advice) => {
    const [error] = errorsAfter(body(`See ${link}.`));
    expect(error.rule).toBe('body/link-address');
    expect(`${error.message} ${error.fix}`).toContain(advice);
  });

  test('a good link with a title, or in angle brackets, passes', () => {
    expect(errorsAfter(body('See [docs](https://docs.acme.example/x "the docs") and [b](<https://docs.acme.example/y>).'))).toEqual([]);
  });

  test.each([
    ['htps://jira.acme.example/browse/OPS-1', 'has a mistyped scheme (htps://), so no browser opens it: write "https://jira.acme.example/browse/OPS-1"'],
    ['"[OPS-1](https://jira.acme.example/browse/OPS-1)"', 'is a Markdown link: the field holds the address alone'],
    ['"<https://jira.acme.example/browse/OPS-1>"', 'an address in angle brackets'],
  ])('an action item link: %s', (link, advice) => {
    expect(said(replacing('    verification: CI rejects a pool of 8.', `    verification: CI rejects a pool of 8.\n    link: ${link}`))).toContain(advice);
  });
});

describe('another wiki\'s markup in the body (body/foreign-markup)', () => {
  test.each([
    ['h2. What happened', 'a heading in Jira or Confluence markup', 'write it as a Markdown heading: ### What happened.'],
    ['{code}', 'a Jira or Confluence block', 'a fenced code block'],
    ['See [runbook|https://wiki.acme.example/x].', 'a link in Jira or Confluence markup', 'write [runbook](https://wiki.acme.example/x).'],
    ['== What happened ==', 'a heading in MediaWiki markup', 'write it as a Markdown heading: ## What happened.'],
    ['== What happened', 'a heading in AsciiDoc markup', '### What happened'],
    ['.. code-block:: sql', 'a reStructuredText directive', 'write the code between two lines of ```sql'],
    ['#+TITLE: Outage', 'an Org-mode keyword', 'move the title to the frontmatter'],
    ['##What happened', 'has no space after its ##', 'write ## What happened.'],
    ['See [[Runbook]].', 'a wiki link', 'write [Runbook](<the page\'s address>)'],
  ])('%s, shown as typed, is said with the Markdown to write', (line, what, fix) => {
    const findings = findingsAfterEditingGoodInput(body(line), asMarkdown).filter((f) => f.rule === 'body/foreign-markup');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', line: 45 });
    expect(findings[0].message).toContain(what);
    expect(findings[0].fix).toContain(fix);
  });

  test('a setext underline, a bash test, a Markdown link and code pass', () => {
    for (const line of ['=====', 'if [[ -e /x ]]; then', 'see [[4]](#refs)', '## What happened']) expect(findForeignMarkup(line)).toEqual([]);
    expect(findingsAfterEditingGoodInput(body('```\nh2. not a heading\n{code}\n```'), asMarkdown).filter((f) => f.rule === 'body/foreign-markup')).toEqual([]);
  });

  test('a warning on a draft', () => {
    const findings = findingsAfterEditingGoodInput((text) => body('h2. What happened')(text).replace('status: published', 'status: draft').replace('published: 2025-07-12\n', ''), asMarkdown);
    expect(findings.find((f) => f.rule === 'body/foreign-markup')?.severity).toBe('warning');
  });
});

describe('titles that do not say what broke', () => {
  test.each([
    ['"Untitled"', 'a placeholder, not a title'],
    ['"N/A"', 'a placeholder'],
    ['"null"', 'a placeholder'],
    ['"Incident Report - 2025-07-08"', 'a day and no more'],
    ['2025-07-08', 'a day and no more'],
  ])('title: %s is schema/invalid', (title, what) => {
    const [error] = errorsAfter(replacing('title: Checkout errors after a config push', `title: ${title}`));
    expect(error).toMatchObject({ rule: 'schema/invalid', line: 2 });
    expect(error.message).toContain(what);
  });

  test.each([
    ['"[RESOLVED] Checkout errors"', 'begins with [RESOLVED], a status tool\'s mark', '"Checkout errors"'],
    ['“Checkout errors”', 'is wrapped in quotes (“…”)', '"Checkout errors"'],
    ['"\'Checkout errors\'"', 'is wrapped in quotes', '"Checkout errors"'],
  ])('title: %s is schema/plain-text, with the title to write', (title, what, meant) => {
    const [error] = errorsAfter(replacing('title: Checkout errors after a config push', `title: ${title}`));
    expect(error.rule).toBe('schema/plain-text');
    expect(error.message).toContain(what);
    expect(error.fix).toContain(meant);
  });

  test('a scope in brackets, a quote inside, a day beside words, and capitals pass', () => {
    for (const title of ['[get.jenkins.io] Reset mirrors database', 'Checkout "cart" errors', 'Checkout errors on 2025-07-08', 'CHECKOUT ERRORS AFTER A CONFIG PUSH']) {
      expect(findTitleProblem(title)).toBeUndefined();
    }
  });

  test('npm run new and draft refuse such a --title before writing, with the title to give', () => {
    expect(scaffoldTitleProblem('**DB** outage')).toBe('--title holds the Markdown **DB**: a title is plain text, shown as typed on every page, in the feed and in search results. Write it without the marks: --title "DB outage". Nothing was written.');
    expect(scaffoldTitleProblem('Untitled')).toContain('--title is "Untitled", a placeholder, not a title');
    expect(scaffoldTitleProblem('[RESOLVED] Checkout errors')).toContain('Write the title without it: "Checkout errors". Nothing was written.');
    expect(scaffoldTitleProblem('Checkout errors after a config push')).toBeUndefined();
  });

  test('an action item title of 300 characters is schema/too-long', () => {
    const [error] = errorsAfter(replacing('title: Validate pool sizes in CI', `title: ${'Validate pool sizes in CI and '.repeat(10).trim()}`));
    expect(error).toMatchObject({ rule: 'schema/too-long', field: 'actionItems[0].title' });
    expect(error.fix).toContain('shorten it to what will be done');
  });

  test('line 1 `;;;` (JSON frontmatter of some site generators) is said as such', () => {
    const [error] = errorsAfter((text) => text.replace(/^---\n/, ';;;\n').replace('\n---\n', '\n;;;\n'));
    expect(error).toMatchObject({ rule: 'frontmatter/missing', line: 1 });
    expect(error.message).toContain('line 1 is `;;;`, which opens JSON frontmatter in some site generators');
  });

  test('a key with two colons is said so', () => {
    expect(said(replacing('severity: SEV-2', 'severity:: SEV-2'))).toContain('the key severity is written with 2 colons');
  });
});

describe('files of the postmortems folder that were left out in silence', () => {
  test.each([
    ['2024-03-05-db-outage.docx', 'npm run import --'],
    ['2024-03-05-db-outage.html', 'npm run import --'],
    ['2024-03-05-db-outage.adoc', 'npm run import --'],
    ['2024-03-05-db-outage.pdf', 'save it as text or HTML'],
  ])('%s is corpus/not-read with how to convert it', (name, fix) => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems', name), 'x');
    const [finding] = validateCorpus(dir).findings;
    expect(finding).toMatchObject({ rule: 'corpus/not-read', severity: 'error' });
    expect(finding.message).toContain(`is a report in another format (${name.slice(name.lastIndexOf('.'))}), which the sites do not read`);
    expect(finding.fix).toContain(fix);
  });

  test('the original beside its imported draft passes', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, goodInputPostmortem.replace('.mdx', '.docx')), 'x');
    expect(validateCorpus(dir).findings).toEqual([]);
  });

  test.each(['2025-07-10-other.mdx ', '2025-07-10-other.mdx.', '2025-07-10-other.mdwn'])('%j looks like a postmortem and is said, with the name to use', (name) => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems', name), 'x');
    const [finding] = validateCorpus(dir).findings;
    expect(finding.rule).toBe('corpus/not-read');
    expect(finding.fix).toContain(`rename it to ${join(dir, 'postmortems', name.endsWith('mdwn') ? '2025-07-10-other.md' : '2025-07-10-other.mdx')},`);
  });

  test('a byte-order mark at the start of a body line (two files joined) is file/encoding at its line', () => {
    const [error] = errorsAfter(body('\uFEFF## Second report'));
    expect(error).toMatchObject({ rule: 'file/encoding', line: 45 });
    expect(error.message).toContain('another file was joined to this one here');
  });
});

describe('vocabularies and settings', () => {
  test('garbled text in a tag\'s description is vocabulary/file, naming the character meant', () => {
    const problems = vocabularyProblems({ tags: `${fixtureVocabularySources().tags}caching:\n  description: "Cachesâ€™ invalidation."\n` });
    expect(problems[0].message).toContain('the file holds "â€™", which is "’" garbled');
  });

  test('an id of 61 characters is refused; 60 pass', () => {
    const tags = fixtureVocabularySources().tags;
    expect(vocabularyProblems({ tags: `${tags}${'a'.repeat(61)}:\n  description: "x"\n` })[0].message).toContain('is 61 characters long; at most 60 are allowed');
    expect(() => parseVocabulary(fixtureVocabularySources({ tags: `${tags}${'a'.repeat(60)}:\n  description: "x"\n` }))).not.toThrow();
  });

  test('a team\'s GitHub page as its handle gets the handle', () => {
    const teams = fixtureVocabularySources().teams.replace('"@acme/checkout"', '"https://github.com/orgs/acme/teams/checkout"');
    expect(vocabularyProblems({ teams })[0].message).toContain('write "@acme/checkout"');
  });

  test('a redaction name with two spaces, or a no-break space, would not be found: refused with the name to write', () => {
    const lines = configRefusalLines(configInput({ redaction: { people: ['Alice  Smith', 'Bob\u00A0Jones'], internalNames: [], internalDomains: ['.internal'], publicNames: [] } }), now).join('\n');
    expect(lines).toContain('redaction.people[0] is "Alice  Smith", which holds two spaces in a row');
    expect(lines).toContain('Write "Alice Smith".');
    expect(lines).toContain('redaction.people[1] is "Bob\u00A0Jones", which holds a no-break space');
  });

  test('a lint rule in other letter case gets its name; an always-on rule in other case is said so', () => {
    expect(configRefusalLines(configInput({ lint: { rules: { 'Action-Item/Vague': 'off' } } }), now).join('\n')).toContain('is the rule "action-item/vague" in other letter case: rule names are written in lower case. Write lint.rules["action-item/vague"].');
    expect(configRefusalLines(configInput({ lint: { rules: { 'Body/Heading-Skip': 'off' } } }), now).join('\n')).toContain('lint.rules["Body/Heading-Skip"] is a rule that is always on');
  });

  test('contentDir: "~/kb" is refused: no shell expands it', () => {
    expect(configRefusalLines(configInput({ contentDir: '~/kb' }), now).join('\n')).toContain('~ is not read as your home folder here');
  });
});

describe('unchanged: valid inputs of the same kinds pass', () => {
  test('JSON frontmatter between the --- lines, CRLF, a byte-order mark before ---, a trailing comma in a list', () => {
    expect(errorsAfter((text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`)).toEqual([]);
    expect(errorsAfter(replacing('tags: [config]', 'tags: [config, ]'))).toEqual([]);
    expect(errorsAfter(replacing('tags: [config]\n', ''))).toEqual([]);
  });

  test('headings in capitals pass (8 of the corpora\'s reports write them)', () => {
    expect(errorsAfter(body('## WHAT HAPPENED\n\nText.'))).toEqual([]);
  });

  test('a folder of the postmortems folder named like a report in another format is walked as before', () => {
    const dir = makeContentFromFixture('good-input');
    mkdirSync(join(dir, 'postmortems/exports.html'));
    expect(validateCorpus(dir).findings).toEqual([]);
  });
});

// Was a public build in test/cli/bad-input-round15.test.ts (suite time, session 50): the build's
// loader refuses the post with this error, and a refusal of its kind stops the public build with
// its message, nothing written (test/cli/bad-input-round12.test.ts, on a build).
describe("a public post hiding text by line-height 0 with the overflow hidden (round 14 left it), as the public build's loader renders it", () => {
  test('refused at its line of the file, with the file named', () => {
    const path = join(fixturesDir, 'good-input', goodInputPostmortem);
    const refusal = loaderPublicRefusal(path, publicGoodInputPost('<div style="line-height:0;overflow:hidden">The db-7 failover was skipped.</div>'));
    expect(refusal).toBeInstanceOf(PublicVariantError);
    expect((refusal as Error).message).toContain(`${path}:48: <div style="line-height:0;overflow:hidden"> in a public post is hidden by the style "line-height: 0; overflow: hidden"`);
    // The same post without it renders: the refusal is the hiding's.
    expect(loaderPublicRefusal(path, publicGoodInputPost(''))).toBeUndefined();
  });
});
