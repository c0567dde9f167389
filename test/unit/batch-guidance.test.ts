import { describe, expect, test } from 'vitest';
import { batchGuidance } from '../../src/lib/batch-guidance.ts';
import type { Finding } from '../../src/lib/findings.ts';

const finding = (file: string, message: string): Finding => ({ file, line: 2, column: 1, rule: 'schema/required', severity: 'error', message });

describe('check\'s guidance when many files lack the same fact', () => {
  test('a fact missing in three files or more is counted, with the one npm run fill command for all of them', () => {
    const findings = ['a', 'b', 'c'].flatMap((name) => [
      finding(`${name}.mdx`, 'status is published, but drafted is not filled in yet: add the day the first draft was written, YYYY-MM-DD.'),
      finding(`${name}.mdx`, 'status is published, so the publication day is required: add `published: YYYY-MM-DD`.'),
      finding(`${name}.mdx`, 'status is published, but actionItems[0] is not filled in yet: action item AI-1 needs status.'),
      finding(`${name}.mdx`, 'status is published, but actionItems[1] is not filled in yet: action item AI-2 needs status.'),
      finding(`${name}.mdx`, 'status is published, but severity is not filled in yet: set one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4.'),
    ]);
    // Two files only: not worth a batch command.
    findings.push(finding('a.mdx', 'status is published, but trigger is not filled in yet: set the trigger category id from triggers.yaml.'));
    findings.push(finding('b.mdx', 'status is published, but trigger is not filled in yet: set the trigger category id from triggers.yaml.'));
    expect(batchGuidance(findings)).toEqual([
      'The same fact is missing in many files; npm run fill fills it in every file that lacks it, never replacing a value written (docs/adopting.md):',
      '  severity: 3 files  --set severity=SEV-3',
      '  drafted: 3 files  --set drafted=YYYY-MM-DD',
      '  action items\' status: 3 files (6 findings)  --set actionItems.status=open',
      '  published (the publication day): 3 files  --publish YYYY-MM-DD',
      '  e.g. npm run fill -- --set severity=SEV-3 --set drafted=YYYY-MM-DD --set actionItems.status=open --publish YYYY-MM-DD --dry-run',
      '  severity differs from report to report: a batch value is a starting point to review in each (git diff), not the answer.',
    ]);
  });

  test('nothing is said for a few files, or for facts no batch can fill', () => {
    expect(batchGuidance([finding('a.mdx', 'status is published, but drafted is not filled in yet: add the day.'), finding('b.mdx', 'status is published, but drafted is not filled in yet: add the day.')])).toEqual([]);
    expect(batchGuidance(['a', 'b', 'c'].map((name) => finding(`${name}.mdx`, 'status is published, but impact.description is not filled in yet: describe what customers experienced.')))).toEqual([]);
  });

  test('a trigger missing in many files is read from each file\'s own words, not one id for all', () => {
    const lines = batchGuidance(['a', 'b', 'c'].map((name) => finding(`${name}.mdx`, 'fill before review: trigger is not filled in yet: set the trigger category id from triggers.yaml.')));
    expect(lines).toContain('  trigger: 3 files  --trigger-from-text');
    expect(lines).toContain('  e.g. npm run fill -- --trigger-from-text --dry-run');
    expect(lines.some((line) => line.includes('--set trigger=<id>') && line.includes('--trigger-from-text sets each file\'s trigger'))).toBe(true);
    expect(lines.some((line) => line.includes('a batch value is a starting point'))).toBe(false);
  });

  test('once no file lacking its trigger states one (--trigger-from-text has run), the guidance is a value per report', () => {
    const lacking = ['a', 'b', 'c'].map((name) => finding(`${name}.mdx`, 'fill before review: trigger is not filled in yet: set the trigger category id from triggers.yaml.'));
    const none = batchGuidance(lacking, () => false);
    expect(none).toContain('  trigger: 3 files  --set trigger=<id>');
    expect(none.some((line) => line.includes('--trigger-from-text'))).toBe(false);
    expect(none).toContain('  trigger differs from report to report: a batch value is a starting point to review in each (git diff), not the answer.');
    // One file still states its trigger: the option is offered.
    expect(batchGuidance(lacking, (file) => file === 'b.mdx')).toContain('  trigger: 3 files  --trigger-from-text');
  });

  test('on drafts, the publishing step after the fill is said', () => {
    const lines = batchGuidance(['a', 'b', 'c'].map((name) => finding(`${name}.mdx`, 'fill before review: drafted is not filled in yet: add the day the first draft was written, YYYY-MM-DD.')));
    expect(lines).toContain('  --publish YYYY-MM-DD then publishes, as recorded, each historical draft that passes the check, and counts what the others lack.');
    expect(lines).not.toContain('  severity differs from report to report: a batch value is a starting point to review in each (git diff), not the answer.');
  });
});
