import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * `npm run import -- <args> --out <a new temporary folder>` run as a command, with the import day
 * fixed (`KB_AS_OF=2026-12-04`): its exit status, what it printed (stdout and stderr), the drafts
 * written (sorted) and each draft's text. The import rounds' tests ask it of their fixtures.
 */
export function runImportCommand(args: string[], prefix = 'import-'): { status: number | null; log: string; drafts: string[]; text: (name: string) => string } {
  const out = mkdtempSync(join(tmpdir(), prefix));
  const run = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), ...args, '--out', out], { cwd: root, encoding: 'utf8', env: { ...process.env, KB_AS_OF: '2026-12-04' } });
  const drafts = readdirSync(out).filter((name) => name.endsWith('.mdx')).sort();
  return { status: run.status, log: `${run.stdout}${run.stderr}`, drafts, text: (name: string) => readFileSync(join(out, name), 'utf8') };
}
