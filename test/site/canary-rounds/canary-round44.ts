import { canaryRound, probeLeaks } from '../../support/canary-round-suite.ts';
import * as round44 from '../../support/canary-round44-probes.ts';
import { allProbes, leakText, probeFileName } from '../../support/canary-round44-probes.ts';
import { readableText } from '../../support/readable-text.ts';

/**
 * The base64 payloads of a built file decoded (a `data:` URI's, and any run of 24 or more base64
 * characters): an image or page a file carries inside itself is read too (canary round 44).
 */
function base64Payloads(text: string): string {
  return [...text.matchAll(/[A-Za-z0-9+/]{24,}={0,2}/g)].map(([run]) => Buffer.from(run, 'base64').toString('utf8')).join('\n');
}

/**
 * Canary round 44 (docs/architecture.md, "Canary round 44"): probes none of which rounds 32-43
 * tried, each a postmortem of its own, through one public build (describeCanaryRound). The ones the
 * checks before Astro refuse must be refused with an error naming their file; no file of the build
 * (pagefind's index decompressed, file names too) may hold any probe's leak, as written, as a reader
 * reads it, or inside a base64 payload. `CANARY44_REPORT=1` prints each probe's outcome and each refusal.
 */
export const canaryRound44 = canaryRound(44, 'zzk', round44, (canary) =>
  probeLeaks(
    {
      ...canary,
      files: canary.files.flatMap(({ file, text }) => {
        const decoded = base64Payloads(text);
        return [{ file, text }, { file: `${file} (as read)`, text: readableText(text) }, ...(decoded ? [{ file: `${file} (base64 decoded)`, text: readableText(decoded) }] : [])];
      }),
    },
    allProbes,
    { leakText, fileName: probeFileName, hiddenMarkers: ['zzk90x'] },
  ),
);
