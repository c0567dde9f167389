// Bad input, round 60 (docs/rules.md, "Bad input round 60"): round 59's leftovers (a title of several sentences passed;
// merged cells of a body timeline, `||` and empty or ditto cells meant as "the same as above", were shown as written
// without a word) and what the round's 192 inputs found: a section heading written twice passed, `.nan` got "must be a
// number" alone, and a follow-up inside an HTML comment was said to be "a line of text on the page".
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../src/lib/findings.ts';
import { titleSentences } from '../../src/lib/title-sentences.ts';
import { findMergedTimelineCells } from '../../src/lib/timeline-merged-cells.ts';
import { withHtmlCommentsBlanked } from '../../src/lib/unshown-comments.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const said = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const fixtures = resolve(import.meta.dirname, '../fixtures');
const good = readFileSync(resolve(fixtures, 'good-input/postmortems/2025-07-08-checkout-config.mdx'), 'utf8');
const vocabulary = loadVocabulary(resolve(fixtures, 'vocabulary'));
/** The findings of the good-input postmortem after `change` (as `npm run check` gives them). */
const checked = (change: (text: string) => string, ext = 'mdx'): string[] => said(validatePostmortemSource(`content/postmortems/2025-07-08-checkout-config.${ext}`, '2025-07-08-checkout-config', change(good), {
  vocabulary, knownIds: new Set(['2025-07-08-checkout-config']), contentDir: 'content', lint: { config: { rules: {} }, asOf: '2025-07-20', people: [] },
}).findings);
const adding = (md: string) => (text: string) => `${text}\n${md}\n`;
const replacing = (from: string, to: string) => (text: string) => { expect(text).toContain(from); return text.replace(from, to); };
const ruled = (found: string[], rule: string) => found.filter((line) => line.includes(` ${rule} `));
const titled = (value: string) => replacing('title: Checkout errors after a config push', `"title": ${JSON.stringify(value)}`);
const timeline = (table: string) => ruled(checked(adding(`## Timeline\n\n${table}`)), 'body/timeline-merged-cell');

describe('round 59\'s leftover: a title of several sentences', () => {
  test.each([
    ['Checkout failed for ten minutes. A config push lowered the pool limit. Reverting it fixed the errors.', ['Checkout failed for ten minutes.', 'A config push lowered the pool limit.', 'Reverting it fixed the errors.']],
    ['Why did checkout fail? A config push lowered the pool limit.', ['Why did checkout fail?', 'A config push lowered the pool limit.']],
    ['Checkout down! Payments failed for ten minutes. Reverted.', ['Checkout down!', 'Payments failed for ten minutes.', 'Reverted.']],
    ['Checkout failed for ten minutes. 500 errors on payments', ['Checkout failed for ten minutes.', '500 errors on payments']],
  ])('%s is read as its sentences', (title, sentences) => {
    expect(titleSentences(title)).toEqual(sentences);
  });
  test.each([
    'Checkout errors after upgrading pgbouncer to v1.22.1', 'Checkout errors at Acme Inc. After a config push', 'Checkout errors (e.g. Pool limit) in eu-west-1',
    'Checkout errors after a config push.', 'Checkout errors at 2.5x normal traffic', 'Checkout errors on api.acme.example after a push',
    'Checkout errors after the U.S. Region config push', 'Checkout errors after a config push... Again', 'Incident 2. Checkout', 'Outage on Jan. 5 2025', 'Node.js 18 upgrade',
  ])('control: %s is one sentence', (title) => {
    expect(titleSentences(title)).toEqual([]);
  });
  test('the check warns of a title of three sentences, naming them and the title to keep', () => {
    const found = ruled(checked(titled('Checkout failed for ten minutes. A config push lowered the pool limit. Reverting it fixed the errors.')), 'consistency/title-sentences');
    expect(found).toEqual([expect.stringMatching(/^warning consistency\/title-sentences 2: title is 3 sentences \("Checkout failed for ten minutes\.", "A config push lowered the pool limit\.", "Reverting it fixed the errors\."\): a summary written as the title/)]);
    expect(found[0]).toContain('e.g. "Checkout failed for ten minutes", and move the other sentences to the summary.');
  });
  test('the public title is read the same way, its rest sent to public.summary', () => {
    const pub = replacing('visibility: internal', 'visibility: public\npublic:\n  title: Checkout failed for ten minutes. We reverted a change.\n  summary: Some checkout attempts failed for ten minutes after a configuration change. Reverting it fixed them.');
    const found = ruled(checked(pub), 'consistency/title-sentences');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('public.title is 2 sentences');
    expect(found[0]).toContain('move the other sentences to public.summary.');
  });
  test('control: a title with a version, an abbreviation and a host is no finding', () => {
    expect(ruled(checked(titled('Checkout errors at Acme Inc. after pgbouncer v1.22.1 on api.acme.example')), 'consistency/title-sentences')).toEqual([]);
  });
});

describe('round 59\'s leftover: merged cells of a body timeline', () => {
  test('an empty time cell meant as the row above\'s is said, with the time to write, on each such row', () => {
    const found = timeline('| Time | Event |\n| --- | --- |\n| 17:49 | Alert fired |\n| | On-call paged |\n| | Incident declared |\n| 17:55 | Config reverted |');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^warning body\/timeline-merged-cell \d+: this timeline row's "Time" cell is empty, meant as the row above's 17:49: a Markdown table has no merged cells/);
    expect(found[0]).toContain('| write 17:49 in the cell (each row its own time).');
  });
  test('an empty day cell is said with the day', () => {
    const found = timeline('| Date | Time | Event |\n| --- | --- | --- |\n| 2025-07-08 | 17:49 | Alert fired |\n| | 17:55 | Config reverted |');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('"Date" cell is empty, meant as the row above\'s 2025-07-08');
    expect(found[0]).toContain('without its day');
  });
  test.each(['〃', '"', 'ditto', '^'])('a ditto mark %s in the time cell is said as written', (mark) => {
    const found = timeline(`| Time | Event |\n| --- | --- |\n| 17:49 | Alert fired |\n| ${mark} | On-call paged |`);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`cell is written \`${mark}\`, meant as the row above's 17:49`);
  });
  test('`||` in the first row (a cell spanning two columns) is said as an empty cell', () => {
    const found = timeline('| Date | Time | Event |\n| --- | --- | --- |\n| 2025-07-08 || Alert fired |\n| 2025-07-08 | 17:55 | Config reverted |');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('"Time" cell is empty (the `||` writes it: a Markdown table has no cell spanning two columns)');
    expect(found[0]).toContain('with one | between two cells');
  });
  test('`||` pushing a cell past the header\'s columns says so in the table error', () => {
    const found = ruled(checked(adding('## Timeline\n\n| Time | Event |\n| --- | --- |\n| 17:49 || Alert fired |')), 'body/table-cells');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Its `||` writes an empty cell between two: a Markdown table has no cell spanning two columns. | write one | between the two cells');
  });
  test('controls: full rows, an empty notes cell, a dash for an unknown time, a table outside the timeline', () => {
    expect(timeline('| Time | Event |\n| --- | --- |\n| 17:49 | Alert fired |\n| 17:55 | Config reverted |')).toEqual([]);
    expect(timeline('| Time | Event | Notes |\n| --- | --- | --- |\n| 17:49 | Alert fired | |\n| 17:55 | Config reverted | rollback |')).toEqual([]);
    expect(timeline('| Time | Event |\n| --- | --- |\n| 17:49 | Alert fired |\n| - | Background job ran |')).toEqual([]);
    expect(findMergedTimelineCells('## Services\n\n| Time | Event |\n| --- | --- |\n| 17:49 | Alert fired |\n| | On-call paged |')).toEqual([]);
    expect(findMergedTimelineCells('## Timeline\n\n```\n| Time | Event |\n| --- | --- |\n| 17:49 | Alert fired |\n| | On-call paged |\n```')).toEqual([]);
  });
});

describe('section headings written twice', () => {
  const headings = (md: string, ext = 'mdx') => ruled(checked(adding(md), ext), 'body/duplicate-heading');
  test('a second "## Timeline" is said, with the line of the first', () => {
    const found = headings('## Timeline\n\n- 17:49 Alert fired\n\n## Timeline\n\n- 17:55 Config reverted');
    expect(found).toEqual([expect.stringMatching(/^warning body\/duplicate-heading 49: the section "## Timeline" is written a second time \(the first on line 45\)/)]);
    expect(found[0]).toContain('move this section\'s text under the first "## Timeline" and delete this heading');
  });
  test('compared as a reader would: letter case, trailing #, a setext heading', () => {
    expect(headings('## what happened\n\nMore.')).toHaveLength(1);
    expect(headings('## What happened ##\n\nMore.')).toHaveLength(1);
    expect(headings('What happened\n-------------\n\nMore.')).toHaveLength(1);
  });
  test('controls: the same text one level down, the same ### under two sections, distinct headings', () => {
    expect(headings('### What happened\n\nMore.')).toEqual([]);
    expect(headings('## Phase one\n\n### What went well\n\nA.\n\n## Phase two\n\n### What went well\n\nB.')).toEqual([]);
    expect(headings('## Impact\n\nSome.\n\n## Resolution\n\nReverted.')).toEqual([]);
  });
});

describe('what the round found', () => {
  test('`.nan` in a number field is said as YAML reads it', () => {
    const found = ruled(checked(replacing('  end: 2025-07-08T17:55:00Z', '  end: 2025-07-08T17:55:00Z\n  downtimeMinutes: .nan')), 'schema/type');
    expect(found).toEqual([expect.stringContaining('impact.downtimeMinutes is written .nan, which YAML reads as "not a number", a value that stands for no figure. | write the number in digits, or leave the field out if it is not known.')]);
  });
  test('a follow-up inside an HTML comment of a .md body is on no page: not said as untracked', () => {
    expect(ruled(checked(adding('<!--\n## Action items\n\n- [ ] Add a canary stage (owner: checkout)\n-->'), 'md'), 'body/untracked-follow-up')).toEqual([]);
    // control: the same follow-up outside the comment is said
    expect(ruled(checked(adding('## Action items\n\n- [ ] Add a canary stage (owner: checkout)'), 'md'), 'body/untracked-follow-up')).toHaveLength(1);
  });
  test('control: an offset without its colon (`+0530`, as ISO 8601\'s basic form writes it) is read as the instant it names', () => {
    const text = replacing('  started: 2025-07-08T17:45:00Z', '  started: 2025-07-08T23:15:00+0530')(good);
    const result = validatePostmortemSource('content/postmortems/2025-07-08-checkout-config.mdx', '2025-07-08-checkout-config', text, {
      vocabulary, knownIds: new Set(['2025-07-08-checkout-config']), contentDir: 'content', lint: { config: { rules: {} }, asOf: '2025-07-20', people: [] },
    });
    expect(result.data?.times.started).toBe('2025-07-08T17:45:00.000Z');
  });
  test('comments are blanked with their line breaks kept; an unclosed one is left', () => {
    expect(withHtmlCommentsBlanked('a <!-- b\nc --> d')).toBe(`a ${' '.repeat(6)}\n${' '.repeat(5)} d`);
    expect(withHtmlCommentsBlanked('a <!-- b')).toBe('a <!-- b');
    expect(withHtmlCommentsBlanked('<!---->x<!-- y -->')).toBe(`${' '.repeat(7)}x${' '.repeat(10)}`);
  });
});
