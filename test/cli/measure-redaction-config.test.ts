import { expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot as root, runScript } from '../support/run-script.ts';

// Each case has folders of its own: they run concurrently.
const measure = (folder: string, args: string[], env: Record<string, string> = {}) =>
  runScript('measure-redaction.ts', [folder, '--list', ...args], { cwd: root, env: { ...process.env, ...env } });

// The round 16 walkthrough measured service ids and publicNames with a script of its own, since
// the measurement read no configuration and did not say so.
test.concurrent('measure:redaction says it reads no configuration, and with --config reads the content folder as npm run check does', async () => {
  const reports = mkdtempSync(join(tmpdir(), 'kb-measure-config-'));
  writeFileSync(join(reports, 'report.md'), '# Slow carts\n\nThe zorbcart-api queue backed up for an hour.\n');
  const content = mkdtempSync(join(tmpdir(), 'kb-measure-content-'));
  cpSync(join(root, 'content', 'teams.yaml'), join(content, 'teams.yaml'));
  cpSync(join(root, 'content', 'tags.yaml'), join(content, 'tags.yaml'));
  writeFileSync(join(content, 'services.yaml'), 'zorbcart-api:\n  name: Zorbcart API\n  owner: checkout\n  tier: 1\n  description: Builds carts.\n');
  mkdirSync(join(content, 'postmortems'));

  const [plain, configured] = await Promise.all([measure(reports, [], { KB_CONTENT_DIR: content }), measure(reports, ['--config'], { KB_CONTENT_DIR: content })]);
  expect(plain.status).toBe(0);
  expect(plain.stdout).toContain("settings: the guard's defaults, not the site configuration (--config reads it)");
  expect(plain.stdout).not.toContain('redact/service-id');

  expect(configured.stderr).toBe('');
  expect(configured.status).toBe(0);
  expect(configured.stdout).toMatch(/settings: site\.config\.ts and .*kb-measure-content-.* \(organisation Acme; .*1 service ids\)/);
  expect(configured.stdout).toMatch(/report\.md:3:5 {2}error {2}redact\/service-id {2}zorbcart-api/);
});

test.concurrent('measure:redaction --config on a content folder without vocabularies says so, status 1', async () => {
  const reports = mkdtempSync(join(tmpdir(), 'kb-measure-config-'));
  writeFileSync(join(reports, 'report.md'), '# A report\n');
  const result = await measure(reports, ['--config'], { KB_CONTENT_DIR: join(reports, 'missing') });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/missing/);
  expect(result.stdout).toBe('');
});
