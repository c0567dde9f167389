import { canaryRound, probeLeaks } from '../../support/canary-round-suite.ts';
import * as round41 from '../../support/canary-round41-probes.ts';
import { allProbes, leakText, probeFileName } from '../../support/canary-round41-probes.ts';

/**
 * Canary round 41 (docs/architecture.md, "Canary round 41"): probes none of which rounds 32-40
 * tried, each a postmortem of its own, through one public build (describeCanaryRound), with the
 * vocabulary entries the field probes use. The ones the checks before Astro refuse must be refused
 * with an error naming their file; no file of the build (pagefind's index decompressed, file names
 * too) may hold any probe's leak, any internal name of the vocabulary, or the internal site's title
 * and address. `CANARY41_REPORT=1` prints each probe's outcome and each refusal.
 */
export const canaryRound41 = canaryRound(41, 'zxk', round41, (canary) => probeLeaks(canary, allProbes, { leakText, fileName: probeFileName, hiddenMarkers: ['zxk90x'] }));
