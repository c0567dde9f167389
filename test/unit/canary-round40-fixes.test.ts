import { describe, expect, test } from 'vitest';
import { findHiddenHtmlTag } from '../../src/lib/hidden-html.ts';
import { findInvisibleCharacter } from '../../src/lib/invisible-characters.ts';
import { findMarkup } from '../../src/lib/plain-text-fields.ts';
import { findLookalikeInternalTag, lookalikeComponentName } from '../../src/lib/component-tag-lookalikes.ts';
import { findUnreadableMarkup } from '../../src/lib/publication/unreadable-markup.ts';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { publicCutRefusal } from '../support/public-probe-post.ts';
import { variationSelectors } from '../support/canary-round40-probes.ts';

/**
 * Canary round 40's fixes, each on its own (docs/architecture.md, "Canary round 40"). Every refusal
 * tested here is one the code before the round did not make: the marker reached the public page.
 */
const m = 'zwk00x the runbook';

describe('canary round 40: elements and styles that hide their words are refused by the public cut', () => {
  test.each([
    ['a <ruby>\'s <rp>', `We <ruby>rolled<rp>${m}</rp><rt>back</rt></ruby>.`],
    ['a <progress>\'s fallback text', `<progress value="1" max="2">${m}</progress>`],
    ['a <meter>\'s fallback text', `<meter value="1">${m}</meter>`],
    ['a <title> in the body', `<title>${m}</title>`],
    ['an SVG <switch> child for another language', `<svg width="10" height="10"><switch><text systemLanguage="x-none">${m}</text><text>ok</text></switch></svg>`],
    ['SVG text off its drawing', `<svg width="10" height="10"><text x="-9999" y="5">${m}</text></svg>`],
    ['SVG text moved off by a transform attribute', `<svg width="10" height="10"><text transform="translate(-10000 0)">${m}</text></svg>`],
    ['-webkit-text-fill-color: transparent', `<span style={{ WebkitTextFillColor: 'transparent' }}>${m}</span>`],
  ])('%s', (_kind, body) => {
    expect(publicCutRefusal(`We rolled back.\n\n${body}\n`)).toMatch(/^x\.mdx:7: .* in a public post is hidden by /);
  });

  /** The hidden tag `findHiddenHtmlTag` finds in a .md post's HTML, or undefined. */
  const hiddenBy = (html: string) => findHiddenHtmlTag(html)?.how;
  test.each([
    ['a comment inside display: none', `<span style="display:/**/none">${m}</span>`, /display: ?none/],
    ['a CSS escape in the property name', `<span style="dis\\play:none">${m}</span>`, /display: ?none/],
    ['a hex CSS escape in the property name', `<span style="\\64 isplay:none">${m}</span>`, /display: ?none/],
    ['the system colour of the background', `<span style="color:Canvas">${m}</span>`, /color: canvas/],
    ['the site\'s background variable', `<span style="color:var(--bg-soft)">${m}</span>`, /var\(--bg-soft\)/],
    ['a transparent text fill', `<span style="-webkit-text-fill-color:transparent">${m}</span>`, /text-fill-color/],
    ['a clipping circle of no radius', `<span style="clip-path:circle(0)">${m}</span>`, /circle\(0\)/],
  ])('%s', (_kind, html, how) => {
    expect(hiddenBy(html)).toMatch(how);
  });

  test('a shown element and a style that shows its text are left alone', () => {
    // An SVG drawing's <title> is its tooltip, shown on hover (canary round 37).
    expect(publicCutRefusal('<svg width="10" height="10"><title>A chart</title><circle cx="5" cy="5" r="4" /></svg>\n')).toBeUndefined();
    expect(publicCutRefusal('<progress value="1" max="2" />\n\n<span style="color:var(--accent); clip-path:circle(40%)">We rolled back.</span>\n\n<svg width="10" height="10"><text x="2" y="8">A</text></svg>\n')).toBeUndefined();
    // An editor's group offset moves its shapes back into view.
    expect(publicCutRefusal('<svg width="10" height="10"><g transform="translate(-1200 -300)"><text x="1202" y="308">A</text></g></svg>\n')).toBeUndefined();
  });
});

describe('canary round 40: look-alike spellings of <Internal>', () => {
  test('a lower-case L and upright strokes of other scripts read as the I', () => {
    for (const name of ['lnternal', '\u01C0nternal', '\uA4F2nternal', '\u2C92nternal']) expect(lookalikeComponentName(name)).toBe('Internal');
    expect(lookalikeComponentName('Internal')).toBeUndefined();
    expect(lookalikeComponentName('lantern')).toBeUndefined();
  });
  test('a tag whose name only reads as the component is found in text, and refused in a .md post', () => {
    expect(findLookalikeInternalTag(`<\u0406nternal>${m}</\u0406nternal>`)?.written).toBe('<\u0406nternal');
    expect(() => stripInternalFromSource(`---\ntitle: x\nvisibility: public\n---\n<lnternal>${m}</lnternal>\n`, { isMdx: false, variant: 'public', file: 'x.md' })).toThrow(PublicVariantError);
  });
  test('<lnternal> in a plain-text field is markup', () => {
    expect(findMarkup(`Checkout failed. <lnternal>${m}</lnternal>`)).toBe('<lnternal');
  });
});

test('canary round 40: a run of variation selectors spelling words is refused anywhere in a file; one after an emoji is not', () => {
  const source = `---\ntitle: x\n---\nWe rolled back. \u{1F600}${variationSelectors(m)}\n`;
  expect(findInvisibleCharacter(source, 4)?.message).toMatch(/variation selectors in a row/);
  expect(findInvisibleCharacter('---\ntitle: x\n---\nWe rolled back \u2764\uFE0F and \u{1F44D}\uFE0F.\n', 4)).toBeUndefined();
});

test('canary round 40: an aria-label on an element of no role is unreadable markup, named without its value; on a link it is not', () => {
  expect(findUnreadableMarkup(`<span aria-label="${m}">We rolled back.</span>\n`, true).map((found) => found.text)).toEqual(['aria-label="…"']);
  expect(findUnreadableMarkup(`<div aria-label='${m}'>We rolled back.</div>\n`, false).map((found) => found.text)).toEqual(['aria-label="…"']);
  expect(findUnreadableMarkup('<a href="https://status.example.com/" aria-label="Status page">status</a>\n\n<span role="img" aria-label="A chart">#</span>\n', true)).toEqual([]);
});
