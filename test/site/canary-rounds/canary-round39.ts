import { canaryRound } from '../../support/canary-round-suite.ts';
import { aliveMarker, canaryMarker, hiddenPosts, importedReports, leakText, probeFileName, redactedTwice as redactProbes, writtenProbes, type CanaryProbe } from '../../support/canary-round39-probes.ts';
import { importedProbes, redactedTwice } from '../../support/canary-round39-commands.ts';

/**
 * Canary round 39 (docs/architecture.md, "Canary round 39"): probes none of which rounds 32-38
 * tried, each a postmortem of its own, through one public build (describeCanaryRound). Besides the
 * posts written here, reports in other formats go through `npm run import` and `fill --public`, and
 * public posts naming people through `npm run redact` twice, as a team would take them. The ones
 * the checks before Astro refuse must be refused with an error naming their file; no file of the
 * build (pagefind's index decompressed, file names too) may hold any probe's leak, any internal
 * name of the vocabulary, or the internal site's title and address. `CANARY39_REPORT=1` prints
 * each probe's outcome and each refusal.
 */
const imported = importedProbes(importedReports.map((report) => ({ ...report, text: report.text(canaryMarker(report.n), `${aliveMarker(report.n)} Checkout failed for some customers between 10:00 and 10:20 UTC.`) })), aliveMarker);
const redacted = redactedTwice(redactProbes, probeFileName);
const hidden = [...hiddenPosts, ...imported.heldBack];
const allProbes: CanaryProbe[] = [...imported.published, ...imported.heldBack, ...redacted, ...writtenProbes];
/** The markers of the posts no page may show: a probe linking one answers for its own page, the marker anywhere else is that post's own leak. */
const hiddenMarkers = ['zvk90x', 'zvk98x'];

export const canaryRound39 = canaryRound(39, 'zvk', { allProbes, hiddenPosts: hidden, aliveMarker, probeFileName }, (canary) => {
  const texts = canary.files.map(({ file, text }) => ({ file, text: text.toLowerCase() }));
  const ownFiles = (probe: CanaryProbe) => (probe.leak && hiddenMarkers.includes(probe.leak) ? texts.filter(({ file }) => file.startsWith(`incidents/${probeFileName(probe).replace(/\.mdx?$/, '')}/`)) : texts);
  const byProbe = allProbes.flatMap((probe) => ownFiles(probe).filter(({ text }) => text.includes(leakText(probe).toLowerCase())).map(({ file }) => `${probe.n} ${probe.kind}: ${file}`));
  const hiddenLeaks = hiddenMarkers.flatMap((marker) => texts.filter(({ text }) => text.includes(marker)).map(({ file }) => `${marker} (a post no page may show): ${file}`));
  return [...byProbe, ...hiddenLeaks];
});
