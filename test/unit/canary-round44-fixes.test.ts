import { describe, expect, test } from 'vitest';
import { findHiddenHtmlTag, findStrayEndTag } from '../../src/lib/hidden-html.ts';
import { findHiddenSvgText, transformOf } from '../../src/lib/svg-drawn-text.ts';
import { svgHiddenParts } from '../../src/lib/publication/svg-hidden-parts.ts';
import { findUnreadableMarkup } from '../../src/lib/publication/unreadable-markup.ts';
import { hiddenPostIdFindings, hiddenPostIdsIn } from '../../src/lib/publication/hidden-post-ids.ts';
import type { ScannedPost } from '../../src/lib/publication/carried-hosts.ts';
import { publicCutRefusal } from '../support/public-probe-post.ts';

/**
 * Canary round 44's fixes, each on its own (docs/architecture.md, "Canary round 44"). Every refusal
 * tested here is one the code before the round did not make: the words reached the public site, in a
 * post's page and its search index, or in an SVG file copied as it is.
 */
const refs = (text: string) => [...text].map((c) => `&#${c.codePointAt(0)};`).join('');
/** The message the public cut refuses a `.md` body with, or undefined when it cuts it. */
const mdCutRefusal = (body: string) => publicCutRefusal(body, '.md');
const svg = (inner: string, attributes = ' width="100" height="20" viewBox="0 0 100 20"') => `<svg xmlns="http://www.w3.org/2000/svg"${attributes}>${inner}</svg>`;

describe('canary round 44: a .md post\'s HTML read with its character references decoded', () => {
  test.each([
    ['a data- attribute', `<span data-note="${refs('ask the dba')}">We rolled back.</span>`, 'data-note'],
    ['an id', `<span id="${refs('askthedba')}">We rolled back.</span>`, 'id='],
    ['a <time datetime>', `<time datetime="${refs('ask the dba')}">ten minutes</time> later.`, 'datetime'],
    ['an aria-label on a <span>', `<span aria-label="${refs('ask the dba')}">We rolled back.</span>`, 'aria-label'],
  ])('%s of references only is hidden text', (_kind, body, named) => {
    expect(findUnreadableMarkup(body, false).map((found) => found.text).join(' / ')).toContain(named);
  });

  test.each([
    ['<canvas>', `<canvas width="10" height="10">${refs('ask the dba')}</canvas>`],
    ['<noembed>', `<noembed>${refs('ask the dba')}</noembed>`],
    ['<datalist>', `<datalist id="d"><option>${refs('ask the dba')}</option></datalist>`],
    ['<rp>', `<ruby>a<rp>${refs('ask the dba')}</rp><rt>b</rt></ruby>`],
  ])('the content of %s in references only is hidden', (_kind, html) => {
    expect(findHiddenHtmlTag(html)?.how).toBeDefined();
  });

  test('references of no letter, and a shown value, are left', () => {
    expect(findUnreadableMarkup('<span data-width="&#54;&#52;&#48;px">We rolled back.</span>', false)).toEqual([]);
    expect(findHiddenHtmlTag('<canvas width="10" height="10">&#8212;</canvas>')).toBeUndefined();
  });
});

describe('canary round 44: end tags a browser drops with their words', () => {
  test('words after an end tag\'s name, and an end tag of no element opened, are refused in a .md post', () => {
    expect(findStrayEndTag('We rolled back.</span title="ask the dba">')?.how).toMatch(/words after the name/);
    expect(findStrayEndTag('We rolled back.</ask-the-dba>')?.how).toMatch(/no HTML has/);
    expect(mdCutRefusal('<div>\nWe rolled back.</ask the dba>\n</div>')).toMatch(/x\.md:6: <\/ask the dba> in a public post is hidden by words after the name/);
  });

  test('end tags of elements opened before, </br> and </p> are left', () => {
    expect(findStrayEndTag('</custom-note>', '<custom-note>We rolled back.')).toBeUndefined();
    expect(findStrayEndTag('line one</br>line two</p>')).toBeUndefined();
    expect(mdCutRefusal('<div>\nWe rolled back.\n</div>')).toBeUndefined();
  });
});

describe('canary round 44: styles that hide text', () => {
  test.each([
    ['a negative opacity', 'opacity: -1'],
    ['a matrix of zeros', 'display: inline-block; transform: matrix(0, 0, 0, 0, 0, 0)'],
    ['scale3d(0, 0, 1)', 'display: inline-block; transform: scale3d(0, 0, 1)'],
    ['max-height 0 with overflow: clip', 'display: block; max-height: 0; overflow: clip'],
    ['block-size 0 with overflow hidden', 'display: block; block-size: 0; overflow: hidden'],
    ['a clipping polygon of no area', 'clip-path: polygon(0 0, 0 0, 0 0)'],
    ['a clipping inset of a full width', 'clip-path: inset(0 100% 0 0)'],
  ])('%s hides', (_kind, style) => {
    expect(findHiddenHtmlTag(`<span style="${style}">ask the dba</span>`)?.how).toBeDefined();
  });

  test.each([
    ['a rotation matrix', 'display: inline-block; transform: matrix(0, 1, -1, 0, 0, 0)'],
    ['a small inset', 'clip-path: inset(0 10% 0 0)'],
    ['a triangle', 'clip-path: polygon(50% 0, 100% 100%, 0 100%)'],
    ['an opacity of a half', 'opacity: 0.5'],
  ])('%s shows', (_kind, style) => {
    expect(findHiddenHtmlTag(`<span style="${style}">Checkout</span>`)).toBeUndefined();
  });
});

describe('canary round 44: SVG text its ancestors or its paint leave undrawn', () => {
  test.each([
    ['fill="none" with stroke="none"', '<text y="15" fill="none" stroke="none">ask the dba</text>', 'fill of none'],
    ['style="fill: none"', '<text y="15" style="fill: none">ask the dba</text>', 'fill of none'],
    ['no fill and a stroke of opacity 0', '<text y="15" fill="none" stroke="#000" stroke-opacity="0">ask the dba</text>', 'fill of none'],
    ['a group of fill="none"', '<g fill="none"><text y="15">ask the dba</text></g>', 'fill of none'],
    ['font-size="0.01"', '<text y="15" font-size="0.01">ask the dba</text>', 'too small'],
    ['a matrix of zeros', '<text y="15" transform="matrix(0 0 0 0 0 0)">ask the dba</text>', 'too small'],
    ['a group scaled to a thousandth', '<g transform="scale(0.001)"><text y="15">ask the dba</text></g>', 'too small'],
    ['a group translated far left', '<g transform="translate(-99999 0)"><text y="15">ask the dba</text></g>', 'outside its drawing'],
    ['a nested drawing far left', '<svg x="-99999"><text y="15">ask the dba</text></svg>', 'outside its drawing'],
    ['a group clipped by an empty clip path', '<clipPath id="e"></clipPath><g clip-path="url(#e)"><text y="15">ask the dba</text></g>', 'clip-path'],
    ['a group masked', '<g mask="url(#m)"><text y="15">ask the dba</text></g>', 'mask'],
    ['a <linearGradient>', '<linearGradient id="g"><text y="15">ask the dba</text></linearGradient>', '<linearGradient>'],
    ['a group of opacity 0.01', '<g opacity="0.01"><text y="15">ask the dba</text></g>', 'opacity'],
    ['textLength="0"', '<text y="15" textLength="0" lengthAdjust="spacingAndGlyphs">ask the dba</text>', 'textLength'],
  ])('text under %s is hidden', (_kind, inner, named) => {
    expect(findHiddenSvgText(svg(inner))?.how).toContain(named);
  });

  test.each([
    ['a chart\'s axis label in a translated group', '<g transform="translate(40 10)"><text x="-9" y="5">Errors</text></g>'],
    ['a group clipped by the plot area', '<clipPath id="plot"><rect width="90" height="20"/></clipPath><g clip-path="url(#plot)"><text y="15">Errors</text></g>'],
    ['outlined text', '<text y="15" fill="none" stroke="#000">Errors</text>'],
    ['large text scaled down in an icon', '<g transform="scale(0.01)"><text y="1500" font-size="1200">Errors</text></g>'],
    ['a link', '<a href="https://status.example.com/"><text y="15">Status</text></a>'],
  ])('%s is drawn', (_kind, inner) => {
    expect(findHiddenSvgText(svg(inner))).toBeUndefined();
  });

  test('a drawing of a small viewBox shown large draws its small letters', () => {
    expect(findHiddenSvgText(svg('<text y="0.5" font-size="0.1">Errors</text>', ' viewBox="0 0 1 1"'))).toBeUndefined();
  });

  test('transforms: translations add up through scales; a matrix scales by its columns', () => {
    expect(transformOf('translate(10 20) scale(2) translate(5 5)')).toEqual({ scale: 2, x: 20, y: 30 });
    expect(transformOf('matrix(0.5 0 0 2 3 4)')).toEqual({ scale: 0.5, x: 3, y: 4 });
  });

  test('in an SVG file, words outside the root element and an embedded SVG\'s hidden parts are hidden parts', () => {
    expect(svgHiddenParts(`${svg('<text y="15">Errors</text>')}\nask the dba`).map((part) => part.what).join()).toMatch(/outside the drawing's root element/);
    const embedded = Buffer.from(svg('<desc>ask the dba</desc>')).toString('base64');
    expect(svgHiddenParts(svg(`<image width="10" height="10" href="data:image/svg+xml;base64,${embedded}"/>`)).map((part) => part.what).join()).toMatch(/embedded as a data: URI, a <desc> element/);
    expect(svgHiddenParts(`<?xml version="1.0"?>\n${svg('<text y="15">Errors</text>')}\n`)).toEqual([]);
  });

  test('in an SVG file, a style sheet\'s rule that hides what it selects is a hidden part; one that paints is not', () => {
    expect(svgHiddenParts(svg('<style>text { display: none }</style><text y="15">ask the dba</text>')).map((part) => part.what)).toEqual(['a rule of its style sheet that hides what it selects (display: none)']);
    expect(svgHiddenParts(svg('<style>.a{opacity:0}</style><text class="a" y="15">ask the dba</text>')).map((part) => part.what)).toEqual(['a rule of its style sheet that hides what it selects (opacity:0)']);
    expect(svgHiddenParts(svg('<style>.line { fill: none; stroke: #333 } .t { opacity: 0.5 }</style><text class="t" y="15">Errors</text>'))).toEqual([]);
  });

  test('an inline drawing of a .md and an .mdx post is refused naming the text\'s line', () => {
    expect(mdCutRefusal(`We rolled back.\n\n${svg('<g transform="translate(-99999 0)"><text y="15">ask the dba</text></g>')}`)).toMatch(/x\.md:7: <text y="15"> in a public post is hidden by a place/);
    expect(publicCutRefusal(svg('\n<g transform="translate(0 -99999)">\n<text y="15">ask the dba</text>\n</g>\n'))).toMatch(/x\.mdx:\d+: <text y="15"> in a public post is hidden by a place/);
    expect(publicCutRefusal(svg('<g transform="translate(40 10)"><text x="-9" y="5">Errors</text></g>'))).toBeUndefined();
  });
});

describe('canary round 44: the id of a post customers do not see, as a reader reads it', () => {
  const hidden = '2025-03-02-payroll-db-leak';
  test.each([
    ['a character reference for a digit', `&#50;${hidden.slice(1)}`],
    ['a soft hyphen inside', hidden.replace('-db', '-d\u00ADb')],
    ['a zero-width space inside', hidden.replace('-db', '\u200B-db')],
    ['Unicode hyphens', hidden.replaceAll('-', '\u2010')],
    ['full-width digits', `${'２０２５'}${hidden.slice(4)}`],
    ['capitals and &#45; for each hyphen', hidden.toUpperCase().replaceAll('-', '&#45;')],
  ])('written with %s, it is found', (_kind, written) => {
    expect(hiddenPostIdsIn(`See ${written} for the earlier incident.`, [hidden])).toEqual([hidden]);
    const post: ScannedPost = { file: 'x.mdx', publicLines: [`See ${written} for the earlier incident.`], sourceLines: [], findings: [] };
    expect(hiddenPostIdFindings([post], [hidden])[0].map((finding) => finding.line)).toEqual([1]);
  });

  test('another post\'s id is not', () => {
    expect(hiddenPostIdsIn('See 2025-03-02-payroll-db for the earlier incident.', [hidden])).toEqual([]);
  });
});
