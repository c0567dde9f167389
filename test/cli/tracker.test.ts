import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { runScript } from '../support/run-script.ts';

const root = resolve(import.meta.dirname, '../..');
const T = join(root, 'test/fixtures/tracker');
const fixture = (name: string) => readFileSync(join(T, name), 'utf8');

describe('round trip: export -> tracker changes state -> sync', () => {
  // Each case works in a folder of its own: they run concurrently.
  const run = (dir: string, ...args: string[]) =>
    runScript('follow-ups.ts', args, { cwd: dir, env: { ...process.env, KB_CONTENT_DIR: join(dir, 'content') } });

  test.concurrent('--help prints both commands; an unknown tracker is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-tracker-'));
    cpSync(join(T, 'content'), join(dir, 'content'), { recursive: true });
    const [help, bad] = await Promise.all([run(dir, '--help'), run(dir, 'export', '--to', 'gitlab')]);
    expect(help.stdout).toMatch(/^npm run follow-ups -- export --to github\|jira\|linear/);
    expect(help.stdout).toContain('npm run follow-ups -- sync FILE');
    expect(help.stdout).not.toContain('import ');
    // A usage mistake: 2, as every command gives (bad input round 31; it was 1).
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--to must be one of github, jira, linear, not "gitlab".');
  });

  test.concurrent('GitHub: issues created from the batch, two closed, one relabelled; sync applies it and is idempotent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-tracker-'));
    cpSync(join(T, 'content'), join(dir, 'content'), { recursive: true });
    const exported = await run(dir, 'export', '--to', 'github', '--out', 'out');
    expect(exported.status, exported.stderr).toBe(0);
    const batch = JSON.parse(readFileSync(join(dir, 'out/github-issues.json'), 'utf8')) as { title: string; body: string; labels: string[] }[];
    // What `gh issue list --json ...` prints after the tracker moved on.
    const issues = batch.map((issue, i) => ({
      number: 100 + i,
      title: issue.title,
      body: issue.body,
      url: `https://github.com/acme/kb/issues/${100 + i}`,
      state: i === 1 ? 'OPEN' : 'CLOSED',
      stateReason: i === 2 ? 'NOT_PLANNED' : i === 0 ? 'COMPLETED' : '',
      assignees: [{ login: 'someone' }],
      labels: (i === 1 ? issue.labels.map((l) => (l.startsWith('team:') ? 'team:platform' : l)) : issue.labels).map((name) => ({ name })),
      milestone: i === 1 ? { title: 'Q1', dueOn: '2027-02-01T00:00:00Z' } : null,
    }));
    writeFileSync(join(dir, 'issues.json'), JSON.stringify(issues));
    const dry = await run(dir, 'sync', 'issues.json', '--dry-run');
    expect(dry.status, dry.stderr).toBe(0);
    const file = join(dir, 'content/postmortems/2026-11-20-checkout-errors.mdx');
    expect(readFileSync(file, 'utf8')).toBe(fixture('content/postmortems/2026-11-20-checkout-errors.mdx'));
    const synced = await run(dir, 'sync', 'issues.json');
    expect(synced.status, synced.stderr).toBe(0);
    expect(synced.stdout).toContain('AI-1  status: open -> done  (github #100)  changed');
    const after = validateCorpus(join(dir, 'content'), { frontmatterOnly: true });
    expect(after.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const pm = after.postmortems.find((p) => p.id === '2026-11-20-checkout-errors')!.data!;
    expect(pm.actionItems.map((i) => [i.id, i.status, i.owner, i.due, i.link])).toEqual([
      ['AI-1', 'done', 'checkout', '2026-12-15', 'https://github.com/acme/kb/issues/100'],
      ['AI-2', 'in-progress', 'platform', '2027-02-01', 'https://github.com/acme/kb/issues/101'],
      ['AI-3', 'wont-do', 'checkout', '2027-01-15', 'https://github.com/acme/kb/issues/102'],
    ]);
    const again = await run(dir, 'sync', 'issues.json');
    expect(again.stdout).toContain('Nothing to change');
    // Linked items are not exported twice.
    expect((await run(dir, 'export', '--to', 'github', '--out', 'out2')).stdout).toContain(': 0 follow-up(s) to create');
  });
});
