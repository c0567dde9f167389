/**
 * How pagefind's memory allocator is set when the build starts it. pagefind's binary allocates
 * with jemalloc (tikv-jemallocator, whose settings variable carries the prefix `_RJEM_`), which by
 * default gives freed pages back to the system as it runs (`madvise`): each time, every core that
 * ran one of pagefind's threads flushes its page tables, and the pages are faulted in again when
 * pagefind allocates once more. On this workplace's 2-core VM pagefind spent 31% of its CPU in
 * the kernel (`perf`, docs/performance.md, session 30). pagefind exits once its index is written,
 * so nothing is gained by giving memory back before: with the decay off, pagefind's system time
 * fell from 2.6-3.0 s to 0.7-0.8 s at 1,000 postmortems (19.2 s to 4.4 s at 5,000), and the index
 * is byte for byte the same (the allocator does not decide what pagefind writes). The price is
 * pagefind's peak memory: 60 MB more at 1,000, 500 MB more at 5,000, where it runs after Astro.
 */

/** The environment variable pagefind's jemalloc reads its settings from. */
export const pagefindAllocatorVariable = '_RJEM_MALLOC_CONF';

/**
 * Freed memory is kept for reuse until pagefind exits, never purged while it runs; and jemalloc
 * asks the kernel for transparent huge pages (`thp:always`: `madvise(MADV_HUGEPAGE)` on its
 * memory, where the system leaves huge pages to the program's asking, as this workplace's VMs
 * do; nothing changes where the system gives them always or never). pagefind's index walks a
 * few hundred MB of small allocations: with 2 MB pages it spent less user time (its threads
 * miss the TLB less) and a little less system time (fewer page faults). pagefind alone on the 1,000's search documents took 0.7-2.1 s (a fifth)
 * less CPU in each of five interleaved pairs, the index byte for byte the same, its peak 30 MB
 * higher; on the 5,000's, 42.9 s against 29.5 s, its peak 2,286 against 2,480 MB. In four pairs
 * of whole builds of 1,000 pagefind took 0.1-3.2 s less (docs/performance.md, session 58).
 */
export const pagefindAllocatorSettings = 'dirty_decay_ms:-1,muzzy_decay_ms:-1,thp:always';

/**
 * Runs `start` (which spawns pagefind, inheriting `env`) with {@link pagefindAllocatorSettings} in
 * `env`, then puts `env` back as it was. A value the caller set is theirs, and is left as it is.
 */
export function withPagefindAllocatorSettings<T>(env: NodeJS.ProcessEnv, start: () => T): T {
  if (env[pagefindAllocatorVariable] !== undefined) return start();
  env[pagefindAllocatorVariable] = pagefindAllocatorSettings;
  try {
    return start();
  } finally {
    delete env[pagefindAllocatorVariable];
  }
}
