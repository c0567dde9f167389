import { describeCanaryRound } from '../support/canary-round-suite.ts';
import * as round40 from '../support/canary-round40-probes.ts';
import { allProbes, leakText, probeFileName, type CanaryProbe } from '../support/canary-round40-probes.ts';

/**
 * Canary round 40 (docs/architecture.md, "Canary round 40"): probes none of which rounds 32-39
 * tried, each a postmortem of its own, through one public build (describeCanaryRound). The ones
 * the checks before Astro refuse must be refused with an error naming their file; no file of the
 * build (pagefind's index decompressed, file names too) may hold any probe's leak, any internal
 * name of the vocabulary, or the internal site's title and address. `CANARY40_REPORT=1` prints each
 * probe's outcome and each refusal.
 */
describeCanaryRound(40, 'zwk', round40, (canary) => {
  const texts = canary.files.map(({ file, text }) => ({ file, text: text.toLowerCase() }));
  // A probe naming the internal-only post answers for its own page; that post's marker anywhere
  // else is the internal-only post's own leak.
  const ownFiles = (probe: CanaryProbe) => (probe.leak === 'zwk90x' ? texts.filter(({ file }) => file.startsWith(`incidents/${probeFileName(probe).replace(/\.mdx?$/, '')}/`)) : texts);
  const byProbe = allProbes.flatMap((probe) => ownFiles(probe).filter(({ text }) => text.includes(leakText(probe).toLowerCase())).map(({ file }) => `${probe.n} ${probe.kind}: ${file}`));
  const internalOnly = texts.filter(({ text }) => text.includes('zwk90x')).map(({ file }) => `90 the internal-only post: ${file}`);
  return [...byProbe, ...internalOnly];
});
