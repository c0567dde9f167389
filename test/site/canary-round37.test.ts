import { beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allOutputPaths, buildCanaryProbes, canaryProbeOutcomes, fixtureInternalNames, type CanaryBuild } from '../support/canary-public-build.ts';
import { aliveMarker, allProbes, canaryMarker, hiddenPosts, leakText, probeFileName, type CanaryProbe } from '../support/canary-round37-probes.ts';
import { configRefusal, minimalKbConfig } from '../support/kb-config-refusal.ts';
import { kbConfig } from '../../site.config.ts';

/**
 * Canary round 37 (docs/architecture.md, "Canary round 37"): probes none of which rounds 32, 34
 * and 36 tried, each a postmortem of its own, through one public build. The ones the checks before
 * Astro refuse must be refused with an error naming their file; no file of the build (HTML,
 * pagefind's index decompressed, feed, sitemaps, 404, copied assets: their names too) may hold any
 * probe's marker, any internal name of the vocabulary, or the internal site's title and address.
 * The site configuration's public texts are probed by loading it (a refused setting stops every
 * build, so each would need a build of its own).
 */
const probes: CanaryProbe[] = allProbes;
const internalNames = fixtureInternalNames();
/** What site.config.ts names only for the internal site: the public build must not show it. */
const internalSiteTexts = [kbConfig.sites.internal.title, new URL(kbConfig.sites.internal.url).host];

let canary: CanaryBuild;

beforeAll(() => {
  canary = buildCanaryProbes('canary-round37', probes.map((probe) => ({ fileName: probeFileName(probe), source: probe.source, assets: probe.assets })));
});

/** Each probe's leaks: the built files holding its text (`CANARY37_REPORT` prints them). */
function leaks(): string[] {
  const texts = canary.files.map(({ file, text }) => ({ file, text: text.toLowerCase() }));
  // The base64 a data: URI probe leaks is case-sensitive; every other marker is searched in any case.
  const holds = (text: string, original: string, probe: CanaryProbe) => (probe.leak && /[A-Z]/.test(probe.leak) && /[a-z]/.test(probe.leak) ? original.includes(probe.leak) : text.includes(leakText(probe).toLowerCase()));
  const originals = new Map(canary.files.map(({ file, text }) => [file, text]));
  return probes.flatMap((probe) => texts.filter(({ file, text }) => holds(text, originals.get(file)!, probe)).map(({ file }) => `${probe.n} ${probe.kind}: ${file}`));
}

describe('canary round 37: internal text never reaches the public build', () => {
  test('the public build of the probes the checks let through succeeds', () => {
    expect(canary.build.status, canary.build.output.slice(-3000)).toBe(0);
  });

  test('no probe marker, no internal name and nothing of the internal site appears in any file of the public build or in any file name', () => {
    const names = canary.files.flatMap(({ file, text }) => [...internalNames, ...internalSiteTexts].filter((name) => text.includes(name)).map((name) => `${name} in ${file}`));
    const paths = allOutputPaths(canary.build.outDir).filter((path) => /ztk\d{2}x/i.test(path) || internalNames.some((name) => /^[a-z-]+$/.test(name) && path.includes(name)));
    if (process.env.CANARY37_REPORT) console.log(leaks().join('\n'));
    expect([...leaks(), ...names, ...paths]).toEqual([]);
  });

  test('every probe is either built (its public sentence shown) or refused naming its file', () => {
    const outcomes = canaryProbeOutcomes(canary, probes, { fileName: probeFileName, aliveMarker, hidden: hiddenPosts });
    // CANARY37_REPORT=1 prints each probe's outcome and each refusal (the figures of docs/architecture.md).
    if (process.env.CANARY37_REPORT) console.log(outcomes.join('\n'), [...canary.refused].map(([f, m]) => `${f}: ${m.join(' / ').slice(0, 400)}`).join('\n'));
    expect(outcomes.filter((o) => o.endsWith('missing') || o.endsWith('not named'))).toEqual([]);
  });

  test('the home page counts public posts only', () => {
    const home = readFileSync(join(canary.build.outDir, 'index.html'), 'utf8');
    expect(home).toContain(`most recent of ${readdirSync(join(canary.build.outDir, 'incidents')).length} incidents`);
  });
});

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
