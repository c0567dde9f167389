import { describe, expect, it } from 'vitest';
import { bodyWithoutLead } from '../../src/lib/body-without-lead.ts';

const lead = 'Der Zugang zum Kursraum ist derzeit gestört, der Zugang über die App funktioniert.';

describe('bodyWithoutLead', () => {
  it("drops the body's first paragraph when it is the lead the page shows above it", () => {
    const html = `<p>${lead}</p>\n<aside class="internal-note">Imported metadata</aside>`;
    expect(bodyWithoutLead(html, lead)).toBe('<aside class="internal-note">Imported metadata</aside>');
  });

  it('reads the paragraph as words: typographic quotes, entities, emphasis and line breaks aside', () => {
    const html = '<p>We’re moving the <strong>package mirror</strong> &amp; its\nkeys today.</p><p>Next step.</p>';
    expect(bodyWithoutLead(html, "We're moving the package mirror & its keys today.")).toBe('<p>Next step.</p>');
  });

  it('keeps a first paragraph that says more or other than the lead', () => {
    const html = `<p>${lead} Wir arbeiten an einer Lösung.</p>`;
    expect(bodyWithoutLead(html, lead)).toBe(html);
  });

  it('keeps the lead where the body repeats it after something else (under a heading of its own)', () => {
    const html = `<p>[Final message]</p>\n<p>${lead}</p>`;
    expect(bodyWithoutLead(html, lead)).toBe(html);
    const underHeading = `<h2 id="background">Background</h2><p>${lead}</p>`;
    expect(bodyWithoutLead(underHeading, lead)).toBe(underHeading);
  });

  it('keeps the body when there is no lead', () => {
    expect(bodyWithoutLead(`<p>${lead}</p>`, undefined)).toBe(`<p>${lead}</p>`);
  });
});

describe('a report opening with its own summary section', () => {
  it('drops the paragraph the lead was read from and keeps the rest of the section', () => {
    const html = `<h2 id="summary">Summary</h2>\n<p>${lead}</p>\n<p>The root cause is a bug.</p>\n<h2 id="resolution">Resolution</h2>`;
    expect(bodyWithoutLead(html, lead)).toBe('<h2 id="summary">Summary</h2>\n<p>The root cause is a bug.</p>\n<h2 id="resolution">Resolution</h2>');
  });

  it('drops the heading too when the lead was all its section held', () => {
    const html = `<h2 id="zusammenfassung">Zusammenfassung</h2>\n<p>${lead}</p>\n<h2 id="ablauf">Ablauf</h2><p>Um 9 Uhr …</p>`;
    expect(bodyWithoutLead(html, lead)).toBe('<h2 id="ablauf">Ablauf</h2><p>Um 9 Uhr …</p>');
  });

  it('keeps a summary section that says something else first', () => {
    const html = `<h2 id="summary">Summary</h2><p>Checkout failed for an hour.</p>`;
    expect(bodyWithoutLead(html, lead)).toBe(html);
  });
});
