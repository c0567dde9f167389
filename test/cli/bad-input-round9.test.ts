// Bad input, round 9: what only a command shows (docs/rules.md, "Bad input round 9").
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const root = resolve(import.meta.dirname, '../..');
function emptyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-new-'));
  for (const f of ['services.yaml', 'teams.yaml', 'tags.yaml', 'triggers.yaml']) cpSync(join(root, 'content', f), join(dir, f));
  mkdirSync(join(dir, 'postmortems'));
  return dir;
}

describe('npm run new', () => {
  test('a service or team given twice is listed once (the file was refused as "The template produced an invalid file")', () => {
    const dir = emptyContent();
    const result = spawnSync(process.execPath, [join(root, 'scripts/new.ts'), '--title', 'Checkout errors', '--severity', 'SEV-2', '--service', 'checkout-api', '--service', 'checkout-api', '--team', 'checkout', '--team', 'checkout', '--started', '2026-11-20T10:00:00Z'],
      { encoding: 'utf8', input: '', env: { ...process.env, KB_CONTENT_DIR: dir } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('template');
    const source = readFileSync(join(dir, 'postmortems', readdirSync(join(dir, 'postmortems'))[0]), 'utf8');
    expect(source).toMatch(/^services: \[checkout-api\]$/m);
    expect(source).toMatch(/^teams: \[checkout\]$/m);
  });
});
