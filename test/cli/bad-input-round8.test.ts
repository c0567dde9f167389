// Bad input, round 8, as the commands meet it (docs/rules.md, "Bad input round 8"): a value that
// starts with a dash, and files and folders the user running the command may not read. Every case
// works in folders of its own: they run concurrently, but for those run as another user (below).
import { describe, expect, test } from 'vitest';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir } from '../support/content-fixture.ts';
import { repositoryRoot as root, runCommand, runScript } from '../support/run-script.ts';

/** A content folder of the good-input fixture, which every user may read. */
function makeReadableContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-round8-'));
  cpSync(join(fixturesDir, 'good-input', 'postmortems'), join(dir, 'postmortems'), { recursive: true });
  for (const file of readdirSync(join(fixturesDir, 'vocabulary'))) cpSync(join(fixturesDir, 'vocabulary', file), join(dir, file));
  return dir;
}

describe('npm run new: a --title that starts with a dash', () => {
  const runNew = (...args: string[]) => runScript('new.ts', args, {
    cwd: root, env: { ...process.env, KB_CONTENT_DIR: makeReadableContent() },
  });

  test.concurrent("--title '---' says how to give such a value (it was Node's \"argument is ambiguous ... --title=-XYZ\")", async () => {
    const run = await runNew('--title', '---', '--severity', 'SEV-2', '--service', 'checkout-api');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('--title is followed by "---", which starts with a dash, so it is not taken as the value of --title (it may be another option, the value forgotten). If "---" is the value, join the two with "=": --title=---\nRun the command with --help to see its options.\n');
  });

  test.concurrent('--title=--- (or only emoji) is refused: no letter or digit, nothing written', async () => {
    const titles = ['---', '🔥🔥', '...'];
    const runs = await Promise.all(titles.map((title) => runNew(`--title=${title}`, '--severity', 'SEV-2', '--service', 'checkout-api')));
    for (const [i, title] of titles.entries()) {
      const run = runs[i];
      expect(run.status, title).toBe(2);
      expect(run.stderr).toBe(`--title "${title}" has no letter or digit: it says nothing of what broke, and the file would be named <day>-incident.mdx. Give what broke and where, e.g. --title "Checkout errors after a config push". Nothing was written.\n`);
    }
  });
});

// The machine that runs the tests may be root, whom no permission stops: the commands then run as
// the user nobody (setpriv), with the project's own Node, which nobody may run.
const isRoot = process.getuid?.() === 0;
const projectNode = existsSync(join(root, 'node_modules/.bin/node')) ? realpathSync(join(root, 'node_modules/.bin/node')) : undefined;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));
const canDropRights = !isRoot || (setpriv !== undefined && projectNode !== undefined);

describe.skipIf(!canDropRights || process.platform === 'win32')('files and folders without read permission', () => {
  // One case after the other: started side by side (as the rest of the file is), three of these
  // six passed their 60 s timeout at load 21; one at a time they pass.
  /** Runs a script of the project as a user the permissions stop. */
  const runAsReader = (script: string, args: string[], contentDir: string) => {
    const command = isRoot ? [setpriv!, '--reuid=65534', '--regid=65534', '--clear-groups', projectNode!] : [process.execPath];
    return runCommand(command[0], [...command.slice(1), join(root, 'scripts', script), ...args], {
      cwd: root, env: { ...process.env, HOME: tmpdir(), KB_CONTENT_DIR: contentDir },
    });
  };
  /** A content folder everyone may read, but for the paths made unreadable by `lock`. */
  const contentWith = (lock: (dir: string) => void) => {
    // The test run's temporary folder is the owner's alone: the other user must pass through it.
    chmodSync(tmpdir(), 0o755);
    const dir = makeReadableContent();
    chmodSync(dir, 0o755);
    lock(dir);
    return dir;
  };
  const lockedPostmortem = (dir: string) => {
    const file = join(dir, 'postmortems/2025-07-09-locked.mdx');
    writeFileSync(file, '---\ntitle: x\n---\n');
    chmodSync(file, 0o000);
  };
  const lockedFolder = (dir: string) => {
    mkdirSync(join(dir, 'postmortems/2024'));
    writeFileSync(join(dir, 'postmortems/2024/2024-01-02-hidden.mdx'), '---\ntitle: x\n---\n');
    chmodSync(join(dir, 'postmortems/2024'), 0o000);
  };

  test('npm run check: a postmortem without read permission is said in words, with the chmod to run (it was "cannot be read: EACCES")', async () => {
    const dir = contentWith(lockedPostmortem);
    const run = await runAsReader('check.ts', [], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${dir}/postmortems/2025-07-09-locked.mdx:1:1  error  corpus/unreadable-file  ${dir}/postmortems/2025-07-09-locked.mdx cannot be read: permission denied (EACCES): the user running this command may not read it.\n    fix: give read permission to the user who runs the check and the build (chmod a+r '${dir}/postmortems/2025-07-09-locked.mdx'), or remove it from the postmortems folder.`);
  });

  test('npm run check: a folder of postmortems that cannot be listed is an error (it was a stack trace, scandir EACCES)', async () => {
    const dir = contentWith(lockedFolder);
    const run = await runAsReader('check.ts', [], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toContain(`${dir}/postmortems/2024:1:1  error  corpus/unreadable-file  the folder ${dir}/postmortems/2024 cannot be listed: permission denied (EACCES): the user running this command may not read it, so the postmortems in it would be left out of the sites.\n    fix: give read permission to the user who runs the check and the build (chmod -R a+rX '${dir}/postmortems/2024'), or remove it from the postmortems folder.`);
  });

  test('npm run check and npm run new: a vocabulary file without read permission is said in words', async () => {
    const dir = contentWith((d) => chmodSync(join(d, 'tags.yaml'), 0o000));
    const message = `${dir}/tags.yaml:1:1  vocabulary/file  cannot be read: permission denied (EACCES): the user running this command may not read it; give read permission to the user who runs the check and the build (chmod a+r '${dir}/tags.yaml'), or remove it from the content folder.`;
    expect((await runAsReader('check.ts', [], dir)).stdout).toContain(message.replace('  vocabulary/file', '  error  vocabulary/file'));
    const created = await runAsReader('new.ts', ['--title', 'Checkout down', '--severity', 'SEV-2', '--service', 'checkout-api'], dir);
    expect(created.status).toBe(1);
    expect(created.stderr).toBe(`${message}\nFix the vocabulary files first (npm run check lists the same problems); nothing was written.\n`);
  });

  test("the build's validation refuses both the same way", async () => {
    const dir = contentWith((d) => { lockedPostmortem(d); lockedFolder(d); });
    const script = `import('${join(root, 'src/lib/validate-corpus.ts')}').then((m) => console.log(JSON.stringify(m.validateCorpus(process.env.KB_CONTENT_DIR, { frontmatterOnly: true }).findings.map((f) => [f.rule, f.severity, f.file]))))`;
    const command = isRoot ? [setpriv!, '--reuid=65534', '--regid=65534', '--clear-groups', projectNode!] : [process.execPath];
    const run = await runCommand(command[0], [...command.slice(1), '-e', script], { cwd: root, env: { ...process.env, KB_CONTENT_DIR: dir } });
    expect(JSON.parse(run.stdout)).toEqual([
      ['corpus/unreadable-file', 'error', `${dir}/postmortems/2024`],
      ['corpus/unreadable-file', 'error', `${dir}/postmortems/2025-07-09-locked.mdx`],
    ]);
  });

  test('npm run new stops on a folder it cannot list, writing nothing (it was a stack trace)', async () => {
    const dir = contentWith(lockedFolder);
    const run = await runAsReader('new.ts', ['--title', 'Checkout down', '--severity', 'SEV-2', '--service', 'checkout-api'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${dir}/postmortems/2024: the folder cannot be listed: permission denied (EACCES): the user running this command may not read it; its postmortems would be left out. Fix: give read permission to the user who runs the check and the build (chmod -R a+rX '${dir}/postmortems/2024'), or remove it from the postmortems folder.\nNothing was written.\n`);
    expect(readdirSync(join(dir, 'postmortems'))).toEqual(['2024', '2025-07-08-checkout-config.mdx']);
  });

  test('npm run import: a report, and a folder of reports, without read permission are listed as not imported (the folder was a stack trace)', async () => {
    const dir = contentWith(() => {});
    const elsewhere = mkdtempSync(join(tmpdir(), 'kb-round8-reports-'));
    chmodSync(elsewhere, 0o755);
    const reports = join(elsewhere, 'reports');
    mkdirSync(join(reports, 'locked'), { recursive: true });
    writeFileSync(join(reports, 'locked/old.md'), '# Old outage\n\nThe queue stalled.\n');
    writeFileSync(join(reports, 'locked.md'), '# Locked outage\n\nThe queue stalled.\n');
    writeFileSync(join(reports, 'open.md'), '# Open outage\n\nThe cache emptied at 10:00 UTC.\n');
    chmodSync(reports, 0o755);
    chmodSync(join(reports, 'locked'), 0o000);
    chmodSync(join(reports, 'locked.md'), 0o000);
    const out = join(elsewhere, 'drafts');
    mkdirSync(out);
    chmodSync(out, 0o777);
    const run = await runAsReader('import.ts', [reports, '--out', out, '--dry-run'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toMatch(/reports\/locked\n {2}not imported: the folder cannot be listed: permission denied \(EACCES\): the user running this command may not read it; the reports in it are not imported\.\n/);
    expect(run.stdout).toMatch(/reports\/locked\.md\n {2}not imported: cannot be read: permission denied \(EACCES\): the user running this command may not read it\.\n/);
    expect(run.stdout).toMatch(/reports\/open\.md -> .*open-outage\.mdx/);
  });
});

test.concurrent('a syntax error in site.config.ts is said with its file, line and the lines around it (npm run check printed only "Expected \',\', got \'ident\'")', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-round8-config-'));
  const config = join(dir, 'site.config.ts');
  writeFileSync(config, "const settings = {\n  organisation: 'Acme,\n  contentDir: 'content',\n};\nexport default settings;\n");
  const script = `import(${JSON.stringify(config)}).catch((error) => import(${JSON.stringify(join(root, 'scripts/lib/config-load-error.ts'))}).then((m) => console.log(m.describeConfigLoadError(error))))`;
  const run = await runCommand(process.execPath, ['-e', script], { cwd: dir });
  expect(run.stdout).toMatch(/^site\.config\.ts:3: a syntax error: Expected ',', got 'ident'\. Fix it there \(a quote, comma or bracket missing on this line or the one before\):\n {4}  organisation: 'Acme,\n {4}  contentDir: 'content',\n/);
});

test.concurrent('a name without quotes in site.config.ts (ReferenceError) is said at its line and column', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-round8-config-'));
  const config = join(dir, 'site.config.ts');
  writeFileSync(config, "const settings = {\n  organisation: Acme,\n};\nexport default settings;\n");
  const script = `import(${JSON.stringify(config)}).catch((error) => import(${JSON.stringify(join(root, 'scripts/lib/config-load-error.ts'))}).then((m) => console.log(m.describeConfigLoadError(error))))`;
  const run = await runCommand(process.execPath, ['-e', script], { cwd: dir });
  expect(run.stdout).toBe("site.config.ts:2:17: ReferenceError: Acme is not defined. Fix it there (text is written in quotes: organisation: 'Acme').\n");
});

test('no command imports site.config.ts statically: each loads it through loadSiteConfig, which says a mistake in it at its line', () => {
  const scripts = [...readdirSync(join(root, 'scripts')).map((name) => join('scripts', name)), ...readdirSync(join(root, 'scripts/lib')).map((name) => join('scripts/lib', name))].filter((path) => path.endsWith('.ts'));
  const staticImports = scripts.filter((path) => /^import [^;]*from '(?:\.\.\/)+site\.config\.ts'/m.test(readFileSync(join(root, path), 'utf8')));
  expect(staticImports).toEqual([]);
  expect(scripts.filter((path) => /await loadSiteConfig\(\)/.test(readFileSync(join(root, path), 'utf8'))).length).toBeGreaterThanOrEqual(15);
});

test.concurrent('npm run import names a report titled "Aux", with no day, aux-incident.mdx (aux.mdx is a device name on Windows)', async () => {
  const reports = mkdtempSync(join(tmpdir(), 'kb-round8-aux-'));
  writeFileSync(join(reports, 'aux.md'), '# Aux\n\nThe pool ran dry.\n');
  const run = await runScript('import.ts', [join(reports, 'aux.md'), '--out', join(reports, 'out'), '--dry-run'], {
    cwd: root, env: { ...process.env, KB_CONTENT_DIR: makeReadableContent() },
  });
  expect(run.stdout).toMatch(/aux\.md -> .*\/out\/aux-incident\.mdx {2}\(markdown; .*check: 0 errors/);
});
