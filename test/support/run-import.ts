import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';

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

/**
 * `runImportCommand` of fixture folders, in one command, with two helpers its tests ask: a draft's
 * frontmatter parsed, and the one draft whose name ends in a suffix (a failed expectation naming the
 * drafts written when none does: the import named it otherwise).
 */
export function importFixtures(folders: string[], prefix: string) {
  const run = runImportCommand(folders, prefix);
  return {
    ...run,
    frontmatter: (name: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(run.text(name))![1]) as Record<string, unknown>,
    draftEndingIn: (suffix: string) => {
      const name = run.drafts.find((draft) => draft.endsWith(suffix));
      expect(name, `a draft …${suffix} among ${run.drafts.join(', ')}`).toBeDefined();
      return name!;
    },
  };
}
