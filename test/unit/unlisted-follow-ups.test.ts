import { describe, expect, it } from 'vitest';
import { unlistedFollowUpsSentence } from '../../src/lib/unlisted-follow-ups.ts';
import { selectListedFollowUps, type FollowUp } from '../../src/lib/follow-ups.ts';

const item = (id: string, status: FollowUp['status'], due?: string) =>
  ({ id, postmortemId: 'p1', postmortemTitle: 'Queue outage', title: `Item ${id}`, status, severity: 'SEV-3', raised: '2020-01-01', ...(due ? { due } : {}) }) as FollowUp;

describe('unlistedFollowUpsSentence', () => {
  it('says closed items without a due day are left out for that, not for being due long ago', () => {
    const items = [item('AI-1', 'done'), item('AI-2', 'wont-do'), item('AI-3', 'open')];
    const { listed } = selectListedFollowUps(items, '2026-12-03', 365);
    expect(unlistedFollowUpsSentence(items, listed, 365)).toBe('The list leaves out 2 closed items with no due date recorded; the CSV and JSON have every item.');
  });

  it('names both kinds apart, each with its own count', () => {
    const items = [item('AI-1', 'done', '2020-02-01'), item('AI-2', 'done'), item('AI-3', 'done', '2026-11-01')];
    const { listed } = selectListedFollowUps(items, '2026-12-03', 365);
    expect(unlistedFollowUpsSentence(items, listed, 365)).toBe('The list leaves out 1 closed item due more than 365 days ago and 1 closed item with no due date recorded; the CSV and JSON have every item.');
  });

  it('says nothing when every item is listed', () => {
    const items = [item('AI-1', 'open')];
    expect(unlistedFollowUpsSentence(items, selectListedFollowUps(items, '2026-12-03', 365).listed, 365)).toBe('');
  });
});
