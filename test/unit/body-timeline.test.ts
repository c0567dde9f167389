import { describe, expect, it } from 'vitest';
import { bodyReplacesTimeline, bodyShowsTimeline, prefixFragmentIds } from '../../src/lib/body-timeline.ts';

// The body as the site renders an imported status incident (docs/import.md): the updates newest
// first under the report's own "Timeline" heading, each opening with its state in emphasis.
const importedBody = [
  '<p>Incident of the Lumen Pay status page, exported from Statuspage; impact: none; last status: resolved.</p>',
  '<h2 id="timeline">Timeline</h2>',
  '<ul>',
  '<li>2025-02-11 18:02 UTC <em>Resolved</em> - Payout reports are generated on time again.</li>',
  '<li>2025-02-11 16:20 UTC <em>Identified</em> - Payout reports for yesterday are late because the nightly export job stalled. We &amp; they have\nrestarted it.</li>',
  '</ul>',
  '<h2 id="imported-metadata">Imported metadata</h2>',
  '<pre><code>title: Delayed payout reports</code></pre>',
].join('\n');
const importedEvents = [
  'Identified - Payout reports for yesterday are late because the nightly export job stalled. We & they have restarted it.',
  'Resolved - Payout reports are generated on time again.',
];

describe('bodyShowsTimeline', () => {
  it('holds when every row\'s words stand under the body\'s own Timeline heading', () => {
    expect(bodyShowsTimeline(importedBody, importedEvents)).toBe(true);
  });

  it('does not hold when one row is not in the body: the structured section keeps it', () => {
    expect(bodyShowsTimeline(importedBody, [...importedEvents, 'Monitoring - A fix has been deployed.'])).toBe(false);
  });

  it('reads only the Timeline section: words elsewhere in the body do not count', () => {
    const body = '<h2 id="summary">Summary</h2><p>We rolled back the deploy.</p><h2 id="timeline">Timeline</h2><ul><li>10:00 Paged.</li></ul><h2 id="impact">Impact</h2>';
    expect(bodyShowsTimeline(body, ['Paged.', 'We rolled back the deploy.'])).toBe(false);
    expect(bodyShowsTimeline(body, ['Paged.'])).toBe(true);
  });

  it('takes a deeper heading under Timeline as part of it, and "Timeline (UTC)" as its name', () => {
    const body = '<h2 id="t">Timeline (UTC)</h2><h3 id="d">May 12</h3><p>09:00 Alert fired.</p><h2 id="a">Action items</h2><p>Add a probe.</p>';
    expect(bodyShowsTimeline(body, ['Alert fired.'])).toBe(true);
    expect(bodyShowsTimeline(body, ['Add a probe.'])).toBe(false);
  });

  it('does not hold without a Timeline heading or without rows', () => {
    expect(bodyShowsTimeline('<p>Resolved - Payout reports are generated on time again.</p>', importedEvents.slice(1))).toBe(false);
    expect(bodyShowsTimeline(importedBody, [])).toBe(false);
    expect(bodyShowsTimeline('<h2 id="timeline-notes">Timeline notes</h2><p>x</p>', ['x'])).toBe(true);
  });
});

describe('bodyReplacesTimeline', () => {
  // A security advisory as imported: its own "TIMELINE" section in prose, no structured rows.
  const advisory = '<h2 id="vulnerability">VULNERABILITY</h2><p>A heap overflow in the parser.</p><h2 id="timeline">TIMELINE</h2><p>Reported to the project on 3 May; the advisory was posted on 20 May.</p><h2 id="credits">CREDITS</h2><p>Reported by a researcher.</p>';

  it('without rows: holds when the body has a Timeline section with text', () => {
    expect(bodyReplacesTimeline(advisory, [])).toBe(true);
  });

  it('without rows: does not hold without a Timeline section, or with an empty one', () => {
    expect(bodyReplacesTimeline('<h2 id="vulnerability">VULNERABILITY</h2><p>A heap overflow.</p>', [])).toBe(false);
    expect(bodyReplacesTimeline('<h2 id="timeline">Timeline</h2>\n<h2 id="impact">Impact</h2><p>Slow pages.</p>', [])).toBe(false);
    expect(bodyReplacesTimeline('<h2 id="timeline">Timeline</h2><p> - </p>', [])).toBe(false);
  });

  it('with rows: holds only when the body shows every row, as bodyShowsTimeline', () => {
    expect(bodyReplacesTimeline(importedBody, importedEvents)).toBe(true);
    expect(bodyReplacesTimeline(advisory, ['Reported to the project on 3 May; the advisory was posted on 20 May.'])).toBe(true);
    expect(bodyReplacesTimeline(advisory, ['Fix released.'])).toBe(false);
  });
});

describe('prefixFragmentIds', () => {
  it('prefixes every id and the links within the fragment to them, not other links', () => {
    const html = '<h2 id="timeline">Timeline</h2><p>See<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup> <a href="#top">top</a> <a href="https://x.test/#timeline">x</a></p><li id="user-content-fn-1"><a href="#user-content-fnref-1">↩</a></li>';
    expect(prefixFragmentIds(html, 'preview-')).toBe('<h2 id="preview-timeline">Timeline</h2><p>See<sup><a href="#preview-user-content-fn-1" id="preview-user-content-fnref-1">1</a></sup> <a href="#top">top</a> <a href="https://x.test/#timeline">x</a></p><li id="preview-user-content-fn-1"><a href="#preview-user-content-fnref-1">↩</a></li>');
  });

  it('leaves a fragment without ids as it is', () => {
    expect(prefixFragmentIds('<p>plain</p>', 'preview-')).toBe('<p>plain</p>');
  });
});
