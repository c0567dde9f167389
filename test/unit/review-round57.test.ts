// Review, session 57 (docs/architecture.md): what the review folded into one place, each case pinned
// where the fold could change what is said.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { batchGuidance, batchGuidanceBoth, batchGuidanceLead } from '../../src/lib/batch-guidance.ts';
import type { Finding } from '../../src/lib/findings.ts';

const finding = (file: string, message: string): Finding => ({ file, line: 2, column: 1, rule: 'schema/required', severity: 'error', message });
const lacking = ['a', 'b', 'c', 'd'].flatMap((name) => [
  finding(`${name}.mdx`, 'status is published, but trigger is not filled in yet: set the trigger category id from triggers.yaml.'),
  finding(`${name}.mdx`, 'status is published, but severity is not filled in yet: set one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4.'),
]);

describe('npm run check counts the facts many files lack once', () => {
  test('the lead and the closing lines are the two functions\' own, from one count of the rows', () => {
    const none = () => false;
    const both = batchGuidanceBoth(lacking, none);
    expect(both.lead).toBe(batchGuidanceLead(lacking, none));
    expect(both.lines).toEqual(batchGuidance(lacking, none));
    expect(both.lead).toContain('npm run fill -- --set severity=SEV-3 --set trigger=<id> --dry-run');
    expect(batchGuidanceBoth(lacking.slice(0, 2))).toEqual({ lead: undefined, lines: [] });
  });

  test('each file lacking its trigger has its text read once, not once for the lead and again for the end', () => {
    const asked: string[] = [];
    batchGuidanceBoth(lacking, (file) => { asked.push(file); return false; });
    expect(asked).toEqual(['a.mdx', 'b.mdx', 'c.mdx', 'd.mdx']);
    const check = readFileSync(resolve(import.meta.dirname, '../../scripts/check.ts'), 'utf8');
    expect(check).toContain('batchGuidanceBoth(findings, statesTrigger)');
    expect(check).not.toMatch(/\bbatchGuidance(?:Lead)?\(/);
  });
});
