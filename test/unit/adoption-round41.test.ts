import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/lib/findings.ts';
import { firstScansWithCarriedFindings } from '../../scripts/lib/redact-carried-hosts.ts';
import { carriedScanOptions, postToRedact } from '../support/post-to-redact.ts';
import { applyRedactionFixesThatParse } from '../../src/lib/publication/apply-fixes-parsing.ts';
import { publicBodyParses, scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/**
 * Round 41's adoption walk (docs/adopting.md, "Adoption walkthrough round 41"): an infrastructure
 * team's meeting notes name their people by chat handles. One note's attendees line is the sign
 * ("Participants: …" makes each handle a person); another note writes a handle bare, in prose.
 * `npm run check`, scanning the posts together, found the bare handle (carried-people.ts), but
 * `npm run redact` carried only hosts: it wrapped the sign and left the bare handle, and the next
 * check, the sign gone, published it (in the page, the feed, the search index). Handles invented here.
 */
describe('redact finds the people other posts named with a sign, as check does', () => {
  const options = carriedScanOptions;
  const post = postToRedact;
  const signed = post('2025-03-06-infra-meeting', 'Participants: quillow, brenrik, tamsel\n\nThe mirror is slow again.\n');
  const bare = post('2025-03-20-infra-meeting', 'The rotation of the on-call duty passes to quillow next week.\n');
  const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error' && f.rule === 'redact/person');

  test('alone the bare post has no person to change (the premise)', () => {
    expect(errors(scanPostmortemForPublication(bare.file, bare.source, bare.data, options).findings)).toEqual([]);
  });

  test('scanned with the others, the bare handle is found and the fix replaces it', () => {
    const first = firstScansWithCarriedFindings([signed, bare], options).get(bare.file)!;
    expect(errors(first.carried).map((f) => redactionFindingText(f))).toEqual(['quillow']);
    const fixed = applyRedactionFixesThatParse(bare.source, [...first.findings, ...first.carried], { isMdx: true, parses: (text) => publicBodyParses(bare.file, text), servicePublicNames: new Map() });
    expect(fixed.source).not.toMatch(/passes to quillow/);
    expect(fixed.source).toMatch(/<Internal>quillow<\/Internal>/);
  });

  test('a handle written only as a site name is not carried', () => {
    const site = post('2025-03-27-infra-meeting', 'The docs moved to https://quillow.example.org/guide this week.\n');
    const first = firstScansWithCarriedFindings([signed, site], options).get(site.file)!;
    expect(errors(first.carried)).toEqual([]);
  });
});

/**
 * A research group's incident report quoted the syslog line of its OpenStack instance
 * (`<instance>.novalocal`, the zone Nova gives instances by default): published as it was, as the
 * guard knew no `.novalocal`. Instance and service invented here.
 */
describe('a host of an OpenStack instance', () => {
  const options: RedactionOptions = { internalDomains: [], serviceIds: [], people: [] };
  const found = (text: string) => scanPublicText('queue.mdx', text, options).findings.filter((f) => f.rule === 'redact/internal-host').map((f) => redactionFindingText(f));

  test('is an internal host with no configuration, in a log line as in prose', () => {
    expect(found('Apr 20 19:48:39 genome-svc.novalocal run_ingest.sh[5120]: could not connect')).toEqual(['genome-svc.novalocal']);
    expect(found('We restarted genome-svc.novalocal after the glitch.')).toEqual(['genome-svc.novalocal']);
  });

  test('a public host is not one', () => {
    expect(found('The queue endpoint https://sqs.eu-west-2.amazonaws.com/ was unreachable.')).toEqual([]);
  });
});

/**
 * Once `npm run redact` replaced the handles of the attendees line ("<Internal>quillow,
 * brenrik</Internal><PublicOnly>Two engineers</PublicOnly>"), the sign was gone: check found no
 * person there and published the handle another post wrote bare. A replaced person is a sign too.
 */
describe('a person redact already replaced is still a sign for the other posts', () => {
  const replaced = postToRedact('2025-03-06-infra-meeting', 'Participants: <Internal>quillow, brenrik</Internal><PublicOnly>Two engineers</PublicOnly>\n\nThe mirror is slow again.\n');
  const bare = postToRedact('2025-03-20-infra-meeting', 'The rotation of the on-call duty passes to brenrik next week.\n');

  test('the bare handle is found in the other post', () => {
    const first = firstScansWithCarriedFindings([replaced, bare], carriedScanOptions).get(bare.file)!;
    expect(first.carried.filter((f) => f.rule === 'redact/person').map((f) => redactionFindingText(f))).toEqual(['brenrik']);
  });

  test('a wrap with another stand-in is no sign', () => {
    const host = postToRedact('2025-03-06-infra-meeting', 'Logs of <Internal>brenrik</Internal><PublicOnly>an internal system</PublicOnly> were lost.\n');
    expect(firstScansWithCarriedFindings([host, bare], carriedScanOptions).get(bare.file)!.carried).toEqual([]);
  });
});
