// scripts/build-registry-package-names.ts (false positives round 42, docs/redaction.md): which of a
// registry's packages the list keeps, and the error for a table that is not the registry's.
import { afterEach, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runScript } from '../support/run-script.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-registry-names-'));
  made.push(dir);
  return dir;
};

test('keeps the widely used names with a separator, PyPI names normalised', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'npm.tsv'), 'name\tversion\tdownloads_a_month\tsummary\nquill-cli\t1.0.0\t2500000\tx\nquill\t1.0.0\t9000000\ty\nrare-tool\t0.1.0\t999\tz\n@scope/quill-es\t1.0.0\t5000000\tw\n');
  writeFileSync(join(dir, 'pypi.tsv'), 'name\tversion\tmonth\trank_among_15000_most_downloaded\tsummary\nFeather_Utils.Core\t1.0\t2026-11\t12\tx\nfeather-rare\t1.0\t2026-11\t\ty\nfeather-late\t1.0\t2026-11\t7000\tz\n');
  const out = join(dir, 'names.ts');
  const result = await runScript('build-registry-package-names.ts', ['--npm', join(dir, 'npm.tsv'), '--pypi', join(dir, 'pypi.tsv'), '--out', out]);
  expect(result.status).toBe(0);
  const written = readFileSync(out, 'utf8');
  const list = (name: string) => written.slice(written.indexOf(`${name}: ReadonlySet<string> = new Set(\``)).split('`')[1].split(/\s+/).filter(Boolean);
  // One word alone is no identifier; a scoped name is an organisation's; a rare one is not "widely used".
  expect(list('npmPackageNames')).toEqual(['quill-cli']);
  expect(list('pypiPackageNames')).toEqual(['feather-utils-core']);
});

test('a table without the registry columns is refused, naming the file and the missing column', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'npm.tsv'), 'name\tversion\tweekly\nquill-cli\t1.0.0\t10\n');
  writeFileSync(join(dir, 'pypi.tsv'), 'name\tversion\tmonth\trank_among_15000_most_downloaded\n');
  const result = await runScript('build-registry-package-names.ts', ['--npm', join(dir, 'npm.tsv'), '--pypi', join(dir, 'pypi.tsv'), '--out', join(dir, 'names.ts')]);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${join(dir, 'npm.tsv')}: no column "downloads_a_month" in its header line`);
});
