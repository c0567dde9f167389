import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCodeowners, findCodeowners, codeownersPeopleAndScopes } from '../../src/lib/codeowners.ts';
import { buildReviewReport, formatReviewMarkdown, type ReviewInput } from '../../src/lib/review-checklist.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { fixturePostmortem, type FixturePostmortem } from '../support/git-fixture.ts';

const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
const codeowners = parseCodeowners(`# comment
*                         @acme/everyone
/content/postmortems/     @acme/sre-reviewers   # every postmortem
/content/*.yaml           @acme/platform
`);

const completeItems = `actionItems:
  - id: AI-1
    title: Reject configuration pushes that remove the pool limit
    owner: checkout
    due: 2025-06-01
    priority: P1
    type: prevent
    status: open
    verification: A push without the limit fails validation in staging.
contributors: [The pool limit had no default.]
mitigators: [The rollback was one command.]
`;
const completeBody = `## What happened\n\nA configuration change stopped checkout.\n\n## What went well\n\nThe rollback was quick.\n\n## Where we got lucky\n\nIt happened at night.\n`;
const completeImpact = `  usersAffected: 1200\n  slo: checkout availability 99.95%\n`;

/** A report for a fixture postmortem, with the findings `npm run check` would give it. */
function reviewOf(options: FixturePostmortem & { impactExtra?: string; reviewers?: string[] } = {}) {
  let source = fixturePostmortem({ extra: options.reviewers ? `reviewers: [${options.reviewers.map((r) => `"${r}"`).join(', ')}]\n` : '', ...options });
  if (options.impactExtra) source = source.replace('  end: ', `${options.impactExtra}  end: `);
  const file = 'content/postmortems/2025-05-01-checkout.mdx';
  const validated = validatePostmortemSource(file, '2025-05-01-checkout', source, {
    vocabulary, knownIds: new Set(), contentDir: 'content', lint: { config: { rules: {} }, asOf: '2025-05-05', people: [] },
  });
  expect(validated.findings.filter((f) => f.rule.startsWith('schema') || f.rule.startsWith('frontmatter'))).toEqual([]);
  const data = validated.data!;
  const redaction = data.visibility === 'public'
    ? scanPostmortemForPublication(file, source, data, { internalDomains: ['.internal'], serviceIds: [...vocabulary.services.keys()], people: [] }).findings
    : [];
  const input: ReviewInput = { file, data, tree: validated.tree, findings: [...validated.findings, ...redaction], vocabulary, codeowners };
  return buildReviewReport(input);
}
const stateOf = (report: ReturnType<typeof reviewOf>, id: string) => report.items.find((item) => item.id === id)!;

describe('CODEOWNERS', () => {
  test.each([
    ['content/postmortems/2025/x.mdx', ['@acme/sre-reviewers']],
    ['content/teams.yaml', ['@acme/platform']],
    ['content/extra/teams.yaml', ['@acme/everyone']],
    ['src/lib/x.ts', ['@acme/everyone']],
  ])('%s is owned by %j (last matching rule wins)', (path, owners) => {
    expect(findCodeowners(codeowners, path).owners).toEqual(owners);
  });
  test('unanchored patterns match at any depth, ** crosses folders, * does not', () => {
    const rules = parseCodeowners('*.md @docs\n/docs/**/guide.md @guides\n/a/*.ts @a');
    expect(findCodeowners(rules, 'x/y/readme.md').owners).toEqual(['@docs']);
    expect(findCodeowners(rules, 'docs/one/two/guide.md').owners).toEqual(['@guides']);
    expect(findCodeowners(rules, 'a/b/c.ts').owners).toEqual([]);
    expect(findCodeowners(rules, 'a/c.ts').owners).toEqual(['@a']);
  });
  test('the people it names are users and e-mail local parts; team handles give the organisation', () => {
    const rules = parseCodeowners('* @acme/sre @ekaterina # a comment @not-a-person\n/docs/ jo.smith@acme.example @acme/docs');
    expect(codeownersPeopleAndScopes(rules)).toEqual({ people: ['ekaterina', 'jo.smith'], scopes: ['acme'] });
  });
});

describe('review checklist', () => {
  test('a bare SEV-2 lists what is missing before publication and who must approve', () => {
    const report = reviewOf();
    expect(report.readyToPublish).toBe(false);
    const missing = report.items.filter((i) => i.state === 'missing' && i.blocking).map((i) => i.id);
    expect(missing).toEqual(['customer-impact', 'business-impact', 'timeline', 'causes', 'went-well', 'lucky', 'action-items', 'priorities']);
    expect(stateOf(report, 'customer-impact').detail).toContain('impact.usersAffected');
    expect(stateOf(report, 'timeline').detail).toContain('kind: detection'); // only a communication entry
    expect(report.reviewers).toEqual([
      { handle: '@acme/checkout', reasons: ['owns checkout-api'], approved: false },
      { handle: '@acme/sre-reviewers', reasons: ['CODEOWNERS line 3 (/content/postmortems/)'], approved: false },
    ]);
  });

  test('a complete post approved by every required reviewer is ready to publish', () => {
    const timeline = `  - at: 2025-05-01T10:05:00Z\n    event: Checkout error alert fired.\n    kind: detection\n  - at: 2025-05-01T11:00:00Z\n    event: Error rate back to normal.\n    kind: resolution\n`;
    const complete = { actionItems: completeItems, body: completeBody, impactExtra: completeImpact, timeline };
    const unapproved = reviewOf(complete);
    expect(unapproved.items.filter((i) => i.state === 'missing')).toEqual([]);
    expect(unapproved.readyToPublish).toBe(false);
    const approved = reviewOf({ ...complete, reviewers: ['@acme/checkout', '@ACME/sre-reviewers'] });
    expect(approved.reviewers.every((r) => r.approved)).toBe(true);
    expect(approved.readyToPublish).toBe(true);
  });

  test('blaming language and a redaction finding block publication, with their lines', () => {
    const report = reviewOf({ body: '## What happened\n\nThe on-call engineer should have known better. Mail ops@acme.example.\n' });
    expect(stateOf(report, 'blameless')).toMatchObject({ state: 'missing', blocking: true });
    expect(stateOf(report, 'blameless').detail).toMatch(/^line \d+: /);
    expect(stateOf(report, 'audience')).toMatchObject({ state: 'missing', blocking: true });
    expect(stateOf(report, 'audience').detail).toContain('ops@acme.example');
  });

  test('a SEV-4 note needs no analysis sections or follow-ups to be published', () => {
    const report = reviewOf({ severity: 'SEV-4', visibility: 'internal', reviewers: ['@acme/checkout', '@acme/sre-reviewers'] });
    expect(report.items.filter((i) => i.blocking && i.state === 'missing')).toEqual([]);
    expect(report.readyToPublish).toBe(true);
    expect(formatReviewMarkdown(report)).toContain('**Ready to publish**');
  });

  test('markdown puts what blocks publication first', () => {
    const markdown = formatReviewMarkdown(reviewOf());
    expect(markdown).toMatch(/\*\*Before it can be published:\*\*\n\n- Is the customer impact documented/);
    expect(markdown).toContain('- Approval from `@acme/checkout`, `@acme/sre-reviewers` (then add them to `reviewers`)');
    expect(markdown).toContain('| ❌ | Does it say where we got lucky? **(blocks publishing)** |');
  });
});
