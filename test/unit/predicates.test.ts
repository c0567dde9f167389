import { describe, expect, test } from 'vitest';
import { isMarkedPublic, isOpen, isOverdue, isPublished, isPubliclyVisible } from '../../src/lib/predicates.ts';

const wording = { title: 'Checkout was slow', summary: 'Some payments took longer.', include: [] };

describe('postmortem predicates', () => {
  test.each([
    ['draft', false], ['in-review', false], ['published', true],
  ] as const)('isPublished(%s) = %s', (status, expected) => expect(isPublished({ status })).toBe(expected));

  test.each([
    ['public, published, worded', { visibility: 'public', status: 'published', public: wording }, true],
    ['internal', { visibility: 'internal', status: 'published', public: wording }, false],
    ['public but in review', { visibility: 'public', status: 'in-review', public: wording }, false],
    ['public without wording', { visibility: 'public', status: 'published' }, false],
    // Raw YAML `public:` with nothing after it parses to null: not worded.
    ['public with an empty wording key', { visibility: 'public', status: 'published', public: null }, false],
  ] as const)('isPubliclyVisible: %s', (_, data, expected) => expect(isPubliclyVisible(data as never)).toBe(expected));

  test('isMarkedPublic ignores the review status', () => {
    expect(isMarkedPublic({ visibility: 'public' })).toBe(true);
    expect(isMarkedPublic({ visibility: 'internal' })).toBe(false);
  });
});

describe('action-item predicates', () => {
  test.each([
    ['open', true], ['in-progress', true], ['done', false], ['wont-do', false],
  ] as const)('isOpen(%s) = %s', (status, expected) => expect(isOpen({ status })).toBe(expected));

  test.each([
    ['open, due before the as-of day', 'open', '2026-01-30', true],
    ['in progress, due before', 'in-progress', '2025-12-01', true],
    ['open, due on the as-of day (not late yet)', 'open', '2026-01-31', false],
    ['open, due after', 'open', '2026-02-01', false],
    ['done long ago', 'done', '2025-01-01', false],
    ["won't do", 'wont-do', '2025-01-01', false],
  ] as const)('isOverdue: %s', (_, status, due, expected) => expect(isOverdue({ status, due }, '2026-01-31')).toBe(expected));
});
