import type { Finding } from './findings.ts';
import { redactionFindingText } from './redaction-guard.ts';
import { usedAsOrganisation } from './publication/person-patterns.ts';

/**
 * The organisation's own name, proposed where it was not configured (false positives round 31).
 * Measured without settings, the name of the company that wrote a collection of reports is a
 * possible person in every report that names it ("Gitpod" 65 times in 42 posts): the guard knows
 * no organisation but the one `site.config.ts` names, and a team that imports another
 * organisation's reports, or left the template's name, sees its build stop on it.
 *
 * The name is never allowed here: it is proposed in the finding's fix, which stays an error, and
 * only when the collection says so twice: the same one capitalised word is a person finding in
 * at least three posts and a quarter of them, and the posts link to a host with that word as a
 * label of its name (`gitpod.io`, `community.hachyderm.io`), the organisation's own site. A
 * person has no domain named after them that the organisation's posts link to again and again;
 * a person who does (a personal site of the same name as a handle) is proposed, not published,
 * and the author reads the proposal before setting it.
 */

export interface OrganisationGuessPost {
  /** The post's text, read for the hosts it links to. */
  text: string;
  /** Its findings. */
  findings: readonly Finding[];
}

export interface OrganisationGuess {
  name: string;
  /** The host whose label is the name, the first in order of the posts. */
  host: string;
  /** How many posts name it in a person finding, and how many were read. */
  posts: number;
  of: number;
}

const personRules = new Set(['redact/person', 'redact/possible-person']);
const oneCapitalisedWord = /^\p{Lu}[\p{Ll}\p{N}]+$/u;
const linkedHost = /\bhttps?:\/\/([a-z0-9.-]+\.[a-z]{2,})(?=[/:?#)\s"'>\]]|$)/giu;
/** At least this many posts, and this share of them, must name the word. */
const leastPosts = 3;
const leastShare = 0.25;

/**
 * The organisation's name the collection proposes, or nothing. `configured` is the organisation
 * `site.config.ts` names (never proposed again) and `people` the names configured as people
 * (never proposed).
 */
export function guessOrganisationName(posts: readonly OrganisationGuessPost[], configured = '', people: readonly string[] = []): OrganisationGuess | undefined {
  const postsNaming = new Map<string, number>();
  // Posts that name the word and themselves link a host with it as a label ("Gitpod" beside gitpod.io).
  const postsLinkingIt = new Map<string, number>();
  for (const post of posts) {
    const words = new Set<string>();
    for (const finding of post.findings) {
      if (!personRules.has(finding.rule)) continue;
      const text = redactionFindingText(finding);
      if (oneCapitalisedWord.test(text)) words.add(text);
    }
    const labels = words.size ? new Set([...post.text.matchAll(linkedHost)].flatMap((m) => m[1].toLowerCase().split('.').slice(0, -1))) : new Set<string>();
    for (const word of words) {
      postsNaming.set(word, (postsNaming.get(word) ?? 0) + 1);
      if (labels.has(word.toLowerCase())) postsLinkingIt.set(word, (postsLinkingIt.get(word) ?? 0) + 1);
    }
  }
  // A name of the settings is never proposed, nor a part of one, unless a post also writes that
  // part as an organisation's or product's name ("the Chia GUI", "Chia employees"; since redact
  // round 37): the surname of a git author "Jacob Chia" was the organisation's own name, which
  // redact replaced by "an engineer" in every post of the organisation. Read only for the words
  // that pass the other tests, as it reads every post.
  const wholeNames = new Set([configured.toLowerCase(), ...people.map((name) => name.toLowerCase())]);
  const nameParts = new Set(people.flatMap((name) => (/\s/.test(name.trim()) ? name.toLowerCase().split(/\s+/) : [])));
  const refused = (word: string) => wholeNames.has(word.toLowerCase()) || (nameParts.has(word.toLowerCase()) && !posts.some((post) => usedAsOrganisation(word, post.text)));
  const hostsByLabel = new Map<string, string>();
  for (const post of posts) {
    for (const m of post.text.matchAll(linkedHost)) {
      const host = m[1].toLowerCase();
      for (const label of host.split('.').slice(0, -1)) if (!hostsByLabel.has(label)) hostsByLabel.set(label, host);
    }
  }
  const candidates = [...postsNaming.entries()]
    // The share is waived where the posts naming the word link its host themselves, three or more
    // (adoption round 48): a knowledge base that imported a company's blog beside other reports
    // named "Gitpod" in 26 of 106 posts, each linking gitpod.io, under the quarter, and redact
    // replaced the company by a role ("An engineer starts a new workspace"). A proposal still
    // stops the post until the author sets it, so a person so linked is held, not published.
    .filter(([word, count]) => count >= leastPosts && (count >= posts.length * leastShare || (postsLinkingIt.get(word) ?? 0) >= leastPosts) && hostsByLabel.has(word.toLowerCase()) && !refused(word))
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  if (!candidates.length) return undefined;
  const [name, count] = candidates[0];
  return { name, host: hostsByLabel.get(name.toLowerCase())!, posts: count, of: posts.length };
}

/** The finding with the proposal said first in its fix when it names the guessed organisation, or as it was. */
export function withOrganisationProposal(finding: Finding, guess: OrganisationGuess | undefined, configured = ''): Finding {
  if (!guess || !personRules.has(finding.rule) || redactionFindingText(finding) !== guess.name) return finding;
  const now = configured ? ` (it names '${configured}' now)` : '';
  return {
    ...finding,
    fix: `if "${guess.name}" is the organisation that publishes these reports (a person finding in ${guess.posts} of ${guess.of} posts, which link to ${guess.host}), set organisation: '${guess.name}' in site.config.ts${now}: its name is then public in every post. Otherwise: ${finding.fix ?? ''}`.trimEnd(),
  };
}

/**
 * Whether a finding is the guessed organisation's name, which `npm run redact` leaves for the
 * author with the proposal (redact round 37): replaced by a role, "Chia operations alarms" read
 * "an engineer operations alarms" in the organisation's own posts. The check still stops the post.
 */
export function namesGuessedOrganisation(finding: Finding, guess: OrganisationGuess | undefined): boolean {
  return Boolean(guess) && personRules.has(finding.rule) && redactionFindingText(finding) === guess!.name;
}
