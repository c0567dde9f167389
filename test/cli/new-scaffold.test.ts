import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { emptyContentFolder } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';

// Each case writes into a content folder of its own: they run concurrently.
const run = (contentDir: string, ...args: string[]) => runScript('new.ts', args, { env: { ...process.env, KB_CONTENT_DIR: contentDir } });

describe('npm run new', () => {
  test.concurrent.each(['2025-02-30', '2025-13-45', '20250101'])('--date %s, not a real day, is refused and writes nothing', async (date) => {
    const dir = emptyContentFolder();
    const result = await run(dir, '--title', 'Checkout errors', '--severity', 'SEV-2', '--service', 'checkout-api', '--date', date);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--date "${date}" must be a real day, written YYYY-MM-DD.`);
    expect(readdirSync(join(dir, 'postmortems'))).toEqual([]);
  });

  test.concurrent('scaffolds a draft from flags that passes the check', async () => {
    const dir = emptyContentFolder();
    const result = await run(dir, '--title', 'Checkout errors after a cache flush', '--severity', 'SEV-2', '--service', 'checkout-api', '--service', 'orders-db', '--trigger', 'deployment', '--started', '2026-11-20T10:00:00Z');
    expect(result.status, result.stderr).toBe(0);
    const files = readdirSync(join(dir, 'postmortems'));
    expect(files).toEqual(['2026-11-20-checkout-errors-after-a-cache-flush.mdx']);
    const source = readFileSync(join(dir, 'postmortems', files[0]), 'utf8');
    expect(source).toMatch(/^title: "Checkout errors after a cache flush"$/m);
    expect(source).toMatch(/^services: \[checkout-api, orders-db\]$/m);
    expect(source).toMatch(/^teams: \[checkout\]$/m);
    for (const section of ['## What happened', '## Impact', '## Analysis', '## What went well', '## Where we got lucky', '## Learnings', 'contributors:', 'mitigators:', 'risks:', 'actionItems:', 'timeline:']) {
      expect(source).toContain(section);
    }
    const check = validateCorpus(dir);
    expect(check.findings).toEqual([]);
    expect(check.postmortems[0].data?.status).toBe('draft');
  });

  test.concurrent('a start time with an offset is taken, as the schema and npm run draft take it, and stored in UTC', async () => {
    const dir = emptyContentFolder();
    const result = await run(dir, '--title', 'Late night errors', '--service', 'checkout-api', '--started', '2026-11-20T00:30:00+01:00');
    expect(result.status, result.stderr).toBe(0);
    // 00:30 in UTC+1 is 23:30 UTC the day before: the file is named by the UTC day.
    const files = readdirSync(join(dir, 'postmortems'));
    expect(files).toEqual(['2026-11-19-late-night-errors.mdx']);
    expect(readFileSync(join(dir, 'postmortems', files[0]), 'utf8')).toContain('2026-11-19T23:30:00Z');
  });

  test.concurrent('the scaffold put in review without its TODOs written is refused at each one, not published with them', async () => {
    const dir = emptyContentFolder();
    expect((await run(dir, '--title', 'Checkout errors', '--severity', 'SEV-2', '--service', 'checkout-api', '--visibility', 'public', '--started', '2026-11-20T10:00:00Z')).status).toBe(0);
    const [name] = readdirSync(join(dir, 'postmortems'));
    const path = join(dir, 'postmortems', name);
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: draft', 'status: in-review'));
    const check = await runScript('check.ts', ['--format', 'json'], { env: { ...process.env, KB_CONTENT_DIR: dir } });
    expect(check.status).toBe(1);
    const findings = (JSON.parse(check.stdout).findings as { rule: string; severity: string; field?: string }[]);
    const placeholders = findings.filter((f) => f.rule === 'completeness/placeholder');
    expect(placeholders.every((f) => f.severity === 'error')).toBe(true);
    expect(placeholders.filter((f) => f.field).map((f) => f.field)).toEqual(['summary', 'impact.description', 'timeline[0].event', 'public.title', 'public.summary']);
    // What happened, Impact, Analysis, the <Internal> note, What went well, What went wrong, Where we got lucky, Learnings.
    expect(placeholders.filter((f) => !f.field)).toHaveLength(8);
  });

  test.concurrent('a public scaffold gets public wording and stays valid', async () => {
    const dir = emptyContentFolder();
    expect((await run(dir, '--title', 'Sign-in errors', '--service', 'auth-service', '--visibility', 'public', '--started', '2026-11-20T10:00:00Z')).status).toBe(0);
    expect(validateCorpus(dir).findings).toEqual([]);
  });

  test.concurrent('refuses to overwrite an existing file', async () => {
    const dir = emptyContentFolder();
    const args = ['--title', 'Same title', '--service', 'checkout-api', '--started', '2026-11-20T10:00:00Z'];
    expect((await run(dir, ...args)).status).toBe(0);
    const before = readFileSync(join(dir, 'postmortems/2026-11-20-same-title.mdx'), 'utf8');
    const again = await run(dir, ...args);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists.*nothing was written/);
    expect(readFileSync(join(dir, 'postmortems/2026-11-20-same-title.mdx'), 'utf8')).toBe(before);
  });

  test.concurrent.each([
    [['--service', 'checkout'], /--service "checkout" is not in .*services\.yaml\. Did you mean "checkout-api"\?/],
    [['--service', 'checkout-api', '--severity', 'SEV-9'], /--severity "SEV-9" is not one of/],
    [['--service', 'checkout-api', '--started', '2026-11-20 10:00'], /not an ISO-8601 time with its zone/],
    [['--service', 'checkout-api', '--started', '2026-11-20T10:00:00'], /not an ISO-8601 time with its zone/],
    [['--service', 'checkout-api', '--started', '2026-02-30T10:00:00Z'], /not an ISO-8601 time with its zone/],
    [['--service', 'checkout-api', '--trigger', 'confguration'], /Did you mean "configuration"\?/],
  ])('rejects bad flags: %j', async (args, message) => {
    const dir = emptyContentFolder();
    const result = await run(dir, '--title', 'x', ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(readdirSync(join(dir, 'postmortems'))).toEqual([]);
  });
});
