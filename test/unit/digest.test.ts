import { describe, expect, test } from 'vitest';
import { computeDigest, formatDigestMarkdown } from '../../src/lib/digest.ts';
import { asOf, earlier, names, record, records, since } from '../support/digest-records.ts';

describe('computeDigest', () => {
  const digest = computeDigest({ records, recordsAtSince: [earlier('open')], since, asOf, names });

  test('lists postmortems published in the period and those in review', () => {
    expect(digest.published.map((p) => [p.id, p.published, p.nearMiss])).toEqual([
      ['2025-06-05-repeat', '2025-06-05', false],
      ['2025-06-12-caught-early', '2025-06-12', true],
    ]);
    expect(digest.inReview.map((p) => p.id)).toEqual(['2025-06-20-in-review']);
  });

  test('follow-ups opened and closed come from the comparison with the start of the period', () => {
    expect(digest.followUps.opened.map((i) => `${i.postmortemId}/${i.id}`)).toEqual(['2025-06-05-repeat/AI-1', '2025-06-05-repeat/AI-2']);
    expect(digest.followUps.closed!.map((i) => `${i.postmortemId}/${i.id}`).sort()).toEqual(['2025-04-15-earlier/AI-2', '2025-06-05-repeat/AI-2']);
    // The in-review postmortem's follow-up is not on the site yet, so it is not counted.
    expect(digest.followUps.overdue).toEqual([
      { postmortemId: '2025-06-05-repeat', id: 'AI-1', title: 'Follow-up AI-1 of checkout', owner: 'checkout', due: '2025-06-20', status: 'open', priority: 'P2', overdueDays: 10 },
    ]);
  });

  test('per owner team: opened, closed, open and overdue', () => {
    expect(digest.followUps.byTeam).toEqual([
      { team: 'checkout', name: 'Checkout', opened: 1, closed: 1, open: 1, overdue: 1 },
      { team: 'data', name: 'Data Platform', opened: 0, closed: 0, open: 1, overdue: 0 },
      { team: 'platform', name: 'Platform Infrastructure', opened: 1, closed: 1, open: 0, overdue: 0 },
    ]);
  });

  test('recurrences and near-misses among the postmortems published', () => {
    expect(digest.recurrences).toEqual([{
      id: '2025-06-05-repeat', title: records[1].data.title, previous: ['2025-04-15-earlier'],
      description: '2nd configuration change incident on checkout-api in 90 days',
    }]);
    expect(digest.nearMisses.map((n) => n.id)).toEqual(['2025-06-12-caught-early']);
  });

  test('response times of the postmortems published, and the closure rate', () => {
    // Both published in the period: started 10:00, resolved 11:00, published the same day.
    expect(digest.response.timeToResolveMinutes).toEqual({ count: 2, median: 60, p90: 60 });
    expect(digest.response.timeToPublishDays).toEqual({ count: 2, median: 0, p90: 0 });
    // Four follow-ups of published postmortems, two done, none dropped.
    expect(digest.closureRate).toBe(0.5);
  });

  test('without a snapshot of the start, opened follows the drafted day and closings are unknown', () => {
    const undated = computeDigest({ records, since, asOf, names });
    expect(undated.followUps.opened.map((i) => `${i.postmortemId}/${i.id}`)).toEqual(['2025-06-05-repeat/AI-1', '2025-06-05-repeat/AI-2']);
    expect(undated.followUps.closed).toBeNull();
    expect(undated.followUps.byTeam.every((t) => t.closed === null)).toBe(true);
    expect(formatDigestMarkdown(undated, { title: 'Digest' })).toContain('Closings are not counted');
  });

  test('per service, the published incidents that began in the period, most severe first', () => {
    // In the period: 2025-06-05 (SEV-2, checkout-api) and the SEV-1 below; 2025-06-12 (SEV-2, search-service).
    // Not counted: 2025-04-15 (before the period) and 2025-06-20 (in review, not on the site).
    const severe = record('2025-06-25-sev1', { day: '2025-06-25', severity: 'SEV-1', services: ['search-service', 'checkout-api'] });
    const withSev1 = computeDigest({ records: [...records, severe], since, asOf, names });
    expect(withSev1.byService.map((row) => [row.service, row.name, row.severities['SEV-1'], row.severities['SEV-2'], row.total])).toEqual([
      ['checkout-api', 'Checkout API', 1, 1, 2],
      ['search-service', 'Search service', 1, 1, 2],
    ]);
    const onlyOne = computeDigest({ records: [...records, record('2025-06-26-sev1', { day: '2025-06-26', severity: 'SEV-1', services: ['search-service'] })], since, asOf, names });
    // The service with a SEV-1 comes before one with more incidents, none of them a SEV-1.
    expect(onlyOne.byService.map((row) => row.service)).toEqual(['search-service', 'checkout-api']);
    const markdown = formatDigestMarkdown(withSev1, { title: 'Digest' });
    expect(markdown).toContain('### Incidents by service');
    expect(markdown).toContain('| service | SEV-1 | SEV-2 | all |');
    expect(markdown).toContain('| Checkout API | 1 | 1 | 2 |');
  });

  test('refuses a period that ends before it starts', () => {
    expect(() => computeDigest({ records, since: '2025-07-01', asOf, names })).toThrow(/--since 2025-07-01 is after the as-of day 2025-06-30/);
  });
});

describe('formatDigestMarkdown', () => {
  test('headline counts, links, team table and the most overdue items', () => {
    const markdown = formatDigestMarkdown(computeDigest({ records, recordsAtSince: [earlier('open')], since, asOf, names }), { title: 'Acme digest', siteUrl: 'https://kb.example/' });
    expect(markdown).toContain('## Acme digest: 1 Jun 2025 – 30 Jun 2025');
    expect(markdown).toContain('2 postmortems published, 2 follow-ups opened, 2 closed, 1 overdue.');
    expect(markdown).toContain('- SEV-2 (near-miss): [');
    expect(markdown).toContain('](https://kb.example/postmortems/2025-06-12-caught-early/) (12 Jun 2025)');
    expect(markdown).toContain('| Checkout | 1 | 1 | 1 | 1 |');
    expect(markdown).toContain('- P2 Follow-up AI-1 of checkout (Checkout, due 20 Jun 2025, 10 days late;');
    expect(markdown).toContain('### Recurrences');
    expect(markdown).toContain('Time to resolve: median 1 h, p90 1 h (2 incidents). Published a median 0 days after resolution');
    expect(markdown).toContain('Closure rate of all follow-ups: 50%');
  });
});
