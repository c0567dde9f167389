// Bad input, round 10: further inputs tried against every entry point (docs/rules.md, "Bad input round 10").
import { describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { listPostmortemsFolder } from '../../src/lib/content-files.ts';

const errorsAfter = errorsAfterEditingGoodInput;
const replacing = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`the fixture has no ${from}`);
  return text.replace(from, to);
};

describe('hidden characters written as escapes in quoted frontmatter values and keys', () => {
  test('a lone surrogate ("\\uD800") in the title is file/encoding at the field (it passed and was published as U+FFFD)', () => {
    expect(errorsAfter(replacing('title: Checkout errors after a config push', 'title: "Checkout \\uD800 errors"'))).toEqual([expect.objectContaining({
      rule: 'file/encoding', field: 'title', line: 2,
      message: 'title holds, written as an escape in quotes (\\uD800), half of a character, the lone surrogate U+D800, which no page can show (it would be published as \uFFFD).',
      fix: 'write the character itself, or both halves of its pair (\\uD83D\\uDD25 is 🔥); remove \\uD800 if it is a slip.',
    })]);
  });

  test('a right-to-left override written "\\u202E" in the title is refused like a raw one (it passed: only raw ones were seen)', () => {
    expect(errorsAfter(replacing('title: Checkout errors after a config push', 'title: "Checkout \\u202Eerrors"'))).toEqual([expect.objectContaining({
      rule: 'file/encoding', field: 'title',
      message: expect.stringMatching(/^title holds, written as an escape in quotes \(\\u202E\), the invisible character U\+202E \(right-to-left override\), which changes the direction/),
    })]);
  });

  test('in a key, the key is shown with the escape, once (it was an unknown key printed reversed)', () => {
    const errors = errorsAfter(replacing('severity: SEV-2', '"sev\\u202Eerity": SEV-2'));
    expect(errors.map((e) => [e.rule, e.message])).toEqual([['file/encoding', expect.stringMatching(/^sev\\u202Eerity holds, written as an escape in quotes \(\\u202E\)/)]]);
    expect(JSON.stringify(errors)).not.toContain('\u202E');
  });

  test('a zero-width space escape in an action item title, a lone low surrogate in an id: each at its field', () => {
    expect(errorsAfter(replacing('title: Validate pool sizes in CI', 'title: "Validate pool\\u200B sizes in CI"')).map((e) => [e.field, e.message]))
      .toEqual([['actionItems[0].title', expect.stringMatching(/^actionItems\[0\]\.title holds, written as an escape in quotes \(\\u200B\), the invisible character U\+200B \(zero-width space\)/)]]);
    expect(errorsAfter(replacing('id: AI-1', 'id: "AI-\\uDC01"')).map((e) => [e.rule, e.field])).toEqual([['file/encoding', 'actionItems[0].id']]);
  });

  test('an emoji written as its surrogate pair, and a raw bidi character, are not said twice', () => {
    expect(errorsAfter(replacing('title: Checkout errors after a config push', 'title: "Checkout errors \\uD83D\\uDD25"'))).toEqual([]);
    expect(errorsAfter(replacing('title: Checkout errors after a config push', 'title: Checkout \u202Eerrors')).map((e) => e.rule)).toEqual(['file/encoding']);
  });
});

describe('action item ids', () => {
  const withId = (id: string) => replacing('id: AI-1', `id: ${id}`);

  test('a Cyrillic А beside a Latin AI-1 is refused, naming the letter and the id meant (two items looked like one id)', () => {
    expect(errorsAfter(withId('АI-1'))).toEqual([expect.objectContaining({
      rule: 'schema/invalid', field: 'actionItems[0].id', line: 30,
      message: 'actionItems[0].id is "АI-1", which holds "А" (U+0410, a Cyrillic letter): an action item id is made of the letters a-z and A-Z, digits, ".", "_" and "-" (AI-1, OPS-123), since it is the item\'s link (#action-<id>) and the mark that ties a ticket to it. Retype it as "AI-1" (the letters of another script look like Latin ones, but make another id).',
    })]);
  });

  test.each([
    ['AI/../1', '"/" (U+002F, a sign)'],
    ['"AI 1"', '" " (U+0020, an invisible character or space)'],
    ['"🔥"', '"🔥" (U+1F525, a sign)'],
    ['"AI#1"', '"#" (U+0023, a sign)'],
  ])('%s is refused naming %s (it passed and was written into the item\'s link)', (id, named) => {
    expect(errorsAfter(withId(id)).map((e) => e.message)).toEqual([expect.stringContaining(`, which holds ${named}: an action item id is made of`)]);
  });

  test('ticket keys and ids with dots and underscores pass', () => {
    for (const id of ['OPS-123', 'ai_1', 'AI-1.2', 'JIRA2']) expect(errorsAfter(withId(id))).toEqual([]);
  });
});

describe('npm run check given the same file twice, or a folder holding node_modules', () => {
  test('a file named twice (and through ./) is checked once: it was counted twice and said to share its title with itself', () => {
    const dir = makeContentFromFixture('good-input');
    const file = join(dir, goodInputPostmortem);
    const result = validateCorpus(dir, { onlyFiles: [file, `${dir}/./${goodInputPostmortem}`, join(dir, 'postmortems')] });
    expect(result.postmortems).toHaveLength(1);
    expect(result.findings).toEqual([]);
  });

  test('node_modules under a folder named is not walked (`check .` read the packages\' 636 READMEs)', () => {
    const dir = makeContentFromFixture('good-input');
    mkdirSync(join(dir, 'postmortems/node_modules/pkg'), { recursive: true });
    writeFileSync(join(dir, 'postmortems/node_modules/pkg/README.md'), '# pkg\n');
    expect(listPostmortemsFolder(dir).postmortems).toEqual([goodInputPostmortem]);
  });
});
