import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const measure = (folder: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'measure-redaction.ts'), folder, '--list', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });

// The round 16 walkthrough measured service ids and publicNames with a script of its own, since
// the measurement read no configuration and did not say so.
test('measure:redaction says it reads no configuration, and with --config reads the content folder as npm run check does', () => {
  const reports = mkdtempSync(join(tmpdir(), 'kb-measure-config-'));
  writeFileSync(join(reports, 'report.md'), '# Slow carts\n\nThe zorbcart-api queue backed up for an hour.\n');
  const content = mkdtempSync(join(tmpdir(), 'kb-measure-content-'));
  cpSync(join(root, 'content', 'teams.yaml'), join(content, 'teams.yaml'));
  cpSync(join(root, 'content', 'tags.yaml'), join(content, 'tags.yaml'));
  writeFileSync(join(content, 'services.yaml'), 'zorbcart-api:\n  name: Zorbcart API\n  owner: checkout\n  tier: 1\n  description: Builds carts.\n');
  mkdirSync(join(content, 'postmortems'));

  const plain = measure(reports, [], { KB_CONTENT_DIR: content });
  expect(plain.status).toBe(0);
  expect(plain.stdout).toContain("settings: the guard's defaults, not the site configuration (--config reads it)");
  expect(plain.stdout).not.toContain('redact/service-id');

  const configured = measure(reports, ['--config'], { KB_CONTENT_DIR: content });
  expect(configured.stderr).toBe('');
  expect(configured.status).toBe(0);
  expect(configured.stdout).toMatch(/settings: site\.config\.ts and .*kb-measure-content-.* \(organisation Acme; .*1 service ids\)/);
  expect(configured.stdout).toMatch(/report\.md:3:5 {2}error {2}redact\/service-id {2}zorbcart-api/);
});

test('measure:redaction --config on a content folder without vocabularies says so, status 1', () => {
  const reports = mkdtempSync(join(tmpdir(), 'kb-measure-config-'));
  writeFileSync(join(reports, 'report.md'), '# A report\n');
  const result = measure(reports, ['--config'], { KB_CONTENT_DIR: join(reports, 'missing') });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/missing/);
  expect(result.stdout).toBe('');
});
