/**
 * The probe rounds' check through the public build's own path (since the seventeenth probe
 * round): a probe as the body of a valid public post, scanned by `scanPostmortemForPublication`
 * with its public frontmatter, every occurrence of its leak inside a finding at its line.
 */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { probeOptions, probeOptionsWithOrganisation, uncoveredOccurrences, type LeakProbeWithOrganisation } from './redaction-probe-harness.ts';
import { publicProbePost } from './public-probe-post.ts';
import { fixturesDir } from './content-fixture.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';

const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
export const probePostFile = 'content/2025-03-01-probe.mdx';

/** The findings of the public build's scan of a whole post (its public frontmatter and body). */
export function scanProbePost(source: string, options = probeOptions) {
  const result = validatePostmortemSource(probePostFile, '2025-03-01-probe', source, { vocabulary, knownIds: new Set(['2025-03-01-probe']), contentDir: 'content' });
  expect(result.data, JSON.stringify(result.findings)).toBeDefined();
  return scanPostmortemForPublication(probePostFile, source, result.data!, options).findings;
}

/** Registers, for each probe, that the public build's scan finds every occurrence of its leak at its line in this file. */
export function describeProbesThroughPublicBuild(name: string, probes: readonly LeakProbeWithOrganisation[]): void {
  describe(name, () => {
    test.each(probes.map((p) => [p.kind, p] as const))('%s', (_, probe) => {
      const source = publicProbePost({ body: probe.text });
      const offset = source.split('\n').length - probe.text.split('\n').length;
      const findings = scanProbePost(source, probe.org ? probeOptionsWithOrganisation : probeOptions);
      const placed = findings.map((f) => ({ line: f.line - offset, column: f.column, text: redactionFindingText(f) }));
      expect(uncoveredOccurrences(probe.text, probe.leak, placed)).toEqual([]);
      for (const f of findings) expect(f.file).toBe(probePostFile);
    });
  });
}
