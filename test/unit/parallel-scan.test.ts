import { expect, test } from 'vitest';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { publicationSources, redactionOptions, scanSourcesForPublication } from '../../scripts/lib/redaction-check.ts';
import { SecondScanner, scanAsAstroThread, scanForPublicationOnTwoThreads, type AstroThreadHelp } from '../../src/integrations/parallel-scan.ts';
import type { ScanReply } from '../../src/integrations/scan-worker.ts';
import { fixturesDir, makeContentFromFixture } from '../support/content-fixture.ts';

/**
 * The public build scans public sources on two threads (src/integrations/parallel-scan.ts); the
 * findings and allowed matches must be exactly the one-thread scan's, in the same order. The
 * sources: every postmortem marked public in the fixtures (leaks, canaries, markers included).
 */
let fixture: ReturnType<typeof readFixtureSources> | undefined;
/** Every postmortem marked public in the fixtures, their redaction options, and the one-thread scan (made once for every test). */
const fixtureSources = () => (fixture ??= readFixtureSources());

function readFixtureSources() {
  const contentDir = makeContentFromFixture('canary');
  for (const fixture of ['leak', 'security-canary', 'mdx-fallback', 'public-images']) {
    const dir = join(fixturesDir, fixture, 'postmortems');
    for (const file of readdirSync(dir).filter((name) => /\.mdx?$/.test(name))) cpSync(join(dir, file), join(contentDir, 'postmortems', file));
  }
  const validation = validateCorpus(contentDir, { frontmatterOnly: true });
  const options = redactionOptions(validation.vocabulary!, validation.postmortems, contentDir, mkdtempSync(join(tmpdir(), 'kb-no-repo-')));
  const markedPublic = (data: { visibility: string }) => data.visibility === 'public';
  const sources = publicationSources(validation.postmortems, markedPublic);
  expect(sources.length).toBeGreaterThanOrEqual(4);

  const oneThread = scanSourcesForPublication(validation.postmortems, options, markedPublic);
  expect(oneThread.findings.length).toBeGreaterThan(3);
  return { validation, options, markedPublic, sources, oneThread };
}

test('the scan on two threads finds what the scan on one finds, in the same order', async () => {
  const { validation, options, markedPublic, sources, oneThread } = fixtureSources();
  // Both threads take postmortems from a shared counter, so which scans what varies: once with
  // both, once with every postmortem left to the second thread (its path, its ordering by index).
  const twoThreads = await scanForPublicationOnTwoThreads(sources, options);
  expect(twoThreads.findings).toEqual(oneThread.findings);
  expect([...twoThreads.allowed].sort()).toEqual([...oneThread.allowed].sort());
  const scanner = new SecondScanner();
  try {
    const secondOnly = await scanForPublicationOnTwoThreads(sources, options, { scanner, scanHere: false });
    expect(secondOnly.findings).toEqual(oneThread.findings);
    expect([...secondOnly.allowed].sort()).toEqual([...oneThread.allowed].sort());
    // The same scanner serves a second scan (the build starts it before it knows the sources).
    const again = await scanForPublicationOnTwoThreads(sources.slice(0, 2), options, { scanner, scanHere: false });
    expect(again.findings).toEqual(scanSourcesForPublication(validation.postmortems.filter((pm) => sources.slice(0, 2).some((s) => s.file === pm.file)), options, markedPublic).findings);
  } finally {
    await scanner.stop();
  }
});

test('a second scanner that fails rejects the scan with its error', async () => {
  const scanner = new SecondScanner();
  try {
    const broken = [{ file: 'x.mdx', source: '---\n---\n', data: null }] as unknown as Parameters<typeof scanForPublicationOnTwoThreads>[0];
    await expect(scanForPublicationOnTwoThreads(broken, { internalDomains: [], serviceIds: [], people: [] }, { scanner, scanHere: false })).rejects.toThrow(/second redaction scanner failed/);
  } finally {
    await scanner.stop();
  }
});

/**
 * Astro's thread, as the build's worker offers it the scan (kb-worker.ts): here it joins as soon as
 * the share is offered (`join: 'at once'`) or only once this thread has taken every postmortem
 * (`'late'`, as when Astro's pages end after the scan): then it scans none and sends nothing.
 */
function astroThreadOnThisThread(options: Parameters<typeof scanAsAstroThread>[1], join: 'at once' | 'late') {
  let reply: Promise<ScanReply | undefined> | undefined;
  let share: Parameters<AstroThreadHelp['offer']>[0] | undefined;
  const help: AstroThreadHelp = {
    offer(offered) {
      share = offered;
      // Joins before its first await, as the build's Astro thread does on its own thread.
      if (join === 'at once') reply = scanAsAstroThread(offered, options);
    },
    async results() {
      const sent = await reply;
      if (!sent) throw new Error('the scan waited for Astro\'s thread, which did not join');
      if ('error' in sent) throw new Error(sent.error);
      return sent.results;
    },
  };
  return { help, lateJoin: () => scanAsAstroThread(share!, options) };
}

test("Astro's thread takes postmortems from the scan's counter; the findings are the one-thread scan's", async () => {
  const { options, sources, oneThread } = fixtureSources();
  // Every postmortem left to Astro's thread: its results come back by index, in order.
  const astroOnly = astroThreadOnThisThread(options, 'at once');
  const byAstro = await scanForPublicationOnTwoThreads(sources, options, { scanner: null, scanHere: false, astroThread: astroOnly.help });
  expect(byAstro.findings).toEqual(oneThread.findings);
  expect([...byAstro.allowed].sort()).toEqual([...oneThread.allowed].sort());
  // Joined too late: the scan did not wait for it, and it scans nothing.
  const late = astroThreadOnThisThread(options, 'late');
  const withoutAstro = await scanForPublicationOnTwoThreads(sources, options, { scanner: null, astroThread: late.help });
  expect(withoutAstro.findings).toEqual(oneThread.findings);
  expect(await late.lateJoin()).toBeUndefined();
});

test("a failure on Astro's thread rejects the scan with its error", async () => {
  const broken = [{ file: 'x.mdx', source: '---\n---\n', data: null }] as unknown as Parameters<typeof scanForPublicationOnTwoThreads>[0];
  const options = { internalDomains: [], serviceIds: [], people: [] };
  const astro = astroThreadOnThisThread(options, 'at once');
  await expect(scanForPublicationOnTwoThreads(broken, options, { scanner: null, scanHere: false, astroThread: astro.help })).rejects.toThrow(/x\.mdx|data|null/);
});
