import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildV8Flags, internalBuildV8Flags, publicBuildV8Flags } from '../../scripts/lib/v8-flags-launcher.ts';

// A script that starts as scripts/build.ts does: its standard streams opened before the launcher
// runs (scripts/lib/closed-output.ts, loaded with the command line, does; Node then makes pipes
// non-blocking), the launcher, then its own work, which writes a build's worth of log, reports the
// flags it runs with and the process it runs in, and ends as its arguments say.
const dir = mkdtempSync(join(tmpdir(), 'v8-flags-launcher-'));
const script = join(dir, 'launched.ts');
writeFileSync(script, `import { runWithV8Flags } from ${JSON.stringify(resolve(import.meta.dirname, '../../scripts/lib/v8-flags-launcher.ts'))};
process.stdout; process.stderr;
await runWithV8Flags(['--max-opt=2'], { KB_LAUNCHER_TEST: 'given to the child' });
for (let line = 0; line < 2000; line++) console.error("a line of the build's log ".repeat(8));
console.log(JSON.stringify({ execArgv: process.execArgv, argv: process.argv.slice(2), pid: process.pid, ppid: process.ppid, env: process.env.KB_LAUNCHER_TEST, inherited: process.env.KB_LAUNCHER_INHERITED }));
const [how, value] = process.argv.slice(2);
if (how === 'exit') process.exit(Number(value));
if (how === 'signal') process.kill(process.pid, value);
`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the script with Node options `nodeArgs`, its own arguments `args`, under `wrapper` (a command and its arguments) if given. */
function run(nodeArgs: string[], args: string[], wrapper: string[] = []) {
  const [command, ...commandArgs] = [...wrapper, process.execPath, ...nodeArgs, script, ...args];
  return spawnSync(command, commandArgs, { encoding: 'utf8', env: { ...process.env, KB_LAUNCHER_INHERITED: 'the caller\'s' } });
}
const report = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!) as { execArgv: string[]; argv: string[]; pid: number; ppid: number; env?: string; inherited?: string };

describe('runWithV8Flags', () => {
  it('is what scripts/build.ts starts the public build with: TurboFan off, a young generation of at most 32 MB', () => {
    expect(publicBuildV8Flags).toEqual(['--max-opt=2', '--max-semi-space-size=16']);
  });

  it('is what scripts/build.ts starts the internal build with: a young generation of at most 32 MB, TurboFan on', () => {
    expect(internalBuildV8Flags).toEqual(['--max-semi-space-size=16']);
    expect(buildV8Flags('internal')).toBe(internalBuildV8Flags);
    expect(buildV8Flags('public')).toBe(publicBuildV8Flags);
  });

  it.each(['internal', 'public'] as const)('caps the young generation of a process started with the %s build\'s flags (fewer pages faulted in)', (variant) => {
    // Objects that die young, enough to grow an uncapped young generation to its most.
    const churn = `const keep = []; for (let i = 0; i < 3e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 2e5) keep.length = 0; }
console.log(require('node:v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size);`;
    const newSpace = spawnSync(process.execPath, [...buildV8Flags(variant), '-e', churn], { encoding: 'utf8' });
    expect(newSpace.status, newSpace.stderr).toBe(0);
    expect(Number(newSpace.stdout.trim())).toBeGreaterThan(0);
    expect(Number(newSpace.stdout.trim())).toBeLessThanOrEqual(32 * 1024 * 1024);
  });

  it.each(['internal', 'public'] as const)('is applied: scripts/build.ts builds the %s site in a process started with its flags', (variant) => {
    // Each Node process of the command reports its flags as it starts (NODE_OPTIONS is inherited);
    // the build then stops on an output folder it refuses, before Astro loads.
    const probe = join(dir, 'report-flags.mjs');
    writeFileSync(probe, "console.log('node flags: ' + JSON.stringify(process.execArgv));\n");
    const build = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build.ts'), '--variant', variant, '--out', '~/site'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--import=${probe}` },
    });
    expect(build.status, build.stderr).toBe(2);
    expect(build.stderr).toMatch(/is not your home folder here/);
    const started = [...build.stdout.matchAll(/^node flags: (.*)$/gm)].map((line) => JSON.parse(line[1]!) as string[]);
    expect(started).toEqual([[], [...buildV8Flags(variant)]]);
  });

  it('runs the same command again as a child with the flag, its arguments and exit status passed on', () => {
    const launched = run([], ['exit', '3']);
    expect(launched.status).toBe(3);
    const child = report(launched.stdout);
    expect(child.execArgv).toContain('--max-opt=2');
    expect(child.argv).toEqual(['exit', '3']);
    expect(child.ppid).not.toBe(process.pid);
  });

  it('gives the child the caller\'s environment and the variables it was asked to add (the build\'s compile cache)', () => {
    const child = report(run([], ['exit', '0']).stdout);
    expect(child.env).toBe('given to the child');
    expect(child.inherited).toBe('the caller\'s');
  });

  it('keeps the caller\'s own Node options and its own value of the flag, without a second process', () => {
    const asked = run(['--max-opt=999', '--stack-size=900'], ['exit', '0']);
    expect(asked.status).toBe(0);
    const self = report(asked.stdout);
    expect(self.execArgv).toEqual(['--max-opt=999', '--stack-size=900']);
    expect(self.ppid).toBe(process.pid);
    expect(report(run(['--stack-size=900'], ['exit', '0']).stdout).execArgv).toEqual(['--stack-size=900', '--max-opt=2']);
  });

  it('ends on the signal that ended the child', () => {
    const killed = run([], ['signal', 'SIGTERM']);
    expect(killed.status).toBe(null);
    expect(killed.signal).toBe('SIGTERM');
  });

  it.runIf(existsSync('/usr/bin/time'))('leaves piped stdio as `/usr/bin/time -v` needs it to write its report (the bench runs the build so)', () => {
    const timed = run([], ['exit', '0'], ['/usr/bin/time', '-v']);
    expect(timed.stderr).toMatch(/Exit status: 0/);
    expect(timed.status).toBe(0);
  });
});
