// Bad input, round 40b (docs/rules.md, "Bad input round 40b"): other Markdown dialects in an
// adopter's posts. Each case was published as typed before (or said twice, or said as MDX's
// words); each now gets one finding naming the dialect and the Markdown to write, in .mdx and .md.
import { describe, expect, test } from 'vitest';
import { findingsAfterEditingGoodInput, goodInputPostmortem } from '../support/content-fixture.ts';

type Finding = { rule: string; message: string; fix?: string; line?: number; severity: string };
const asMd = goodInputPostmortem.replace(/\.mdx$/, '.md');
/** The errors and warnings the good-input postmortem gets with `text` appended to its body, as .mdx or .md. */
const saidFor = (text: string, name = goodInputPostmortem) =>
  (findingsAfterEditingGoodInput((source) => `${source}\n${text}\n`, name) as Finding[])
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);

const cases: [string, string, RegExp][] = [
  ['an emoji shortcode', 'The pool ran dry :fire: and checkout failed.', /:fire: is an emoji shortcode.*write the emoji itself, 🔥/],
  ['a chat\'s own emoji', 'We were all :thisisfineparrot: for ten minutes.', /:thisisfineparrot: is an emoji shortcode.*knows no character.*what it meant in words/],
  ['a definition list', 'Pool\n: the set of connections the service holds open.', /definition list.*joins the line to the one above.*\*\*Pool\*\*: the set/],
  ['a GitHub alert with its text on the same line', '> [!NOTE] The pool ran dry.', /\[!NOTE\].*as typed.*> \*\*Note:\*\* The pool ran dry\./],
  ['an Obsidian callout', '> [!bug] Pool\n> The pool ran dry.', /\[!bug\]` opens a callout.*> \*\*Pool\*\*/],
  ['an MkDocs admonition', '!!! warning "Pool exhausted"\n    The pool ran dry.', /admonition of MkDocs.*indented lines under it as a block of code.*> \*\*Pool exhausted\*\*/],
  ['a folded MkDocs admonition', '???+ note\n    The pool ran dry.', /`\?\?\?\+ note` is an admonition of MkDocs.*> \*\*Note:\*\*/],
  ['a Pandoc heading attribute', '## Root cause {.unnumbered}\n\nText.', /\{\.unnumbered\}` is an attribute list of Pandoc.*delete \{\.unnumbered\}/],
  ['a Pandoc span attribute', 'The [pool ran dry]{.mark} at noon.', /\{\.mark\}` is an attribute list of Pandoc/],
  ['a Pandoc fenced div', '::: {.warning}\nThe pool ran dry.\n:::', /`::: \{\.warning\}` opens a ::: container \(a fenced div of Pandoc.*> \*\*Warning:\*\*/],
  ['a Pandoc inline note', 'The pool ran dry.^[At noon.]', /\^\[At noon\.\] is an inline note of Pandoc.*\[\^1\]: At noon\./],
  ['a wiki link to a section', 'See [[Runbook#Rollback]] for the steps.', /\[\[Runbook#Rollback\]\] is a wiki link/],
  ['an Obsidian image embed', '![[pool.png|300]]', /!\[\[pool\.png\|300\]\] is an image embedded as Obsidian writes it.*write !\[what it shows\]\(pool\.png\)/],
  ['an Obsidian highlight', 'The ==pool ran dry== at noon.', /==pool ran dry== is a highlight.*\*\*pool ran dry\*\*/],
  ['an Obsidian comment', 'The pool ran dry. %%ask the DBA%%', /%%ask the DBA%% is a comment as Obsidian writes it.*publishes it as text/],
  ['an Org link', 'See [[https://status.acme.example][the status page]].', /Org-mode.*write \[the status page\]\(https:\/\/status\.acme\.example\)/],
  ['an AsciiDoc code block', '[source,sql]\n----\nSELECT 1;\n----', /`\[source,sql\]` opens a code block of AsciiDoc.*```sql/],
  ['an AsciiDoc image', 'image::pool.png[Pool]', /AsciiDoc image.*write !\[Pool\]\(pool\.png\)/],
  ['an AsciiDoc link', 'See link:https://status.acme.example[the status page].', /link in AsciiDoc.*write \[the status page\]\(https:\/\/status\.acme\.example\)/],
  ['an AsciiDoc cross reference', 'See <<root-cause>> below.', /<<root-cause>> is a cross reference of AsciiDoc.*write \[root cause\]\(#root-cause\)/],
  ['an AsciiDoc include', 'include::timeline.adoc[]', /AsciiDoc include/],
  ['a reStructuredText role', 'See :ref:`rollback` for more.', /:ref: is a role of reStructuredText/],
  ['kramdown\'s table of contents', '* TOC\n{:toc}\n\n## Root cause\n\nThe pool.', /\{:toc\}.* is a kramdown attribute list.*delete it and the list item above it/],
];

describe('another dialect\'s mark is said once, with the Markdown to write (before: published as typed, or said as MDX\'s words)', () => {
  test.each(cases.flatMap(([label, text, expected]) => [[`${label} (.mdx)`, text, expected, goodInputPostmortem], [`${label} (.md)`, text, expected, asMd]] as const))('%s', (_label, text, expected, name) => {
    const said = saidFor(text, name).filter((f) => !f.startsWith('mdx/missing-image'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(expected);
  });
  test.each([[goodInputPostmortem], [asMd]])('an AsciiDoc table, said once at its opening |=== (%s)', (name) => {
    expect(saidFor('.Timeline\n|===\n| 17:45 | pool ran dry\n|===', name)).toEqual([expect.stringMatching(/^body\/foreign-markup \d+: `\|===` opens a table of AsciiDoc/)]);
  });
});

describe('one mistake, one error (before: two or three)', () => {
  test('`* TOC` over `{:toc}` in .mdx: no "lazy line" error at a later line', () => {
    const said = saidFor('* TOC\n{:toc}\n\n## Root cause\n\nThe pool.');
    expect(said.filter((f) => f.includes('lazy line'))).toEqual([]);
    expect(said).toHaveLength(1);
  });
  test('`<p>` around `<img src>` in .mdx: the <img> never closed, not also the `</p>` it made unexpected', () => {
    const said = saidFor('<p align="center">\n  <img src="pool.png">\n</p>').filter((f) => f.startsWith('mdx/syntax'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('the <img> opened here is never closed');
  });
});

describe('controls: what is no other dialect stays unsaid', () => {
  test.each([
    ['a time with seconds', 'At 17:45:00 UTC the pool ran dry.'],
    ['a host and port', 'The host db:5432:replica answered.'],
    ['a channel', 'Asked in #checkout-oncall.'],
    ['a percentage', 'Errors rose to 40% and fell to 2%.'],
    ['a colon at the start of a line after a blank line', 'Text.\n\n: not a definition without its term above.'],
    ['equals signs in code-like prose', 'We set a == b in the check.'],
    ['an IPv6 address', 'The pod at fe80::1:abc: answered.'],
    ['a bold label with a colon', '**Impact:** checkout failed.'],
  ])('%s', (_label, text) => {
    expect(saidFor(text, asMd)).toEqual([]);
  });
  test('round 19\'s heading id in .mdx keeps its own words', () => {
    expect(saidFor('## Why it happened {#why}\n\nText.')[0]).toContain('{#why} is a heading id as Docusaurus and kramdown write it');
  });
  test('a MyST directive is said once, its `:class:` option not as an emoji', () => {
    const said = saidFor(':::{note} Why we share\n:class: dropdown\n\nText.\n:::', asMd);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('a directive of MyST');
  });
});
