import { canaryRound, probeLeaks } from '../../support/canary-round-suite.ts';
import * as round42 from '../../support/canary-round42-probes.ts';
import { allProbes, leakText, probeFileName } from '../../support/canary-round42-probes.ts';
import { readableText } from '../../support/readable-text.ts';

/**
 * Canary round 42 (docs/architecture.md, "Canary round 42"): probes none of which rounds 32-41
 * tried, each a postmortem of its own, through one public build (describeCanaryRound). The ones the
 * checks before Astro refuse must be refused with an error naming their file; no file of the build
 * (pagefind's index decompressed, file names too) may hold any probe's leak, as written or as a reader
 * reads it (references and percent-encoding decoded, invisible characters dropped, NFKC), any internal
 * name of the vocabulary, or the internal site's title and address. `CANARY42_REPORT=1` prints each
 * probe's outcome and each refusal.
 */
export const canaryRound42 = canaryRound(42, 'zyk', round42, (canary) =>
  probeLeaks({ ...canary, files: canary.files.flatMap(({ file, text }) => [{ file, text }, { file: `${file} (as read)`, text: readableText(text) }]) }, allProbes, { leakText, fileName: probeFileName, hiddenMarkers: [] }),
);
