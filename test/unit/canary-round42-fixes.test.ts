import { describe, expect, test } from 'vitest';
import { findLookalikeInternalTag, lookalikeComponentName } from '../../src/lib/component-tag-lookalikes.ts';
import { findHiddenHtmlTag } from '../../src/lib/hidden-html.ts';
import { findMarkup } from '../../src/lib/plain-text-fields.ts';
import { svgHiddenParts } from '../../src/lib/publication/svg-hidden-parts.ts';
import { createAstroConfig } from '../../src/integrations/astro-config.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';

/**
 * Canary round 42's fixes, each on its own (docs/architecture.md, "Canary round 42"). Every refusal
 * tested here is one the code before the round did not make: the words reached the public page (and
 * most of them its search index).
 */
describe('canary round 42: a tag name one character off the component', () => {
  test.each([
    ['a digit one for the l', 'Interna1', 'Internal'],
    ['the plural', 'Internals', 'Internal'],
    ['a custom element holding the name', 'internal-note', 'Internal'],
    ['a Latin capital iota', 'Ɩnternal', 'Internal'],
    ['an epigraphic I longa', 'ꟾnternal', 'Internal'],
    ['a Hebrew paseq (a sign, no letter)', '׀nternal', 'Internal'],
    ['a soft hyphen inside the name', 'In\u00ADternal', 'Internal'],
    ['a digit one in PublicOnly', 'PublicOn1y', 'PublicOnly'],
  ])('%s (%s) reads as <%s>', (_kind, name, component) => {
    expect(lookalikeComponentName(name)).toBe(component);
  });

  test.each(['Internal', 'PublicOnly', 'interval', 'infernal', 'International', 'InternalNote', 'details', 'span'])('%s is no look-alike', (name) => {
    expect(lookalikeComponentName(name)).toBeUndefined();
  });

  test('found in text, with a sign or a digit in the name', () => {
    expect(findLookalikeInternalTag('We <׀nternal>ask the dba</׀nternal>')?.written).toBe('<׀nternal');
    expect(findLookalikeInternalTag('x <Interna1> y')?.written).toBe('<Interna1');
    expect(findLookalikeInternalTag('a <b>x</b>, x <= y, <https://status.example.com/>')).toBeUndefined();
  });

  test.each([
    ['in a .md post, a digit one', '<Interna1>\n\nask the dba\n\n</Interna1>'],
    ['in a .md post, the plural', '<Internals>\n\nask the dba\n\n</Internals>'],
    ['in a .md post, a soft hyphen reference', '<In&shy;ternal>\n\nask the dba\n\n</In&shy;ternal>'],
    ['in a .md post, a zero-width space reference', '<Int&#x200B;ernal>\n\nask the dba\n\n</Int&#x200B;ernal>'],
  ])('the public cut refuses it %s', (_kind, body) => {
    expect(() => publicCut(body)).toThrow(/looks like an <Internal> tag|shows .* as words/);
  });

  test('a public field holding one is markup', () => {
    expect(findMarkup('Checkout failed. <Ɩnternal>ask the dba</Ɩnternal>')).toBe('<Ɩnternal');
    expect(findMarkup('Some customers could not check out. <Interna1>ask</Interna1>')).toBe('<Interna1');
  });
});

describe('canary round 42: text a browser does not show', () => {
  test.each([
    ['a popover', '<div popover>ask the dba</div>', /popover/],
    ['a manual popover', '<div popover="manual">ask the dba</div>', /popover/],
    ['MathML <mphantom>', '<math><mphantom><mtext>ask the dba</mtext></mphantom></math>', /mphantom/],
    ['SVG text of no fill and no stroke', '<svg width="100" height="20"><text x="0" y="15" fill="none">ask the dba</text></svg>', /no ink/],
    ['a drawing of no size', '<svg width="0" height="0"><text x="0" y="15">ask the dba</text></svg>', /no size/],
    ['SVG text past its viewBox', '<svg width="100" height="20" viewBox="0 0 10 10"><text x="500" y="5">ask the dba</text></svg>', /viewBox/],
    ['the font shorthand of size 0', '<span style="font: 0/0 a">ask the dba</span>', /font: 0\/0 a/],
    ['a mask of transparent gradients', '<span style="mask-image: linear-gradient(transparent, transparent)">ask the dba</span>', /mask/],
    ['a place a viewport above the page', '<span style="position: fixed; top: -100vh">ask the dba</span>', /top: -100vh/],
    ['a scale of a thousandth', '<span style="display: inline-block; transform: scale(.001)">ask the dba</span>', /scale\(\.001\)/],
    ['letters pulled back a whole em', '<span style="letter-spacing: -1em">ask the dba</span>', /letter-spacing: -1em/],
  ])('%s is hidden', (_kind, html, how) => {
    expect(findHiddenHtmlTag(html)?.how).toMatch(how);
  });

  test('the drawing an inline <text> node is in is read from the text before it', () => {
    expect(findHiddenHtmlTag('<text x="500" y="5">', 'ask the dba</text></svg>', 'See <svg width="100" height="20" viewBox="0 0 10 10">')?.how).toMatch(/viewBox/);
  });

  test('shown text is left: a readable font, a small negative spacing, a half scale, stroked SVG text, text inside its viewBox', () => {
    for (const html of [
      '<span style="font: 700 14px/1.5 serif">x</span>', '<span style="letter-spacing: -0.05em">x</span>', '<span style="transform: scale(0.5)">x</span>',
      '<span style="top: -10vh">x</span>', '<svg width="100" height="20"><text fill="none" stroke="red">x</text></svg>', '<svg viewBox="0 0 100 20"><text x="5" y="15">x</text></svg>',
    ]) expect(findHiddenHtmlTag(html), html).toBeUndefined();
  });
});

describe('canary round 42: parts of an SVG file no reader sees', () => {
  const svg = (inner: string, prolog = '') => `${prolog}<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${inner}<circle cx="5" cy="5" r="4"/></svg>`;
  test.each([
    ['text of no fill', svg('<text x="0" y="8" fill="none">ask the dba</text>'), /no ink/],
    ['a comment of its style sheet', svg('<style>/* ask the dba */ circle { fill: red }</style>'), /comment of its style sheet/],
    ['a comment in CDATA of its style sheet', svg('<style><![CDATA[ circle { fill: red } /* ask the dba */ ]]></style>'), /comment of its style sheet/],
    ['a processing instruction', svg('<?note ask the dba?>', '<?xml version="1.0"?>\n'), /processing instruction/],
    ['a data- attribute', svg('<g data-name="ask the dba"><rect width="2" height="2"/></g>'), /data-name/],
  ])('%s', (_kind, file, what) => {
    expect(svgHiddenParts(file).map((part) => part.what).join('; ')).toMatch(what);
  });

  test('the XML declaration and a style sheet without comments are left', () => {
    expect(svgHiddenParts(svg('<style>circle { fill: red }</style>', '<?xml version="1.0" encoding="UTF-8"?>'))).toEqual([]);
  });
});

describe('canary round 42: file names of the public site', () => {
  test('the public build names what it emits by its hash alone; the internal build keeps names', () => {
    const output = (variant: 'public' | 'internal') => (createAstroConfig({ variant }).vite?.build?.rolldownOptions?.output as { assetFileNames?: string } | undefined)?.assetFileNames;
    expect(output('public')).toBe('_astro/[hash][extname]');
    expect(output('internal')).toBeUndefined();
  });
});

/** The public cut of a minimal public `.md` post of `body`. */
function publicCut(body: string) {
  stripInternalFromSource(`---\ntitle: x\nvisibility: public\n---\n${body}`, { isMdx: false, variant: 'public', file: 'x.md' });
}
