import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { variableAtEachBuildStart } from '../support/build-start-environment.ts';
import { glibcTunablesVariable, glibcTunablesWithHugePages, mallocHugePagesEnvironment, mallocHugePagesTunable } from '../../src/lib/malloc-huge-pages.ts';

// Session 59 (docs/performance.md): the build's Node process is started with glibc's malloc asking
// for transparent huge pages (src/lib/malloc-huge-pages.ts). glibc reads the tunable once, at a
// process's start, and says nothing about a tunable it does not know: what the tests below read
// is the memory a process started so gets (its huge pages in /proc), and what scripts/build.ts
// starts its build with.

describe('glibcTunablesWithHugePages', () => {
  it('is the one tunable where the caller set none', () => {
    expect(mallocHugePagesTunable).toBe('glibc.malloc.hugetlb=1');
    expect(glibcTunablesWithHugePages(undefined)).toBe('glibc.malloc.hugetlb=1');
    expect(glibcTunablesWithHugePages('')).toBe('glibc.malloc.hugetlb=1');
    expect(mallocHugePagesEnvironment({})).toEqual({ [glibcTunablesVariable]: 'glibc.malloc.hugetlb=1' });
  });

  it("keeps the caller's other tunables, joined as glibc reads them", () => {
    expect(glibcTunablesWithHugePages('glibc.malloc.arena_max=2')).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1');
    expect(mallocHugePagesEnvironment({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.tcache_count=0' }))
      .toEqual({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.tcache_count=0:glibc.malloc.hugetlb=1' });
  });

  it("leaves the caller's own value of the tunable (=0 turns huge pages off, =2 asks for reserved ones)", () => {
    expect(glibcTunablesWithHugePages('glibc.malloc.hugetlb=0')).toBe('glibc.malloc.hugetlb=0');
    expect(glibcTunablesWithHugePages('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2')).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2');
    // A name that only begins like it is another tunable.
    expect(glibcTunablesWithHugePages('glibc.malloc.hugetlbx=0')).toBe('glibc.malloc.hugetlbx=0:glibc.malloc.hugetlb=1');
  });
});

/** Whether huge pages are left to a program's asking here (the case the setting is for). */
function hugePagesOnAsking(): boolean {
  try {
    return readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8').includes('[madvise]');
  } catch {
    return false;
  }
}

/** glibc 2.35 or later: the first with the tunable. */
function glibcWithTunable(): boolean {
  const version = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime;
  if (!version) return false;
  const [major, minor] = version.split('.').map(Number);
  return major! > 2 || (major === 2 && minor! >= 35);
}

/**
 * The kB of anonymous huge pages of a Node process started with `env` once it has malloc'd and
 * written 84 MB of buffers: large ones (glibc maps each of its own) and small ones (its heap).
 */
function hugePagesAfterMallocs(env: Record<string, string>): number {
  const probe = `const kept = []; for (let i = 0; i < 16; i++) kept.push(Buffer.allocUnsafeSlow(4 << 20).fill(1));
for (let i = 0; i < 20000; i++) kept.push(Buffer.allocUnsafeSlow(1000).fill(1));
console.log(/AnonHugePages:\\s+(\\d+)/.exec(require('node:fs').readFileSync('/proc/self/smaps_rollup', 'utf8'))[1]);`;
  const { GLIBC_TUNABLES: _callers, ...rest } = process.env;
  const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', env: { ...rest, ...env } });
  expect(run.status, run.stderr).toBe(0);
  return Number(run.stdout.trim());
}

describe('a process started with the environment', () => {
  it.runIf(hugePagesOnAsking() && glibcWithTunable() && existsSync('/proc/self/smaps_rollup'))("gets its malloc'd memory in huge pages, which it does not get without", () => {
    expect(hugePagesAfterMallocs(mallocHugePagesEnvironment({}))).toBeGreaterThan(16 * 1024);
    expect(hugePagesAfterMallocs({})).toBe(0);
  });
});

describe('scripts/build.ts', () => {
  it.each(['internal', 'public'] as const)('starts the %s build with the tunable, and the caller\'s own value as given', (variant) => {
    const started = (tunables: string | undefined) => variableAtEachBuildStart(glibcTunablesVariable, tunables, ['--variant', variant]);
    expect(started(undefined)).toEqual([null, 'glibc.malloc.hugetlb=1']);
    expect(started('glibc.malloc.hugetlb=0')).toEqual(['glibc.malloc.hugetlb=0', 'glibc.malloc.hugetlb=0']);
  });
});
