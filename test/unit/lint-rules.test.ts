import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { lintRules, type LintConfig } from '../../src/lib/lint/index.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const base = readFileSync(resolve(fixtures, 'good-input/postmortems/2025-07-08-checkout-config.mdx'), 'utf8');
const vocabulary = loadVocabulary(resolve(fixtures, 'vocabulary'));
const config = { rules: {} as LintConfig['rules'], people: ['Jane Doe'] };

/** Lint findings of the good fixture after `edit`, as `rule@line` strings plus the findings. */
function lint(edit: (source: string) => string, options: { asOf?: string; rules?: LintConfig['rules'] } = {}) {
  const result = validatePostmortemSource('x.mdx', 'x', edit(base), {
    vocabulary, knownIds: new Set(['x']), contentDir: 'content',
    lint: { config: { ...config, rules: options.rules ?? {} }, asOf: options.asOf ?? '2025-07-20', people: config.people },
  });
  expect(result.findings.filter((f) => !f.rule.includes('/') || f.rule.startsWith('schema') || f.rule.startsWith('vocabulary'))).toEqual([]);
  return result.findings;
}
const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);
const body = (text: string) => (source: string) => source.replace('A configuration push lowered the pool size.', text);
const severe = (source: string) => source.replace('severity: SEV-2', 'severity: SEV-1');

describe('the good fixture passes every rule', () => {
  test('no findings', () => expect(lint((s) => s)).toEqual([]));
});

describe('blameless/person-blame', () => {
  test.each([
    ['human error', 'The outage was caused by human error.'],
    ['user error', 'It was user error.'],
    ['should have known', 'The reviewer should have known the table was big.'],
    ['careless', 'A careless change broke checkout.'],
    ['person subject + caused', 'The engineer caused the outage by pushing a config.'],
    ['named person forgot', 'Alex forgot to lower the TTL.'],
    ['person failed to', 'Someone failed to check the dashboard.'],
    ['a name from the people list', 'Jane Doe pushed the change.'],
  ])('flags %s', (_name, text) => {
    const findings = lint(body(text));
    expect(rules(findings)).toContain('blameless/person-blame');
    const finding = findings.find((f) => f.rule === 'blameless/person-blame')!;
    expect(finding.line).toBe(43);
    expect(finding.fix).toBeTruthy();
  });
  test.each([
    'The deploy caused a spike in errors.',
    'The job failed to start after the upgrade.',
    'Kubernetes caused the pods to restart when the node drained.',
    'The config push was reviewed, but the diff did not show the environment.',
    'Run `human error` only inside code is not prose.',
  ])('does not flag: %s', (text) => {
    expect(rules(lint(body(text)))).not.toContain('blameless/person-blame');
  });
  test('also reads the summary and timeline', () => {
    expect(rules(lint((s) => s.replace('Reverting fixed it.', 'It was human error.')))).toContain('blameless/person-blame');
  });
});

describe('action items', () => {
  test.each([['Investigate the pool'], ['Be more careful with configs'], ['Add more tests'], ['More training for on-call'], ['Monitor the pool']])('vague: %s', (title) => {
    expect(rules(lint((s) => s.replace('title: Validate pool sizes in CI', `title: ${title}`)))).toContain('action-item/vague');
  });
  test('a specific title passes', () => {
    expect(rules(lint((s) => s.replace('title: Validate pool sizes in CI', 'title: Alert when pool wait p95 exceeds 1 s for 5 minutes')))).not.toContain('action-item/vague');
  });
  test('past due when open after its due date, not when done', () => {
    const open = (s: string) => s.replace('status: done', 'status: open');
    expect(rules(lint(open, { asOf: '2025-08-02' }))).toContain('action-item/past-due');
    expect(rules(lint(open, { asOf: '2025-08-01' }))).not.toContain('action-item/past-due');
    expect(rules(lint((s) => s, { asOf: '2026-01-01' }))).not.toContain('action-item/past-due');
  });
  test('verification must say how', () => {
    expect(rules(lint((s) => s.replace('verification: CI rejects a pool of 8.', 'verification: done')))).toContain('action-item/verification');
  });
});

describe('completeness/major-incident (SEV-0/1)', () => {
  test('a SEV-1 without mitigators, sections and detect items is an error per missing part', () => {
    const findings = lint(severe).filter((f) => f.rule === 'completeness/major-incident');
    expect(findings.map((f) => f.message)).toEqual([
      'SEV-1: the timeline has no resolution entry.',
      'SEV-1: no contributing factors.',
      'SEV-1: no mitigators.',
      'SEV-1: no "What went well" section.',
      'SEV-1: no "Where we got lucky" section.',
      'SEV-1: no action item of type detect.',
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });
  test('a complete SEV-1 passes', () => {
    const complete = (s: string) =>
      severe(s)
        .replace('related: []', 'contributors: [A shared defaults file.]\nmitigators: [Fast alert.]\nrelated: []')
        .replace("    kind: mitigation\n", "    kind: mitigation\n  - at: 2025-07-08T18:30:00Z\n    event: Resolved.\n    kind: resolution\n")
        .replace('    verification: CI rejects a pool of 8.\n', '    verification: CI rejects a pool of 8.\n  - id: AI-2\n    title: Alert on pool wait time above 1 s\n    owner: checkout\n    due: 2025-08-01\n    priority: P2\n    type: detect\n    status: done\n    verification: Alert fires in staging.\n')
        .replace('## What happened', '## What went well\n\nFast alert.\n\n## Where we got lucky\n\nQuiet hour.\n\n## What happened');
    expect(rules(lint(complete))).not.toContain('completeness/major-incident');
  });
  test('drafts get warnings instead', () => {
    const findings = lint((s) => severe(s).replace('status: published', 'status: draft').replace('published: 2025-07-12\n', ''));
    expect(findings.filter((f) => f.rule === 'completeness/major-incident').every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('timing', () => {
  test('published more than 10 days after resolution', () => {
    expect(rules(lint((s) => s.replace('published: 2025-07-12', 'published: 2025-07-19')))).toContain('timing/published-late');
    expect(rules(lint((s) => s.replace('published: 2025-07-12', 'published: 2025-07-18')))).not.toContain('timing/published-late');
  });
  test('a draft more than 3 days after resolution', () => {
    const draft = (s: string) => s.replace('status: published', 'status: draft').replace('published: 2025-07-12\n', '');
    expect(rules(lint(draft, { asOf: '2025-07-12' }))).toContain('timing/stale-draft');
    expect(rules(lint(draft, { asOf: '2025-07-11' }))).not.toContain('timing/stale-draft');
  });
  test('a time of the incident or a report day after today: the year mistyped', () => {
    const typo = (s: string) => s.replace('published: 2025-07-12', 'published: 2052-07-12');
    const findings = lint(typo).filter((f) => f.rule === 'timing/future-date');
    expect(findings).toMatchObject([{ severity: 'error', field: 'published', line: 21, message: 'published is 2052-07-12, after today (2025-07-20).' }]);
    expect(findings[0].fix).toMatch(/check the year/);
    const all = lint((s) => s.replaceAll('2025-07-08T', '2026-07-08T').replace('drafted: 2025-07-09', 'drafted: 2026-07-09').replace('published: 2025-07-12', 'published: 2026-07-12').replace('due: 2025-08-01', 'due: 2026-08-01'));
    expect(all.filter((f) => f.rule === 'timing/future-date').map((f) => f.field)).toEqual([
      'times.started', 'times.detected', 'times.mitigated', 'times.resolved', 'impact.start', 'impact.end', 'drafted', 'published', 'timeline[0].at', 'timeline[1].at',
    ]);
    // The next day is allowed (a UTC time may be tomorrow already), and due dates lie ahead by design.
    expect(rules(lint((s) => s, { asOf: '2025-07-11' }))).not.toContain('timing/future-date');
    expect(rules(lint((s) => s.replace('due: 2025-08-01', 'due: 2030-08-01')))).not.toContain('timing/future-date');
  });
});

describe('consistency', () => {
  test('timeline entry far outside the incident window', () => {
    expect(rules(lint((s) => s.replace('  - at: 2025-07-08T17:55:00Z', '  - at: 2025-07-12T17:55:00Z')))).toContain('consistency/timeline-window');
  });
  test('summary longer than 3 sentences', () => {
    expect(rules(lint((s) => s.replace('Reverting fixed it.', 'Reverting fixed it. It took a while. We learned a lot.')))).toContain('consistency/summary-length');
  });
});

describe('body/title-heading', () => {
  const headingFindings = (text: string) => lint(body(text)).filter((f) => f.rule === 'body/title-heading');
  test('a first heading that repeats the title, in other case and punctuation, is named as shown twice', () => {
    const [finding, ...rest] = headingFindings('# Checkout Errors After a Config-Push\n\nA configuration push lowered the pool size.');
    expect(rest).toEqual([]);
    expect([finding.line, finding.severity]).toEqual([43, 'warning']);
    expect(finding.message).toContain('repeats the title');
    expect(finding.fix).toContain('remove the heading');
  });
  test('a section written with # is asked to start at ##, also inside <Internal>', () => {
    const findings = headingFindings('# Root cause\n\nThe pool.\n\n<Internal>\n\n# Who was paged\n\nOn-call.\n\n</Internal>');
    expect(findings.map((f) => [f.line, f.fix])).toEqual([
      [43, 'write it as "## Root cause" (and each heading under it one level deeper).'],
      [49, 'write it as "## Who was paged" (and each heading under it one level deeper).'],
    ]);
  });
  test('## headings and a # inside code are not flagged', () => {
    expect(headingFindings('## Checkout errors after a config push\n\n```sh\n# restart the pool\n```')).toEqual([]);
  });
});

describe('completeness/placeholder and completeness/empty-section', () => {
  const unfinished = <T extends { rule: string }>(findings: T[]) => findings.filter((f) => f.rule === 'completeness/placeholder' || f.rule === 'completeness/empty-section');
  const asDraft = (source: string) => source.replace('status: published', 'status: draft').replace(/^published: .*\n/m, '');
  test('a TODO left in the body or a field of a published postmortem is an error at its line', () => {
    const findings = unfinished(lint((s) => body('TODO: the sequence of events.\n\n## What went well\n\n- [ ] TBD')(s).replace('summary: A configuration push', 'summary: FIXME A configuration push')));
    expect(findings.map((f) => [f.rule, f.line, f.severity, f.field])).toEqual([
      ['completeness/placeholder', 3, 'error', 'summary'],
      ['completeness/placeholder', 43, 'error', undefined],
      ['completeness/placeholder', 47, 'error', undefined],
    ]);
    expect(findings[0].message).toBe('summary still opens with the placeholder FIXME ("FIXME A configuration push lowered a limit and checkout fail…"), and the postmortem is published.');
    expect(findings[1].message).toMatch(/^the body still has the placeholder TODO \("TODO: the sequence of events\."\)/);
    expect(findings[1].fix).toMatch(/set status: draft until it is written/);
  });
  test('a section with nothing under it, or only a comment, is an error at its heading', () => {
    const findings = unfinished(lint(body('Text.\n\n## What went well\n\n## Where we got lucky\n\n{/* later */}\n\n## Learnings\n\nMore.')));
    expect(findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      ['completeness/empty-section', 45, 'the section "## What went well" is empty, and the postmortem is published.'],
      ['completeness/empty-section', 47, 'the section "## Where we got lucky" is empty, and the postmortem is published.'],
    ]);
  });
  test('a draft may hold placeholders and empty sections; a historical report only warns', () => {
    const edit = (s: string) => body('TODO\n\n## Learnings')(s);
    expect(unfinished(lint((s) => asDraft(edit(s))))).toEqual([]);
    const historical = unfinished(lint((s) => edit(s).replace('status: published', 'status: published\nhistorical: true')));
    expect(historical.map((f) => [f.rule, f.severity])).toEqual([['completeness/placeholder', 'warning'], ['completeness/empty-section', 'warning']]);
  });
  test('look-alikes are not flagged: a todo in a sentence, TBD-2 as a key, code, a quote, a section holding only a sub-section or an <Internal> block', () => {
    expect(unfinished(lint(body([
      'The todo list service and Todo: app were fine. TODO in the middle is a word.',
      'TBD-2 is the tracker key.',
      '`TODO` is what the linter prints.',
      '```\nTODO: fix\n```',
      '> TODO: from the ticket, as written',
      '## Analysis\n\n### Trigger\n\nA push.',
      '## Internal notes\n\n<Internal>\nThe pool is on db-7.\n</Internal>',
    ].join('\n\n'))))).toEqual([]);
  });
});

describe('configuration', () => {
  test('a rule set to off does not run; a rule set to warning downgrades', () => {
    expect(rules(lint(body('It was human error.'), { rules: { 'blameless/person-blame': 'off' } }))).not.toContain('blameless/person-blame');
    const findings = lint(body('It was human error.'), { rules: { 'blameless/person-blame': 'warning' } });
    expect(findings.find((f) => f.rule === 'blameless/person-blame')!.severity).toBe('warning');
  });
  test('every rule is documented in docs/rules.md', () => {
    const docs = readFileSync(resolve(import.meta.dirname, '../../docs/rules.md'), 'utf8');
    for (const rule of lintRules) expect(docs).toContain(`\`${rule.id}\``);
  });
});

describe('suggest/failure-mode', () => {
  const summary = (text: string) => (source: string) =>
    source
      .replace('title: Checkout errors after a config push', 'title: Checkout errors')
      .replace('summary: A configuration push lowered a limit and checkout failed for 10 minutes. Reverting fixed it.', `summary: ${text}`);

  test('suggests the trigger and tags of a failure mode the summary states, as a warning', () => {
    const findings = lint(summary('The TLS certificate on the gateway expired and checkout failed for 10 minutes.')).filter((f) => f.rule === 'suggest/failure-mode');
    expect(findings.map((f) => [f.field, f.severity]).sort()).toEqual([['tags', 'warning'], ['trigger', 'warning']]);
    expect(findings.find((f) => f.field === 'trigger')!.fix).toMatch(/trigger: certificate/);
    expect(findings.find((f) => f.field === 'trigger')!.message).toMatch(/certificate expired \("TLS certificate on the gateway expired"\)/);
    expect(findings.find((f) => f.field === 'tags')!.fix).toMatch(/"tls"/);
  });

  test('names only ids the vocabulary holds', () => {
    const findings = lint(summary('Utility power was lost in one datacenter and checkout failed for 10 minutes.')).filter((f) => f.rule === 'suggest/failure-mode');
    // Power failures suggest the trigger "hardware" and the tag "datacenter": the fixture vocabulary has only the trigger.
    expect(findings.map((f) => f.field)).toEqual(['trigger']);
    expect(findings[0].fix).toMatch(/trigger: hardware;/);
  });

  test('says nothing when trigger and tags already fit, and can be turned off', () => {
    expect(rules(lint((s) => s))).not.toContain('suggest/failure-mode');
    expect(rules(lint(summary('The TLS certificate expired.'), { rules: { 'suggest/failure-mode': 'off' } }))).not.toContain('suggest/failure-mode');
  });
});
