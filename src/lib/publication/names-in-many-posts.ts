/**
 * A name the guard takes for an internal system or a person in many posts is most often a public
 * product the team uses: a homelab's deploy tool "Komodo" was found 62 times in 25 of 54 reports
 * (adoption round 46, homelab-mrkonyk), each finding's fix offering a marker "on this line" or
 * "list it in publicNames" without saying where that list is or that one entry allows every use.
 * Such a finding's fix now opens with the count and the one entry, `redaction.publicNames` in
 * `site.config.ts`, before the fix of one place.
 *
 * Only for guesses (`redact/internal-name`, `redact/possible-person`): a `redact/person` finding
 * is a listed person or a full name, which a team must not allow by a list of public names.
 */
import type { Finding } from '../findings.ts';
import { redactionFindingText } from '../redaction-guard.ts';

/** From how many posts a name is said to be found in many. */
export const manyPostsFrom = 3;

const guessRules = new Set(['redact/internal-name', 'redact/possible-person']);

/** `findings` with the fix of each guess whose text (in any letter case) is found in {@link manyPostsFrom} or more posts said once for the whole knowledge base. */
export function withPublicNamesAdviceForNamesInManyPosts(findings: readonly Finding[]): Finding[] {
  const postsByName = new Map<string, Set<string>>();
  for (const finding of findings) {
    if (!guessRules.has(finding.rule)) continue;
    const text = redactionFindingText(finding).toLowerCase();
    if (!text) continue;
    const posts = postsByName.get(text) ?? new Set<string>();
    posts.add(finding.file);
    postsByName.set(text, posts);
  }
  return findings.map((finding) => {
    if (!guessRules.has(finding.rule)) return finding;
    const text = redactionFindingText(finding);
    const posts = postsByName.get(text.toLowerCase())?.size ?? 0;
    if (posts < manyPostsFrom || /redaction\.publicNames/.test(finding.fix ?? '')) return finding;
    const entry = JSON.stringify(text);
    return {
      ...finding,
      fix: `"${text}" is found in ${posts} posts. If it is a public name (a product or vendor you use, your organisation), list it once in redaction.publicNames in site.config.ts (publicNames: [${entry}]): one entry allows it in every post. If it is your own system's or a person's, ${finding.fix ? lowerFirst(finding.fix) : 'replace it in each post (npm run redact)'}`,
    };
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
