import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { createPostmortemSchema, findMissingReviewFacts, draftPostmortemObjectSchema, type Postmortem } from '../../src/lib/postmortem-schema.ts';
import {
  flattenActionItems, isOverdue, notRecordedGroup, overdueDays, selectListedFollowUps, summariseFollowUps, toFollowUpsCsv, unrecordedFactsAsNull,
} from '../../src/lib/follow-ups.ts';
import { followUpFilters, followUpValueLabel } from '../../src/lib/follow-up-listing.ts';
import { buildEvidenceReport } from '../../src/lib/evidence-report.ts';
import { renderEvidenceCsv, renderEvidenceSections } from '../../src/lib/evidence-render.ts';
import { computeDigest, formatDigestMarkdown } from '../../src/lib/digest.ts';
import { labelsOf, ticketBody } from '../../src/lib/tracker/export.ts';
import { toPublicPostmortem } from '../../src/lib/public-projection.ts';
import { buildReviewChecklist } from '../../src/lib/review-checklist.ts';

/**
 * Historical records (`historical: true`) may be reviewed and published with action items whose
 * owner, due, priority, type and verification were never recorded; everything else stays strict,
 * and every reader of an action item says "not recorded" instead of making a value up.
 */

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const lint = { config: { rules: {} }, asOf: '2026-11-30', people: [] };
const check = (id: string, source: string) =>
  validatePostmortemSource(`content/postmortems/${id}.mdx`, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content', lint });

/** A report of 2019, modelled on old public reports: action items that are a title and a state. */
const oldReport = (flags: string, status = 'published', items = `
  - id: AI-1
    title: Page the on-call when the proxy restarts more than 3 times in 10 minutes
    status: done
  - id: AI-2
    title: Move session storage off the proxy nodes
    status: open
`) => `---
title: Proxy restarts dropped user sessions
summary: The proxy ran out of memory and restarted repeatedly; sessions were lost until it was given more memory.
severity: SEV-3
status: ${status}
visibility: internal
services: [api-gateway]
trigger: capacity
times: { started: 2019-05-02T14:10:00Z, resolved: 2019-05-02T15:05:00Z }
impact: { description: Users were logged out and had to sign in again. }
drafted: 2019-05-03
published: 2019-05-06
${flags}actionItems:${items}---

## What happened

The proxy restarted.
`;

const errorsOf = (findings: { severity: string; message: string }[]) => findings.filter((f) => f.severity === 'error').map((f) => f.message);

describe('review facts of action items on a historical record', () => {
  test('a published historical record passes without owner, due, priority, type and verification, and reaches the site', () => {
    const result = check('2019-05-02-proxy-restarts', oldReport('historical: true\n'));
    expect(errorsOf(result.findings)).toEqual([]);
    expect(result.data?.actionItems.map((item) => [item.id, item.owner, item.due, item.priority, item.type, item.verification])).toEqual([
      ['AI-1', undefined, undefined, undefined, undefined, undefined],
      ['AI-2', undefined, undefined, undefined, undefined, undefined],
    ]);
  });

  test('in review too: the missing facts are neither errors nor "fill before review" warnings', () => {
    const findings = check('2019-05-02-proxy-restarts', oldReport('historical: true\n', 'in-review')).findings;
    expect(errorsOf(findings)).toEqual([]);
    expect(findings.filter((f) => f.field?.startsWith('actionItems') && f.rule !== 'action-item/unowned-historical')).toEqual([]);
  });

  test('a non-historical published post still fails, with the same messages as before', () => {
    const findings = check('2019-05-02-proxy-restarts', oldReport('')).findings;
    expect(findings.filter((f) => f.rule === 'schema/required').map((f) => [f.field, f.message, f.fix])).toEqual([
      ['actionItems[0]', 'status is published, but actionItems[0] is not filled in yet: action item AI-1 needs owner, due, priority, type, verification.', 'fill it in, or set status: draft while the report is being completed.'],
      ['actionItems[1]', 'status is published, but actionItems[1] is not filled in yet: action item AI-2 needs owner, due, priority, type, verification.', 'fill it in, or set status: draft while the report is being completed.'],
    ]);
    expect(check('2019-05-02-proxy-restarts', oldReport('historical: false\n')).findings.filter((f) => f.rule === 'schema/required')).toHaveLength(2);
  });

  test('id, title and status stay required on a historical record, and what is written is still checked', () => {
    const withoutStatus = oldReport('historical: true\n', 'published', '\n  - id: AI-1\n    title: Alert on proxy memory above 90%\n');
    expect(errorsOf(check('x', withoutStatus).findings)).toEqual(['status is published, but actionItems[0] is not filled in yet: action item AI-1 needs status.']);
    const withoutTitle = oldReport('historical: true\n', 'published', '\n  - id: AI-1\n    status: open\n');
    expect(check('x', withoutTitle).findings.filter((f) => f.severity === 'error').map((f) => f.field)).toEqual(['actionItems[0].title']);
    const badDue = oldReport('historical: true\n', 'published', '\n  - id: AI-1\n    title: Alert on proxy memory\n    status: open\n    due: 2019-02-30\n');
    expect(check('x', badDue).findings.filter((f) => f.severity === 'error').map((f) => f.field)).toEqual(['actionItems[0].due']);
    const unknownOwner = oldReport('historical: true\n', 'published', '\n  - id: AI-1\n    title: Alert on proxy memory\n    status: open\n    owner: proxy-team\n');
    expect(check('x', unknownOwner).findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['vocabulary/unknown']);
  });

  test('the zod schema agrees: findMissingReviewFacts and createPostmortemSchema', () => {
    const data = { title: 'T', status: 'in-review', visibility: 'internal', actionItems: [{ id: 'AI-1', title: 'Do it', status: 'open' }] };
    const missing = (historical: boolean) => findMissingReviewFacts(draftPostmortemObjectSchema.parse({ ...data, historical })).filter((i) => i.path[0] === 'actionItems').map((i) => i.message);
    expect(missing(true)).toEqual([]);
    expect(missing(false)).toEqual(['actionItems[0] is not filled in yet: action item AI-1 needs owner, due, priority, type, verification.']);
    const schema = createPostmortemSchema({ vocabulary, knownIds: new Set() });
    const full = {
      ...data, summary: 'S', severity: 'SEV-3', services: ['api-gateway'], trigger: 'capacity', times: { started: '2019-05-02T14:10:00Z' },
      impact: { description: 'Users were logged out.' }, drafted: '2019-05-03',
    };
    expect(schema.safeParse({ ...full, historical: true }).success).toBe(true);
    expect(schema.safeParse({ ...full, historical: false }).success).toBe(false);
  });

  test('action-item/unowned-historical warns on an open item without owner, never on a closed one, never as an error', () => {
    const findings = check('2019-05-02-proxy-restarts', oldReport('historical: true\n')).findings.filter((f) => f.rule === 'action-item/unowned-historical');
    expect(findings.map((f) => [f.field, f.severity])).toEqual([['actionItems[1].owner', 'warning']]);
    expect(findings[0].message).toContain('AI-2 is open');
    expect(findings[0].fix).toMatch(/set owner: .* or set status: done or wont-do/);
    const owned = oldReport('historical: true\n', 'published', '\n  - id: AI-2\n    title: Move session storage off the proxy nodes\n    status: open\n    owner: platform\n');
    expect(check('x', owned).findings.filter((f) => f.rule === 'action-item/unowned-historical')).toEqual([]);
  });
});

/** Published records as the site reads them: one historical with unrecorded facts, one current. */
const schema = createPostmortemSchema({ vocabulary, knownIds: new Set() });
const base = {
  summary: 'S', severity: 'SEV-3', status: 'published', visibility: 'internal', services: ['api-gateway'], trigger: 'capacity',
  impact: { description: 'Users were logged out.' },
};
const historical = schema.parse({
  ...base, title: 'Proxy restarts', historical: true, times: { started: '2019-05-02T14:10:00Z', resolved: '2019-05-02T15:00:00Z' },
  drafted: '2019-05-03', published: '2019-05-06',
  actionItems: [
    { id: 'AI-1', title: 'Page on proxy restarts', status: 'done' },
    { id: 'AI-2', title: 'Move sessions off the proxy', status: 'open' },
    // Due recorded, owner not: it can be overdue, under "no owner recorded".
    { id: 'AI-3', title: 'Raise the proxy memory limit', status: 'in-progress', due: '2019-06-01' },
  ],
}) as Postmortem;
const current = schema.parse({
  ...base, title: 'Search slow', times: { started: '2026-03-02T10:00:00Z', resolved: '2026-03-02T11:00:00Z' },
  drafted: '2026-03-03', published: '2026-03-05',
  actionItems: [{ id: 'AI-1', title: 'Alert on search p99 above 2 s', owner: 'platform', due: '2026-04-01', priority: 'P1', type: 'detect', status: 'open', verification: 'The alert fires in a load test.' }],
}) as Postmortem;
const records = [{ id: '2019-05-02-proxy', data: historical }, { id: '2026-03-02-search', data: current }];
const asOf = '2026-06-01';
const items = flattenActionItems(records);
const key = (i: { postmortemId: string; id: string }) => `${i.postmortemId}/${i.id}`;

describe('follow-ups with facts not recorded', () => {
  test('an item without a due day is never overdue; one with its due day recorded still is', () => {
    const byKey = new Map(items.map((i) => [key(i), i]));
    expect(isOverdue(byKey.get('2019-05-02-proxy/AI-2')!, asOf)).toBe(false);
    expect(overdueDays(byKey.get('2019-05-02-proxy/AI-2')!, asOf)).toBe(0);
    expect(isOverdue(byKey.get('2019-05-02-proxy/AI-3')!, asOf)).toBe(true);
    expect(isOverdue(byKey.get('2026-03-02-search/AI-1')!, asOf)).toBe(true);
  });

  test('sorted by due day with items without one last', () => {
    expect(items.map(key)).toEqual(['2019-05-02-proxy/AI-3', '2026-03-02-search/AI-1', '2019-05-02-proxy/AI-1', '2019-05-02-proxy/AI-2']);
  });

  test('the summary counts them under "not recorded", never under a team, priority or type', () => {
    const summary = summariseFollowUps(items, asOf);
    expect(Object.keys(summary.byOwner)).toEqual(['platform', notRecordedGroup]);
    expect(summary.byOwner[notRecordedGroup]).toMatchObject({ total: 3, done: 1, open: 2, overdue: 1 });
    expect(summary.byOwner.platform).toMatchObject({ total: 1, open: 1, overdue: 1 });
    expect(summary.byPriority[notRecordedGroup].total).toBe(3);
    expect(summary.overdue).toBe(2);
    expect(summary.notRecorded).toEqual({ owner: 3, due: 2, priority: 3, type: 3, verification: 3 });
  });

  test('listing: an open item without due day is listed, a closed one is history', () => {
    const { listed, unlisted } = selectListedFollowUps(items, asOf);
    expect(listed.map(key)).toEqual(['2019-05-02-proxy/AI-3', '2026-03-02-search/AI-1', '2019-05-02-proxy/AI-2']);
    expect(unlisted).toBe(1);
  });

  test('the tracker groups items without owner under "no owner recorded"', () => {
    const { listed } = selectListedFollowUps(items, asOf);
    const filters = followUpFilters(listed, asOf);
    const owners = filters.filter((f) => f.dimension === 'owner');
    expect(owners.map((f) => [f.value, f.items.map(key)])).toEqual([
      ['platform', ['2026-03-02-search/AI-1']],
      [notRecordedGroup, ['2019-05-02-proxy/AI-3', '2019-05-02-proxy/AI-2']],
    ]);
    expect(followUpValueLabel('owner', notRecordedGroup, (id) => `team ${id}`)).toBe('no owner recorded');
    expect(followUpValueLabel('owner', 'platform', (id) => `team ${id}`)).toBe('team platform');
    // No such group when every listed item has its owner.
    expect(followUpFilters(listed.filter((i) => i.owner), asOf).some((f) => f.value === notRecordedGroup)).toBe(false);
  });

  test('the CSV leaves the field empty and the JSON says null', () => {
    const rows = toFollowUpsCsv(items, asOf).split('\r\n');
    // Open age from drafted 2019-05-03: 7 years with 2 leap days (2557) + 29 days to 1 June = 2586.
    expect(rows[4]).toBe('2019-05-02-proxy,Proxy restarts,SEV-3,AI-2,Move sessions off the proxy,,,,,open,0,2586,,');
    expect(unrecordedFactsAsNull(items[3])).toEqual({ owner: null, due: null, priority: null, type: null, verification: null });
    expect(unrecordedFactsAsNull(items[1])).toEqual({});
  });
});

describe('compliance evidence with facts not recorded', () => {
  const report = buildEvidenceReport(records, {
    from: '2019-01-01', to: '2026-12-31', asOf, asOfInstant: `${asOf}T00:00:00.000Z`, regimes: [], annualReviews: [], organisation: 'Acme', siteUrl: 'https://kb.example/',
  });

  test('items say which facts were not recorded (null), and are counted apart', () => {
    expect(report.actionItems.filter((a) => a.postmortemId === '2019-05-02-proxy').map((a) => [a.id, a.owner, a.due, a.overdue, a.notRecorded])).toEqual([
      ['AI-1', null, null, false, ['owner', 'due', 'priority', 'type', 'verification']],
      ['AI-2', null, null, false, ['owner', 'due', 'priority', 'type', 'verification']],
      ['AI-3', null, '2019-06-01', true, ['owner', 'priority', 'type', 'verification']],
    ]);
    expect(report.actionItems.find((a) => a.postmortemId === '2026-03-02-search')!.notRecorded).toEqual([]);
    expect(report.incidents.map((i) => [i.id, i.historical, i.actionItems.notRecorded])).toEqual([['2019-05-02-proxy', true, 3], ['2026-03-02-search', false, 0]]);
    expect(report.trends).toMatchObject({ actionItems: 4, actionItemsNotRecorded: 3, actionItemsOpenWithoutDue: 1, actionItemsOverdue: 2, actionItemsOpen: 3 });
  });

  test('the rendered pack says so and shows "not recorded"; the CSV leaves the fields empty', () => {
    const html = renderEvidenceSections(report, { timeZone: 'UTC' });
    expect(html).toContain('3 of them come from historical records');
    expect(html).toContain('1 open item has no due date and is never counted overdue');
    expect(html.match(/<i class="ev-not-recorded">not recorded<\/i>/g)).toHaveLength(2 * 4 + 3);
    expect(html).not.toContain('undefined');
    const csv = renderEvidenceCsv(report)['action-items.csv'].split('\r\n');
    expect(csv).toContain('2019-05-02-proxy,AI-2,Move sessions off the proxy,,,,,open,false');
  });
});

describe('digest and tracker export with facts not recorded', () => {
  test('the digest lists an owner-less row "no owner recorded" and never prints undefined', () => {
    const digest = computeDigest({ records: records as never, since: '2026-05-01', asOf, names: { team: (id) => `Team ${id}`, trigger: (id) => id } });
    expect(digest.followUps.byTeam.map((t) => [t.team, t.name, t.open, t.overdue])).toEqual([
      ['platform', 'Team platform', 1, 1],
      [notRecordedGroup, 'no owner recorded', 2, 1],
    ]);
    expect(digest.followUps.overdue.find((i) => i.id === 'AI-3')).toMatchObject({ owner: null, due: '2019-06-01', priority: null });
    const markdown = formatDigestMarkdown(digest, { title: 'Digest' });
    expect(markdown).toContain('| no owner recorded |');
    expect(markdown).toContain('priority not recorded: Raise the proxy memory limit (no owner recorded, due');
    expect(markdown).not.toContain('undefined');
  });

  test('a ticket says "not recorded" and gets no made-up labels', () => {
    const item = items.find((i) => key(i) === '2019-05-02-proxy/AI-2')!;
    expect(labelsOf(item)).toEqual(['follow-up']);
    const body = ticketBody(item, { siteUrl: 'https://kb.example' }, 'text');
    expect(body).toContain('Owner team: not recorded\nDue: not recorded\nPriority: not recorded\nType: not recorded');
    expect(body).not.toContain('undefined');
  });
});

describe('the public site', () => {
  test('shows a public action item of a historical record by its title and status only, as any other', () => {
    const data = schema.parse({
      ...base, title: 'Proxy restarts', historical: true, visibility: 'public', public: { title: 'Sign-in sessions lost', summary: 'Some users had to sign in again.' },
      times: { started: '2019-05-02T14:10:00Z', resolved: '2019-05-02T15:00:00Z' }, drafted: '2019-05-03', published: '2019-05-06',
      actionItems: [{ id: 'AI-1', title: 'Keep sessions in a shared store', status: 'open', public: true }, { id: 'AI-2', title: 'Internal only', status: 'open' }],
    }) as Postmortem;
    const post = toPublicPostmortem('2019-05-02-proxy', data, vocabulary);
    expect(post.actionItems).toEqual([{ title: 'Keep sessions in a shared store', status: 'open' }]);
    expect(JSON.stringify(post)).not.toMatch(/not recorded|owner|undefined/);
  });
});

describe('the review checklist', () => {
  test('says which follow-ups of a historical record lack facts, and does not hold it back for an unowned open item', () => {
    const result = check('2019-05-02-proxy-restarts', oldReport('historical: true\n'));
    const items = buildReviewChecklist({ file: 'content/postmortems/2019-05-02-proxy-restarts.mdx', data: result.data!, tree: result.tree, findings: result.findings, vocabulary, codeowners: [] });
    const actionItems = items.find((item) => item.id === 'action-items')!;
    expect(actionItems.state).toBe('done');
    expect(actionItems.detail).toBe('2 follow-ups; 2 of them with owner, due date, priority, type or verification not recorded (historical record)');
    expect(items.find((item) => item.id === 'priorities')).toMatchObject({
      state: 'judge', blocking: false,
      detail: 'reviewer: priorities not recorded; types not recorded (some not recorded: historical record); judge from the titles whether one prevents or detects a recurrence',
    });
  });
});
