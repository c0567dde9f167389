import { expect, test } from 'vitest';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { publicationSources, redactionOptions, scanSourcesForPublication } from '../../scripts/lib/redaction-check.ts';
import { SecondScanner, scanForPublicationOnTwoThreads } from '../../src/integrations/parallel-scan.ts';
import { fixturesDir, makeContentFromFixture } from '../support/content-fixture.ts';

/**
 * The public build scans public sources on two threads (src/integrations/parallel-scan.ts); the
 * findings and allowed matches must be exactly the one-thread scan's, in the same order. The
 * sources: every postmortem marked public in the fixtures (leaks, canaries, markers included).
 */
test('the scan on two threads finds what the scan on one finds, in the same order', async () => {
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
