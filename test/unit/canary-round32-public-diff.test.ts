import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computePublicDiff, formatPublicDiffMarkdown, type ContentSnapshot } from '../../src/lib/public-diff.ts';
import { vocabularyFiles, type VocabularyKind } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

/**
 * Canary round 32, the public diff (`npm run public-diff`, what a pull request comment shows):
 * a change of internal text, or of a post customers do not see, must not put that text in the
 * diff's Markdown or JSON, on either side of the change.
 */
const vocabulary = Object.fromEntries(Object.entries(vocabularyFiles).map(([kind, file]) => [kind, readFileSync(join(fixturesDir, 'vocabulary', file), 'utf8')])) as Record<VocabularyKind, string>;
const snapshot = (posts: Record<string, string>): ContentSnapshot => ({ postmortems: new Map(Object.entries(posts)), vocabulary });
const options = { contentDir: 'content', redaction: { internalDomains: ['.internal'], people: [] } };
const post = (body: string) => publicProbePost({ body: `We rolled back the change.\n\n${body}\n` });
const internalOnly = (text: string) => text.replace('visibility: public', 'visibility: internal');
const draft = (text: string) => text.replace('status: published', 'status: draft').replace('published: 2025-03-01\n', '');

/** Each probe: the post's file at the base and at the head of the change, the marker that must not show. */
const probes: { kind: string; base?: string; head?: string; marker: string }[] = [
  { kind: 'an <Internal> block removed', base: post('<Internal>zqd01x the runbook</Internal>'), head: post(''), marker: 'zqd01x' },
  { kind: 'an <Internal> block added', base: post(''), head: post('<Internal>zqd02x the runbook</Internal>'), marker: 'zqd02x' },
  { kind: 'an <Internal> block edited', base: post('<Internal>zqd03a the runbook</Internal>'), head: post('<Internal>zqd03b the runbook</Internal>'), marker: 'zqd03' },
  { kind: 'the internal title and summary edited', base: post(''), head: post('').replace('title: Probe', 'title: zqd04x probe').replace('summary: Checkout failed for some customers.\nseverity', 'summary: zqd04x internal\nseverity'), marker: 'zqd04x' },
  { kind: 'a commander and reviewers added', base: post(''), head: post('').replace('drafted:', 'commander: "zqd05x"\nreviewers: ["zqd05x"]\ndrafted:'), marker: 'zqd05x' },
  { kind: 'an internal-only post added', head: internalOnly(post('zqd06x body')).replace('  title: Checkout errors', '  title: zqd06x'), marker: 'zqd06x' },
  { kind: 'an internal-only post edited', base: internalOnly(post('zqd07a body')), head: internalOnly(post('zqd07b body')), marker: 'zqd07' },
  { kind: 'a public post made internal-only, its internal text edited at once', base: post(''), head: internalOnly(post('zqd08x body')), marker: 'zqd08x' },
  { kind: 'an internal-only post made public: its old internal-only text', base: internalOnly(post('zqd09x old body')), head: post(''), marker: 'zqd09x' },
  { kind: 'a draft marked public with internal text', head: draft(post('<Internal>zqd10x the runbook</Internal>')), marker: 'zqd10x' },
  { kind: 'a head version the public cut refuses (a lookalike tag)', base: post(''), head: post('<x:Internal>zqd11x the runbook</x:Internal>'), marker: 'zqd11x' },
  { kind: 'a base version that does not parse (unclosed <Internal>)', base: post('<Internal>\nzqd12x the runbook'), head: post(''), marker: 'zqd12x' },
];

describe('canary round 32: the public diff shows no internal text', () => {
  test.each(probes.map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    const diff = computePublicDiff(
      snapshot(probe.base ? { '2025-03-01-probe.mdx': probe.base } : {}),
      snapshot(probe.head ? { '2025-03-01-probe.mdx': probe.head } : {}),
      options,
    );
    const shown = `${formatPublicDiffMarkdown(diff, { base: 'main' })}\n${JSON.stringify(diff)}`;
    expect(shown).not.toContain(probe.marker);
  });
});

test('a head version whose body does not parse is a finding at its line, not a crash', () => {
  const head = post('<Internal>\nzqd13x the runbook');
  const diff = computePublicDiff(snapshot({ '2025-03-01-probe.mdx': post('') }), snapshot({ '2025-03-01-probe.mdx': head }), options);
  const findings = diff.changes.flatMap((change) => change.findings);
  expect(findings.map((f) => [f.rule, f.line])).toEqual([['public/source', head.split('\n').indexOf('<Internal>') + 1]]);
  expect(findings[0].message).toContain('the body does not parse');
});
