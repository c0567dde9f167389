/**
 * The probe rounds' check through the public build's own path (since the seventeenth probe
 * round): a probe as the body of a valid public post, scanned by `scanPostmortemForPublication`
 * with its public frontmatter, every occurrence of its leak inside a finding at its line, or not
 * in the public body at all (the public variant cuts a template's internal sections, such as an
 * "Owner:" line, since session 28: what it never publishes needs no finding).
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
  return scanProbePostWithBody(source, options).findings;
}

/** The same, with the public body the scan read (columns kept, cut text blanked). */
function scanProbePostWithBody(source: string, options = probeOptions) {
  const result = validatePostmortemSource(probePostFile, '2025-03-01-probe', source, { vocabulary, knownIds: new Set(['2025-03-01-probe']), contentDir: 'content' });
  expect(result.data, JSON.stringify(result.findings)).toBeDefined();
  return scanPostmortemForPublication(probePostFile, source, result.data!, options);
}

/** Registers, for each probe, that the public build's scan finds every occurrence of its leak at its line in this file. */
export function describeProbesThroughPublicBuild(name: string, probes: readonly LeakProbeWithOrganisation[]): void {
  describe(name, () => {
    test.each(probes.map((p) => [p.kind, p] as const))('%s', (_, probe) => {
      const source = publicProbePost({ body: probe.text });
      const offset = source.split('\n').length - probe.text.split('\n').length;
      const { findings, publicBody } = scanProbePostWithBody(source, probe.org ? probeOptionsWithOrganisation : probeOptions);
      const placed = findings.map((f) => ({ line: f.line - offset, column: f.column, text: redactionFindingText(f) }));
      const publicLines = publicBody.split('\n');
      const published = uncoveredOccurrences(probe.text, probe.leak, placed).filter((at) => {
        const [line, column] = at.split(':').map(Number);
        return publicLines[line + offset - 1]?.slice(column - 1, column - 1 + probe.leak.length) === probe.leak;
      });
      expect(published).toEqual([]);
      for (const f of findings) expect(f.file).toBe(probePostFile);
    });
  });
}
