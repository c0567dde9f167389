import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canaryRound, probeLeaks } from '../../support/canary-round-suite.ts';
import * as round38 from '../../support/canary-round38-probes.ts';
import { allProbes, canaryMarker, leakText, probeFileName, tagCharacters } from '../../support/canary-round38-probes.ts';
import { fixturesDir } from '../../support/content-fixture.ts';
import { parseVocabulary, VocabularyError } from '../../../src/lib/vocabulary.ts';

/**
 * Canary round 38 (docs/architecture.md, "Canary round 38"): probes none of which rounds 32-37
 * tried, each a postmortem of its own, through one public build (describeCanaryRound). The ones
 * the checks before Astro refuse must be refused with an error naming their file; no file of the
 * build (HTML, pagefind's index decompressed, feed, sitemaps, 404, copied assets and images: their
 * names too) may hold any probe's marker, any internal name of the vocabulary, or the internal
 * site's title and address. `CANARY38_REPORT=1` prints each probe's outcome and each refusal.
 */
export const canaryRound38 = canaryRound(38, 'zuk', round38, (canary) => probeLeaks(canary, allProbes, { leakText, fileName: probeFileName, hiddenMarkers: ['zuk90x'] }), () => {
  describe('canary round 38: a service\'s public name (services.yaml), shown as "Affected" and as a search filter', () => {
    const vocabularyDir = join(fixturesDir, 'vocabulary');
    const sources = Object.fromEntries((['teams', 'services', 'tags', 'triggers'] as const).map((kind) => [kind, readFileSync(join(vocabularyDir, `${kind}.yaml`), 'utf8')])) as Record<'teams' | 'services' | 'tags' | 'triggers', string>;
    const m = canaryMarker(95);
    /** The vocabulary error of a service whose publicName is `name` (undefined when it loads). */
    const refusal = (name: string) => {
      try {
        parseVocabulary({ ...sources, services: `${sources.services}\nledger-x:\n  name: Ledger\n  owner: checkout\n  tier: 2\n  publicName: ${JSON.stringify(name)}\n` }, 'content');
      } catch (error) {
        expect(error).toBeInstanceOf(VocabularyError);
        return (error as Error).message;
      }
      return undefined;
    };
    test.each([
      ['<Internal>', `Ledger <Internal>${m}</Internal>`],
      ['an HTML comment', `Ledger <!-- ${m} -->`],
      ['an MDX comment', `Ledger {/* ${m} */}`],
      ['a hidden <span>', `Ledger <span hidden>${m}</span>`],
      ['full-width brackets', `Ledger \uFF1CInternal\uFF1E${m}`],
      ['tag characters spelling words', `Ledger${tagCharacters(m)}`],
      ['interlinear annotation characters', `Ledger \uFFF9a\uFFFA${m}\uFFFB`],
      ['an entity-spelt tag', `Ledger &lt;Internal&gt;${m}`],
      ['a Cyrillic palochka for the I of <Internal>', `Ledger <\u04C0nternal>${m}</\u04C0nternal>`],
      ['a CDATA section', `Ledger <![CDATA[${m}]]>`],
    ])('%s is refused before any build, naming the file', (_kind, name) => {
      expect(refusal(name)).toMatch(/^content\/services\.yaml: /);
    });
  });
});
