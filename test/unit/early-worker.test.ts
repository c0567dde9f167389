import { afterEach, expect, test } from 'vitest';
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { buildSessionOptions, imagesBeforeEarlyWorker, kbWorkerJob, startWorkerEarly, takeEarlyWorker } from '../../src/integrations/early-worker.ts';
import type { KbWorkerJob } from '../../src/integrations/kb-worker.ts';
import { imagesChangedSince } from '../../src/lib/image-snapshot.ts';

// Both builds start their worker before Astro is loaded; the session takes it for the same
// job and must hear everything it said meanwhile, in order (early-worker.ts).
class FakeWorker extends EventEmitter {
  refs: string[] = [];
  terminated = false;
  ref() { this.refs.push('ref'); }
  unref() { this.refs.push('unref'); }
  async terminate() { this.terminated = true; return 0; }
}
const job = kbWorkerJob({ variant: 'public', server: 'build', contentDir: '/kb/content', linkBy: 'blend' });
function start(): FakeWorker {
  const fake = new FakeWorker();
  startWorkerEarly(job, () => fake as unknown as Worker);
  return fake;
}

afterEach(() => {
  // Nothing left in the process-wide slot for the next test.
  takeEarlyWorker(job);
});

test('the session takes the worker for the same job and hears what it said before, in order, then what it says next', () => {
  const fake = start();
  fake.emit('message', { type: 'validated', n: 1 });
  fake.emit('message', { type: 'redaction-options', n: 2 });
  // The same job, its keys in another order.
  const sameJob = Object.fromEntries(Object.entries(job).reverse()) as KbWorkerJob;
  const taken = takeEarlyWorker(sameJob);
  expect(taken?.worker).toBe(fake);
  const heard: unknown[] = [];
  taken!.worker.on('message', (message) => heard.push(message));
  taken!.worker.on('exit', (code) => heard.push(`exit ${code}`));
  taken!.replay();
  fake.emit('message', { type: 'publication-scan', n: 3 });
  fake.emit('exit', 0);
  expect(heard).toEqual([{ type: 'validated', n: 1 }, { type: 'redaction-options', n: 2 }, { type: 'publication-scan', n: 3 }, 'exit 0']);
  // It did not keep the process alive until taken; taken, it does, as the session's own worker.
  expect(fake.refs).toEqual(['unref', 'ref']);
  expect(takeEarlyWorker(job)).toBeUndefined();
});

test('an error or an exit before the session listened reaches it too', () => {
  const fake = start();
  fake.emit('error', new Error('boom'));
  fake.emit('exit', 1);
  const taken = takeEarlyWorker(job)!;
  const heard: string[] = [];
  taken.worker.on('error', (error: Error) => heard.push(error.message));
  taken.worker.on('exit', (code: number) => heard.push(`exit ${code}`));
  taken.replay();
  expect(heard).toEqual(['boom', 'exit 1']);
});

test('a worker started for another job is stopped, and the session starts its own', () => {
  const fake = start();
  const other = kbWorkerJob({ variant: 'public', server: 'build', contentDir: '/kb/other-content', linkBy: 'blend' });
  expect(takeEarlyWorker(other)).toBeUndefined();
  expect(fake.terminated).toBe(true);
  expect(takeEarlyWorker(job)).toBeUndefined();
});

test('one early worker at a time; none taken when none was started', () => {
  expect(takeEarlyWorker(job)).toBeUndefined();
  const first = start();
  const second = start();
  expect(takeEarlyWorker(job)?.worker).toBe(first);
  expect(second.refs).toEqual([]);
});

test("the job is the session's: the internal build's search settings only in an internal build, validation only outside builds and dev", () => {
  const search = { dir: '/out.search', timing: 'auto' as const, largestCorpusIndexedBeside: 2000 };
  expect(kbWorkerJob({ variant: 'internal', server: 'build', contentDir: 'c', search }).search).toEqual(search);
  expect(kbWorkerJob({ variant: 'public', server: 'build', contentDir: 'c', search }).search).toBeUndefined();
  expect(kbWorkerJob({ variant: 'internal', server: 'other', contentDir: 'c' }).mode).toBe('validate');
  expect(kbWorkerJob({ variant: 'internal', server: 'dev', contentDir: 'c' }).mode).toBe('dev');
});

test("a build's session options: the internal site's search work folder beside the output folder, none for the public site", () => {
  const internal = buildSessionOptions({ variant: 'internal', outDir: '/site/dist.staging/', searchIndex: 'beside', contentDir: 'c', linkBy: 'cause' });
  expect(internal).toEqual({ variant: 'internal', server: 'build', contentDir: 'c', linkBy: 'cause', search: { dir: '/site/dist.staging.search', timing: 'beside', largestCorpusIndexedBeside: 2000 } });
  // The integration's folder has Astro's trailing slash, the build script's none: the same job.
  const fromScript = buildSessionOptions({ variant: 'internal', outDir: '/site/dist.staging', contentDir: 'c' });
  expect(fromScript.search).toEqual({ dir: '/site/dist.staging.search', timing: 'auto', largestCorpusIndexedBeside: 2000 });
  expect(buildSessionOptions({ variant: 'public', outDir: '/site/dist-public.staging', searchIndex: 'beside', contentDir: 'c' }).search).toBeUndefined();
});

test("an internal build's early worker: the images as they were before it validated, its search work folder cleared before it started", () => {
  const root = mkdtempSync(join(tmpdir(), 'early-worker-'));
  const contentDir = join(root, 'content');
  mkdirSync(join(contentDir, 'postmortems'), { recursive: true });
  const image = join(contentDir, 'postmortems', 'graph.png');
  writeFileSync(image, 'before');
  const searchDir = join(root, 'dist.staging.search');
  mkdirSync(searchDir);
  writeFileSync(join(searchDir, 'stale.json'), '{}');
  const internalJob = kbWorkerJob(buildSessionOptions({ variant: 'internal', outDir: join(root, 'dist.staging'), contentDir }));
  const fake = new FakeWorker();
  let searchDirAtStart: boolean | undefined;
  startWorkerEarly(internalJob, () => {
    searchDirAtStart = existsSync(searchDir);
    return fake as unknown as Worker;
  });
  expect(searchDirAtStart).toBe(false);
  // Replaced after the worker started (it may have validated the old one already): the
  // integration's check at the end must see the change against the snapshot from before.
  writeFileSync(image, 'after, and longer');
  const before = imagesBeforeEarlyWorker(contentDir);
  expect(before && imagesChangedSince(before, root)).toEqual([expect.stringMatching(/^content\/postmortems\/graph\.png changed while the build ran/)]);
  expect(imagesBeforeEarlyWorker(join(root, 'other'))).toBeUndefined();
  expect(takeEarlyWorker(internalJob)?.worker).toBe(fake);
  // Taken: the session's own images from here (none left to give).
  expect(imagesBeforeEarlyWorker(contentDir)).toBeUndefined();
});
