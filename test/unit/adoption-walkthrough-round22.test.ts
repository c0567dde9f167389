import { describe, expect, test } from 'vitest';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { warningsByRule } from '../../src/lib/warnings-by-rule.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { leftToFillReason } from '../../src/lib/fill-drafts.ts';

// Found taking a team's folder of incident reports through adoption (docs/adopting.md, "Adoption
// walkthrough, round 22"); the handles are invented.
const options: RedactionOptions = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
const fix = (source: string) => applyRedactionFixes(source, scanPublicText('post.mdx', source, options).findings, { isMdx: true }).source;

describe('npm run redact on handles in the prose of an .mdx body', () => {
  test.each([
    [
      'a list of handles in brackets reads as people, not as empty commas',
      'During the deploy, we (@dagfinnh, @ilsabet) hit a snag.\n',
      // The two handles are one list: one team (replacement-runs.ts, session 28).
      'During the deploy, we (<Internal>@dagfinnh, @ilsabet</Internal><PublicOnly>the responsible team</PublicOnly>) hit a snag.\n',
    ],
    [
      'a handle opening a sentence gets the phrase with a capital',
      'The scraper failed. @dagfinnh redeployed all services.\n',
      'The scraper failed. <Internal>@dagfinnh</Internal><PublicOnly>The responsible team</PublicOnly> redeployed all services.\n',
    ],
    [
      'an address in prose too',
      'Reports went to kvestre@ledger.example at once.\n',
      'Reports went to <Internal>kvestre@ledger.example</Internal><PublicOnly>the responsible team</PublicOnly> at once.\n',
    ],
  ])('%s', (_, source, fixed) => {
    expect(fix(source)).toBe(fixed);
  });

  test('a handle alone on its line, or in a code span, leaves no gap to fill', () => {
    expect(fix('Responders:\n\n- @dagfinnh\n')).toBe('Responders:\n\n- <Internal>@dagfinnh</Internal>\n');
    expect(fix('Run `notify @dagfinnh` after it.\n')).toBe('Run <Internal>`notify @dagfinnh`</Internal> after it.\n');
  });
});

describe('npm run check counts many warnings by rule', () => {
  const warning = (rule: string, message: string): Finding => ({ file: 'a.mdx', line: 1, column: 1, rule, severity: 'warning', message });
  test('each rule with its most repeated words, most warnings first', () => {
    const findings = [
      ...Array.from({ length: 9 }, () => warning('blameless/person-blame', 'names a person: "dagfinnh".')),
      ...Array.from({ length: 6 }, () => warning('blameless/person-blame', 'names a person: "ilsabet".')),
      warning('blameless/person-blame', 'blaming phrasing: "carelessly".'),
      ...Array.from({ length: 3 }, (_, i) => warning('action-item/unowned-historical', `action item AI-${i} has no owner`)),
      warning('action-item/vague', 'vague action item: "be more careful".'),
      { ...warning('schema/required', 'an error is not counted'), severity: 'error' as const },
    ];
    expect(warningsByRule(findings)).toEqual([
      '20 warnings by rule (words repeated are one decision each: a role for a name, a marker, a fix in one place):',
      '  blameless/person-blame 16: "dagfinnh" 9, "ilsabet" 6',
      '  action-item/unowned-historical 3',
      '  action-item/vague 1',
    ]);
  });
  test('fewer than 20 warnings: nothing more is said', () => {
    expect(warningsByRule(Array.from({ length: 19 }, () => warning('blameless/person-blame', 'names a person: "dagfinnh".')))).toEqual([]);
  });
});

describe('npm run fill -- --publish counts what the drafts left lack by kind', () => {
  test.each([
    ['actionItems[0].title is 271 characters long; at most 200 are allowed.', 'actionItems[…].title is … characters long; at most 200 are allowed.'],
    ['actionItems[3].title is 202 characters long; at most 200 are allowed.', 'actionItems[…].title is … characters long; at most 200 are allowed.'],
    ['status is published, but times.started is not filled in yet: add when it began, e.g. 2025-03-14T09:12:00Z.', 'times.started is not filled in yet: add when it began, e.g. 2025-03-14T09:12:00Z.'],
    ['title is "Incident on 2020-02-12", a day and no more: lists would show a column of days.', 'title is "…", a day and no more: lists would show a column of days.'],
    ['times.detected (2013-03-30T11:13:00.000Z) is before times.started (2013-03-30T12:28:00.000Z). detected must be at or after started.', 'times.detected (…) is before times.started (…). detected must be at or after started.'],
    ['this table row has 3 cells and the table\'s header 2: the cells from the 3rd on are not shown on the page.', 'this table row has more cells than the table\'s header: the cells after the header\'s are not shown on the page.'],
  ])('%s', (message, reason) => {
    expect(leftToFillReason(message)).toBe(reason);
  });
});
