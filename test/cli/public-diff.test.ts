import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, beforeAll } from 'vitest';
import { publicDiffMarker, type PublicDiff } from '../../src/lib/public-diff.ts';
import { makeGitContentRepository, fixturePostmortem } from '../support/git-fixture.ts';

/** 1-based line of the first line of a file containing `text`. */
const lineOf = (root: string, path: string, text: string) => readFileSync(resolve(root, path), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

const script = resolve(import.meta.dirname, '../../scripts/public-diff.ts');

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
