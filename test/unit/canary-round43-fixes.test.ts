import { describe, expect, test } from 'vitest';
import { findHiddenHtmlTag } from '../../src/lib/hidden-html.ts';
import { svgHiddenParts } from '../../src/lib/publication/svg-hidden-parts.ts';
import { hiddenPostIdsIn } from '../../src/lib/publication/hidden-post-ids.ts';
import { publicLinkRewriter } from '../../src/integrations/public-variant.ts';
import { publicCutRefusal } from '../support/public-probe-post.ts';

/**
 * Canary round 43's fixes, each on its own (docs/architecture.md, "Canary round 43"). Every refusal
 * tested here is one the code before the round did not make: the words reached the public site, in
 * an SVG file copied as it is or in a post's page.
 */
const svg = (inner: string, attributes = ' width="10" height="10"') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inner}<circle cx="5" cy="5" r="4"/></svg>`;
const box = ' width="100" height="20" viewBox="0 0 10 10"';

describe('canary round 43: parts of an SVG file no reader sees', () => {
  test.each([
    ['an xlink:title', svg('<a xlink:href="#c" xlink:title="ask the dba"><rect width="2" height="2"/></a>'), 'xlink:title'],
    ['text in an unused <symbol>', svg('<symbol id="s"><text y="8">ask the dba</text></symbol>'), '<symbol>'],
    ['text in a <mask>', svg('<mask id="m"><text y="8">ask the dba</text></mask>'), '<mask>'],
    ['text in a <pattern>', svg('<pattern id="p" width="1" height="1"><text y="8">ask the dba</text></pattern>'), '<pattern>'],
    ['text in a <clipPath>', svg('<clipPath id="c"><text y="8">ask the dba</text></clipPath>'), '<clipPath>'],
    ['text left of the viewBox', svg('<text x="-500" y="8">ask the dba</text>', box), 'viewBox'],
    ['text above the viewBox', svg('<text x="0" y="-500">ask the dba</text>', box), 'viewBox'],
    ['text moved out by dx', svg('<text y="8" dx="5000">ask the dba</text>', box), 'viewBox'],
    ['text filled #fff0', svg('<text y="8" fill="#fff0">ask the dba</text>'), '#fff0'],
    ['text filled rgba(0, 0, 0, 0)', svg('<text y="8" fill="rgba(0, 0, 0, 0)">ask the dba</text>'), 'rgba'],
    ['text clipped by its own clip-path', svg('<clipPath id="e"></clipPath><text y="8" clip-path="url(#e)">ask the dba</text>'), 'clip-path'],
    ['text masked by its own mask', svg('<text y="8" mask="url(#m)">ask the dba</text>'), 'mask'],
  ])('%s is a hidden part', (_kind, file, named) => {
    expect(svgHiddenParts(file).map((part) => part.what).join(' / ')).toContain(named);
  });

  test.each([
    ['a link (xlink:href)', svg('<a xlink:href="https://status.example.com/"><rect width="2" height="2"/></a>')],
    ['a clip path of shapes', svg('<clipPath id="c"><rect width="5" height="5"/></clipPath><g clip-path="url(#c)"><text y="8">Errors</text></g>')],
    ['an axis label a little left of the drawing (a translated group)', svg('<g transform="translate(40,0)"><text x="-9" y="8">0%</text></g>', ' width="200" height="100" viewBox="0 0 200 100"')],
    ['text filled with a colour', svg('<text y="8" fill="#333">Errors</text>')],
    ['text in the drawing', svg('<text x="1" y="8">Errors</text>', box)],
  ])('%s is drawn', (_kind, file) => {
    expect(svgHiddenParts(file)).toEqual([]);
  });
});

describe('canary round 43: inline SVG text outside its drawing', () => {
  test.each([
    ['left of the viewBox', `<svg${box}><text x="-500" y="5">ask the dba</text></svg>`],
    ['above the viewBox', `<svg${box}><text x="0" y="-500">ask the dba</text></svg>`],
    ['clipped by its own clip-path', '<svg width="100" height="20"><text y="15" clip-path="url(#e)">ask the dba</text></svg>'],
  ])('text %s is hidden', (_kind, html) => {
    expect(findHiddenHtmlTag(html)?.how).toBeDefined();
  });
});

describe('canary round 43: SVG text outside its drawing in an .mdx post', () => {
  test('text above or left of the viewBox is refused naming its line', () => {
    expect(publicCutRefusal(`<svg${box}><text x="0" y="-500">ask the dba</text></svg>`)).toMatch(/x\.mdx:\d+: <text[^>]*> in a public post is hidden by a place outside its drawing's viewBox/);
    expect(publicCutRefusal(`<svg${box}><text x={-500} y="5">ask the dba</text></svg>`)).toMatch(/viewBox/);
  });

  test('text in the drawing is cut as written', () => {
    expect(publicCutRefusal(`<svg${box}><text x="1" y="8">Errors</text></svg>`)).toBeUndefined();
  });
});

describe('canary round 43: links to posts customers do not see', () => {
  const hidden = '2025-03-02-payroll-db-leak';
  test('an SVG linking to a hidden post names its id, written plainly or percent-encoded', () => {
    expect(hiddenPostIdsIn(`<a href="/incidents/${hidden}/"><rect/></a>`, [hidden])).toEqual([hidden]);
    expect(hiddenPostIdsIn('<a href="/incidents/%32025-03-02-payroll-db-leak/"><rect/></a>', [hidden])).toEqual([hidden]);
    expect(hiddenPostIdsIn('<a href="/incidents/2025-03-01-checkout-errors/"><rect/></a>', [hidden])).toEqual([]);
  });

  test('a link to /incidents/<what is no public post\'s id>/ loses its target; one to a public post keeps it', () => {
    const rewrite = publicLinkRewriter((id) => id === '2025-03-01-checkout-errors', (id) => id === hidden || id === '2025-03-01-checkout-errors');
    expect(rewrite('/incidents/%3025-03-02-payroll-db-leak/')).toBeNull();
    expect(rewrite('/incidents/payroll-db-leak/')).toBeNull();
    expect(rewrite('/incidents/2025-03-01-checkout-errors/')).toBeUndefined();
  });
});
