import { expect, test } from 'vitest';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { redactionOptions, scanSourcesForPublication } from '../../scripts/lib/redaction-check.ts';
import { scanForPublicationOnTwoThreads } from '../../src/integrations/parallel-scan.ts';
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
  const sources = validation.postmortems.flatMap((pm) => (pm.data && markedPublic(pm.data) ? [{ file: pm.file, source: pm.source, data: pm.data }] : []));
  expect(sources.length).toBeGreaterThanOrEqual(4);

  const oneThread = scanSourcesForPublication(validation.postmortems, options, markedPublic);
  const twoThreads = await scanForPublicationOnTwoThreads(sources, options);
  expect(oneThread.findings.length).toBeGreaterThan(3);
  // Findings from both halves: some come from a postmortem the second thread scanned.
  const secondThreadFiles = new Set(sources.filter((_, index) => index % 2 === 1).map((source) => source.file));
  expect(twoThreads.findings.some((finding) => secondThreadFiles.has(finding.file))).toBe(true);
  expect(twoThreads.findings).toEqual(oneThread.findings);
  expect([...twoThreads.allowed].sort()).toEqual([...oneThread.allowed].sort());
});
