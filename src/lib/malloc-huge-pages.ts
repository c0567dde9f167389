/**
 * glibc's malloc in the build's Node process asks the kernel for transparent huge pages.
 *
 * V8 maps its JavaScript heap itself, but everything else the build's process allocates goes
 * through glibc's malloc: Node's buffers (every source read, every page written), and the native
 * modules that use the system allocator (satteri, the Markdown parser of the search documents;
 * lightningcss). This workplace's VMs leave huge pages to a program's asking
 * (`/sys/kernel/mm/transparent_hugepage/enabled` is `madvise`), so that memory was faulted in 4 KB
 * at a time. With glibc's tunable `glibc.malloc.hugetlb=1` (glibc 2.35 and later) malloc marks its
 * heaps `MADV_HUGEPAGE`: cold builds of 1,000 postmortems took 7-21% fewer page faults, the
 * worker's validation and search documents alone a third fewer and less CPU (docs/performance.md,
 * session 59); the sites are the same (the allocator does not decide what is written). Where the system gives huge pages always or never, or the C library is
 * not glibc (musl ignores the variable), nothing changes.
 */

/** The environment variable glibc reads its tunables from, `name=value` pairs joined by `:`. */
export const glibcTunablesVariable = 'GLIBC_TUNABLES';

/** The tunable: malloc calls `madvise(MADV_HUGEPAGE)` on the memory it takes from the system. */
export const mallocHugePagesTunable = 'glibc.malloc.hugetlb=1';

const tunableName = mallocHugePagesTunable.split('=')[0]!;

/**
 * `current` (the caller's GLIBC_TUNABLES, if any) with {@link mallocHugePagesTunable} added. A
 * value the caller gave `glibc.malloc.hugetlb` is theirs (`=0` turns this off, `=2` asks for
 * reserved huge pages), and is left as it is; their other tunables are kept.
 */
export function glibcTunablesWithHugePages(current: string | undefined): string {
  if (!current) return mallocHugePagesTunable;
  if (current.split(':').some((pair) => pair.split('=')[0] === tunableName)) return current;
  return `${current}:${mallocHugePagesTunable}`;
}

/** The variable a process started with `env` needs for its malloc to ask for huge pages. */
export function mallocHugePagesEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  return { [glibcTunablesVariable]: glibcTunablesWithHugePages(env[glibcTunablesVariable]) };
}
