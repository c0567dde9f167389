import type { Finding } from './findings.ts';
import { redactionFindingText } from './redaction-guard.ts';
import { withAllowMarkerOfPlace } from './allow-marker-place.ts';

/**
 * Fixes of redaction findings said with what the knowledge base knows and the guard's generic
 * wording does not (src/lib/redaction-guard.ts, `suggestedFix`, knows only the rule and the text).
 * Measured in the adoption walkthrough of round 21 (docs/adopting.md), where three fixes sent the
 * author the wrong way:
 *
 * - a service id with a public name ("search-service", public name "Product search") was to be
 *   moved into `<Internal>`, and `npm run redact` did so: the public page then read "A deployment
 *   of  rebuilt the product index". The name customers know is the fix.
 * - a link into the organisation's own repository (`https://github.com/pypi/warehouse/issues/14010`,
 *   14 in one organisation's 18 public posts) was to be "listed in publicNames": the link itself,
 *   one entry per link; the guard reads the repository (`github.com/pypi/warehouse`), one entry
 *   for all of them.
 * - an e-mail address was to be "listed in publicNames", which the e-mail rule does not read:
 *   `security@pypi.org` listed there was still found 20 times. The allow marker is what works.
 *
 * Only `fix` changes: the rule, the message and the text a marker allows stay the guard's.
 */
export interface FixGuidance {
  /** Each service id and display name (lower case) with the public name customers know it by. */
  servicePublicNames: ReadonlyArray<readonly [string, string]>;
  /** The organisation `site.config.ts` names, said in a proposal of another (organisation-name-guess.ts). */
  organisation?: string;
}

/** The public names of services, keyed by their id and display name in lower case. */
export function servicePublicNames(services: Iterable<{ id: string; name: string; publicName?: string }>): FixGuidance['servicePublicNames'] {
  const pairs: [string, string][] = [];
  for (const service of services) {
    if (!service.publicName) continue;
    pairs.push([service.id.toLowerCase(), service.publicName], [service.name.toLowerCase(), service.publicName]);
  }
  return pairs;
}

/** A code host's repository a link points into: `github.com/pypi/warehouse` of `https://github.com/pypi/warehouse/issues/1`. */
function linkedRepository(text: string): string | undefined {
  const match = /^https?:\/\/((?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org))\/([^/\s?#]+)\/([^/\s?#]+)/i.exec(text);
  return match ? `${match[1]}/${match[2]}/${match[3]}`.toLowerCase() : undefined;
}

/** The finding with its fix said for this knowledge base and with the allow marker its place takes (allow-marker-place.ts), or the finding as it was. */
export function withFixGuidance(finding: Finding, guidance: FixGuidance): Finding {
  return withAllowMarkerOfPlace(withKnownFix(finding, guidance));
}

/** The finding with the fix what the knowledge base knows says (see above), or the finding as it was. */
function withKnownFix(finding: Finding, guidance: FixGuidance): Finding {
  if (!finding.rule.startsWith('redact/')) return finding;
  const text = redactionFindingText(finding);
  if (!text) return finding;
  const marker = `{/* redaction-allow ${finding.rule} "${text}" -- reason */}`;
  if (finding.rule === 'redact/service-id' || finding.rule === 'redact/internal-name') {
    const publicName = guidance.servicePublicNames.find(([name]) => name === text.toLowerCase())?.[1];
    if (publicName) {
      return { ...finding, fix: `write "${publicName}", the name customers know it by (its publicName in services.yaml), instead of "${text}". Moved into <Internal>…</Internal> it is taken out of the public sentence, which then reads without it: reword the sentence if you do that.` };
    }
  }
  if (finding.rule === 'redact/internal-link') {
    const repository = linkedRepository(text);
    if (repository) {
      return { ...finding, fix: `if the repository ${repository} is public, list "${repository}" in redaction.publicNames in site.config.ts: one entry allows every link into it. Otherwise move "${text}" into <Internal>…</Internal>, or allow this one link with ${marker} on this line (# redaction-allow … in frontmatter).` };
    }
  }
  if (finding.rule === 'redact/email') {
    return { ...finding, fix: `write the team or role instead ("our security team"), or move "${text}" into <Internal>…</Internal>; if it is a public contact address, add ${marker} on each line that shows it (# redaction-allow … in frontmatter).` };
  }
  return finding;
}
