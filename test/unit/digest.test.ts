import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeDigest, formatDigestMarkdown } from '../../src/lib/digest.ts';
import { loadVocabulary, vocabularyNames } from '../../src/lib/vocabulary.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import type { PostmortemRecord } from '../../src/lib/browse.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { fixturePostmortem, makeGitContentRepository, type FixturePostmortem } from '../support/git-fixture.ts';

const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
const names = vocabularyNames(vocabulary);

const item = (id: string, owner: string, due: string, status: string) => `  - id: ${id}
    title: Follow-up ${id} of ${owner}
    owner: ${owner}
    due: ${due}
    priority: P2
    type: prevent
    status: ${status}
    verification: Checked in staging.
`;

const sources = new Map<string, string>();
function record(id: string, options: FixturePostmortem): PostmortemRecord {
  sources.set(id, fixturePostmortem(options));
  const { data, findings } = validatePostmortemSource(`${id}.mdx`, id, fixturePostmortem(options), { vocabulary, knownIds: new Set(), contentDir: 'content', frontmatterOnly: true });
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  return { id, data: data! };
}

const since = '2025-06-01';
const asOf = '2025-06-30';
const earlier = (status: string) => record('2025-04-15-earlier', { day: '2025-04-15', actionItems: `actionItems:\n${item('AI-1', 'data', '2025-07-15', 'open')}${item('AI-2', 'checkout', '2025-05-30', status)}` });
const records = [
  earlier('done'),
  record('2025-06-05-repeat', { day: '2025-06-05', actionItems: `actionItems:\n${item('AI-1', 'checkout', '2025-06-20', 'open')}${item('AI-2', 'platform', '2025-06-25', 'done')}` }),
  record('2025-06-12-caught-early', { day: '2025-06-12', services: ['search-service'], extra: 'nearMiss: true\n' }),
  record('2025-06-20-in-review', { day: '2025-06-20', status: 'in-review', actionItems: `actionItems:\n${item('AI-1', 'identity', '2025-06-21', 'open')}` }),
];

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

describe('npm run digest in a git checkout', () => {
  test('dates openings and closings by the last commit before --since', () => {
    const repo = makeGitContentRepository();
    const path = (id: string) => `content/postmortems/${id}.mdx`;
    record('2025-04-15-earlier', { day: '2025-04-15', actionItems: `actionItems:\n${item('AI-1', 'data', '2025-07-15', 'open')}${item('AI-2', 'checkout', '2025-05-30', 'open')}` });
    repo.write(path('2025-04-15-earlier'), sources.get('2025-04-15-earlier')!);
    repo.gitAt('2025-05-01T12:00:00Z', 'add', '-A');
    repo.gitAt('2025-05-01T12:00:00Z', 'commit', '--quiet', '-m', 'before the period');
    earlier('done');
    for (const id of ['2025-04-15-earlier', '2025-06-05-repeat']) repo.write(path(id), sources.get(id)!);
    repo.gitAt('2025-06-15T12:00:00Z', 'add', '-A');
    repo.gitAt('2025-06-15T12:00:00Z', 'commit', '--quiet', '-m', 'in the period');
    const out = execFileSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/digest.ts'), '--since', since, '--format', 'json'], {
      cwd: repo.root, env: { ...process.env, KB_CONTENT_DIR: join(repo.root, 'content'), KB_AS_OF: asOf }, encoding: 'utf8',
    });
    const digest = JSON.parse(out);
    expect(digest.followUps.opened.map((i: { postmortemId: string; id: string }) => `${i.postmortemId}/${i.id}`)).toEqual(['2025-06-05-repeat/AI-1', '2025-06-05-repeat/AI-2']);
    expect(digest.followUps.closed.map((i: { postmortemId: string; id: string }) => `${i.postmortemId}/${i.id}`).sort()).toEqual(['2025-04-15-earlier/AI-2', '2025-06-05-repeat/AI-2']);
  });
});
