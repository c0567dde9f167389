// Bad input, round 61 (docs/rules.md, "Bad input round 61"): round 60's leftovers (a timeline row past midnight whose
// day cell is empty got two warnings, the merged cell's telling to write the day above; a body "## Timeline" that
// disagrees with the frontmatter's `timeline` passed) and what the round's 168 inputs found: a pasted image without an
// alternative text passed, and a day cell written as a ditto mark past midnight was told to repeat the day above. The
// shared harness (test/support/bad-input-harness.ts) is read here too, on one case.
import { describe, expect, test } from 'vitest';
import { readBodyImages } from '../../src/lib/lint/images.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../src/lib/findings.ts';
import { findBodyTimelineDisagreements } from '../../src/lib/body-timeline-agreement.ts';
import { findImagesWithoutAltText } from '../../src/lib/lint/image-alt-text.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { classifyProbe, goodInputPost, tl } from '../support/bad-input-harness.ts';
import { cases } from '../fixtures/bad-input/round61/cases.ts';

const said = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const fixtures = resolve(import.meta.dirname, '../fixtures');
const good = readFileSync(resolve(import.meta.dirname, '../..', goodInputPost), 'utf8');
const vocabulary = loadVocabulary(resolve(fixtures, 'vocabulary'));
/** The findings of the good-input postmortem after `change` (as `npm run check` gives them). */
const checked = (change: (text: string) => string, ext = 'mdx'): string[] => said(validatePostmortemSource(`content/postmortems/2025-07-08-checkout-config.${ext}`, '2025-07-08-checkout-config', change(good), {
  vocabulary, knownIds: new Set(['2025-07-08-checkout-config']), contentDir: 'content', lint: { config: { rules: {} }, asOf: '2025-07-20', people: [] },
}).findings);
const adding = (md: string) => (text: string) => `${text}\n${md}\n`;
const ruled = (found: string[], ...rules: string[]) => found.filter((line) => rules.some((rule) => line.includes(` ${rule} `)));
const caseNamed = (name: string) => cases.find(([n]) => n === name)![1];
const timelineRules = ['body/timeline-merged-cell', 'body/timeline-time', 'body/timeline-disagrees'];
const frontTimeline = [{ at: new Date('2025-07-08T17:49:00Z'), event: 'Error-rate alert pages the on-call.' }, { at: new Date('2025-07-08T17:55:00Z'), event: 'Config reverted.' }];

describe('round 60\'s leftover: an empty day cell past midnight is said once', () => {
  // The frontmatter's timeline agrees with the rows (23:50 and 00:10 the next day), so that only the cell is said.
  const night = (text: string) => text.replace('  - at: 2025-07-08T17:49:00Z', '  - at: 2025-07-08T23:50:00Z').replace('  - at: 2025-07-08T17:55:00Z', '  - at: 2025-07-09T00:10:00Z').replace('  mitigated: 2025-07-08T17:55:00Z', '  mitigated: 2025-07-09T00:10:00Z').replace('  resolved: 2025-07-08T18:30:00Z', '  resolved: 2025-07-09T00:30:00Z');
  const rows = (day: string) => (text: string) => tl(`| Date | Time | Event |\n| --- | --- | --- |\n| 2025-07-08 | 23:50 | Alert fired |\n| ${day} | 00:10 | Config reverted |`)(night(text));
  test('an empty day cell under 23:50: one warning, naming the next day to write', () => {
    const found = ruled(checked(rows('')), ...timelineRules);
    expect(found).toEqual([expect.stringMatching(/^warning body\/timeline-time 50: the timeline's entry at 00:10 has its day's cell empty, so it reads as 2025-07-08/)]);
    expect(found[0]).toContain('write the day in its cell where it changes (2025-07-09, if it is past midnight)');
  });
  test('a ditto mark in the day cell is read as the empty cell, and said with the mark', () => {
    const found = ruled(checked(rows('〃')), ...timelineRules);
    expect(found).toEqual([expect.stringMatching(/^warning body\/timeline-time 50: the timeline's entry at 00:10 has its day's cell written `〃`, so it reads as 2025-07-08/)]);
  });
  test('control: an empty day cell on the same day keeps round 60\'s warning', () => {
    const found = ruled(checked(caseNamed('lo-day-empty-same-day')), ...timelineRules);
    expect(found).toEqual([expect.stringMatching(/^warning body\/timeline-merged-cell 50: this timeline row's "Date" cell is empty, meant as the row above's 2025-07-08/)]);
  });
  test('control: the day written where it changes is no finding', () => {
    expect(ruled(checked(rows('2025-07-09')), ...timelineRules)).toEqual([]);
  });
});

describe('round 60\'s leftover: a body timeline that disagrees with the frontmatter\'s', () => {
  test.each([
    ['lo-tl-time-differs-list', 48, 'gives "Config reverted." at 17:58, but the frontmatter\'s timeline at 17:55 UTC (timeline[1].at, 2025-07-08T17:55:00Z)'],
    ['lo-tl-time-differs-table', 49, 'gives "Error-rate alert pages the on-call." at 17:52, but the frontmatter\'s timeline at 17:49 UTC (timeline[0].at'],
    ['lo-tl-time-differs-dated', 48, 'gives "Config reverted." at 2025-07-09 17:55, but the frontmatter\'s timeline at 2025-07-08 17:55 UTC'],
    ['lo-tl-time-differs-bold', 48, 'gives "Config reverted." at 18:05'],
    ['lo-tl-words-edited', 48, 'gives "Config reverted." at 17:57'],
    ['lo-tl-order-differs', 48, 'lists "Error-rate alert pages the on-call." after "Config reverted." (line 47), but the frontmatter\'s timeline the other way (timeline[0] before timeline[1])'],
    ['lo-tl-order-differs-same-times', 48, 'lists "Error-rate alert pages the on-call." after "Config reverted." (line 47)'],
    ['lo-tl-public-differs', 51, 'gives "Config reverted." at 18:02'],
  ])('%s: a warning on line %i', (name, line, words) => {
    const found = ruled(checked(caseNamed(name)), 'body/timeline-disagrees');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^warning body/timeline-disagrees ${line}: the body's timeline `));
    expect(found[0]).toContain(words);
    expect(found[0]).toMatch(/\| (?:write the same time in both|put the events in the order they happened)/);
  });
  test.each(['lo-tl-control-agrees', 'lo-tl-control-agrees-table', 'lo-tl-control-local-zone', 'lo-tl-control-more-entries', 'lo-tl-control-other-words', 'lo-tl-control-in-code'])('control: %s is no finding', (name) => {
    expect(ruled(checked(caseNamed(name)), 'body/timeline-disagrees')).toEqual([]);
  });
  test('the pure reading: an event matched by most of its words, a lone word only when the same', () => {
    expect(findBodyTimelineDisagreements('## Timeline\n\n- 17:57 Config was reverted.', frontTimeline).map((f) => f.line)).toEqual([3]);
    expect(findBodyTimelineDisagreements('## Timeline\n\n- 17:57 Reverted.', [{ at: '2025-07-08T17:55:00Z', event: 'Config reverted.' }])).toEqual([]);
    expect(findBodyTimelineDisagreements('## Timeline\n\n- 17:57 Config reverted.', [])).toEqual([]);
    expect(findBodyTimelineDisagreements('## Notes\n\n- 17:57 Config reverted.', frontTimeline)).toEqual([]);
  });
});

describe('a pasted image without an alternative text', () => {
  test.each([
    ['![](/images/graph.png)', 'has no alternative text (nothing between ![ and ])'],
    ['![ ](/images/graph.png)', 'has no alternative text'],
    ['![image.png](/images/graph.png)', 'has the alternative text "image.png", the name a tool gave it when it was pasted'],
    ['![Screenshot 2025-07-08 at 17.49.12](/images/graph.png)', 'has the alternative text "Screenshot 2025-07-08 at 17.49.12"'],
    ['![image](./graph.png)', 'has the alternative text "image"'],
    ['![IMG_1234](./graph.png)', 'has the alternative text "IMG_1234"'],
    ['<img src="/images/graph.png" />', 'is an <img> without alt'],
    ['![][graph]\n\n[graph]: /images/graph.png', 'has no alternative text'],
    ['[![](/images/graph.png)](https://grafana.acme.example/d/x)', 'has no alternative text'],
  ])('%s', (md, words) => {
    const found = findImagesWithoutAltText(readBodyImages(`Text.\n\n${md}\n`));
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(3);
    expect(found[0].message).toContain(words);
  });
  test.each([
    '![Error rate of checkout-api rising to 40% at 17:49](/images/graph.png)',
    '<img src="/images/graph.png" alt="" />',
    '<img src="/images/alt.png" alt="Pool usage at 100%" />',
    '`![](/images/graph.png)`',
    '```\n![](/images/graph.png)\n```',
    '![Graph of pool usage, image 2](/images/graph.png)',
    '![graph](./media/graph.png)',
  ])('control: %s is no finding', (md) => {
    expect(findImagesWithoutAltText(readBodyImages(`Text.\n\n${md}\n`))).toEqual([]);
  });
  test('the check warns with the line and the text to write', () => {
    const found = ruled(checked(adding('![](https://grafana.acme.example/render/checkout.png)')), 'body/image-alt');
    expect(found).toEqual([expect.stringMatching(/^warning body\/image-alt 45: the image "https:\/\/grafana\.acme\.example\/render\/checkout\.png" has no alternative text .*\| write what it shows between the brackets, e\.g\. !\[Error rate/)]);
  });
});

describe('the shared harness', () => {
  test('a case edits the good-input post, and the classification counts each case once', () => {
    expect(caseNamed('fmt-layout')(good)).toContain('related: []\nlayout: post');
    expect(() => caseNamed('sev-p0')('no severity here')).toThrow('no severity: SEV-2');
    const probe = '=== 2025-07-08-c001-lo-a.mdx\n  warning x\n=== 2025-07-08-c002-b.md\n=== 2025-07-08-c003-c.mdx\n';
    const { lines, before, now } = classifyProbe(probe, { before: { 'silently wrong': ['lo-a'], unclear: ['b'] }, now: { unclear: ['b'] } });
    expect(lines).toEqual(['2025-07-08-c001-lo-a.mdx\tsilently wrong\tclear', '2025-07-08-c002-b.md\tunclear\tunclear', '2025-07-08-c003-c.mdx\tclear\tclear']);
    expect(before).toEqual({ 'silently wrong': 1, unclear: 1, clear: 1 });
    expect(now).toEqual({ clear: 2, unclear: 1 });
  });
});
