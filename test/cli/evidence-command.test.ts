import { beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

const run = (contentDir: string, args: string[]) =>
  runScript('evidence.ts', args, { env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2025-12-01' } });

/** The security canary corpus with a compliance.yaml: Berlin time and one annual review. */
function content(): string {
  const dir = makeContentFromFixture('security-canary');
  writeFileSync(join(dir, 'compliance.yaml'), 'timeZone: Europe/Berlin\nannualReviews:\n  - { date: 2025-02-01, scope: Incident process }\n');
  return dir;
}

describe('npm run evidence (the command)', () => {
  // Each case has a content folder and output folders of its own: they run concurrently. The first
  // start of a command in a test run compiles its import graph into the run's compile cache; six
  // started together before it is filled would each compile it: one start (--help) goes first.
  beforeAll(() => runScript('evidence.ts', ['--help']));
  test.concurrent('writes the pack, the same bytes on a second run', async () => {
    const dir = content();
    const [first, second] = [mkdtempSync(join(tmpdir(), 'ev-')), mkdtempSync(join(tmpdir(), 'ev-'))];
    const result = await run(dir, ['--from', '2025-01-01', '--to', '2025-12-31', '--framework', 'nist', '--out', first]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Evidence pack for 2025-01-01 to 2025-12-31: 3 incidents, 2 action items, 3 notification deadlines (2 missed).');
    expect((await run(dir, ['--from', '2025-01-01', '--to', '2025-12-31', '--framework', 'nist', '--out', second])).status).toBe(0);
    const files = readdirSync(first).sort();
    expect(files).toEqual(['action-items.csv', 'controls.csv', 'evidence.json', 'incidents.csv', 'notification-deadlines.csv', 'report.html']);
    for (const file of files) expect(readFileSync(join(second, file), 'utf8'), file).toBe(readFileSync(join(first, file), 'utf8'));
    const html = readFileSync(join(first, 'report.html'), 'utf8');
    expect(html).toContain('NIST SP 800-61r3 (CSF 2.0)');
    expect(html).not.toContain('ISO/IEC 27001');
    // Dates and times are kept whole on a line (`ev-nowrap` spans); the words are read through them.
    const words = html.replace(/<span class="ev-nowrap">([^<]*)<\/span>/g, '$1');
    expect(words).toContain('Sun 4 May 2025, 11:17 CEST'); // due 09:17 UTC, shown in the configured zone
    expect(html).toContain('Last annual review: <b>1 Feb 2025</b>');
    expect(readFileSync(join(first, 'controls.csv'), 'utf8').split('\r\n')[0]).toBe('framework,control,name,sections');
  });

  // The project's 60 s timeout, not 30 s: a case's timer runs while the commands of the others,
  // started beside it, share the CPU.
  test.concurrent.each([
    [['--from', '2025-01-01'], '--to is missing'],
    [['--from', '2025-01-01', '--to', '2025-12-31', '--framework', 'iso'], '--framework is "iso"; use one of iso27001, soc2, nist'],
    [['--from', '2025-12-31', '--to', '2025-01-01'], '--to (2025-01-01) is before --from (2025-12-31).'],
    [['--from', '2025-01-01', '--to', '2025-12-31', '--form', 'x'], "Unknown option '--form'"],
  ])('refuses %j with a clear message', async (args, message) => {
    const result = await run(content(), args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  test.concurrent('refuses to write a pack from invalid postmortems', async () => {
    const dir = content();
    const file = join(dir, 'postmortems/2025-06-01-privileged-canary.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('classification: [security, privacy]', 'classification: [securty]'));
    const out = mkdtempSync(join(tmpdir(), 'ev-'));
    const result = await run(dir, ['--from', '2025-01-01', '--to', '2025-12-31', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('security.classification[0] is "securty", which is not allowed.');
    expect(result.stderr).toContain('no evidence pack was written');
    expect(readdirSync(out)).toEqual([]);
  });
});
