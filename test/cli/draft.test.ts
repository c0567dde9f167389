import { describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { runScript } from '../support/run-script.ts';

const root = resolve(import.meta.dirname, '../..');
const F = join(root, 'test/fixtures/draft');

describe('npm run draft', () => {
  // Each case drafts into a content folder of its own: they run concurrently.
  function content(): string {
    const dir = mkdtempSync(join(tmpdir(), 'kb-draft-'));
    for (const f of ['services.yaml', 'teams.yaml', 'tags.yaml', 'triggers.yaml']) cpSync(join(root, 'content', f), join(dir, f));
    mkdirSync(join(dir, 'postmortems'));
    return dir;
  }
  const run = (dir: string, ...args: string[]) =>
    runScript('draft.ts', args, { cwd: root, env: { ...process.env, KB_CONTENT_DIR: dir, KB_AS_OF: '2026-11-21' } });

  test.concurrent('chat + pager + alerts: one valid draft whose timeline, times and people come from the records', async () => {
    const dir = content();
    const result = await run(dir, '--title', 'Checkout errors after a pricing cache deploy', '--chat', join(F, 'slack-export/inc-checkout-errors'), '--pager', join(F, 'pagerduty-log-entries.json'), '--alerts', join(F, 'alertmanager-webhooks.ndjson'), '--window', '2026-11-20T09:00:00Z..2026-11-20T13:00:00Z', '--trigger', 'deployment', '--date', '2026-11-21');
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(dir, 'postmortems'))).toEqual(['2026-11-20-checkout-errors-after-a-pricing-cache-deploy.mdx']);
    const check = validateCorpus(dir);
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const pm = check.postmortems[0].data!;
    expect(pm.status).toBe('draft');
    expect(pm.severity).toBe('SEV-2');
    expect(pm.times).toMatchObject({ started: '2026-11-20T10:02:30.000Z', acknowledged: '2026-11-20T10:07:45.000Z', resolved: '2026-11-20T11:20:00.000Z' });
    expect(pm.timeline.every((e) => e.public === false && e.source)).toBe(true);
    expect(pm.timeline.find((e) => e.at === '2026-11-20T10:52:00.000Z')?.event).toMatch(/^TODO: reword this slack message/);
    const source = readFileSync(join(dir, 'postmortems', readdirSync(join(dir, 'postmortems'))[0]), 'utf8');
    // Names appear only between <Internal> and </Internal>.
    const outside = source.replace(/<Internal>[\s\S]*?<\/Internal>/g, '');
    for (const name of ['Priya', 'Tomás', 'Ana Lima']) expect(outside).not.toContain(name);
    expect(source).toMatch(/<Internal>[\s\S]*`Priya Raman`[\s\S]*<\/Internal>/);
    expect(source).toMatch(/^- \[ \] Add `times\.declared`/m);
    // Never overwrites.
    const again = await run(dir, '--title', 'Checkout errors after a pricing cache deploy', '--alerts', join(F, 'alertmanager-webhooks.ndjson'), '--severity', 'SEV-3', '--trigger', 'deployment');
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });

  test.concurrent('--help prints the usage only', async () => {
    const help = await run(content(), '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^npm run draft -- --title/);
    expect(help.stdout).toContain('--chat PATH');
    expect(help.stdout).not.toContain('import ');
  });

  test.concurrent('missing facts the records cannot give are asked for by flag, nothing written', async () => {
    const dir = content();
    const result = await run(dir, '--title', 'x', '--alerts', join(F, 'alertmanager-webhooks.ndjson'), '--trigger', 'deployment');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no severity.*--severity/);
    expect(readdirSync(join(dir, 'postmortems'))).toEqual([]);
    const dry = await run(dir, '--title', 'x', '--alerts', join(F, 'alertmanager-webhooks.ndjson'), '--trigger', 'deploymnt', '--severity', 'SEV-3');
    expect(dry.stderr).toMatch(/--trigger "deploymnt" .*Did you mean "deployment"/);
  });
});
