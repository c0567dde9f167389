import { describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { emptyContentFolder } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

// Round 31: npm run new and npm run draft exited 1 on a usage mistake, where every other command
// exits 2, so a script could not tell "change the command" from "the export is broken". Each
// case here fails if a usage mistake exits 1 again, or a bad export or a failed write exits 2.
// Each runs in a content folder of its own, so they run concurrently.
const F = resolve(import.meta.dirname, '../fixtures/draft');
const alerts = join(F, 'alertmanager-webhooks.ndjson');
const run = async (script: string, args: string[]) => {
  const contentDir = emptyContentFolder();
  return { ...(await runScript(script, args, { env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-11-21' } })), contentDir };
};
const newWith = (...args: string[]) => run('new.ts', ['--title', 'Checkout errors', '--severity', 'SEV-2', '--service', 'checkout-api', ...args]);
const draftWith = (...args: string[]) => run('draft.ts', ['--title', 'Checkout errors', '--severity', 'SEV-2', '--service', 'checkout-api', '--trigger', 'configuration', ...args]);

/** A file of the text given, in a folder of its own. */
function exportFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kb-exit-')), name);
  writeFileSync(file, text);
  return file;
}

describe('usage mistakes exit 2 and write nothing', () => {
  test.concurrent.each([
    ['new --visibility Public', () => newWith('--started', '2026-11-20T10:00:00Z', '--visibility', 'Public'), /^--visibility "Public" must be internal or public\./],
    ['new --started on a day the calendar lacks', () => newWith('--started', '2026-02-30T10:00:00Z'), /^--started "2026-02-30T10:00:00Z" is not an ISO-8601 time/],
    ['new --team unknown', () => newWith('--started', '2026-11-20T10:00:00Z', '--team', 'Checkout'), /^--team "Checkout" is not in .*teams\.yaml\./],
    ['new --date without --started', () => newWith('--date', '2025-09-01'), /^--date 2025-09-01 is given without --started/],
    ['new without a terminal and without --title', () => run('new.ts', ['--service', 'checkout-api']), /cannot ask for a value: give --title/],
    ['draft without --title', () => run('draft.ts', ['--alerts', alerts]), /^--title is required/],
    ['draft --severity SEV-9', () => run('draft.ts', ['--title', 'Checkout errors', '--alerts', alerts, '--severity', 'SEV-9']), /^--severity "SEV-9" is not one of/],
    ['draft --team unknown', () => draftWith('--alerts', alerts, '--team', 'Checkout'), /^--team "Checkout" is not in .*teams\.yaml\./],
    ['draft --window backwards', () => draftWith('--alerts', alerts, '--window', '2026-11-20T13:00:00Z..2026-11-20T09:00:00Z'), /^--window end 2026-11-20T09:00:00Z is before its start/],
    ['draft --window without ..', () => draftWith('--alerts', alerts, '--window', '2026-11-20T09:00:00Z'), /^--window "2026-11-20T09:00:00Z" must be START\.\.END/],
    ['draft without a record', () => draftWith(), /^Give at least one record/],
    ['draft of an unknown option', () => draftWith('--alert', alerts), /^Unknown option '--alert'/],
    ['draft --chat-flags of no file', () => draftWith('--alerts', alerts, '--chat-flags', '/nonexistent-flags.json'), /^--chat-flags \/nonexistent-flags\.json: no such file\./],
  ] as const)('%s', async (_name, start, message) => {
    const result = await start();
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(result.contentDir, 'postmortems'))).toEqual([]);
  });
});

describe('an export that cannot be read or parsed exits 1, as before', () => {
  test.concurrent.each([
    ['alerts that are not JSON', () => draftWith('--alerts', exportFile('alerts.ndjson', '{"alerts": [\n')), /alerts\.ndjson/],
    ['a pager export of no known kind', () => draftWith('--pager', exportFile('pager.json', '{"pages": []}')), /pager\.json is neither PagerDuty REST API v2 JSON/],
    ['an empty chat export', () => draftWith('--chat', exportFile('chat.json', '  \n')), /chat\.json \(--chat\) is empty/],
  ] as const)('%s', async (_name, start, message) => {
    const result = await start();
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(readdirSync(join(result.contentDir, 'postmortems'))).toEqual([]);
  });
});
