import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const lint = { config: { rules: {} }, asOf: '2026-11-30', people: ['Jamie Doe'] };
const check = (id: string, source: string) =>
  validatePostmortemSource(`content/postmortems/${id}.mdx`, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content', lint }).findings;

const complete = (extra: string) => `---
title: Checkout errors after a cache flush
summary: Checkout failed for some customers. Jamie Doe caused the outage by flushing the cache.
severity: SEV-1
status: published
visibility: internal
services: [checkout-api]
trigger: configuration
times: { started: 2021-03-03T09:00:00+01:00, detected: 2021-03-03T08:10:00Z, resolved: 2021-03-03T09:00:00Z }
impact: { description: Some checkouts failed. }
drafted: 2021-03-04
published: 2021-06-01
${extra}---

## What happened

The cache was flushed.
`;

describe('historical reports', () => {
  test('review-process rules block a current report', () => {
    const findings = check('2021-03-03-checkout', complete(''));
    const errors = findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(errors).toEqual(expect.arrayContaining(['blameless/person-blame', 'completeness/major-incident']));
  });

  test('on historical: true they only warn (timing rules are off); validity rules still apply', () => {
    const findings = check('2021-03-03-checkout', complete('historical: true\n'));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'blameless/person-blame' || f.rule === 'completeness/major-incident').every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.some((f) => f.rule.startsWith('timing/'))).toBe(false);
    const invalid = check('2021-03-03-checkout', complete('historical: true\n').replace('severity: SEV-1', 'severity: SEV-7'));
    expect(invalid.map((f) => f.rule)).toContain('schema/invalid-value');
  });

  test('the offset +01:00 is accepted and read as UTC', () => {
    // started 09:00+01:00 is 08:00Z: before detected 08:10Z, so no ordering error.
    expect(check('2021-03-03-checkout', complete('historical: true\n')).filter((f) => f.rule === 'schema/consistency')).toEqual([]);
  });
});

describe('drafts without review facts', () => {
  const draft = (status: string) => `---
title: Imported report
status: ${status}
visibility: internal
actionItems:
  - { id: AI-1, title: Alert on queue depth above 1000 for 5 minutes }
---

Body.
`;

  test('a draft gets one warning per missing fact: "fill before review", no errors', () => {
    const findings = check('imported-report', draft('draft'));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.field)).toEqual(['summary', 'severity', 'services', 'trigger', 'times.started', 'impact.description', 'drafted', 'actionItems[0]']);
    expect(findings[0]).toMatchObject({ rule: 'draft/fill-before-review', severity: 'warning', message: expect.stringMatching(/^fill before review: summary is not filled in yet/) });
  });

  test('in review the same facts are errors that say how to fix them', () => {
    const findings = check('imported-report', draft('in-review'));
    const drafted = findings.find((f) => f.field === 'drafted')!;
    expect(drafted).toMatchObject({ rule: 'schema/required', severity: 'error', message: expect.stringMatching(/^status is in-review, but drafted is not filled in yet: add the day .* YYYY-MM-DD/) });
    expect(drafted.message).not.toMatch(/Invalid input/);
  });
});

describe('file names and MDX errors', () => {
  test('a file name with spaces says so and proposes the name', () => {
    const finding = check('Payments outage notes', draft()).find((f) => f.rule === 'file/name')!;
    expect(finding.message).toMatch(/file name "Payments outage notes" has spaces/);
    expect(finding.fix).toMatch(/payments-outage-notes\.mdx/);
  });

  test('every MDX error of a file is reported, each at its line', () => {
    const source = `${draft().trimEnd()}\n\nSee <https://example.com>.\n\nA value { of x.\n\nLatency < 5 ms is fine.\n\nA second { brace.\n`;
    const errors = check('imported-report', source).filter((f) => f.rule === 'mdx/syntax');
    expect(errors.map((f) => f.line)).toEqual([9, 11, 15]);
  });
});

function draft() {
  return `---
title: Imported report
status: draft
visibility: internal
---

Body.
`;
}
