import { expect, test } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexDocumentsOnOwnThread, startSearchIndexThread } from '../../src/integrations/search-index-thread.ts';
import { indexDocumentsForSearch } from '../../scripts/lib/search-index.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';
import { runCommand } from '../support/run-script.ts';

// The internal build hands its search documents to a thread of its own, which feeds pagefind
// (src/integrations/search-index-thread.ts). The index must be the one pagefind writes when fed
// directly, and a failure must reach the build.
const tempDir = temporaryFolders('kb-search-thread-');

const documents = ['checkout', 'payments', 'search'].map((service, i) => ({
  url: `/postmortems/2025-0${i + 1}-01-${service}/`,
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${service} outage</title></head><body><main data-pagefind-body><h1 data-pagefind-meta="title">${service} outage</h1><p>The ${service} service returned errors after a deploy.</p></main></body></html>`,
}));

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().flatMap((file) => {
    try {
      return [[file, readFileSync(join(dir, file)).toString('base64')]];
    } catch {
      return []; // a folder
    }
  }));
}

test('writes the index pagefind writes when fed on the calling thread, byte for byte', async () => {
  const onThread = tempDir();
  const direct = tempDir();
  expect(await indexDocumentsOnOwnThread(documents, onThread)).toBe(3);
  expect(await indexDocumentsForSearch(documents, direct)).toBe(3);
  expect(JSON.parse(readFileSync(join(onThread, 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(3);
  expect(filesOf(onThread)).toEqual(filesOf(direct));
});

test('a pagefind failure on the thread rejects with its message', async () => {
  const blocked = join(tempDir(), 'a-file');
  writeFileSync(blocked, 'not a folder');
  await expect(indexDocumentsOnOwnThread(documents, join(blocked, 'pagefind'))).rejects.toThrow(/search index thread stopped|pagefind/);
});

test('documents handed over in batches, as the build makes them, give the same index byte for byte', async () => {
  const inBatches = tempDir();
  const direct = tempDir();
  const thread = startSearchIndexThread(inBatches);
  thread.add(documents.slice(0, 1));
  thread.add(documents.slice(1));
  expect(await thread.finish()).toBe(3);
  expect(await indexDocumentsForSearch(documents, direct)).toBe(3);
  expect(filesOf(inBatches)).toEqual(filesOf(direct));
});

test('a thread started early and never finished (the build stopped on invalid postmortems) does not keep the process alive', async () => {
  const script = join(tempDir(), 'start-and-leave.mjs');
  writeFileSync(script, `import { startSearchIndexThread } from ${JSON.stringify(new URL('../../src/integrations/search-index-thread.ts', import.meta.url).href)};
startSearchIndexThread(${JSON.stringify(join(tempDir(), 'pagefind'))}).add(${JSON.stringify(documents)});
console.log('started');
`);
  // The process ends by itself, or is stopped after 150 s (a signal): until session 57 after 30 s,
  // which a loaded machine can need to load the modules and start the thread.
  const run = await runCommand(process.execPath, [script], { timeout: 150_000 });
  expect(run.signal, 'stopped while still running: the thread kept it alive').toBeNull();
  expect(run.stdout).toContain('started');
  expect(run.status).toBe(0);
}, 180_000);
