import { afterAll, beforeAll, expect, test } from 'vitest';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { vocabularyContentFolder } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { runScript, type ScriptResult } from '../support/run-script.ts';

/**
 * `npm run redact` on an organisation's own posts whose name is also the surname of a git author
 * of the content folder (redact round 37, docs/redaction.md "False positives, round 37"): the
 * name was replaced by "an engineer" in every post ("an engineer operations alarms"). Our own
 * posts, modelled on a company's incident reports.
 */
const bodies = [
  'Quorvane operations alarms fired at 03:10. Details are on https://docs.quorvane.io/alarms.',
  'The Quorvane wallet showed a wrong balance for some customers.',
  'Quorvane tech support heard of it first. Dagny Quorvane restarted the node at 03:20.',
];
let contentDir: string;
const files: string[] = [];
let redact: ScriptResult;

beforeAll(async () => {
  contentDir = vocabularyContentFolder('redact-round37');
  bodies.forEach((body, i) => {
    const file = join(contentDir, 'postmortems', `2025-03-0${i + 1}-p${i}.mdx`);
    writeFileSync(file, publicProbePost({ body: `${body}\n` }).replaceAll('2025-03-01', `2025-03-0${i + 1}`));
    files.push(file);
  });
  // The git author whose surname is the organisation's name.
  const git = (...args: string[]) => execFileSync('git', ['-C', contentDir, '-c', 'user.name=Dagny Quorvane', '-c', 'user.email=dq@example.org', ...args], { stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'posts');
  redact = await runScript('redact.ts', files, { env: { ...process.env, KB_CONTENT_DIR: contentDir }, timeout: 240_000 });
  expect(redact.signal).toBeNull();
}, 240_000);
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

test("the organisation's own name is left with the proposal to set it, not replaced by a role", () => {
  for (const [i, file] of files.entries()) expect(readFileSync(file, 'utf8')).toContain(i === 1 ? 'The Quorvane wallet' : 'Quorvane');
  expect(readFileSync(files[0], 'utf8')).toContain('Quorvane operations alarms');
  expect(redact.stdout).toMatch(/not changed: the organisation's own name, as the posts write it: if "Quorvane" is the organisation that publishes these reports .*set organisation: 'Quorvane' in site\.config\.ts/);
  expect(redact.stdout).not.toContain('"Quorvane" -> "an engineer"');
});

test('the author named in full is still replaced', () => {
  expect(readFileSync(files[2], 'utf8')).toContain('<Internal>Dagny Quorvane</Internal><PublicOnly>An engineer</PublicOnly> restarted the node');
});
