import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeGitContentRepository } from '../support/git-fixture.ts';
import { asOf, earlier, item, record, since, sources } from '../support/digest-records.ts';

describe('npm run digest in a git checkout', () => {
  test('dates openings and closings by the last commit before --since', () => {
    const repo = makeGitContentRepository();
    const path = (id: string) => `content/postmortems/${id}.mdx`;
    record('2025-04-15-earlier', { day: '2025-04-15', actionItems: `actionItems:\n${item('AI-1', 'data', '2025-07-15', 'open')}${item('AI-2', 'checkout', '2025-05-30', 'open')}` });
    repo.write(path('2025-04-15-earlier'), sources.get('2025-04-15-earlier')!);
    repo.gitAt('2025-05-01T12:00:00Z', 'add', '-A');
    repo.gitAt('2025-05-01T12:00:00Z', 'commit', '--quiet', '-m', 'before the period');
    earlier('done');
    for (const id of ['2025-04-15-earlier', '2025-06-05-repeat']) repo.write(path(id), sources.get(id)!);
    repo.gitAt('2025-06-15T12:00:00Z', 'add', '-A');
    repo.gitAt('2025-06-15T12:00:00Z', 'commit', '--quiet', '-m', 'in the period');
    const out = execFileSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/digest.ts'), '--since', since, '--format', 'json'], {
      cwd: repo.root, env: { ...process.env, KB_CONTENT_DIR: join(repo.root, 'content'), KB_AS_OF: asOf }, encoding: 'utf8',
    });
    const digest = JSON.parse(out);
    expect(digest.followUps.opened.map((i: { postmortemId: string; id: string }) => `${i.postmortemId}/${i.id}`)).toEqual(['2025-06-05-repeat/AI-1', '2025-06-05-repeat/AI-2']);
    expect(digest.followUps.closed.map((i: { postmortemId: string; id: string }) => `${i.postmortemId}/${i.id}`).sort()).toEqual(['2025-04-15-earlier/AI-2', '2025-06-05-repeat/AI-2']);
  });

  test('--all-overdue lists every overdue follow-up, not the ten most overdue; the digest counts incidents by service', () => {
    // The bundled example, as of a fixed day: more than ten follow-ups are overdue.
    const digest = (...args: string[]) => execFileSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/digest.ts'), '--since', '2026-01-01', ...args], {
      cwd: resolve(import.meta.dirname, '../..'), env: { ...process.env, KB_CONTENT_DIR: resolve(import.meta.dirname, '../../content'), KB_AS_OF: '2026-12-02' }, encoding: 'utf8',
    });
    const overdue = JSON.parse(digest('--format', 'json')).followUps.overdue.length;
    expect(overdue).toBeGreaterThan(10);
    const late = (text: string) => text.split('\n').filter((line) => /^- .* days? late; /.test(line)).length;
    const cut = digest();
    expect(late(cut)).toBe(10);
    expect(cut).toContain(`… and ${overdue - 10} more on the follow-ups page (npm run digest -- --all-overdue lists them all).`);
    const all = digest('--all-overdue');
    expect(late(all)).toBe(overdue);
    expect(all).toMatch(/### Incidents by service\n\n.*\n\n\| service \| SEV-1 \|/);
  });
});
