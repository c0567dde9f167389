import { describe, expect, test } from 'vitest';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { findMarkup, isComment } from '../../src/lib/plain-text-fields.ts';
import { minimalPublicSource, publicCutRefusal } from '../support/public-probe-post.ts';

/**
 * The fixes of canary round 37 (docs/architecture.md, "Canary round 37"), each on its own; the
 * round's probes go through a whole public build in test/site/canary-round37.test.ts.
 */
const mdRefusal = (body: string): string | undefined => {
  try {
    stripInternalFromSource(`---\ntitle: x\nvisibility: public\n---\n${body}`, { isMdx: false, variant: 'public', file: 'x.md' });
  } catch (error) {
    expect(error).toBeInstanceOf(PublicVariantError);
    return (error as Error).message;
  }
  return undefined;
};

describe('a component tag the page shows as words, spelt with character references no list names', () => {
  test.each([
    ['the I a reference too', '&#60;&#73;nternal&#62;the runbook&#60;/&#73;nternal&#62;'],
    ['a full-width < as a numeric reference', '&#65308;Internal&#65310;the runbook&#65308;/Internal&#65310;'],
    ['single angle quotation marks as named references', '&lsaquo;Internal&rsaquo;the runbook&lsaquo;/Internal&rsaquo;'],
    ['in an image\'s alt', '![&#60;&#73;nternal&#62;the runbook](https://status.example.com/g.png)'],
  ])('%s: refused in .mdx and .md, naming the line', (_kind, body) => {
    expect(publicCutRefusal(`We rolled back.\n\n${body}\n`)).toMatch(/^x\.mdx:7: the page shows "[<＜‹]Internal" as words/);
    expect(mdRefusal(`We rolled back.\n\n${body}\n`)).toMatch(/^x\.md:7: the page shows "[<＜‹]Internal" as words/);
  });
  test('words about the component without brackets, and the components themselves, are not refused', () => {
    expect(publicCutRefusal('We rolled back (the Internal component hides a note). <PublicOnly>Sorry.</PublicOnly> <Internal>the runbook</Internal>\n')).toBeUndefined();
  });
});

describe('SVG and MathML text no browser draws', () => {
  test.each([
    ['an SVG <desc>', '<svg width="10" height="10"><desc>the runbook</desc><circle cx="5" cy="5" r="4" /></svg>', /the <desc> element, whose text a browser never draws/],
    ['an SVG <metadata>', '<svg width="10" height="10"><metadata>the runbook</metadata></svg>', /the <metadata> element/],
    ['a MathML <annotation>', '<math><semantics><mi>x</mi><annotation encoding="text/plain">the runbook</annotation></semantics></math>', /the <annotation> element/],
    ['SVG text with display="none"', '<svg width="10" height="10"><text display="none">the runbook</text></svg>', /display="none"/],
    ['SVG text with visibility="hidden"', '<svg width="10" height="10"><text visibility="hidden">the runbook</text></svg>', /visibility="hidden"/],
  ])('%s is refused by the public cut of .mdx and .md posts', (_kind, body, how) => {
    expect(publicCutRefusal(`${body}\n`)).toMatch(how);
    expect(mdRefusal(`${body}\n`)).toMatch(how);
  });
  test('a drawn SVG (its <title> is a tooltip, shown) is not refused', () => {
    expect(publicCutRefusal('<svg width="10" height="10"><title>Latency</title><text display="inline">p99</text></svg>\n')).toBeUndefined();
  });
});

describe('markup of a plain-text field that hides nothing there', () => {
  test.each([
    ['a CDATA section', 'Checkout errors <![CDATA[the runbook]]>', '<![CDATA[the runbook]]>', true],
    ['a processing instruction', 'Checkout errors <?note the runbook ?>', '<?note the runbook ?>', true],
    ['a <template>', 'Status page updated. <template>the bridge</template>', '<template>', false],
    ['an SVG <desc>', 'Some customers could not check out. <svg><desc>x</desc></svg>', '<svg>', false],
  ])('%s is found (and said as a comment when it is one)', (_kind, text, markup, comment) => {
    expect(findMarkup(text)).toBe(markup);
    expect(isComment(markup)).toBe(comment);
  });
  test('a placeholder in angle brackets is text', () => {
    expect(findMarkup('Copy <source> to <title> in the form')).toBeUndefined();
  });
});

describe('"Imported metadata" outside <Internal>', () => {
  test('as a heading: cut with its section, as the other template sections are', () => {
    const body = 'We rolled back.\n\n### Imported Metadata\n\n- source_ticket: zqx-4411\n\n## Next\n\npubshown\n';
    const out = stripInternalFromSource(minimalPublicSource(body), { isMdx: true, variant: 'public', file: 'x.mdx' });
    expect(out).not.toContain('zqx');
    expect(out).toContain('pubshown');
  });
  test('as a bold paragraph over a block: refused, naming the line and the heading to write', () => {
    const body = 'We rolled back.\n\n**Imported metadata**\n\n```yaml\nsource_ticket: zqx-4411\n```\n';
    expect(publicCutRefusal(body)).toMatch(/^x\.mdx:7: "Imported metadata" titles a section the public site leaves out .* Fix: make it a heading \(## Imported metadata\)/);
    expect(mdRefusal(body)).toMatch(/^x\.md:7: "Imported metadata" titles a section .* or wrap the section in <Internal> \(rename the file to \.mdx\)/);
  });
});
