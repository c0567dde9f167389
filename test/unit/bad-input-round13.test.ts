// Bad input, round 13: what round 12 left, and inputs of an adopter converting old reports
// (docs/rules.md, "Bad input round 13").
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { RefusedMarkupError, toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { fixtureVocabularySources, vocabularyProblems } from '../support/vocabulary-fixture.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';

const replacing = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`the fixture has no ${from}`);
  return text.replace(from, to);
};
/** Every finding (warnings too) of the good-input fixture after `change`. */
function findingsAfter(change: (text: string) => string) {
  const dir = makeContentFromFixture('good-input');
  const path = join(dir, goodInputPostmortem);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return validateCorpus(dir).findings;
}
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

/** The public build's refusal of `body` in a short post, or undefined when it is cut and published. */
function publicRefusal(body: string, isMdx: boolean): string | undefined {
  try {
    stripInternalFromSource(`---\ntitle: x\n---\n\n${body}`, { isMdx, file: isMdx ? 'x.mdx' : 'x.md' });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(PublicVariantError);
    return (error as Error).message;
  }
}

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
