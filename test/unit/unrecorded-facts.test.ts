import { describe, expect, test } from 'vitest';
import type { ActionItem } from '../../src/lib/postmortem-schema.ts';
import { actionItemCardFacts, describeUnrecordedFacts, followUpCardFacts } from '../../src/lib/unrecorded-facts.ts';

const item = (facts: Partial<ActionItem>, id = 'AI-1'): ActionItem => ({ id, title: 'Alert on replication lag', status: 'open', ...facts }) as ActionItem;
const complete = { owner: 'sre', due: '2026-02-01', priority: 'P2', type: 'detect', verification: 'alert fires in staging', link: 'https://tracker.example.com/OPS-1' } as const;

describe('describeUnrecordedFacts', () => {
  test('facts missing from as many items are named together, the most often missing first', () => {
    // 3 items: none records a priority, type or ticket; one lacks owner and due day.
    const items = [item({ owner: 'sre', due: '2026-01-01' }), item({ owner: 'sre', due: '2026-01-02' }), item({})];
    expect(describeUnrecordedFacts(items, followUpCardFacts)).toBe('Not recorded for all 3: priority, type and ticket; for 1 of 3: owner and due day.');
  });

  test('a fact every item records is not named; nothing missing says nothing', () => {
    expect(describeUnrecordedFacts([item(complete), item({ ...complete, link: undefined })], followUpCardFacts)).toBe('Not recorded for 1 of 2: ticket.');
    expect(describeUnrecordedFacts([item(complete)], followUpCardFacts)).toBe('');
    expect(describeUnrecordedFacts([], followUpCardFacts)).toBe('');
  });

  test('one item: no "for all 1"', () => {
    expect(describeUnrecordedFacts([item({ owner: 'sre' })], actionItemCardFacts)).toBe('Not recorded: due day, priority, type and verification.');
  });

  test('counts of a large tracker are grouped by thousands', () => {
    const items = Array.from({ length: 1200 }, (_, i) => item(i < 1100 ? { ...complete, owner: undefined } : complete, `AI-${i}`));
    expect(describeUnrecordedFacts(items, followUpCardFacts)).toBe('Not recorded for 1,100 of 1,200: owner.');
  });

  test('a postmortem\'s cards name verification, the tracker\'s the ticket', () => {
    const items = [item({ ...complete, verification: undefined, link: undefined })];
    expect(describeUnrecordedFacts(items, actionItemCardFacts)).toBe('Not recorded: verification.');
    expect(describeUnrecordedFacts(items, followUpCardFacts)).toBe('Not recorded: ticket.');
  });
});
