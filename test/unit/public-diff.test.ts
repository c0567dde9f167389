import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { describe, expect, test, beforeAll } from 'vitest';
import { diffLines, withContext } from '../../src/lib/line-diff.ts';
import { computePublicDiff, formatPublicDiffMarkdown, publicDiffMarker, type ContentSnapshot, type PublicDiff } from '../../src/lib/public-diff.ts';
import { vocabularyFiles, type VocabularyKind } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { makeGitContentRepository, fixturePostmortem } from '../support/git-fixture.ts';

/** 1-based line of the first line of a file containing `text`. */
const lineOf = (root: string, path: string, text: string) => readFileSync(resolve(root, path), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

const script = resolve(import.meta.dirname, '../../scripts/public-diff.ts');

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

describe('npm run public-diff on a git repository', () => {
  const repo = makeGitContentRepository();
  const pm = (name: string) => `content/postmortems/${name}`;
  let diff: PublicDiff & { commit: string };
  let markdown: string;

  beforeAll(() => {
    // The base branch: four public posts and one internal one.
    repo.write(pm('2025-01-10-edited-outside.mdx'), fixturePostmortem({ day: '2025-01-10', publicTitle: 'Slow checkout', body: '## What happened\n\nCheckout was slow for everyone.\n\nWe added capacity.\n' }));
    repo.write(pm('2025-02-10-edited-inside.mdx'), fixturePostmortem({ day: '2025-02-10', publicTitle: 'Sign-in errors', body: '## What happened\n\nSign-in failed.\n\n<Internal>\nThe pool on db-7 ran dry.\n</Internal>\n' }));
    repo.write(pm('2025-03-10-turns-internal.mdx'), fixturePostmortem({ day: '2025-03-10', publicTitle: 'Search unavailable' }));
    repo.write(pm('2025-04-10-old-name.mdx'), fixturePostmortem({ day: '2025-04-10', publicTitle: 'Payments declined' }));
    repo.write(pm('2025-05-10-internal.mdx'), fixturePostmortem({ day: '2025-05-10', visibility: 'internal' }));
    repo.git('add', '-A');
    repo.git('commit', '--quiet', '-m', 'base');
    repo.git('checkout', '--quiet', '-b', 'content-change');
    // The pull request: one edit per case, some committed, some only in the working tree.
    repo.write(pm('2025-01-10-edited-outside.mdx'), fixturePostmortem({ day: '2025-01-10', publicTitle: 'Slow checkout', body: '## What happened\n\nCheckout was slow for most customers.\n\nWe added capacity.\n' }));
    repo.write(pm('2025-02-10-edited-inside.mdx'), fixturePostmortem({ day: '2025-02-10', publicTitle: 'Sign-in errors', body: '## What happened\n\nSign-in failed.\n\n<Internal>\nThe pool on db-7 and db-8 ran dry; see ops@acme.example.\n</Internal>\n' }));
    repo.write(pm('2025-03-10-turns-internal.mdx'), fixturePostmortem({ day: '2025-03-10', visibility: 'internal' }));
    repo.git('mv', pm('2025-04-10-old-name.mdx'), pm('2025-04-10-new-name.mdx'));
    repo.git('commit', '--quiet', '-am', 'edits');
    repo.write(pm('2025-06-10-new-public.mdx'), fixturePostmortem({ day: '2025-06-10', publicTitle: 'Orders delayed', body: '## What happened\n\nOrders were delayed. Write to oncall@acme.example for details.\n\n<Internal>Queue q-orders-2 backed up.</Internal>\n\n<PublicOnly>We are sorry.</PublicOnly>\n' }));
    repo.write(pm('2025-07-10-new-internal.mdx'), fixturePostmortem({ day: '2025-07-10', visibility: 'internal' }));
    repo.write(pm('2025-08-10-pending.mdx'), fixturePostmortem({ day: '2025-08-10', status: 'in-review', publicTitle: 'Emails late' }));
    const env = { ...process.env, KB_CONTENT_DIR: resolve(repo.root, 'content') };
    const run = (format: string) => execFileSync(process.execPath, [script, '--base', 'main', '--format', format], { cwd: repo.root, env, encoding: 'utf8' });
    diff = JSON.parse(run('json'));
    markdown = run('md');
  });

  const change = (id: string) => diff.changes.find((c) => c.id === id);

  test('a new public post becomes public with its whole customer text, internal blocks cut', () => {
    const added = change('2025-06-10-new-public')!;
    expect(added.kind).toBe('added');
    expect(added.url).toBe('/incidents/2025-06-10-new-public/');
    const text = added.diff.map((l) => `${l.op}${l.text}`);
    expect(text).toContain('+# Orders delayed');
    expect(text).toContain('+We are sorry.');
    expect(text.join('\n')).not.toContain('q-orders-2');
    expect(added.diff.every((l) => l.op === '+')).toBe(true);
  });

  test('the redaction guard runs on the changed public surface', () => {
    expect(change('2025-06-10-new-public')!.findings.map((f) => [f.rule, f.line])).toEqual([['redact/email', lineOf(repo.root, pm('2025-06-10-new-public.mdx'), 'oncall@')]]);
    expect(diff.counts.findings).toBe(1);
  });

  test('an edit outside <Internal> shows as a changed line', () => {
    const changed = change('2025-01-10-edited-outside')!;
    expect(changed.kind).toBe('changed');
    expect(changed.diff.filter((l) => l.op !== ' ')).toEqual([
      { op: '-', text: 'Checkout was slow for everyone.' },
      { op: '+', text: 'Checkout was slow for most customers.' },
    ]);
  });

  test('an edit inside <Internal> changes nothing customers see', () => {
    expect(change('2025-02-10-edited-inside')).toBeUndefined();
  });

  test('a post that turns internal stops being public, with the reason', () => {
    const removed = change('2025-03-10-turns-internal')!;
    expect(removed.kind).toBe('removed');
    expect(removed.reason).toBe('visibility is now internal');
    expect(removed.diff.every((l) => l.op === '-')).toBe(true);
  });

  test('a renamed file moves the post to a new address', () => {
    const moved = change('2025-04-10-new-name')!;
    expect(moved.kind).toBe('moved');
    expect(moved.previous?.url).toBe('/incidents/2025-04-10-old-name/');
    expect(moved.diff.every((l) => l.op === ' ')).toBe(true);
    expect(change('2025-04-10-old-name')).toBeUndefined();
  });

  test('a public post in review is previewed; internal posts never appear', () => {
    expect(change('2025-08-10-pending')?.kind).toBe('pending');
    expect(change('2025-07-10-new-internal')).toBeUndefined();
    expect(change('2025-05-10-internal')).toBeUndefined();
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1, moved: 1, pending: 1, findings: 1 });
  });

  test('markdown carries the marker, a summary, each post and a diff block', () => {
    expect(markdown.startsWith(publicDiffMarker)).toBe(true);
    expect(markdown).toContain('1 post becomes public, 1 stops being public, 1 changed, 1 moved to a new address, 1 will be public once published');
    expect(markdown).toContain('### Moves to a new address: Payments declined');
    expect(markdown).toContain('`/incidents/2025-04-10-old-name/` → `/incidents/2025-04-10-new-name/`');
    expect(markdown).toContain('```diff\n@@ 7 unchanged lines @@\n  Customers could not complete checkout.\n  What happened\n- Checkout');
    expect(markdown).toContain('- Checkout was slow for everyone.\n+ Checkout was slow for most customers.');
    expect(markdown).toMatch(/- `content\/postmortems\/2025-06-10-new-public\.mdx:\d+:31` redact\/email/);
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
