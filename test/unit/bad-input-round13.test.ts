// Bad input, round 13: what round 12 left, and inputs of an adopter converting old reports
// (docs/rules.md, "Bad input round 13").
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { RefusedMarkupError, toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { findingsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { publicRefusal } from '../support/public-refusal.ts';
import { fixtureVocabularySources, vocabularyProblems } from '../support/vocabulary-fixture.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';
import { configRefusalLines } from '../support/kb-config-refusal.ts';
import type { KbConfigInput } from '../../src/lib/kb-config.ts';

const findingsAfter = findingsAfterEditingGoodInput;
const errorsAfter = (change: (text: string) => string) => findingsAfter(change).filter((f) => f.severity === 'error');

describe('an id YAML reads as a number, a boolean or nothing (it was "tags[1] is 1000, but must be text")', () => {
  test.each([
    ['tags: [config, 1e3]', 'tags[1] is written 1e3, which YAML reads as the number 1000 (1e3 is 1 × 10^3), not as the text "1e3".'],
    ['tags: [config, 0x10]', 'tags[1] is written 0x10, which YAML reads as the hexadecimal number 16, not as the text "0x10".'],
    ['tags: [config, .inf]', 'tags[1] is written .inf, which YAML reads as infinity, not as the text ".inf".'],
    ['tags: [config, TRUE]', 'tags[1] is written TRUE, which YAML reads as the boolean true, not as the text "TRUE".'],
  ])('%s is said as written, with the quotes to write', (line, message) => {
    const [error] = errorsAfter(replacing('tags: [config]', line));
    expect(error).toMatchObject({ rule: 'schema/type', line: 9, message });
    expect(error.fix).toContain(`write it in double quotes, "${line.slice(15, -1)}", so it stays text`);
  });

  test('null and ~ in a list are said as nothing, not as a "-" with nothing after it (there was no "-")', () => {
    expect(errorsAfter(replacing('teams: [checkout]', 'teams: [~]'))).toEqual([expect.objectContaining({
      message: 'teams[0] is written ~, which YAML reads as nothing (null), not as the text "~".',
      fix: 'if "~" is meant, write it in double quotes, "~"; if nothing is meant, delete the entry.',
    })]);
  });

  test('an action item owner and the trigger too; an empty "-" entry keeps its message', () => {
    expect(errorsAfter(replacing('owner: checkout', 'owner: true'))[0].message).toBe('actionItems[0].owner is written true, which YAML reads as the boolean true, not as the text "true".');
    expect(errorsAfter(replacing('trigger: configuration', 'trigger: 1e3'))[0].message).toContain('trigger is written 1e3, which YAML reads as the number 1000');
    expect(errorsAfter(replacing('tags: [config]', 'tags:\n  - config\n  -'))[0].message).toBe('tags[1] is empty (a "-" with nothing after it), but must be text.');
  });
});

describe('a vocabulary id YAML reads as a number, a boolean or nothing (1e3: became the tag "1000", silently)', () => {
  const tagsWith = (entry: string) => `${fixtureVocabularySources().tags}\n${entry}:\n  description: "x"\n`;
  test.each([
    ['1e3', 'the id 1e3 is read by YAML as the number 1000 (1e3 is 1 × 10^3), not as the text "1e3": the tag would get the id "1000", which no postmortem writes.'],
    ['0x10', 'the id 0x10 is read by YAML as the hexadecimal number 16, not as the text "0x10": the tag would get the id "16", which no postmortem writes.'],
    ['2024', 'the id 2024 is read by YAML as the number 2024, not as the text "2024": a postmortem\'s unquoted 2024 is read as the number 2024 too.'],
    ['null', 'the id null is read by YAML as nothing (null), not as the text "null": the tag would have no id.'],
  ])('tags.yaml "%s:" is refused at its line, with the quotes to write here and in postmortems', (id, message) => {
    const source = tagsWith(id);
    const problems = vocabularyProblems({ tags: source });
    expect(problems).toEqual([expect.objectContaining({ line: source.split('\n').indexOf(`${id}:`) + 1, message, fix: expect.stringContaining(`write the id in double quotes, "${id}":, and in the postmortems too (e.g. ["${id}"])`) })]);
  });

  test('an id that quotes would not make valid ("True", ".inf", "~") gets an id to use instead; "~:" was "id \\"\\"" at line 1', () => {
    const [capital] = vocabularyProblems({ tags: tagsWith('True') });
    expect(capital.fix).toBe('rename it to an id of lowercase letters, digits and hyphens that says what it is (e.g. "true"): quoted, "True" would still be no id.');
    const [tilde] = vocabularyProblems({ tags: tagsWith('~') });
    expect(tilde.line).toBeGreaterThan(1);
    expect(tilde.message).toContain('the id ~ is read by YAML as nothing (null)');
  });

  test('quoted, "1e3" is a tag id, and a postmortem listing it quoted passes', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'tags.yaml'), tagsWith('"1e3"'));
    expect(parseVocabulary(fixtureVocabularySources({ tags: tagsWith('"1e3"') })).tags.has('1e3')).toBe(true);
    const path = join(dir, goodInputPostmortem);
    writeFileSync(path, readFileSync(path, 'utf8').replace('tags: [config]', 'tags: [config, "1e3"]'));
    expect(validateCorpus(dir).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('attributes on <Internal> and <PublicOnly> (an attribute no one reads passed without a word)', () => {
  const body = (text: string) => replacing('A configuration push lowered the pool size.', `A configuration push lowered the pool size.\n\n${text}`);
  test('<Internal reason="legal"> is mdx/component-attribute at its line, with the comment to write instead', () => {
    expect(errorsAfter(body('<Internal reason="legal">\nThe db-7 failover.\n</Internal>'))).toEqual([expect.objectContaining({
      rule: 'mdx/component-attribute', line: 45,
      message: '<Internal reason="legal">: <Internal> takes no attributes, so reason="legal" does nothing: the block is cut from the public site and shown on the internal site, whatever an attribute says.',
      fix: 'write <Internal> without it; a note for reviewers goes inside the block as an MDX comment, {/* reason="legal" */}.',
    })]);
  });

  test('<PublicOnly site="status"> inline, and several attributes at once, are said too; <Internal> bare passes', () => {
    expect(errorsAfter(body('Text <PublicOnly site="status">sorry</PublicOnly> here.'))[0].message).toContain('<PublicOnly site="status">: <PublicOnly> takes no attributes, so site="status" does nothing: the block is shown on the public site only');
    expect(errorsAfter(body('<Internal open until="2025-09-01">\nx\n</Internal>'))[0].message).toContain('<Internal open until="2025-09-01">: <Internal> takes no attributes, so they do nothing');
    expect(errorsAfter(body('<Internal>\nThe db-7 failover.\n</Internal>'))).toEqual([]);
  });

  test('the build refuses it too, at its line (the internal site rendered it, the attribute ignored)', () => {
    const source = '---\ntitle: x\n---\n\nText.\n\n<Internal reason="legal">\nx\n</Internal>\n';
    expect(() => toFastMarkdown(source, { variant: 'internal', isMdx: true, file: 'x.mdx' })).toThrow(RefusedMarkupError);
    try {
      toFastMarkdown(source, { variant: 'internal', isMdx: true, file: 'x.mdx' });
    } catch (error) {
      expect(error).toMatchObject({ rule: 'mdx/component-attribute', line: 7 });
      expect((error as Error).message).toContain('<Internal> takes no attributes');
    }
  });
});

describe('invisible characters of the frontmatter beyond the zero-width space (a soft hyphen in a title passed)', () => {
  test.each([
    ['\u00AD', 'U+00AD (soft hyphen)'],
    ['\u3164', 'U+3164 (Hangul filler)'],
    ['\u2061', 'U+2061 (function application)'],
    ['\u{E0041}', 'U+E0041 (a tag character)'],
  ])('a title holding %j is file/encoding at its line, naming it', (character, named) => {
    expect(errorsAfter(replacing('title: Checkout errors', `title: Check${character}out errors`))).toEqual([expect.objectContaining({
      rule: 'file/encoding', line: 2, message: expect.stringContaining(`the frontmatter has the invisible character ${named}`),
    })]);
  });

  test('zero-width joiners and direction marks, which scripts and emoji need, pass in a title', () => {
    expect(errorsAfter(replacing('title: Checkout errors', 'title: Checkout 👩\u200D💻 errors'))).toEqual([]);
    expect(errorsAfter(replacing('title: Checkout errors', 'title: Checkout \u200E errors'))).toEqual([]);
  });

  test('a teams.yaml id and a related id holding one name it (they were printed as the id they look like)', () => {
    const teams = `${fixtureVocabularySources().teams}\nsre\u200C-team:\n  name: SRE\n  handle: "@acme/sre"\n`;
    expect(vocabularyProblems({ teams })[0].message).toBe('id "sre\u200C-team" must be lowercase letters, digits and hyphens; it holds "\u200C" (U+200C, an invisible character or space).');
    expect(errorsAfter(replacing('related: []', 'related: [2025-07-08-checkout-con\u200Efig]'))[0].message)
      .toContain('does not exist: it holds "\u200E" (U+200E, an invisible character or space), which no postmortem id has (ids are a-z, 0-9 and hyphens). Did you mean "2025-07-08-checkout-config"?');
  });
});


describe('text a browser hides in a public post, beyond round 12 (published in the page source)', () => {
  test.each([
    ['<![CDATA[ the db-7 failover was skipped ]]>', '<![CDATA['],
    ['<? the db-7 failover was skipped ?>', '<?'],
    ['<!DOCTYPE the db-7 failover was skipped>', '<!DOCTYPE'],
  ])('.md: %s (a "bogus comment" to a browser) is refused at its line like <!-- -->', (html, opening) => {
    expect(publicRefusal(`Text.\n\n${html}\n`, false)).toBe(`x.md:7: "${opening}" in a public .md post starts what a browser reads as a comment: it shows nothing of it, but the page source publishes its text, where anyone can read it. Remove it (write it in a code span or block if it is an example), or rename the file to .mdx and write internal notes in <Internal> or as {/* ... */}, which is never published.`);
  });

  test.each([
    ['<dialog>db-7</dialog>', 'the <dialog> element without open'],
    ['<span style="color: transparent">db-7</span>', 'the style "color: transparent"'],
    ['<span style="position:absolute;left:-9999px">db-7</span>', 'the style "left:-9999px"'],
    ['<span style="transform:scale(0)">db-7</span>', 'the style "transform:scale(0)"'],
    ['<span style="clip-path: inset(100%)">db-7</span>', 'the style "clip-path: inset(100%)"'],
    ['<div style="height:0;overflow:hidden">db-7</div>', 'the style "height:0;overflow:hidden"'],
  ])('.md and .mdx: %s is refused, naming what hides it', (html, how) => {
    for (const isMdx of [false, true]) expect(publicRefusal(`Text.\n\n${html}\n`, isMdx)).toContain(`in a public post is hidden by ${how}`);
  });

  test('what is shown passes: <dialog open>, a coloured span, a negative margin of a few pixels, code', () => {
    expect(publicRefusal('<dialog open>shown</dialog>\n', false)).toBeUndefined();
    expect(publicRefusal('<span style="color: red">shown</span>\n', false)).toBeUndefined();
    expect(publicRefusal('<span style="margin-left:-4px">shown</span>\n', false)).toBeUndefined();
    expect(publicRefusal('Write `<![CDATA[` or `<?xml ?>` in code.\n\n```xml\n<?xml version="1.0"?>\n```\n', false)).toBeUndefined();
  });

  test('the internal site is not concerned', () => {
    expect(stripInternalFromSource('---\ntitle: x\n---\n\n<![CDATA[ db-7 ]]>\n', { isMdx: false, variant: 'internal' })).toContain('<![CDATA[ db-7 ]]>');
  });
});

describe('a large folder: validateCorpus says how far it is', () => {
  test('onProgress is called with each count done and the total, ending at the total', () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, goodInputPostmortem);
    const text = readFileSync(path, 'utf8');
    for (let i = 0; i < 4; i++) writeFileSync(join(dir, `postmortems/2025-07-08-copy-${i}.mdx`), text.replace('title: Checkout errors after a config push', `title: Checkout errors, copy ${i}`));
    const calls: [number, number][] = [];
    validateCorpus(dir, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
  });
});

describe('dates written as other tools write them get the value to write (they were only "not an ISO-8601 UTC date-time")', () => {
  const startedAs = (value: string) => errorsAfter(replacing('started: 2025-07-08T17:45:00Z', `started: ${value}`))[0];
  test.each([
    ['8 July 2025 17:45 UTC', 'the day is written year-month-day, in digits', '2025-07-08T17:45:00Z'],
    ['July 8, 2025 5:45 PM UTC', 'the day is written year-month-day, in digits', '2025-07-08T17:45:00Z'],
    ['Tue, 08 Jul 2025 17:45:00 GMT', 'GMT is UTC, written Z', '2025-07-08T17:45:00Z'],
    ['２０２５-07-08T17:45:00Z', 'the digits are full-width', '2025-07-08T17:45:00Z'],
    ['2025-7-8T17:45:00Z', 'the month and the day take two digits each', '2025-07-08T17:45:00Z'],
    ['2025-07-08T17:45:00 +02:00', 'no space goes before the zone', '2025-07-08T17:45:00+02:00'],
    ['2025-07-08T17:45:00.000000000001Z', 'a fraction of a second takes at most 9 digits (it has 12)', '2025-07-08T17:45:00Z'],
  ])('started: %s says why and what to write', (value, why, write) => {
    const error = startedAs(value);
    expect(error).toMatchObject({ rule: 'schema/invalid', line: 12 });
    expect(error.message).toContain(why);
    expect(error.message).toContain(`Write ${write}.`);
  });

  test('a day field given a time, or a day without its zeros, gets the day to write; other texts keep the example', () => {
    expect(errorsAfter(replacing('due: 2025-08-01', 'due: 2025-08-01T00:00:00Z'))[0].message).toBe('actionItems[0].due: "2025-08-01T00:00:00Z" is not a date. Write it as YYYY-MM-DD, e.g. 2025-08-01. This field is a day: the time of day is not written.');
    expect(errorsAfter(replacing('drafted: 2025-07-09', 'drafted: 2025-07-9'))[0].message).toBe('drafted: "2025-07-9" is not a date. Write it as YYYY-MM-DD, e.g. 2025-07-09. The month and the day take two digits each.');
    expect(errorsAfter(replacing('due: 2025-08-01', 'due: 2025-08-01 (tentative)'))[0].message).toBe('actionItems[0].due: "2025-08-01 (tentative)" is not a date. Write it as YYYY-MM-DD, e.g. 2025-03-21. It is the day 2025-08-01 with a note after it ("tentative"): write 2025-08-01 alone, and say the note in the body.');
  });
});

describe('severities written another way get the SEV-n meant (SEV-02 and SEV-II were "did you mean SEV-0")', () => {
  // Round 47: ＳＥＶ－２ names its full-width characters, with the value to retype (test/unit/bad-input-round47.test.ts).
  test.each([['SEV-02', 'SEV-2'], ['SEV-II', 'SEV-2'], ['Severity 2', 'SEV-2'], ['Level 3', 'SEV-3'], ['S1', 'SEV-1'], ['Sev 1', 'SEV-1']])('severity: %s → did you mean %s', (written, meant) => {
    // Round 57: `Level 3` goes on to say how a scale counted the other way maps (docs/rules.md, round 57).
    expect(errorsAfter(replacing('severity: SEV-2', `severity: ${written}`))[0].fix).toContain(`use one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4 (did you mean "${meant}"?).`);
  });

  // Round 13 gave words no guess; round 15 (docs/rules.md) maps other tools' words to the SEV-n
  // they most often are, saying that scales differ: test/unit/bad-input-round15.test.ts.
  test('P1 is said to be a priority, with the SEV-1 to write if the old scale matched; a word gets the SEV-n it most often is', () => {
    expect(errorsAfter(replacing('severity: SEV-2', 'severity: P1'))[0].fix).toBe('use one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4 (did you mean "SEV-1"?). P1 reads as a priority: if P1 is the severity your old reports called SEV-1, write SEV-1; action items take priorities (priority: P1).');
    expect(errorsAfter(replacing('severity: SEV-2', 'severity: Critical'))[0].fix).toContain('write severity: SEV-1, what "Critical" most often stands for');
  });
});

describe('frontmatter opened or closed another way than `---` names the line (it was "no frontmatter block" / "never closed")', () => {
  test.each([
    ['...', 'line 39 is `...`, which ends a YAML document but does not close frontmatter'],
    ['  ---', 'line 39 is `---` indented: the line must start with the dashes'],
    ['----', 'line 39 is `----` (4 dashes), not three'],
    ['\u2014', 'line 39 is `\u2014`, which holds U+2014 (a dash an editor or a word processor put for hyphens), not three hyphens'],
    ['--- end', 'line 39 is `--- end`, with text after the dashes on the same line'],
    ['\uFEFF---', 'line 39 holds the invisible character U+FEFF beside its `---`'],
  ])('closed with %j: frontmatter/unclosed at that line', (closing, message) => {
    expect(errorsAfter(replacing('related: []\n---\n', `related: []\n${closing}\n`))).toEqual([expect.objectContaining({
      rule: 'frontmatter/unclosed', line: 39, message: `${message}, so the frontmatter opened on line 1 is never closed and its fields would be shown as text.`, fix: 'make line 39 exactly `---`.',
    })]);
  });

  test.each([
    [(t: string) => t.replace(/^---\n/, '--- # meta\n'), 1, 'line 1 is `--- # meta`, with text after the dashes on the same line: frontmatter opens with a line of exactly `---`'],
    [(t: string) => t.replace(/^---\n/, '<!--\n').replace('related: []\n---', 'related: []\n-->'), 1, 'line 1 is `<!--`, an HTML comment'],
    [(t: string) => t.replace(/^---\n/, '```yaml\n').replace('related: []\n---', 'related: []\n```'), 1, 'line 1 is ````yaml`, a fenced code block'],
    [(t: string) => t.replace(/^---\n/, '').replace('related: []\n---\n', 'related: []\n\n'), 1, 'line 1 is the field `title: Checkout errors after a config pu` with no `---` line above it'],
    [(t: string) => `# Checkout errors\n\n${t}`, 3, 'the frontmatter\'s `---` is on line 3, after `# Checkout errors`: frontmatter is read on line 1 only'],
  ])('opened another way (%#): frontmatter/missing at its line, said as what it is', (change, line, message) => {
    const [error] = errorsAfter(change);
    expect(error).toMatchObject({ rule: 'frontmatter/missing', line });
    expect(error.message).toContain(message);
  });

  test('a U+2028 between two fields is named at its line (it was "the value "SEV-2 status: published" holds ": "")', () => {
    expect(errorsAfter(replacing('severity: SEV-2\n', 'severity: SEV-2\u2028'))).toEqual([expect.objectContaining({
      rule: 'file/encoding', line: 4, message: expect.stringContaining('line 4 holds U+2028 (line separator), which some editors show as a line break but YAML reads as a character inside the line'),
    })]);
  });

  test('a second block with another generator\'s keys, or closed by `...`, is body/second-frontmatter (it was published as text)', () => {
    expect(errorsAfter(replacing('related: []\n---\n', 'related: []\n---\n\n---\nlayout: post\ndate: 2025-07-08\n---\n')).map((f) => f.rule)).toEqual(['body/second-frontmatter']);
    expect(errorsAfter(replacing('related: []\n---\n', 'related: []\n---\n---\ntitle: x\n...\n')).map((f) => f.rule)).toEqual(['body/second-frontmatter']);
  });
});

describe('text garbled by a conversion, and a report saved as .txt', () => {
  test('"Ã©" (UTF-8 read as Windows-1252 and saved again) is file/encoding at its place, naming the character meant; "é" passes', () => {
    expect(errorsAfter(replacing('title: Checkout errors', 'title: Checkout Ã©rrors'))).toEqual([expect.objectContaining({
      rule: 'file/encoding', line: 2, column: 17,
      message: 'the file holds "Ã©", which is "é" garbled: its UTF-8 bytes were once read as Windows-1252 (or Latin-1) and saved again, so every page would show "Ã©".',
    })]);
    expect(errorsAfter(replacing('A configuration push', 'A configuration push (donâ€™t)'))[0].message).toContain('"â€™", which is "’" garbled');
    expect(errorsAfter(replacing('title: Checkout errors', 'title: Checkout érrors in Zürich'))).toEqual([]);
  });

  test('a .txt file with frontmatter in the postmortems folder is corpus/not-read; a .txt without is not a postmortem', () => {
    const dir = makeContentFromFixture('good-input');
    const text = readFileSync(join(dir, goodInputPostmortem), 'utf8');
    writeFileSync(join(dir, 'postmortems/2025-07-09-old-report.txt'), text.replace('Checkout errors after a config push', 'Old report'));
    writeFileSync(join(dir, 'postmortems/notes.txt'), 'Notes for the team.\n');
    const notRead = validateCorpus(dir).findings.filter((f) => f.rule === 'corpus/not-read');
    expect(notRead).toEqual([expect.objectContaining({ severity: 'error', file: expect.stringMatching(/2025-07-09-old-report\.txt$/), fix: expect.stringMatching(/^rename it to .*2025-07-09-old-report\.md/) })]);
  });
});

describe('numbers and keys as other tools write them', () => {
  const downtime = (value: string) => errorsAfter(replacing('  end: 2025-07-08T17:55:00Z\n', `  end: 2025-07-08T17:55:00Z\n  downtimeMinutes: ${value}\n`))[0];
  test.each([['PT1H10M', '70 (PT1H10M in minutes)'], ['1:10', '70 (1:10 in minutes)'], ['1h10m', '70 (1h10m in minutes)'], ['~10', '10, without quotes; say in the body that it is an estimate'], ['10-15', 'one number, without quotes (15, the upper bound'], ['\u221210', '10 (a count is not negative)']])('downtimeMinutes: %s gets the number to write', (value, fix) => {
    expect(downtime(value).fix).toContain(`write ${fix}`);
  });

  test.each([
    ['duration: 45m', 'unknown key "duration": durations are not written: the site counts them from times'],
    ['draft: true', 'unknown key "draft": whether a postmortem is a draft is its status.'],
    ['author: Jane', 'unknown key "author": a postmortem names no author'],
    ['slug: checkout', 'unknown key "slug": the file name is the postmortem\'s id and URL'],
    ['description: x', 'unknown key "description": the short account of the incident is the summary.'],
  ])('%s says where its fact goes (draft was "did you mean drafted?")', (line, message) => {
    expect(errorsAfter(replacing('drafted:', `${line}\ndrafted:`))[0].message).toContain(message);
  });

  test('tags: [#config], a "-deploy" item and an unquoted @handle are said in words, with the fix', () => {
    expect(errorsAfter(replacing('tags: [config]', 'tags: [#config]'))[0].message).toBe('frontmatter is not valid YAML: the "#" of #config starts a YAML comment, and a comment must have a space before it: here it is joined to the text before it.');
    for (const list of ['tags:\n  - config\n  -deploy', 'tags:\n- config\n-deploy']) {
      expect(errorsAfter(replacing('tags: [config]', list))).toEqual([expect.objectContaining({ line: 11, fix: 'write "- deploy" (a space after the dash).' })]);
    }
    expect(errorsAfter(replacing('teams: [checkout]', 'teams: [@acme/checkout]'))[0].fix).toBe('write it in double quotes: "@acme/checkout".');
    expect(errorsAfter(replacing('tags: [config]', 'tags: config, deploy'))[0].fix).toBe('write it as a list: tags: [config, deploy].');
  });
});

describe('teams.yaml as adopters write it', () => {
  test('the whole file nested under teams: is one error, not one per team', () => {
    const teams = `teams:\n${fixtureVocabularySources().teams.split('\n').map((line) => (line && !line.startsWith('#') ? `  ${line}` : line)).join('\n')}`;
    expect(vocabularyProblems({ teams })).toEqual([expect.objectContaining({ message: expect.stringContaining('the entries are nested under "teams:"'), fix: 'delete the line "teams:" and un-indent the lines below it by one level.' })]);
  });

  test('a single tag whose id is "tag" (no fields, or its own) is no nesting: it is read', () => {
    expect(parseVocabulary(fixtureVocabularySources({ tags: 'tag: {}\n' })).tags.has('tag')).toBe(true);
    expect(parseVocabulary(fixtureVocabularySources({ tags: 'tags:\n  description: "Tags themselves."\n' })).tags.has('tags')).toBe(true);
  });

  test('members written as one text, or as maps, get the list to write; the entry is quoted, not the whole list', () => {
    const base = fixtureVocabularySources().teams;
    expect(vocabularyProblems({ teams: `${base}\nnightwatch:\n  name: Night watch\n  handle: "@acme/nightwatch"\n  members: Alice Smith, Bob Jones\n` })[0].fix).toBe('write it as a list: members: [Alice Smith, Bob Jones].');
    expect(vocabularyProblems({ teams: `${base}\nnightwatch:\n  name: Night watch\n  handle: "@acme/nightwatch"\n  members:\n    - name: Alice Smith\n` })[0].message).toBe('nightwatch.members.0 is {"name":"Alice Smith"}, but must be text.');
  });
});

describe('a `---` among the fields (it was "required field status is missing", the field in plain sight)', () => {
  test('the early closing line is named, with the first field after it', () => {
    const errors = errorsAfter(replacing('severity: SEV-2\n', 'severity: SEV-2\n---\nstatus: published\n'));
    expect(errors[0]).toMatchObject({ rule: 'frontmatter/yaml', line: 5,
      message: 'the `---` on line 5 closes the frontmatter, but fields follow it (`status:` on line 6): they would be read as the body and shown as text, and the frontmatter would lack them.' });
  });
});

describe('one owner, one trigger, and rules that are always on (the messages named no reason)', () => {
  test('an owner or a trigger written as a list says why there is one', () => {
    expect(errorsAfter(replacing('owner: checkout', 'owner: [checkout, payments]'))[0]).toMatchObject({
      message: 'actionItems[0].owner lists 2 teams, but an action item has one owner team, which answers for it.',
      fix: 'write the team that owns it (owner: checkout), and give each other team\'s part an action item of its own.',
    });
    expect(errorsAfter(replacing('trigger: configuration', 'trigger: [configuration, deploy]'))[0].message).toBe('trigger lists 2 triggers, but a postmortem has one trigger: the change or event that started the incident.');
  });

  test('lint.rules["schema/required"] is said to be always on; a misspelled lint rule still gets its "did you mean"', () => {
    const settings = (rules: Record<string, string>): KbConfigInput => ({
      organisation: 'Acme',
      sites: { internal: { title: 'A', url: 'https://incidents.acme.internal' }, public: { title: 'B', url: 'https://status.acme.example' } },
      lint: { rules: rules as never },
    });
    expect(configRefusalLines(settings({ 'schema/required': 'off' }), new Date('2026-12-01'))[0]).toContain('lint.rules["schema/required"] is a rule that is always on (docs/rules.md, "Always on"): it guards what the sites publish, so it cannot be set to warning or off.');
    expect(configRefusalLines(settings({ 'body/title-headng': 'off' }), new Date('2026-12-01'))[0]).toContain('did you mean "body/title-heading"?');
  });
});

describe('<Internal> never closed in a table cell or a list item (the fix asked for a line a table row cannot have)', () => {
  test('the fix says a cell, or an item, ends the block', () => {
    const body = (text: string) => replacing('A configuration push lowered the pool size.', `A configuration push lowered the pool size.\n\n${text}`);
    const [cell] = errorsAfter(body('| a | b |\n| - | - |\n| x | <Internal>db-7 |\n| y | z</Internal> |'));
    expect(cell).toMatchObject({ rule: 'mdx/syntax', line: 47, fix: expect.stringMatching(/^a table cell ends <Internal>: close it in the same cell/) });
    const [item] = errorsAfter(body('- item\n  <Internal>\ndb-7\n  </Internal>'));
    expect(item.fix).toMatch(/^the list item ends <Internal>: write <\/Internal> inside the same item/);
  });
});

describe('U+FFFD written in a valid UTF-8 file (it was "bytes that are not UTF-8")', () => {
  test('said as a character lost by a conversion; bytes that are not UTF-8 keep their message', () => {
    expect(errorsAfter(replacing('A configuration push', 'The caf\uFFFD push'))[0].message).toBe('the file holds U+FFFD (\uFFFD), the mark a converter writes where it could not read a character: the character meant was lost before this file was saved, and every page would show \uFFFD.');
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, goodInputPostmortem);
    writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from([0xff, 0x0a])]));
    // Since round 22 the byte is named with what it reads as in Windows-1252 (bad-input-round22.test.ts).
    expect(validateCorpus(dir).findings.find((f) => f.rule === 'file/encoding')?.message).toMatch(/^the file has bytes that are not UTF-8 text \(shown as \uFFFD\): on line \d+, "\uFFFD" reads as "ÿ" in Windows-1252/);
  });
});
