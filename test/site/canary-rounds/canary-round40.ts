import { describe, expect, test } from 'vitest';
import { canaryRound, probeLeaks } from '../../support/canary-round-suite.ts';
import * as round40 from '../../support/canary-round40-probes.ts';
import { allProbes, canaryMarker, leakText, probeFileName, variationSelectors } from '../../support/canary-round40-probes.ts';
import { configRefusal, minimalKbConfig } from '../../support/kb-config-refusal.ts';
import { tagCharacters } from '../../support/canary-round38-probes.ts';

/**
 * Canary round 40 (docs/architecture.md, "Canary round 40"): probes none of which rounds 32-39
 * tried, each a postmortem of its own, through one public build (describeCanaryRound). The ones
 * the checks before Astro refuse must be refused with an error naming their file; no file of the
 * build (pagefind's index decompressed, file names too) may hold any probe's leak, any internal
 * name of the vocabulary, or the internal site's title and address. `CANARY40_REPORT=1` prints each
 * probe's outcome and each refusal.
 */
export const canaryRound40 = canaryRound(40, 'zwk', round40, (canary) => probeLeaks(canary, allProbes, { leakText, fileName: probeFileName, hiddenMarkers: ['zwk90x'] }), () => {
  describe('canary round 40: the site configuration\'s public texts and address', () => {
    const publicSite = (site: object) => ({ sites: { ...minimalKbConfig.sites, public: { ...minimalKbConfig.sites.public, ...site } } });
    const m = canaryMarker(95);
    test.each([
      ['variation selectors spelling words in the organisation', { organisation: `Acme \u{1F600}${variationSelectors(`${m} the runbook`)}` }],
      ['Unicode tag characters spelling words in the organisation', { organisation: `Acme${tagCharacters(m)}` }],
      ['variation selectors spelling words in the public site\'s title', publicSite({ title: `Acme History \u{1F600}${variationSelectors(m)}` })],
      ['<lnternal> (a lower-case L) in the public site\'s title', publicSite({ title: `Acme History <lnternal>${m}</lnternal>` })],
      ['<Іnternal> (a Cyrillic I) in the public site\'s title', publicSite({ title: `Acme History <\u0406nternal>${m}</\u0406nternal>` })],
      ['the internal site\'s title as the public site\'s', publicSite({ title: minimalKbConfig.sites.internal.title })],
      ['a user name in the public site\'s address', publicSite({ url: `https://${m}:pw@status.acme.example` })],
      ['a query in the public site\'s address', publicSite({ url: `https://status.acme.example/?ref=${m}` })],
      ['a fragment in the public site\'s address', publicSite({ url: `https://status.acme.example/#${m}` })],
    ])('%s is refused before any build, naming the setting', (_kind, settings) => {
      expect(configRefusal(settings)).toMatch(/sites\.public|organisation/);
    });
  });
});
