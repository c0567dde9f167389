import { canaryRound, probeLeaks } from '../../support/canary-round-suite.ts';
import * as round43 from '../../support/canary-round43-probes.ts';
import { allProbes, leakText, probeFileName } from '../../support/canary-round43-probes.ts';
import { readableText } from '../../support/readable-text.ts';

/**
 * Canary round 43 (docs/architecture.md, "Canary round 43"): probes none of which rounds 32-42
 * tried, each a postmortem of its own, through one public build (describeCanaryRound), with the
 * vocabulary entries only its internal-only posts name. The ones the checks before Astro refuse must
 * be refused with an error naming their file; no file of the build (pagefind's index decompressed,
 * file names too) may hold any probe's leak, as written or as a reader reads it, any internal name of
 * the vocabulary, or the internal site's title and address. `CANARY43_REPORT=1` prints each probe's
 * outcome and each refusal.
 */
export const canaryRound43 = canaryRound(43, 'zqk', round43, (canary) =>
  probeLeaks({ ...canary, files: canary.files.flatMap(({ file, text }) => [{ file, text }, { file: `${file} (as read)`, text: readableText(text) }]) }, allProbes, { leakText, fileName: probeFileName, hiddenMarkers: ['zqk90x'] }),
);
