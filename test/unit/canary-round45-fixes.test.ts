import { describe, expect, test } from 'vitest';
import { findHiddenSvgText, styleSheetsOf } from '../../src/lib/svg-drawn-text.ts';
import { svgHiddenParts } from '../../src/lib/publication/svg-hidden-parts.ts';
import { onePixelPng, pngWithChunk } from '../support/canary-probe-kit.ts';
import { publicCutRefusal } from '../support/public-probe-post.ts';

/**
 * Canary round 45 (the lead's, docs/architecture.md "Canary round 45"): the three shapes round 44
 * left. Each refused case published its words on main's code: an SVG file is copied into the
 * public site as it is, and an inline drawing is published with the page.
 */
const svg = (inner: string, attributes = ' width="200" height="100" viewBox="0 0 200 100"') => `<svg xmlns="http://www.w3.org/2000/svg"${attributes}>${inner}</svg>`;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe("canary round 45: an SVG's own style sheet, applied to its text", () => {
  test.each([
    ['a transparent fill on every text', '<style>text { fill: transparent }</style><text x="5" y="20">ask the dba</text>', 'transparent'],
    ['a fill of no opacity on a class', '<style>.note { fill: rgba(0, 0, 0, 0) }</style><text class="note" x="5" y="20">ask the dba</text>', 'no ink'],
    ['fill: none on a group, in CDATA', '<style><![CDATA[ g.legend { fill: none } ]]></style><g class="legend"><text x="5" y="20">ask the dba</text></g>', 'no ink'],
    ['a transform moving a class far away', '<style>.n { transform: translate(-99999px, 0) }</style><g class="n"><text x="5" y="20">ask the dba</text></g>', 'far outside'],
    ['a scale of nothing by id', '<style>#n { transform: scale(0.0001) }</style><text id="n" x="5" y="20">ask the dba</text>', 'too small'],
    ['a descendant selector, read by its last part', '<style>.legend > text.tiny { font-size: 0.001px }</style><g class="legend"><text class="tiny" x="5" y="20">ask the dba</text></g>', 'too small'],
  ])('%s is hidden text', (_, inner, how) => {
    expect(findHiddenSvgText(svg(inner))?.how).toContain(how);
    expect(svgHiddenParts(svg(inner)).map((part) => part.what).join(' ')).toMatch(/text hidden by/);
  });

  test.each([
    ['lines without fill, dark text', '<style>.line { fill: none; stroke: #333 } text { fill: #222 }</style><path class="line" d="M0 0L10 10"/><text x="5" y="20">errors per minute</text>'],
    ['a rule only a hover brings into play', '<style>text:hover { fill: transparent }</style><text x="5" y="20">errors per minute</text>'],
    ['text without fill but stroked', '<style>text { fill: none; stroke: black }</style><text x="5" y="20">errors per minute</text>'],
    ['a rule for another class', '<style>.hit-area { fill: transparent }</style><rect class="hit-area" width="200" height="100"/><text x="5" y="20">errors per minute</text>'],
    ["the style attribute overrides the sheet", '<style>text { fill: transparent }</style><text style="fill: #222" x="5" y="20">errors per minute</text>'],
  ])('%s is drawn', (_, inner) => {
    expect(findHiddenSvgText(svg(inner))).toBeUndefined();
  });

  test('an inline drawing of a .md post with such a sheet is refused by the public cut', () => {
    const body = `The errors rose.\n\n${svg('<style>text { fill: transparent }</style><text x="5" y="20">ask the dba</text>')}\n`;
    expect(publicCutRefusal(body, '.md')).toMatch(/no ink/);
  });
});

describe('canary round 45: a clip path whose rectangles lie away from the text', () => {
  test.each([
    ['on a group, a rectangle far off', '<defs><clipPath id="c"><rect x="-5000" y="-5000" width="1" height="1"/></clipPath></defs><g clip-path="url(#c)"><text x="5" y="20">ask the dba</text></g>', 'the <g> it is in'],
    ["on the text, a corner it doesn't reach", '<defs><clipPath id="c"><rect x="190" y="0" width="10" height="4"/></clipPath></defs><text x="5" y="90" clip-path="url(#c)">hi</text>', 'its own clip-path'],
    ['a group moved away from its clip rectangle', '<defs><clipPath id="c"><rect width="10" height="10"/></clipPath></defs><g clip-path="url(#c)"><g transform="translate(150, 80)"><text x="5" y="10">dba</text></g></g>', 'the <g> it is in'],
  ])('%s hides it', (_, inner, by) => {
    expect(findHiddenSvgText(svg(inner))?.how).toContain(by);
  });

  test.each([
    ["a chart's plot area holding its labels", '<defs><clipPath id="plot"><rect x="40" y="10" width="140" height="70"/></clipPath></defs><g clip-path="url(#plot)"><path d="M40 60L180 20"/><text x="120" y="40">peak</text></g><text x="5" y="98">axis</text>'],
    ['a clip rectangle in a translated group (its user space moves with it)', '<defs><clipPath id="p"><rect width="120" height="60"/></clipPath></defs><g transform="translate(50, 20)" clip-path="url(#p)"><text x="60" y="30">label</text></g>'],
    ['a clip path in the bounding box of what it clips (not read)', '<defs><clipPath id="b" clipPathUnits="objectBoundingBox"><rect x="5" y="5" width="1" height="1"/></clipPath></defs><g clip-path="url(#b)"><text x="5" y="20">label</text></g>'],
    ['a clip path of a circle (not read)', '<defs><clipPath id="o"><circle cx="-900" cy="-900" r="1"/></clipPath></defs><g clip-path="url(#o)"><text x="5" y="20">label</text></g>'],
    ['text a rectangle touches at its edge', '<defs><clipPath id="e"><rect x="0" y="0" width="30" height="30"/></clipPath></defs><g clip-path="url(#e)"><text x="40" y="40">label</text></g>'],
  ])('%s is drawn', (_, inner) => {
    expect(findHiddenSvgText(svg(inner))).toBeUndefined();
  });
});

describe('canary round 45: a raster image embedded as a data: URI inside an SVG file', () => {
  const withAuthor = pngWithChunk('tEXt', Buffer.from('Author\0ask the dba', 'latin1'));
  test('its metadata is a hidden part of the SVG, named with where it is', () => {
    const parts = svgHiddenParts(svg(`<image width="10" height="10" href="data:image/png;base64,${base64(withAuthor)}"/>`));
    expect(parts).toContainEqual(expect.objectContaining({ what: expect.stringMatching(/PNG image embedded as a data: URI, its metadata \(PNG tEXt "Author"\)/), text: expect.stringContaining('ask the dba') }));
  });
  test.each([
    ['lines', '\n'],
    ['character references of a line break', '&#10;'],
  ])('also with the payload spread over %s, as editors write it', (_, breakWith) => {
    const spread = base64(withAuthor).replace(/(.{40})/g, `$1${breakWith}`);
    const parts = svgHiddenParts(svg(`<image width="10" height="10" xlink:href="data:image/png;base64,${spread}"/>`));
    expect(parts.map((part) => part.text).join(' ')).toContain('ask the dba');
  });
  test('an embedded image without metadata, or only the program that wrote it, is no hidden part', () => {
    expect(svgHiddenParts(svg(`<image width="10" height="10" href="data:image/png;base64,${base64(onePixelPng)}"/>`))).toEqual([]);
    const software = pngWithChunk('tEXt', Buffer.from('Software\0Inkscape', 'latin1'));
    expect(svgHiddenParts(svg(`<image width="10" height="10" href="data:image/png;base64,${base64(software)}"/>`))).toEqual([]);
  });
});

describe("review, session 46: one reading of an SVG's style sheets serves its rules, hidden parts and words", () => {
  test('each sheet is read from the end of its start tag to its end tag, or to the end of an unclosed file', () => {
    const svg = '<svg><style type="text/css">text{fill:red}</style><text>a</text><style>/* drawn by hk */';
    const sheets = styleSheetsOf(svg);
    expect(sheets.map((s) => s.text)).toEqual(['text{fill:red}', '/* drawn by hk */']);
    expect(sheets.map((s) => svg.slice(s.start, s.start + 4))).toEqual(['text', '/* d']);
  });

  test("an unclosed sheet's comment and its hiding rule are both found, on the line they are written", () => {
    const svg = '<svg viewBox="0 0 10 10">\n<text>ok</text>\n<style>\n/* by hkarlsen */ text { display: none }';
    const parts = svgHiddenParts(svg);
    expect(parts.find((p) => p.what === 'a comment of its style sheet')).toMatchObject({ text: 'by hkarlsen', line: 4 });
    expect(parts.some((p) => p.what.startsWith('a rule of its style sheet that hides') && p.line === 4)).toBe(true);
  });
});
