// Bad input, round 40 (docs/rules.md, "Bad input round 40"): what an adopter's repository really
// contains, and round 39b's leftovers. Each test of a change asserts what the commit before did not
// say (or took silently); the controls, what was right before and still is.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { findInvisibleInBody } from '../../src/lib/invisible-in-body.ts';
import { findingsAfterEditingGoodInput, fixturesDir, goodInputPostmortem, vocabularyContentFolder } from '../support/content-fixture.ts';
import { readFileSync } from 'node:fs';

type Finding = { rule: string; message: string; fix?: string; line?: number; column?: number; severity: string };
const said = (findings: Finding[], severity = 'error') =>
  findings.filter((f) => f.severity === severity).map((f) => `${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const appended = (text: string) => (source: string) => `${source}\n${text}\n`;
const replaced = (from: string, to: string) => (source: string) => {
  if (!source.includes(from)) throw new Error(`the fixture has no ${from}`);
  return source.replace(from, to);
};
const detectedAs = (value: string) => (source: string) => source.replace(/ {2}detected: \S+/, `  detected: ${value}`);
/** How many lines the good-input postmortem has (its text ends with a line break). */
const goodInputLines = readFileSync(join(fixturesDir, 'good-input', goodInputPostmortem), 'utf8').split('\n').length - 1;

describe('a time written as a run sheet counts (T+4, T+00:04) is told to be written as the instant, computed (before: the format alone)', () => {
  test.each([
    ['T+4', /with no unit.*add the 4 minutes \(or hours, as your sheet counts\).*write 2025-07-08T17:49:00Z/],
    ['T+4m', /a time after the start .*write 2025-07-08T17:49:00Z/],
    ['"T + 4 minutes"', /write 2025-07-08T17:49:00Z/],
    ['T+00:04', /add 00:04 \(hours:minutes\).*write 2025-07-08T17:49:00Z/],
    ['"+10"', /with no unit.*write 2025-07-08T17:55:00Z/],
  ])('detected: %s', (value, expected) => {
    const errors = said(findingsAfterEditingGoodInput(detectedAs(value)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^schema\/invalid \d+: times\.detected: .*a time field takes no relative time/);
    expect(errors[0]).toMatch(expected);
  });
  test('a year that lost a digit (025-…) is said, with the year meant', () => {
    const errors = said(findingsAfterEditingGoodInput(replaced('  started: 2025-07-08T17:45:00Z', '  started: 025-07-08T17:45:00Z')));
    expect(errors[0]).toContain('the year, 025, is written with 3 digits');
    expect(errors[0]).toContain('2025-07-08T17:45:00Z.');
  });
  test.each([['drafted: 2025-07-09', 'drafted: "July 9th, 2025"', 'Write 2025-07-09.'], ['due: 2025-08-01', 'due: "Aug 1, 2025"', 'Write 2025-08-01.']])('%s written as %s is the day it names (before: "has no year")', (from, to, write) => {
    const errors = said(findingsAfterEditingGoodInput(replaced(from, to)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(write);
    expect(errors[0]).not.toContain('has no year');
  });
  test('control: a day with no year still says so', () => {
    expect(said(findingsAfterEditingGoodInput(replaced('due: 2025-08-01', 'due: "Aug 1"')))[0]).toContain('has no year');
  });
});

describe('a setext heading of seven = written on purpose is no conflict (before: warned as a possible merge conflict)', () => {
  test.each([['Summary\n=======\n\nText.'], ['Text.\n\nRoot cause\n=======\n\nThe pool.']])('%j', (text) => {
    const findings = findingsAfterEditingGoodInput(appended(text));
    expect([...said(findings), ...said(findings, 'warning')].filter((f) => f.startsWith('file/merge-conflict'))).toEqual([]);
  });
  test('controls: under a sentence, or with text right after it, it is still said', () => {
    expect(said(findingsAfterEditingGoodInput(appended('The pool was 8.\n=======\nThe pool was 16.'))).filter((f) => f.startsWith('file/merge-conflict'))).toHaveLength(1);
    expect(said(findingsAfterEditingGoodInput(appended('Pool sizes\n=======\nThe pool was 16.')), 'warning').filter((f) => f.startsWith('file/merge-conflict'))).toHaveLength(1);
  });
});

describe('an invisible character in the body is said (before: published as written)', () => {
  test.each([
    ['a zero-width space in prose', 'The config\u200b push.', 'warning', /U\+200B \(zero-width space\), which no reader sees/],
    ['a soft hyphen in prose', 'The con\u00adfig push.', 'warning', /U\+00AD \(soft hyphen\)/],
    ['a word joiner in a heading', '## Root\u2060 cause', 'warning', /U\+2060 \(word joiner\)/],
    ['a zero-width no-break space mid-line', 'The con\ufefffig push.', 'warning', /U\+FEFF/],
    ['a zero-width space in a code span', 'Run `kubectl\u200b get pods`.', 'warning', /this code holds the invisible character U\+200B/],
    ['a zero-width space in a fence', '```sh\nkubectl\u200b get pods\n```', 'warning', /this code holds/],
    ['a zero-width space in a link address', '[status](https://status.acme.example/\u200b1)', 'error', /this address holds .*another address/],
  ])('%s', (_, text, severity, expected) => {
    const found = said(findingsAfterEditingGoodInput(appended(text)), severity).filter((f) => f.startsWith('file/encoding'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
    expect(found[0]).toContain('delete it');
  });
  test('its line and column are the author\'s', () => {
    const findings = findingsAfterEditingGoodInput(appended('Line one.\nThe config\u200b push.')) as Finding[];
    const found = findings.find((f) => f.rule === 'file/encoding')!;
    // appended: a blank line, "Line one.", then the line with the character
    expect(found.line).toBe(goodInputLines + 3);
    expect(found.column).toBe(11);
  });
  test.each([
    ['a zero-width joiner in an emoji sequence', 'The team 👩\u200d💻 fixed it.'],
    ['a zero-width non-joiner in Persian', 'می\u200cخواهم'],
    ['zero-width spaces between Thai words', 'ระบบ\u200bล่ม\u200bแล้ว'],
    ['a variation selector after an emoji', 'Fixed ✔\ufe0f.'],
    ['a left-to-right mark', 'The config\u200e push.'],
  ])('control, left alone: %s', (_, text) => {
    expect(findInvisibleInBody(`\n${text}\n`)).toEqual([]);
    expect([...said(findingsAfterEditingGoodInput(appended(text))), ...said(findingsAfterEditingGoodInput(appended(text)), 'warning')].filter((f) => f.startsWith('file/encoding'))).toEqual([]);
  });
});

describe('another site generator\'s template syntax in an .mdx body is named (before: "is meant as text … write the brace as \\{")', () => {
  test.each([
    ['{{< figure src="pool.png" title="Pool" >}}', /is a Hugo shortcode, which this site does not run/, /!\[Pool\]\(pool\.png\)/],
    ['{{% notice warning %}}\nCareful.\n{{% /notice %}}', /\{\{% notice warning %\}\} is a Hugo shortcode/, /delete the shortcode and its closing one/],
    ['{% include alert.html %}', /is a Liquid tag of Jekyll/, /what the included file says/],
    ['See {{ site.url }}/status.', /\{\{ site\.url \}\} is a template variable/, /write its value itself/],
    ['Careful.\n{: .warning}', /\{: \.warning\} is a kramdown attribute list/, /delete it/],
  ])('%j', (text, message, fix) => {
    const errors = said(findingsAfterEditingGoodInput(appended(text))).filter((f) => f.startsWith('mdx/syntax'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).toMatch(fix);
  });
  test('control: a brace meant as text is still told to be written \\{', () => {
    expect(said(findingsAfterEditingGoodInput(appended('The map {a: 1, b: }')))).toEqual(expect.arrayContaining([expect.stringMatching(/is meant as text.*write the brace as \\\{/)]));
  });
});

describe('a GitHub alert is said (before: a quote published with "[!NOTE]" as typed)', () => {
  test('> [!NOTE]', () => {
    const errors = said(findingsAfterEditingGoodInput(appended('> [!NOTE]\n> The pool was 8.')));
    expect(errors).toEqual([expect.stringMatching(/^body\/foreign-markup \d+: `\[!NOTE\]` opens a GitHub alert.*> \*\*Note:\*\* …, and delete \[!NOTE\]\.$/)]);
  });
  test('control: a link in a quote is no alert', () => {
    expect(said(findingsAfterEditingGoodInput(appended('> [the runbook](https://runbooks.acme.example/1)')))).toEqual([]);
  });
});

describe('a hidden folder is not read (before: .github/TEMPLATE.md was a postmortem refused for its capitals)', () => {
  const withGoodInput = (setup: (postmortems: string) => void) => {
    const dir = vocabularyContentFolder('bad-input-40');
    try {
      setup(join(dir, 'postmortems'));
      return validateCorpus(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  test('a tool\'s template in .github/ is left out', () => {
    const result = withGoodInput((postmortems) => {
      mkdirSync(join(postmortems, '.github'));
      writeFileSync(join(postmortems, '.github', 'TEMPLATE.md'), '# Template\n');
    });
    expect(result.postmortems.map((p: { id: string }) => p.id)).toEqual([]);
    expect(result.findings.filter((f: Finding) => f.severity === 'error')).toEqual([]);
  });
  test('a dated report in a hidden folder is said, with the move that publishes it', () => {
    const result = withGoodInput((postmortems) => {
      mkdirSync(join(postmortems, '.drafts'));
      writeFileSync(join(postmortems, '.drafts', '2025-07-08-checkout-config.mdx'), '');
    });
    const errors = said(result.findings);
    expect(errors).toEqual([expect.stringMatching(/^corpus\/not-read 1: .*is in the folder \.drafts, whose name begins with a dot.*\| move it out of that folder \(git mv .*\)\.$/)]);
  });
});

describe('a title as a tracker or a chat writes it, and a Windows path in double quotes, are said with the quoting to write (before: the parser\'s words)', () => {
  test.each([
    ['title: [SEV-1] Checkout errors', /starts with \[, which YAML reads as the start of a list, so the words after \[SEV-1\] do not parse.*title: "\[SEV-1\] Checkout errors"\.$/],
    ['title: *Checkout* errors', /starts with \*, which YAML reads as a reference to an anchor.*title: "\*Checkout\* errors"\.$/],
    ['title: "Config in C:\\new\\pool broke checkout"', /in double quotes a backslash starts an escape .*\\p .*title: 'Config in C:\\new\\pool broke checkout'/],
  ])('%s', (line, expected) => {
    const errors = said(findingsAfterEditingGoodInput(replaced('title: Checkout errors after a config push', line)));
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^frontmatter/yaml 2: line 2: (?:the value of title, .*, )?${expected.source}`))]);
  });
  test('control: a list that is a list is no mistake', () => {
    expect(said(findingsAfterEditingGoodInput(replaced('tags: [config]', 'tags: [config] # the only one')))).toEqual([]);
  });
});

describe('Markdown other sites render and this one does not is said (before: published as typed)', () => {
  test('rows of pipes with no --- line', () => {
    const errors = said(findingsAfterEditingGoodInput(appended('| a | b |\n| 1 | 2 |')));
    expect(errors).toEqual([expect.stringMatching(/^body\/table-cells \d+: these 2 lines of \| signs are a table without the --- line under its header.*\| add a line under the header with one --- per cell: \| --- \| --- \|$/)]);
  });
  test('#Root cause, with no space after its #', () => {
    expect(said(findingsAfterEditingGoodInput(appended('#Root cause')))).toEqual([expect.stringMatching(/^body\/foreign-markup \d+: `#Root cause` has no space after its #.*write ## Root cause/)]);
  });
  test('$$ math', () => {
    expect(said(findingsAfterEditingGoodInput(appended('$$\nx^2\n$$')))[0]).toMatch(/^body\/foreign-markup \d+: `\$\$` opens or closes a LaTeX math block/);
  });
  test('controls: a table with its --- line, a Slack channel on a line of its own', () => {
    expect(said(findingsAfterEditingGoodInput(appended('| a | b |\n| --- | --- |\n| 1 | 2 |')))).toEqual([]);
    expect(said(findingsAfterEditingGoodInput(appended('#checkout-oncall')))).toEqual([]);
  });
});

describe('files laid out by other tools', () => {
  test('a published report in Jekyll\'s _drafts/ is warned of (before: published, unsaid)', () => {
    const dir = vocabularyContentFolder('bad-input-40');
    try {
      mkdirSync(join(dir, 'postmortems', '_drafts'));
      writeFileSync(join(dir, 'postmortems', '_drafts', '2025-07-08-checkout-config.mdx'), readFileSync(join(fixturesDir, 'good-input', goodInputPostmortem), 'utf8'));
      const warnings = said(validateCorpus(dir).findings, 'warning').filter((w) => w.startsWith('corpus/drafts-folder'));
      expect(warnings).toEqual([expect.stringMatching(/is in the folder _drafts, which Jekyll and other generators do not publish, but its status is published.*\| if it is not ready, write status: draft/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('a soft hyphen in a file name: the id to rename to is the word without it (before: check-out)', () => {
    const errors = said(findingsAfterEditingGoodInput((source) => source, 'postmortems/2025-07-08-check\u00adout-config.mdx')).filter((e) => e.startsWith('file/name'));
    expect(errors[0]).toContain('rename the file to 2025-07-08-checkout-config.mdx');
  });
});
