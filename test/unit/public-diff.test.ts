import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffLines, withContext } from '../../src/lib/line-diff.ts';
import { computePublicDiff, formatPublicDiffMarkdown, type ContentSnapshot, type PublicDiff } from '../../src/lib/public-diff.ts';
import { vocabularyFiles, type VocabularyKind } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { fixturePostmortem } from '../support/git-fixture.ts';

describe('diffLines', () => {
  test('keeps common lines and marks the rest, in order', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc\nd')).toEqual([
      { op: ' ', text: 'a' },
      { op: '-', text: 'b' },
      { op: '+', text: 'x' },
      { op: ' ', text: 'c' },
      { op: '+', text: 'd' },
    ]);
  });
  test('an empty side is all additions or all removals', () => {
    expect(diffLines('', 'a\nb').map((l) => l.op)).toEqual(['+', '+']);
    expect(diffLines('a', '').map((l) => l.op)).toEqual(['-']);
  });
  test('withContext keeps the lines around changes and counts the rest', () => {
    const lines = diffLines('1\n2\n3\n4\n5\n6\n7', '1\n2\n3\n4\n5\n6\nseven');
    expect(withContext(lines, 1)).toEqual([{ op: '…', skipped: 5 }, { op: ' ', text: '6' }, { op: '-', text: '7' }, { op: '+', text: 'seven' }]);
    expect(withContext(diffLines('a', 'a'))).toEqual([]);
  });
});

describe('formatPublicDiffMarkdown', () => {
  test('says so when nothing changes for customers', () => {
    const empty: PublicDiff = { changes: [], unreadable: [], counts: { added: 0, removed: 0, changed: 0, moved: 0, pending: 0, findings: 0 } };
    expect(formatPublicDiffMarkdown(empty, { base: 'main' })).toContain('nothing customers see changes');
  });
});

describe('computePublicDiff on snapshots', () => {
  const vocabulary = Object.fromEntries(Object.entries(vocabularyFiles).map(([kind, file]) => [kind, readFileSync(join(fixturesDir, 'vocabulary', file), 'utf8')])) as Record<VocabularyKind, string>;
  const snapshot = (posts: Record<string, string>, changes: Partial<Record<VocabularyKind, string>> = {}): ContentSnapshot => ({ postmortems: new Map(Object.entries(posts)), vocabulary: { ...vocabulary, ...changes } });
  const options = { contentDir: 'content', redaction: { internalDomains: ['.internal'], people: [] } };
  const checkout = fixturePostmortem({ publicTitle: 'Checkout down' });
  const search = fixturePostmortem({ publicTitle: 'Search down', services: ['search-service'] });

  test("a service's new customer name changes every public post that names it, and only those", () => {
    const renamed = vocabulary.services.replace('publicName: Checkout', 'publicName: Online checkout');
    expect(renamed).not.toBe(vocabulary.services);
    const diff = computePublicDiff(snapshot({ 'a.mdx': checkout, 'b.mdx': search }), snapshot({ 'a.mdx': checkout, 'b.mdx': search }, { services: renamed }), options);
    expect(diff.changes.map((c) => [c.id, c.kind])).toEqual([['a', 'changed']]);
    expect(diff.changes[0].diff.filter((l) => l.op !== ' ')).toEqual([{ op: '-', text: 'Affected: Checkout' }, { op: '+', text: 'Affected: Online checkout' }]);
  });

  test('vocabulary edits customers never see change nothing', () => {
    const diff = computePublicDiff(snapshot({ 'a.mdx': checkout }), snapshot({ 'a.mdx': checkout }, { teams: `${vocabulary.teams}\nnewteam:\n  name: New team\n` }), options);
    expect(diff.changes).toEqual([]);
  });

  test('a source the public build refuses is a finding, not a crash', () => {
    const md = fixturePostmortem({ publicTitle: 'Checkout down', body: 'Text.\n\n<Internal>secret</Internal>\n' });
    const diff = computePublicDiff(snapshot({}), snapshot({ 'a.md': md }), options);
    expect(diff.changes[0].kind).toBe('added');
    expect(diff.changes[0].findings.map((f) => f.rule)).toEqual(['public/source']);
    expect(diff.changes[0].findings[0].message).toContain('rename it to .mdx');
  });

  test('a public post that no longer validates is reported as not compared, not as removed', () => {
    const broken = checkout.replace('severity: SEV-2', 'severity: SEV-9');
    const diff = computePublicDiff(snapshot({ 'a.mdx': checkout }), snapshot({ 'a.mdx': broken }), options);
    expect(diff.changes).toEqual([]);
    expect(diff.unreadable).toEqual([{ file: 'content/postmortems/a.mdx', side: 'head', message: expect.stringMatching(/^1 error, first: line 4: /) }]);
    expect(formatPublicDiffMarkdown(diff, { base: 'main' })).toContain('### Not compared');
  });
});
