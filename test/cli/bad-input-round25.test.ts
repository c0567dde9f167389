// Bad input, round 25 (docs/rules.md, "Bad input round 25"): the commands started as a user starts
// them, for what only a process shows: npm start's own options, and a reader that closes the pipe.
// Few and fast: none builds or serves a site.
import { afterEach, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { repositoryRoot, runScript } from '../support/run-script.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
/** An output folder that does not exist yet: a build started by mistake would create it. */
const unbuiltOut = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-round25-start-'));
  made.push(dir);
  return join(dir, 'dist');
};

test('npm start is scripts/start.ts, which the README\'s command runs', () => {
  const scripts = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;
  // Was "npm run build && npm run preview": npm appended `-- --help` to the preview, after a whole build.
  expect(scripts.start).toBe('node scripts/start.ts');
  expect(readFileSync(join(repositoryRoot, 'README.md'), 'utf8')).toContain('npm ci && npm start');
});

test('npm start -- --help prints its usage and builds nothing', async () => {
  const out = unbuiltOut();
  const result = await runScript('start.ts', ['--help'], { env: { ...process.env, KB_OUT_DIR: out } });
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^Usage: npm start \[-- --port N\]\n/);
  expect(result.stdout).toContain('--port N   serve on port N (1-65535) instead of 4321');
  expect(existsSync(out)).toBe(false);
  expect(existsSync(`${out}.staging`)).toBe(false);
});

test.concurrent.each([
  [['--port', 'abc'], /^--port must be a whole number from 1 to 65,535; got "abc"\.\n$/],
  [['--port', '0'], /^--port must be a whole number from 1 to 65,535; got "0"\.\n$/],
  [['--port', '70000'], /^--port must be a whole number from 1 to 65,535; got "70000"\.\n$/],
  [['--prot', '8080'], /^Unknown option '--prot' \(did you mean --port\?\)/],
  [['dist-public'], /^Unexpected argument 'dist-public'\. This command does not take positional arguments/],
])('npm start -- %j is refused before anything is built (status 2, one line)', async (args, words) => {
  const out = unbuiltOut();
  const result = await runScript('start.ts', args, { env: { ...process.env, KB_OUT_DIR: out } });
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(words);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(out)).toBe(false);
});

test('a reader that closes the pipe early (| head -1) ends a command quietly, not with an EPIPE stack trace', async () => {
  // What every command loads (command-line.ts), then a long report written line by line, as digest writes it.
  const writer = `await import(${JSON.stringify(join(repositoryRoot, 'scripts/lib/command-line.ts'))});
    for (let i = 0; i < 2000; i++) { console.log('line ' + i + ' '.repeat(200)); await new Promise((r) => setImmediate(r)); }`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', writer], { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  // The reader takes the first chunk and goes away, as head does.
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  expect(stderr).toBe('');
  expect(status).toBe(0);
});

test.concurrent('npm run import of a postmortem of the knowledge base itself is not imported (before: a second draft of the same incident)', async () => {
  const out = unbuiltOut();
  const result = await runScript('import.ts', ['content/postmortems/2023-01-24-login-bcrypt-cost-cpu.mdx', '--out', out, '--dry-run']);
  expect(result.status).toBe(1);
  expect(result.stdout + result.stderr).toMatch(/not imported: is a postmortem of this knowledge base already \(in content\/postmortems\): imported, it would become a second draft of the same incident under another name\. Edit it where it is/);
  expect(result.stdout).toMatch(/1 files: 0 imported .*1 not imported/);
});

test.concurrent('npm run fill -- content/tags.yaml is refused as a vocabulary, status 2 (before: "left alone: it has no frontmatter", status 0)', async () => {
  const result = await runScript('fill-drafts.ts', ['content/tags.yaml', '--set', 'severity=SEV-2', '--dry-run']);
  expect(result.status).toBe(2);
  expect(result.stderr).toBe('content/tags.yaml is the vocabulary of tags, not a postmortem: it is read, and checked, with every postmortem that uses it. Name a postmortem (content/postmortems/<id>.mdx), or run npm run check with no file to check every postmortem and the vocabularies. Nothing was written.\n');
});

test.concurrent('npm run redact -- content/teams.yaml says it is no postmortem, status 1 (before: "the file has no frontmatter block", fix: start it with ---)', async () => {
  const result = await runScript('redact.ts', ['content/teams.yaml']);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/^content\/teams\.yaml: content\/teams\.yaml is the vocabulary of teams, not a postmortem: .* Fix: name a postmortem \(content\/postmortems\/<id>\.mdx\)/);
});
