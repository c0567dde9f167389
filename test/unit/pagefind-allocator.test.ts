import { afterEach, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { pagefindAllocatorSettings, pagefindAllocatorVariable, withPagefindAllocatorSettings } from '../../src/lib/pagefind-allocator.ts';
import { startSearchIndex } from '../../scripts/lib/search-index.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';

// pagefind is started with its allocator's purging off (src/lib/pagefind-allocator.ts): set only
// while it is spawned, and never over a value the caller chose.
const tempDir = temporaryFolders('kb-pagefind-allocator-');
const saved = process.env[pagefindAllocatorVariable];
afterEach(() => {
  if (saved === undefined) delete process.env[pagefindAllocatorVariable];
  else process.env[pagefindAllocatorVariable] = saved;
});

test('the settings are in the environment while pagefind is started, and gone afterwards', () => {
  const env: NodeJS.ProcessEnv = { PATH: '/usr/bin' };
  const seen = withPagefindAllocatorSettings(env, () => env[pagefindAllocatorVariable]);
  expect(seen).toBe(pagefindAllocatorSettings);
  expect(env).toEqual({ PATH: '/usr/bin' });
});

test('they are taken out again when starting throws', () => {
  const env: NodeJS.ProcessEnv = {};
  expect(() => withPagefindAllocatorSettings(env, () => {
    throw new Error('no binary');
  })).toThrow('no binary');
  expect(pagefindAllocatorVariable in env).toBe(false);
});

test("a caller's own allocator settings are kept", () => {
  const env: NodeJS.ProcessEnv = { [pagefindAllocatorVariable]: 'narenas:1' };
  expect(withPagefindAllocatorSettings(env, () => env[pagefindAllocatorVariable])).toBe('narenas:1');
  expect(env[pagefindAllocatorVariable]).toBe('narenas:1');
});

/** The environment of this process's pagefind child, from /proc (Linux). */
function pagefindChildEnvironment(): string[] {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      if (parent !== String(process.pid) || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pagefind')) continue;
      return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    } catch {
      // A process that ended while it was read.
    }
  }
  throw new Error('no pagefind process found among this process\'s children');
}

test.runIf(process.platform === 'linux')('the search index starts pagefind with them, and leaves this process without them', async () => {
  delete process.env[pagefindAllocatorVariable];
  const writer = await startSearchIndex(tempDir());
  try {
    expect(pagefindChildEnvironment()).toContain(`${pagefindAllocatorVariable}=${pagefindAllocatorSettings}`);
    expect(process.env[pagefindAllocatorVariable]).toBeUndefined();
  } finally {
    writer.add([{ url: '/postmortems/a/', html: '<html><body><main data-pagefind-body><h1>A</h1><p>An outage.</p></main></body></html>' }]);
    expect(await writer.finish()).toBe(1);
  }
});
