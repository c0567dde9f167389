import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { BatchFactError, parseBatchFacts, type BatchFacts } from '../../src/lib/import/batch-facts.ts';
import { formatFileReport, formatSummary, summarise, type ImportedFile } from '../../src/lib/import/import-summary.ts';
import { findClosestMatch, findClosestMatches } from '../../src/lib/closest-match.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const today = '2026-11-30';
const parse = (...options: string[]) => parseBatchFacts(options, vocabulary, today);
const problemsOf = (...options: string[]) => {
  try {
    parse(...options);
  } catch (error) {
    if (error instanceof BatchFactError) return error.problems;
    throw error;
  }
  return [];
};
const importWith = (batchFacts: BatchFacts, source: string, name = 'report.md') => importReport(name, source, { vocabulary, today, batchFacts });
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, unknown>;

describe('--set: facts of a whole batch', () => {
  test('values are read and checked against the vocabularies; lists add up, repeats are merged', () => {
    expect(parse('severity=sev-3', 'services=checkout-api, payments-api', 'services=checkout-api,orders-db', 'teams=payments', 'tags=kubernetes', 'trigger=deployment', 'drafted=2026-11-02')).toEqual({
      severity: 'SEV-3', services: ['checkout-api', 'payments-api', 'orders-db'], teams: ['payments'], tags: ['kubernetes'], trigger: 'deployment', drafted: '2026-11-02',
    });
    expect(parse()).toEqual({});
  });

  test.each([
    [['severity=SEV3'], '--set severity=SEV3: "SEV3" is not a severity; severities are SEV-0, SEV-1, SEV-2, SEV-3, SEV-4: give --set severity=SEV-3.'],
    [['services=paymnts-api'], '--set services=paymnts-api: "paymnts-api" is not a service id in content/services.yaml (closest: payments-api).'],
    [['trigger=zzzz'], '--set trigger=zzzz: "zzzz" is not a trigger id in content/triggers.yaml (valid values: configuration, deployment, capacity, dependency, migration, certificate, dns, database, network, security, hardware).'],
    [['trigger=dns,network'], '--set trigger=dns,network: a postmortem has one trigger; give one id.'],
    [['drafted=2026-02-30'], '--set drafted=2026-02-30: "2026-02-30" is not a day: write it as YYYY-MM-DD, e.g. --set drafted=2026-11-30. 2026-02-30 is no day: February 2026 has 28 days.'],
    [['drafted=2027-01-01'], '--set drafted=2027-01-01: 2027-01-01 is after today (2026-11-30): drafted is the day the first draft was written.'],
    [['severity=SEV-2', 'severity=SEV-3'], '--set severity=SEV-3: severity is already set to SEV-2; give it once.'],
    [['severity='], '--set severity=: no value after "=": write --set severity=<value>.'],
    [['SEV-2'], '--set SEV-2: write --set <field>=<value>, e.g. --set severity=SEV-3 or --set services=checkout-api,payments-api.'],
    [['service=checkout-api'], '--set service=checkout-api: "service" is not a field --set fills (did you mean "services"?). --set fills severity, services, teams, tags, trigger, drafted.'],
    [['visibilty=public'], '--set visibilty=public: "visibilty" is not a field --set fills (did you mean "visibility"? It cannot be set for a batch.). --set fills severity, services, teams, tags, trigger, drafted.'],
  ])('%j is refused, naming the option, the value and the closest valid values', (options, message) => {
    expect(problemsOf(...options)).toEqual([message]);
  });

  test('status cannot be set: imported reports are drafts; every problem is listed at once', () => {
    const problems = problemsOf('status=in-review', 'tags=kubernets');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^--set status=in-review: "status" cannot be set for a batch: imported reports are always drafts \(status: draft\)/);
    expect(problems[1]).toBe('--set tags=kubernets: "kubernets" is not a tag id in content/tags.yaml (closest: kubernetes).');
  });

  test('a set value fills only what the report gives nothing for, and the report says which', () => {
    const batch = parse('severity=SEV-3', 'services=orders-db', 'drafted=2026-11-02', 'trigger=hardware');
    const silent = importWith(batch, '# Nightly job did not run\n\nThe nightly job did not run for a night.\n');
    expect(frontmatterOf(silent.draft)).toMatchObject({ severity: 'SEV-3', services: ['orders-db'], drafted: '2026-11-02', trigger: 'hardware', status: 'draft' });
    expect(silent.setFromBatch).toEqual(['severity', 'services', 'trigger', 'drafted']);
    expect(silent.inferred).toEqual(expect.arrayContaining(['severity from --set severity=SEV-3 (the report gives none)', 'drafted from --set drafted=2026-11-02 (the report gives none)']));
    expect(silent.toFill.some((message) => /^(severity|services|drafted|trigger) /.test(message))).toBe(false);

    // The report states a severity and names a service: the batch's values do not replace them.
    const stating = importWith(batch, '# Checkout API errors\n\n**Severity:** SEV-1\n\nThe Checkout API returned errors after a deploy; the Checkout API was rolled back.\n');
    expect(frontmatterOf(stating.draft)).toMatchObject({ severity: 'SEV-1', services: ['checkout-api'], drafted: '2026-11-02' });
    expect(stating.setFromBatch).not.toContain('severity');
    expect(stating.setFromBatch).not.toContain('services');

    const check = validatePostmortemSource('content/postmortems/x.mdx', 'x', silent.draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);

    const files: ImportedFile[] = [silent, stating].map((result, i) => ({ source: `r${i}.md`, output: `out/r${i}.mdx`, result, checkErrors: 0, checkWarnings: 0 }));
    expect(formatFileReport(files[0])).toMatch(/inferred \(check these\):[\s\S]*- severity from --set severity=SEV-3 \(the report gives none\)/);
    expect(formatSummary(summarise(files, batch), false)).toContain('Set for the batch (drafts whose report gave none; each is listed above): --set severity=SEV-3 1 of 2, --set services=orders-db 1 of 2, --set trigger=hardware 1 of 2, --set drafted=2026-11-02 2 of 2.');
  });
});

describe('findClosestMatches', () => {
  test('nearest first, ties alphabetically, at most the limit; findClosestMatch is its first', () => {
    const known = ['payments-api', 'checkout-api', 'orders-db', 'auth-service'];
    expect(findClosestMatches('paymnts-api', known)).toEqual(['payments-api']);
    expect(findClosestMatches('api', known)).toEqual(['checkout-api', 'payments-api']);
    expect(findClosestMatches('SEV3', ['SEV-0', 'SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'], 2)).toEqual(['SEV-3', 'SEV-0']);
    expect(findClosestMatches('zzzzzz', known)).toEqual([]);
    expect(findClosestMatch('api', known)).toBe('checkout-api');
  });
});

describe('the summary counts drafts, not messages', () => {
  test('a draft with three action items to fill counts once under actionItems', () => {
    const report = importWith(parse(), '# Queue stalled\n\nThe queue stalled.\n\n## Action items\n\n- Add an alert on queue age\n- Document the restart\n- Raise the worker limit\n');
    expect(report.actionItems).toBe(3);
    expect(report.toFill.filter((message) => message.startsWith('actionItems[')).length).toBeGreaterThan(1);
    const files: ImportedFile[] = [{ source: 'r.md', output: 'out/r.mdx', result: report, checkErrors: 0, checkWarnings: 0 }];
    expect(summarise(files, parse()).missing.actionItems).toBe(1);
  });
});
