// Bad input, round 11: what only a command shows (docs/rules.md, "Bad input round 11").
import { describe, expect, test } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from '../support/run-script.ts';
import { emptyContentFolder } from '../support/content-fixture.ts';

// Each case has a content folder of its own: the cases run concurrently.
const run = async (script: string, args: string[], contentDir = emptyContentFolder()) =>
  ({ ...(await runScript(script, args, { env: { ...process.env, KB_CONTENT_DIR: contentDir } })), contentDir });

describe('a folder of the machine given to check, redact or import --out', () => {
  test.concurrent('npm run check -- <the temporary folder> is refused at once, status 2, nothing checked (it read every Markdown file below it)', async () => {
    const result = await run('check.ts', [tmpdir()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${tmpdir()} is the machine's temporary folder: every .md and .mdx file below it, other programs' files included, would be read as a postmortem (it can take minutes, or not end). Name the postmortems folder or the files to check, or give no file to check every postmortem of the content folder.\nNothing was checked.\n`);
    expect(result.stdout).toBe('');
  });

  test.concurrent('npm run check -- / likewise (it did not end)', async () => {
    const result = await run('check.ts', ['/']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^\/ is the root of the file system: /);
  });

  test.concurrent('a folder of 200 or more files outside the postmortems folder is said on stderr before it is checked; the JSON on stdout is unchanged', async () => {
    const folder = join(emptyContentFolder(), 'elsewhere');
    mkdirSync(folder);
    for (let i = 0; i < 200; i++) writeFileSync(join(folder, `note-${i}.md`), '# a note\n');
    const result = await run('check.ts', ['--no-lint', '--format', 'json', folder]);
    expect(result.stderr).toBe(`Checking 200 .md and .mdx files below ${folder}, outside ${join(result.contentDir, 'postmortems')}: each is read as a postmortem; this takes a while.\n`);
    expect(JSON.parse(result.stdout).files).toBe(200);
  });

  test.concurrent('npm run redact -- / is refused, nothing changed', async () => {
    const result = await run('redact.ts', ['/']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^\/ is the root of the file system: .* Name the postmortems folder or the files to redact\.\nNothing was changed\.\n$/);
  });

  test.concurrent('npm run import -- report.md --out / is refused before anything is read (it listed /proc, then stopped on folders it could not list)', async () => {
    const contentDir = emptyContentFolder();
    const report = join(contentDir, 'report.md');
    writeFileSync(report, '# Checkout errors\n\nA push broke checkout.\n');
    const result = await run('import.ts', [report, '--dry-run', '--out', '/'], contentDir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('--out /: is the root of the file system, not a folder for drafts: every Markdown file below it would be read for the ids already taken, and the drafts mixed with other files. Give a folder of their own, e.g. --out content/postmortems or --out drafts; nothing was written.\n');
  });
});

describe('npm run new', () => {
  const newWith = (...args: string[]) => run('new.ts', ['--title', 'Checkout errors', '--service', 'checkout-api', '--started', '2026-11-20T10:00:00Z', ...args]);

  test.concurrent('--slug of 80 characters is refused, status 2, nothing written (it was cut to 60 without a word)', async () => {
    const result = await newWith('--slug', 'x'.repeat(80));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^--slug is 80 characters as a file name \("x{40}…"\); at most 60 are taken\. Give a shorter one, e\.g\. --slug x{60} /);
    expect(readdirSync(join(result.contentDir, 'postmortems'))).toEqual([]);
  });

  test.concurrent('--slug of 60 characters is the file name as given', async () => {
    const result = await newWith('--slug', 'y'.repeat(60));
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(result.contentDir, 'postmortems'))).toEqual([`2026-11-20-${'y'.repeat(60)}.mdx`]);
  });

  test.concurrent('--titel names --title and the options (Node said "Unknown option \'--titel\'" only)', async () => {
    const result = await run('new.ts', ['--titel', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("Unknown option '--titel' (did you mean --title?). The options of this command are --title, --severity, --service, --team, --trigger, --started, --visibility, --date, --slug, --help.\nRun the command with --help to see its options.\n");
  });
});
