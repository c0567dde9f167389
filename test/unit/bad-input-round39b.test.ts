// Bad input, round 39b (docs/rules.md, "Bad input round 39b"): what an editor or a merge tool does
// to a file, left by round 39. Each test of a change asserts what the commit before did not say
// (or took silently); the controls, what was right before and still is.
import { describe, expect, test } from 'vitest';
import { findLoneConflictSeparator } from '../../src/lib/pasted-text.ts';
import { findingsAfterEditingGoodInput, goodInputPostmortem } from '../support/content-fixture.ts';

type Finding = { rule: string; message: string; fix?: string; line?: number; severity: string };
const said = (findings: Finding[], severity = 'error') =>
  findings.filter((f) => f.severity === severity).map((f) => `${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const appended = (text: string) => (source: string) => `${source}\n${text}\n`;
const asMarkdown = goodInputPostmortem.replace(/\.mdx$/, '.md');
const detectedAs = (value: string) => (source: string) => source.replace(/ {2}detected: \S+/, `  detected: ${value}`);

describe('a lone ======= under a line is said with both readings, a leftover of a merge or a heading (before: published as a level-1 heading, unsaid)', () => {
  test('under a sentence it is an error, naming the line, both readings and both fixes', () => {
    const findings = findingsAfterEditingGoodInput(appended('The pool was 8.\n=======\nThe pool was 16.'));
    const errors = said(findings);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^file\/merge-conflict \d+: line \d+, `=======` alone under "The pool was 8\.", is either git's separator .* or a Markdown underline/);
    expect(errors[0]).toContain('delete the line');
    expect(errors[0]).toContain('"## The pool was 8."');
  });
  test('in a .md body too', () => {
    const errors = said(findingsAfterEditingGoodInput(appended('The pool was 8.\n=======\nThe pool was 16.'), asMarkdown));
    expect(errors.filter((e) => e.startsWith('file/merge-conflict'))).toHaveLength(1);
  });
  test('under a line that may be a heading it is a warning, not an error', () => {
    const findings = findingsAfterEditingGoodInput(appended('Pool sizes\n=======\nThe pool was 16.'));
    expect(said(findings)).toEqual([]);
    expect(said(findings, 'warning').filter((w) => w.startsWith('file/merge-conflict'))).toHaveLength(1);
  });
  test('none in a fence or for an underline of other length; with CRLF, and with a blank line above (then an error)', () => {
    expect(findLoneConflictSeparator('```\nA\n=======\nB\n```\n')).toBeUndefined();
    expect(findLoneConflictSeparator('Text.\n\n=======\n\nMore.\n')).toMatchObject({ line: 3, prose: true });
    expect(findLoneConflictSeparator('Timeline notes\n==============\n')).toBeUndefined();
    expect(findLoneConflictSeparator('A.\r\n=======\r\nB\r\n')).toMatchObject({ line: 2, prose: true });
  });
});

describe('a time written as a duration after another (+4m) is told to be written as the instant, computed (before: the format alone)', () => {
  test.each([['+4m', '2025-07-08T17:49:00Z'], ['+1h30m', '2025-07-08T19:15:00Z'], ['"+ 4 min"', '2025-07-08T17:49:00Z'], ['+90s', '2025-07-08T17:46:30Z']])('detected: %s', (value, instant) => {
    const errors = said(findingsAfterEditingGoodInput(detectedAs(value)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^schema\/invalid \d+: times\.detected: .*a time field takes no relative time/);
    expect(errors[0]).toContain(`write ${instant}.`);
  });
});

describe('a .md body with <!— … —> (an editor\'s smart dash) is said (before: shown as typed, the note included)', () => {
  test.each(['<!— reviewer note —>', '<!–– reviewer note ––>'])('%s', (comment) => {
    const errors = said(findingsAfterEditingGoodInput(appended(`${comment}\nText.`), asMarkdown));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/is an HTML comment whose two hyphens an editor's smart punctuation turned into a dash .*the page shows it and the note inside it as typed/);
    expect(errors[0]).toContain('<!-- … -->');
  });
  test('control: in a code span it is text meant as typed', () => {
    expect(said(findingsAfterEditingGoodInput(appended('Write `<!— x —>` never.'), asMarkdown))).toEqual([]);
  });
  test('control: an .mdx body still gets its {/* … */} fix', () => {
    const errors = said(findingsAfterEditingGoodInput(appended('<!— reviewer note —>\nText.')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('{/* … */}');
  });
});

describe('a link address in smart quotes is said (before: published as a link to nowhere)', () => {
  test('[status](“https://…”)', () => {
    const errors = said(findingsAfterEditingGoodInput(appended('[status](“https://status.acme.example/1”)')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^body\/link-address \d+: .*wrapped in “…”, a word processor's quotes/);
    expect(errors[0]).toContain('](https://status.acme.example/1)');
  });
  test('control: a straight-quoted link title is not touched', () => {
    expect(said(findingsAfterEditingGoodInput(appended('[status](https://status.acme.example/1 "Status")')))).toEqual([]);
  });
});

describe('more of round 39b: ======= with no line above, a • list', () => {
  test('======= after a blank line is an error, shown as seven = signs (before: published as a paragraph of them)', () => {
    const errors = said(findingsAfterEditingGoodInput(appended('Text.\n\n=======\n\nMore.')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^file\/merge-conflict \d+: line \d+, `=======` alone, is git's separator .*a line of seven = signs/);
  });
  test('======= right after a closing fence is not read as under the text before the fence', () => {
    expect(findLoneConflictSeparator('Text\n```\ncode\n```\n=======\n')).toEqual({ line: 5, marker: '=======', prose: true });
  });
  test('a list made with • is said, with the - to write (before: published as one paragraph, "• One • Two")', () => {
    const errors = said(findingsAfterEditingGoodInput(appended('• One\n• Two')));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^body\/foreign-markup \d+: `• One` is a list item made with the character • \(U\+2022\)/);
    expect(errors[0]).toContain('- One');
  });
  test('control: • inside a sentence is text', () => {
    expect(said(findingsAfterEditingGoodInput(appended('Checkout • payments • search.')))).toEqual([]);
  });
});

describe('a list made with dashes (— One) is said, two lines or more in a row (before: published as one paragraph)', () => {
  test('— and – items', () => {
    const errors = said(findingsAfterEditingGoodInput(appended('— One\n– Two')));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^body\/foreign-markup \d+: `— One` is a list item made with a dash \(—, U\+2014\)/);
    expect(errors[1]).toContain('- Two');
  });
  test('control: one line starting with a dash (a quotation\'s source) is text', () => {
    expect(said(findingsAfterEditingGoodInput(appended('> Ship it.\n\n— the release notes\n\nMore.')))).toEqual([]);
  });
});
