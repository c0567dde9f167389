import { describe, expect, test } from 'vitest';
import { overdueBadgeAttributes, overdueBadgeText, severityBadgeAttributes } from '../../src/lib/badges.ts';

// Rows write these badges in their own loops (src/lib/badges.ts); the stylesheet and the search
// page's results (src/scripts/search.ts) select the classes, and readers hover the titles.
describe('badges written in a row template', () => {
  test.each([
    ['SEV-1', 'severity-badge severity-badge--sev-1', 'Severity SEV-1'],
    ['SEV-4', 'severity-badge severity-badge--sev-4', 'Severity SEV-4'],
  ] as const)('%s: class and title, class first (the order Astro writes them in)', (severity, className, title) => {
    const attributes = severityBadgeAttributes(severity);
    expect(attributes).toEqual({ class: className, title });
    expect(Object.keys(attributes)).toEqual(['class', 'title']);
  });

  test('an overdue badge: the exact days in its title, its age in words after or before "overdue"', () => {
    expect(overdueBadgeAttributes(586)).toEqual({ class: 'badge badge--overdue', title: '586 days past due' });
    expect(Object.keys(overdueBadgeAttributes(1))).toEqual(['class', 'title']);
    expect(overdueBadgeText(586)).toBe('1 y 7 mo overdue');
    expect(overdueBadgeText(145, true)).toBe('overdue 145 d');
  });
});
