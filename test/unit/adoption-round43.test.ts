import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/lib/findings.ts';
import { carriedScanOptions, postToRedact } from '../support/post-to-redact.ts';
import { firstScansWithCarriedFindings } from '../../scripts/lib/redact-carried-hosts.ts';
import { combinePublicationScans, scanOneForPublication } from '../../scripts/lib/redaction-check.ts';
import { applyRedactionFixesThatParse } from '../../src/lib/publication/apply-fixes-parsing.ts';
import { publicBodyParses, scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';

/**
 * Round 43's adoption walk (docs/adopting.md, "Adoption walkthrough round 43"): a platform team's
 * imported incident retros name their chat's channels with `#` on one line ("JP suggested moving
 * to #<team>-incident-response") and bare on another, in the same post or the next ("moves
 * discussion to <team>-incident-response", "Move the alert into <team>-platform-alerts"). The guard
 * found the first and `npm run redact` replaced it; the bare ones were published. Channels, teams
 * and people invented here.
 */
const channelTexts = (findings: readonly Finding[]) => findings.filter((f) => f.rule === 'redact/channel' && f.severity === 'error').map((f) => redactionFindingText(f));

describe('a chat channel named with a sign, then bare', () => {
  test('the same post\'s bare mention is found too', () => {
    const post = postToRedact('2025-04-02-search-down', '11.15 Priya suggested moving to #qx-incident-room\n\n11.40 recovery messages from the monitor in qx-incident-room\n');
    const texts = channelTexts(scanPostmortemForPublication(post.file, post.source, post.data, carriedScanOptions).findings);
    expect(texts).toContain('#qx-incident-room');
    expect(texts).toContain('qx-incident-room');
  });

  test('another post\'s bare mention is found by check and replaced by redact', () => {
    const signed = postToRedact('2025-04-02-search-down', 'Alerts go to #qx-deploy-alerts, which nobody watched.\n');
    const bare = postToRedact('2025-05-10-images-down', 'Move the alert into qx-deploy-alerts so that it is seen.\n');
    const { findings } = combinePublicationScans([signed, bare].map((post) => scanOneForPublication(post, carriedScanOptions)), [signed, bare], carriedScanOptions);
    expect(channelTexts(findings.filter((f) => f.file === bare.file))).toEqual(['qx-deploy-alerts']);
    const first = firstScansWithCarriedFindings([signed, bare], carriedScanOptions).get(bare.file)!;
    const fixed = applyRedactionFixesThatParse(bare.source, [...first.findings, ...first.carried], { isMdx: true, parses: (text) => publicBodyParses(bare.file, text), servicePublicNames: new Map() }).source;
    expect(fixed).toMatch(/into <Internal>qx-deploy-alerts<\/Internal>/);
  });

  test('a longer channel, a path or a host that holds the name is not it; a name of English words alone is not carried', () => {
    const signed = postToRedact('2025-04-02-search-down', 'Posted in #qx-deploy and #incident-response.\n');
    const other = postToRedact('2025-05-10-images-down', 'See qx-deploy-alerts, https://example.com/qx-deploy/ and qx-deploy.example.org. Our incident-response process worked.\n');
    const { findings } = combinePublicationScans([signed, other].map((post) => scanOneForPublication(post, carriedScanOptions)), [signed, other], carriedScanOptions);
    expect(channelTexts(findings.filter((f) => f.file === other.file))).toEqual([]);
  });
});
