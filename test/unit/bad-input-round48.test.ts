// Bad input, round 48 (docs/rules.md, "Bad input round 48"): round 47's leftovers (a body's
// follow-ups and AI-n mentions beside a schema error, a date in typographic quotes, an image path
// with backslashes, a footnote defined twice, a link with no text) and what contributors write,
// after /work/corpora: values opening with YAML's marks (`&amp;`, `>`, `|`, `?`, `- `), a field
// of times at the top level, a key with a no-break space, a severity with an emoji, a comment
// written `//`, a key one space short, follow-up rows ticked or struck through, a link's title in
// smart quotes, a trigger written as a sentence. Each change case passed in silence or was said
// without its cause; each is now said with the file, line and fix.
import { describe, expect, test } from 'vitest';
import { findingsAfterEditingGoodInput, goodInputPostmortem, replacing } from '../support/content-fixture.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { findUntrackedFollowUps } from '../../src/lib/body-follow-ups.ts';
import { enumValueMistake } from '../../src/lib/enum-value-mistakes.ts';
import { findUnreachableLinks } from '../../src/lib/postmortem-links.ts';
import { parseBodyText } from '../../src/lib/body-tree.ts';
import { findFootnoteProblems } from '../../src/lib/undefined-references.ts';
import { findMissingImages, readBodyImages } from '../../src/lib/lint/images.ts';
import { describeValueCutByAnchor, findValuesCutByAnchor } from '../../src/lib/anchor-in-value.ts';
import { findFrontmatterLineMistake } from '../../src/lib/frontmatter-line-mistakes.ts';
import { findUnreadLinks } from '../../src/lib/angle-bracket-text.ts';

/** The findings (severity, rule, line, message, fix) of the good-input fixture after `change`. */
const saidAfter = (change: (text: string) => string): string[] =>
  (findingsAfterEditingGoodInput(change, goodInputPostmortem) as Finding[]).map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const where = (found: string[]) => found.map((f) => f.split(':')[0]);
const unclosedDiv = '<div>\nunclosed\n';
const task = '## Action items\n\n- [ ] alert on saturation @acme/checkout by 2025-09-01';

describe('a schema error beside the body: its follow-ups and AI-n mentions are read from the fields as written (before: said a run later)', () => {
  test('a severity beyond the scale, an unclosed <div> and an untracked follow-up: each at its line', () => {
    expect(where(saidAfter((source) => `${source.replace('severity: SEV-2', 'severity: SEV-9')}\n${unclosedDiv}\n${task}\n`))).toEqual([
      'error schema/invalid-value 4', 'error mdx/syntax 45', 'warning body/untracked-follow-up 50',
    ]);
  });
  test('an action item\'s status refused, and a mention of AI-7, which the post lacks', () => {
    const found = saidAfter((source) => `${source.replace('status: done', 'status: finished')}\nTracked as AI-7.\n`);
    expect(where(found)).toEqual(['error schema/invalid-value 36', 'warning body/unknown-action-item 45']);
    expect(found[1]).toContain('this postmortem has no action item AI-7 (its items are AI-1)');
  });
  test('control: AI-1, which the fields hold, is no mistake beside a schema error', () => {
    expect(where(saidAfter((source) => `${source.replace('severity: SEV-2', 'severity: SEV-9')}\nTracked as AI-1.\n`))).toEqual(['error schema/invalid-value 4']);
  });
  test('control: YAML that does not parse leaves the items unknown, so no mention is said', () => {
    expect(where(saidAfter((source) => `${source.replace('severity: SEV-2', 'severity: [SEV-2')}\nTracked as AI-7.\n`))).toEqual(['error frontmatter/yaml 5']);
  });
});

describe('a date or a time in typographic quotes leads with the quotes and gives the value (before: the format first, or nothing of the quotes)', () => {
  test.each([
    ['  started: 2025-07-08T17:45:00Z', '  started: “2025-07-08T17:45:00Z”', 12, /times\.started: "“2025-07-08T17:45:00Z”" is in typographic quotes \(“ ”\).*it is not read as a date-time\. Write 2025-07-08T17:45:00Z, without them/],
    ['  started: 2025-07-08T17:45:00Z', '  started: „2025-07-08T17:45:00Z“', 12, /is in typographic quotes \(„ “\)/],
    ['drafted: 2025-07-09', 'drafted: “2025-07-09”', 20, /drafted: "“2025-07-09”" is in typographic quotes \(“ ”\).*it is not read as a date\. Write 2025-07-09, without them \(or in straight quotes, "2025-07-09"\)/],
    ['    due: 2025-08-01', '    due: ‘2025-08-01’', 33, /actionItems\[0\]\.due: "‘2025-08-01’" is in typographic quotes \(‘ ’\).*Write 2025-08-01/],
  ])('%s written %s', (from, to, line, message) => {
    const found = saidAfter(replacing(from, to));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^error schema/invalid ${line}: `));
    expect(found[0]).toMatch(message);
  });
  test.each([
    ['    due: 2 weeks', /"2 weeks" is a span of time, not a day/],
    ['    due: 2025-08-01T', /The T after the day begins a time of day, which this field does not take: write 2025-08-01\./],
  ])('%s (before: the format alone)', (line, message) => {
    expect(saidAfter(replacing('    due: 2025-08-01', line)).join('\n')).toMatch(message);
  });
});

describe('an image path with Windows\'s backslashes names them and gives the path (before: "does not exist")', () => {
  const image = (body: string, present: string[]) => findMissingImages('/kb/postmortems/x.mdx', readBodyImages(body), 10, (path) => present.includes(path), () => ({ bytes: new Uint8Array(), size: 0 }), '/kb');
  test('the file is there, written with slashes', () => {
    const [found] = image('![graph](.\\media\\graph.png)', ['/kb/postmortems/media/graph.png']);
    expect(found.line).toBe(10);
    expect(found.message).toBe('the image ".\\media\\graph.png" (graph) is a path written with Windows\'s backslashes (\\): the build and readers\' browsers read a backslash as part of a file\'s name, not as a folder\'s separator, so no image is found (the file is there: ./media/graph.png, with slashes).');
    expect(found.fix).toBe('write it with forward slashes: ![graph](./media/graph.png).');
  });
  test('without ./ and no file: the backslashes said, the path to write given', () => {
    const [found] = image('![graph](media\\graph.png)', []);
    expect(found.message).toMatch(/is a path written with Windows's backslashes \(\\\): .* so no image is found\.$/);
    expect(found.fix).toBe('write it with forward slashes: ![graph](./media/graph.png).');
  });
  test('control: a path with slashes is not said to hold backslashes', () => {
    expect(image('![graph](./media/graph.png)', []).map((f) => f.message).join('\n')).not.toMatch(/backslash/);
  });
});

describe('a footnote defined twice, a link with no text (before: nothing said)', () => {
  test('[^1] defined twice: the second is said, with the first\'s line', () => {
    const body = 'Pool size was low[^1].\n\n[^1]: first note\n[^1]: second note';
    const found = findFootnoteProblems(parseBodyText(body, true), body, 40);
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(4);
    expect(found[0].message).toBe('the footnote [^1] is defined again here; its mark shows the note of its first definition (line 42), so the text of this one is shown nowhere.');
  });
  test('[^1] defined twice with the same note (a section pasted twice): said as a repeat, to delete', () => {
    const body = 'Pool size was low[^1].\n\n[^1]: the same note\n\nAgain low[^1].\n\n[^1]: the same note';
    const found = findFootnoteProblems(parseBodyText(body, true), body);
    expect(found.map((f) => [f.line, f.message, f.fix])).toEqual([[7, 'the footnote [^1] is defined again here, with the same note as its first definition (line 3): its mark shows that one, and this one nowhere.', 'delete this definition (and the sentence with the mark, if it repeats one above).']]);
  });
  test('control: two footnotes of two labels', () => {
    const body = 'A[^1] and B[^2].\n\n[^1]: one\n[^2]: two';
    expect(findFootnoteProblems(parseBodyText(body, true), body)).toEqual([]);
  });
  test.each([
    ['[](https://status.acme.example/incidents/12)', 'the link to https://status.acme.example/incidents/12 has no text'],
    ['See [ ](https://status.acme.example/incidents/12).', 'the link to https://status.acme.example/incidents/12 has no text'],
    ['See [][status].\n\n[status]: https://status.acme.example', 'the link to [status] has no text'],
  ])('%s', (body, message) => {
    const found = findUnreachableLinks(parseBodyText(body, true));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(message);
    expect(found[0].fix).toMatch(/^write the words readers should see between the brackets/);
  });
  test.each(['[![graph](./media/g.png)](https://grafana.acme.example)', '[`pool`](https://status.acme.example)', '[status](https://status.acme.example)'])('control: %s shows something', (body) => {
    expect(findUnreachableLinks(parseBodyText(body, true)).filter((f) => f.message.includes('has no text'))).toEqual([]);
  });
  test('a link\'s title in smart quotes: not read as a link, said with the title to write', () => {
    const [found] = findUnreadLinks('See [status](https://status.acme.example “Status”).');
    expect(found.message).toMatch(/^the link \[status\]\(https:\/\/status\.acme\.example “Status”\) is not read as a link: its title, after the address, is in “…”/);
    expect(found.fix).toBe('write the title in straight quotes, [status](https://status.acme.example "Status"), or leave it out: [status](https://status.acme.example).');
  });
});

describe('a value opening with one of YAML\'s marks (before: cut in silence, or the parser\'s words)', () => {
  test('summary: &amp; checkout failed: YAML read "checkout failed", the & dropped', () => {
    const [cut] = findValuesCutByAnchor('title: x\nsummary: &amp; checkout failed after a push.', 2);
    expect(cut).toMatchObject({ line: 3, key: 'summary', anchor: '&amp;', read: 'checkout failed after a push.' });
    expect(describeValueCutByAnchor(cut).fix).toBe('write the character it stands for, in double quotes: summary: "& checkout failed after a push." (a field shows an HTML entity as typed).');
    expect(saidAfter(replacing('summary: A configuration push', 'summary: &rollback A configuration push'))[0]).toMatch(/^error frontmatter\/yaml 3: summary is read as "A configuration push.*a value starting with & begins with a YAML anchor \(&rollback names the value/);
  });
  test('control: an anchor an alias repeats, and one on a list', () => {
    expect(findValuesCutByAnchor('owner: &team checkout\nother: *team', 2)).toEqual([]);
    expect(findValuesCutByAnchor('teams: &t [checkout]', 2)).toEqual([]);
    // A one-word value of a field not of prose keeps what was meant: the anchor is only a mark.
    expect(findValuesCutByAnchor('  resolved: &end 2025-07-08T18:30:00Z', 2)).toEqual([]);
  });
  test.each([
    ['summary: >5% of checkout failed.', /starts with >, which YAML reads as the mark of a block of text on the lines below it \(> folds them into one paragraph\)/, 'put the whole value in double quotes: summary: ">5% of checkout failed.".'],
    ['summary: | pipes failed.', /starts with \|, which YAML reads as the mark of a block of text .*\| keeps their line breaks/, 'put the whole value in double quotes: summary: "| pipes failed.".'],
    ['summary: ? checkout failed.', /starts with \?, which YAML reads as the mark of a key written in full/, 'put the whole value in double quotes: summary: "? checkout failed.".'],
    ['summary: - checkout failed.', /starts with -, which YAML reads as the mark of a list item, not text/, 'put the whole value in double quotes: summary: "- checkout failed.".'],
  ])('%s', (line, message, fix) => {
    const found = findFrontmatterLineMistake(`title: x\n${line}`, 2);
    expect(found?.line).toBe(3);
    expect(found?.message).toMatch(message);
    expect(found?.fix).toBe(fix);
  });
  test('through the check: one error at the line, not the parser\'s two', () => {
    const found = saidAfter(replacing('summary: A configuration push', 'summary: >5% of a configuration push'));
    expect(where(found)).toEqual(['error frontmatter/yaml 3']);
  });
  test('control: a block scalar\'s own header', () => {
    expect(findFrontmatterLineMistake('summary: >-\n  A push.\ntitle: [x', 2)?.message ?? '').not.toMatch(/starts with >/);
  });
});

describe('lines of the frontmatter said at their cause (before: another line blamed, or a fix joining a comment to a value)', () => {
  test('// TODO fill owners: a comment in JavaScript\'s syntax', () => {
    const found = findFrontmatterLineMistake('title: x\nseverity: SEV-2\n// TODO fill owners', 2);
    expect(found).toEqual({ line: 4, message: 'line 4 (`// TODO fill owners`) is a comment written with //, as JavaScript writes one, which YAML does not know: it reads the line as text, not as a comment.', fix: 'start it with # instead (# TODO fill owners), or delete the line.' });
  });
  test('a key one space short between two right ones: the short one is named (it was the one below)', () => {
    const found = findFrontmatterLineMistake('actionItems:\n  - id: AI-1\n   title: Validate pool sizes\n    owner: checkout', 2);
    expect(found?.line).toBe(4);
    expect(found?.message).toBe('line 4 (`title: Validate pool sizes`) is indented 3 spaces, one less than id above it and owner below it (4): YAML reads title as leaving the block they are in, and stops at owner.');
    expect(found?.fix).toBe('indent title as id and owner are (4 spaces).');
  });
});

describe('keys and values said as written (before: a wrong "did you mean")', () => {
  test('started: at the top level is a field of times (it was "did you mean drafted?")', () => {
    const found = saidAfter(replacing('times:\n  started: 2025-07-08T17:45:00Z\n', 'started: 2025-07-08T17:45:00Z\ntimes:\n'));
    expect(found).toEqual(['error schema/unknown-key 11: unknown key "started": started is a field of times, written here at the top level, so it is not read. | move it under times:, indented two spaces more than times: is.']);
  });
  test('a key with a no-break space before its colon names the character', () => {
    const found = saidAfter(replacing('severity: SEV-2', 'severity\u00a0: SEV-2'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^error schema\/unknown-key 4: the key "severity\u00a0" holds "\u00a0" \(U\+00A0, a no-break space.*\): it looks like severity, but is another key, so severity is not read\. \| retype the key: severity:/);
  });
  test.each([
    ['🔴 SEV-1', 'which holds "🔴" besides SEV-1: YAML keeps every sign written, so the value is not SEV-1.', 'write severity: SEV-1 alone (the site shows each level with its own colour and mark).'],
    ['SEV-2.', 'which holds "." besides SEV-2: YAML keeps every sign written, so the value is not SEV-2.', 'write severity: SEV-2 alone (the site shows each level with its own colour and mark).'],
  ])('severity: %s (it was "did you mean", the mark unnamed)', (value, message, fix) => {
    expect(enumValueMistake(value, ['SEV-0', 'SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'], 'severity', true)).toEqual({ message, fix });
  });
  test('control: a placeholder is still said as one', () => {
    expect(enumValueMistake('SEV-?', ['SEV-0', 'SEV-1', 'SEV-2'], 'severity', true)?.message).toMatch(/^a template's placeholder/);
  });
  test.each([
    ['trigger: configuration', 'trigger: A bad config push', /It reads as a description of what set the incident off, but trigger is the id of a category of \S+triggers\.yaml \(configuration, /],
    ['services: [checkout-api]', 'services: [Checkout API]', /Did you mean "checkout-api"\? An id is written in lowercase letters, digits and hyphens: write checkout-api\. \|/],
    ['    owner: checkout', '    owner: Team Checkout', /unknown team "Team Checkout": .*Did you mean "checkout"\?.*add it there with an id of lowercase letters, digits and hyphens \("team-checkout"\)/],
  ])('%s written %s (it was: add the value as it is; a person\'s name)', (from, to, message) => {
    const found = saidAfter(replacing(from, to));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });
});

describe('rows of a table of follow-ups (before: rows done said as untracked; an owner cut to its first word)', () => {
  const teams = { handles: new Map<string, string | undefined>([['checkout', '@acme/checkout']]) };
  const rows = (table: string) => findUntrackedFollowUps(`## Action Items\n\n${table}`, [], (index) => `AI-${2 + index}`, teams);
  test.each([
    ['ticked in a box', '| Done | Action | Owner |\n| --- | --- | --- |\n| [x] | Add a canary stage | checkout |'],
    ['struck through', '| Action | Owner |\n| --- | --- |\n| ~~Add a canary stage~~ | checkout |'],
  ])('a row %s is done', (_name, table) => {
    expect(rows(table)).toEqual([]);
  });
  test('control: an open box is a follow-up', () => {
    expect(rows('| Done | Action | Owner |\n| --- | --- | --- |\n| [ ] | Add a canary stage | checkout |')).toHaveLength(1);
  });
  test('an owner of two words is named whole (it was "its owner (Ana)")', () => {
    const [found] = rows('| Action | Owner | Due |\n| --- | --- | --- |\n| Add a canary stage | Ana Lima | 2025-09-01 |');
    expect(found.mistake.message).toContain('with its owner (Ana Lima) and its due day (2025-09-01)');
  });
});

describe('a list of follow-ups with the owner in brackets; an element of another tool (before: "no owner"; nothing said)', () => {
  const teams = { handles: new Map<string, string | undefined>([['checkout', '@acme/checkout'], ['payments', '@acme/payments']]) };
  test('- Add a canary stage [checkout]: its owner read from the brackets, the title without them', () => {
    const found = findUntrackedFollowUps('## Follow-up actions\n\n- Add a canary stage [checkout]\n- Alert on saturation [payments]', [], (index) => `AI-${2 + index}`, teams);
    expect(found.map((f) => f.line)).toEqual([3, 4]);
    expect(found[0].mistake.message).toContain('a follow-up with its owner (checkout)');
    expect(found[0].mistake.fix).toContain('"title: Add a canary stage", "owner: checkout"');
  });
  test('control: a link\'s words in brackets are no owner', () => {
    const [found] = findUntrackedFollowUps('## Follow-up actions\n\n- Add a canary stage, see [checkout](https://tracker.acme.example/OPS-1)', [], (index) => `AI-${2 + index}`, teams);
    expect(found.mistake.message).not.toContain('its owner (checkout)');
  });
  test('<callout> is said, at its line; <details>, <kbd> and an <svg>\'s <circle> are not', () => {
    const found = saidAfter((source) => `${source}\n<callout>\nnote\n</callout>\n\n<details>\n<summary>More</summary>\n\nPress <kbd>q</kbd>.\n\n</details>\n\n<svg width="10" height="10"><circle r="4" /></svg>\n`);
    expect(found).toEqual(['warning mdx/unknown-component 45: <callout> is no HTML element and no component of this site (<Internal>, <PublicOnly>): the page keeps it as an unknown element and shows its words plain, with none of the box or style another tool gave it. | delete <callout> and </callout>, keeping the text between them; for a note readers should not miss, write it as a quote (> **Note:** …).']);
  });
});
