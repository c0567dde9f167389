import { describe, expect, test } from 'vitest';
import { lookalikeComponentName } from '../../src/lib/component-tag-lookalikes.ts';
import { findMarkup } from '../../src/lib/plain-text-fields.ts';
import { findInvisibleCharacter } from '../../src/lib/invisible-characters.ts';
import { svgHiddenParts } from '../../src/lib/publication/svg-hidden-parts.ts';
import { hiddenPostIdFindings } from '../../src/lib/publication/hidden-post-ids.ts';
import { publicLinkRewriter } from '../../src/integrations/public-variant.ts';
import { publicCutRefusal } from '../support/public-probe-post.ts';
import { tagCharacters } from '../support/canary-round38-probes.ts';

/**
 * The fixes of canary round 38 (docs/architecture.md, "Canary round 38"), each on its own; the
 * round's probes go through a whole public build in test/site/canary-round38.test.ts.
 */
describe('a Cyrillic palochka for the I of <Internal>', () => {
  test('is read as the component: refused by the public cut naming the line, and in a frontmatter field', () => {
    expect(lookalikeComponentName('\u04C0nternal')).toBe('Internal');
    // The small palochka reads as l, and since canary round 40 a lower-case L opening the name reads as the I it is printed like.
    expect(lookalikeComponentName('\u04CFnternal')).toBe('Internal');
    expect(publicCutRefusal('We rolled back.\n\n<\u04C0nternal>the runbook</\u04C0nternal>\n')).toMatch(/^x\.mdx:7:/);
    expect(findMarkup('Checkout failed. <\u04C0nternal>the runbook</\u04C0nternal>')).toBeDefined();
  });
});

describe('characters that hide words, in the body too', () => {
  const body = (text: string) => findInvisibleCharacter(`---\ntitle: x\n---\n${text}\n`, 4);
  test('tag characters spelling words, in the body: refused at the first', () => {
    const found = body(`We rolled back.${tagCharacters('the runbook')}`);
    expect(found?.index).toBe('---\ntitle: x\n---\nWe rolled back.'.length);
    expect(found?.message).toMatch(/U\+E0074 \(a tag character\): a run of them spells text no reader or reviewer sees/);
  });
  test('the interlinear annotation characters, in the body and the frontmatter', () => {
    expect(body('We \uFFF9rolled back\uFFFAthe runbook\uFFFB.')?.message).toMatch(/U\+FFF9 \(interlinear annotation anchor\)/);
    expect(findInvisibleCharacter('---\ntitle: "x \uFFFAy"\n---\nWe rolled back.\n', 4)?.message).toMatch(/U\+FFFA/);
  });
  test('a flag emoji keeps its tag characters', () => {
    expect(body('Thanks to the team in \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}.')).toBeUndefined();
  });
});

describe('the parts of an SVG image no reader sees', () => {
  const svg = (inner: string, root = '') => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"${root}>${inner}<circle cx="5" cy="5" r="4"/></svg>`;
  test.each([
    ['a comment', svg('<!-- the runbook -->'), 'an XML comment', 'the runbook'],
    ['a <title>', svg('<title>the runbook</title>'), 'a <title> element', 'the runbook'],
    ['a <desc>', svg('<desc>the runbook</desc>'), 'a <desc> element', 'the runbook'],
    ['<metadata>', svg('<metadata>the runbook</metadata>'), 'a <metadata> element', 'the runbook'],
    ['Inkscape\'s document name', svg('', ' sodipodi:docname="orders-db.svg"'), "the attribute sodipodi:docname of an editor's own namespace", 'orders-db.svg'],
    ['an editor\'s element', svg('<sodipodi:namedview id="n"/>'), "the element <sodipodi:namedview> of an editor's own namespace", '<sodipodi:namedview id="n"/>'],
    ['display="none"', svg('<text display="none">the runbook</text>'), 'an element hidden by display="none"', '<text display="none">'],
    ['a style of opacity 0', svg('<text style="opacity:0">the runbook</text>'), 'an element hidden by the style "opacity:0"', '<text style="opacity:0">'],
    ['opacity="0"', svg('<text opacity="0">the runbook</text>'), 'an element drawn with opacity="0"', '<text opacity="0">'],
  ])('%s is a hidden part, with its text', (_kind, file, what, text) => {
    expect(svgHiddenParts(file)).toEqual([{ what, text, line: 1 }]);
  });
  test('a drawing with classes, links, fill opacity and visible text has none', () => {
    expect(svgHiddenParts(svg('<style>.a{fill:red}</style><text class="cls-1" fill-opacity="0.5" xml:space="preserve">Checkout</text><use xlink:href="#a"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'))).toEqual([]);
  });
});

describe('the id of a post customers do not see, in a link title or in text that is no link', () => {
  const hidden = '2025-03-02-payroll-db-leak';
  const scanned = (line: string) => hiddenPostIdFindings([{ file: 'p.mdx', publicLines: ['', line], sourceLines: ['---', '---', '', line], findings: [], publicFields: [] }], [hidden])[0];
  test.each([
    ['a link\'s title', `See [the status page](https://status.example.com/ "as in ${hidden}").`],
    ['a link\'s title in single quotes', `See [the status page](<https://status.example.com/> '${hidden}').`],
    ['text an escaped parenthesis leaves unlinked', `See [earlier](/incidents\\${hidden}\\).`],
  ])('%s is an error at its line', (_kind, line) => {
    expect(scanned(line).map((f) => [f.line, f.rule])).toEqual([[2, 'redact/internal-name']]);
  });
  test('a link\'s destination is still the rewriter\'s (no finding)', () => {
    expect(scanned(`See [earlier](/incidents/${hidden}/ "the earlier one") and [again](/x(1)/${hidden}).`)).toEqual([]);
  });
});

describe('an address naming a post customers do not see in any part', () => {
  const rewrite = publicLinkRewriter((id) => id === '2025-01-01-public', (id) => id === '2025-01-01-public' || id === '2025-02-01-internal-only');
  test.each([
    ['a doubled slash', '/incidents//2025-02-01-internal-only/'],
    ['backslashes', '/incidents\\2025-02-01-internal-only\\'],
    ['the file in a repository', 'https://github.com/acme/kb/blob/main/content/postmortems/2025-02-01-internal-only.mdx'],
    ['a query', 'https://status.example.com/?from=2025-02-01-internal-only'],
  ])('%s: its target is dropped', (_kind, url) => {
    expect(rewrite(url)).toBeNull();
  });
  test('a public post\'s address, and an address naming an id no post has, are kept', () => {
    expect(rewrite('/incidents//2025-01-01-public/')).toBeUndefined();
    expect(rewrite('https://example.com/2025-02-01-a-blog-post')).toBeUndefined();
  });
});
