import { describe, expect, test } from 'vitest';
import { canaryRound } from '../../support/canary-round-suite.ts';
import * as round37 from '../../support/canary-round37-probes.ts';
import { allProbes, canaryMarker, leakText, probeFileName, type CanaryProbe } from '../../support/canary-round37-probes.ts';
import { configRefusal, minimalKbConfig } from '../../support/kb-config-refusal.ts';

/**
 * Canary round 37 (docs/architecture.md, "Canary round 37"): probes none of which rounds 32, 34
 * and 36 tried, each a postmortem of its own, through one public build. The ones the checks before
 * Astro refuse must be refused with an error naming their file; no file of the build (HTML,
 * pagefind's index decompressed, feed, sitemaps, 404, copied assets: their names too) may hold any
 * probe's marker, any internal name of the vocabulary, or the internal site's title and address.
 * The site configuration's public texts are probed by loading it (a refused setting stops every
 * build, so each would need a build of its own).
 */
export const canaryRound37 = canaryRound(37, 'ztk', round37, (canary) => {
  const texts = canary.files.map(({ file, text }) => ({ file, text: text.toLowerCase() }));
  // The base64 a data: URI probe leaks is case-sensitive; every other marker is searched in any case.
  const holds = (text: string, original: string, probe: CanaryProbe) => (probe.leak && /[A-Z]/.test(probe.leak) && /[a-z]/.test(probe.leak) ? original.includes(probe.leak) : text.includes(leakText(probe).toLowerCase()));
  const originals = new Map(canary.files.map(({ file, text }) => [file, text]));
  return allProbes.flatMap((probe) => texts.filter(({ file, text }) => holds(text, originals.get(file)!, probe)).map(({ file }) => `${probe.n} ${probe.kind}: ${file}`));
}, () => {
  describe('canary round 37: the site configuration\'s public texts', () => {
    const publicTitle = (title: string) => ({ sites: { ...minimalKbConfig.sites, public: { ...minimalKbConfig.sites.public, title } } });
    const m = canaryMarker(95);
    test.each([
      ['<Internal> in the public site\'s title', publicTitle(`Acme History <Internal>${m}</Internal>`)],
      ['an MDX comment in the public site\'s title', publicTitle(`Acme History {/* ${m} */}`)],
      ['an HTML comment in the public site\'s title', publicTitle(`Acme History <!-- ${m} -->`)],
      ['an entity-spelt tag in the public site\'s title', publicTitle(`Acme History &lt;Internal&gt;${m}`)],
      ['full-width letters in <Internal> in the public site\'s title', publicTitle(`Acme History <Ｉｎｔｅｒｎａｌ>${m}</Ｉｎｔｅｒｎａｌ>`)],
      ['a hidden <span> in the organisation', { organisation: `Acme <span hidden>${m}</span>` }],
      ['the public site on an internal domain', { sites: { ...minimalKbConfig.sites, public: { ...minimalKbConfig.sites.public, url: `https://${m}.corp.acme.net` } }, redaction: { internalDomains: ['.corp.acme.net'] } }],
    ])('%s is refused before any build, naming the setting', (_kind, settings) => {
      expect(configRefusal(settings)).toMatch(/sites\.public|organisation/);
    });
  });
});
