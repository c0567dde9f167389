import type { Finding } from '../../src/lib/findings.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';
import { publicFrontmatterFields } from '../../src/lib/public-projection.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { carriedHostFindings } from '../../src/lib/publication/carried-hosts.ts';
import { carriedPeopleFindings } from '../../src/lib/publication/carried-people.ts';
import { carriedChannelFindings } from '../../src/lib/publication/carried-channels.ts';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { PublicVariantError } from '../../src/lib/strip-internal.ts';

/** A public post `npm run redact` rewrites: its file, its text, the data its public page shows. */
export interface PostToRedact {
  file: string;
  source: string;
  data: Postmortem;
}

/** A post's first scan, and the hosts and people other posts showed with a sign, found in it. */
export interface FirstScan {
  findings: Finding[];
  carried: Finding[];
}

/**
 * The first scan of every post `npm run redact` rewrites, with the hosts and (since adoption round
 * 41) the people carried across them (carried-hosts.ts, carried-people.ts), as `npm run check`
 * finds them over the same posts. Scanned alone, a post
 * writing `off2` in prose was left as it was ("0 change(s), 0 left for you") while check, knowing
 * `off3:/var/log#` from another post, held it back: 9 of an infrastructure team's 20 imported
 * reports (session 31's adoption walk). A post whose public text does not parse has no entry (the
 * redact loop says why, as before).
 */
export function firstScansWithCarriedFindings(posts: readonly PostToRedact[], options: RedactionOptions): Map<string, FirstScan> {
  const scanned = posts.flatMap((post) => {
    try {
      return [{ post, scan: scanPostmortemForPublication(post.file, post.source, post.data, options) }];
    } catch (error) {
      if (error instanceof PublicVariantError) return [];
      throw error;
    }
  });
  const scannedPosts = scanned.map(({ post, scan }) => ({
    file: post.file,
    publicLines: scan.publicBody.split(/\r?\n/),
    sourceLines: post.source.split(/\r?\n/),
    findings: scan.findings,
    publicFields: publicFrontmatterFields(post.data),
  }));
  const carried = carriedHostFindings(scannedPosts, options.orgScopes);
  // Adoption round 41: the people too, as check carries them (redaction-check.ts). Left out, redact
  // fixed the sign ("Attendees: hexa, …" became "Five engineers") and not the bare handle of the
  // other posts ("Official leadership rotation to hexa"), and check, its sign gone, published it.
  const people = carriedPeopleFindings(scannedPosts.map((post, index) => ({ ...post, findings: [...post.findings, ...carried.findings[index]] })));
  // Adoption round 43: the chat channels too, as check carries them (carried-channels.ts).
  const channels = carriedChannelFindings(scannedPosts);
  return new Map(scanned.map(({ post, scan }, index) => [post.file, { findings: scan.findings.filter((finding) => !people.superseded.has(finding)), carried: [...carried.findings[index], ...people.findings[index], ...channels.findings[index]] }]));
}
