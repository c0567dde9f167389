/**
 * A listed person's given name that a post uses as a software component's name (false positives,
 * round 20): Calico's agent is "Felix", and with "Felix Klock" among a team's git authors every
 * "Felix programs the iptables chains" and "Felix on those nodes had stale routes" of a homelab's
 * report was a person (38 replacements, 2 posts held in round 19). The sentences are written as a
 * person's are; what tells them apart is the post: it names the word as a component somewhere
 * ("the Felix agent", "Felix dispatch chains", "Calico's IPAM", "Calico v3.29", `calico-node`)
 * and nowhere as a person ("Calico" with "Calico Nino" listed: 60 findings in round 20).
 *
 * Only a part of a longer listed name, found alone, is judged so: a name listed as one word is
 * always looked for, as is the full name, and the full name anywhere in the post keeps every use
 * of its parts found. A post that writes the word as people are written anywhere (a speaker's
 * `Felix:`, `@Felix`, a title before it, "Felix and Ana", "thanks to Felix", "Felix said", a
 * surname after it) keeps every use found too: fail closed.
 */
import { escapeRegExp } from '../regexp.ts';
import { isEnglishWord, isKnownFirstName } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

/**
 * Since round 22, nouns of a public network's parts ("the Terra network", "Terra governance",
 * "the Terra ecosystem"): a blockchain or a protocol named like a person is written so, and a
 * person has no governance, mainnet or ecosystem.
 */
const networkNoun = String.raw`(?:network|ecosystem|governance|blockchain|mainnet|testnet|protocol)`;

/**
 * Nouns of a program's parts that follow a component's name ("Felix agent", "Felix dispatch chain"); not "logs" or "config", which a person has too.
 * Since round 48 of false positives a resource, the object a program manages ("the Stack resource", "the Stack and Repo resources" of a deployment tool).
 */
const componentNoun = String.raw`(?:agent|daemon|controller|component|process|plugin|binary|sidecar|container|dispatch|loop|module|reconciler|watcher|dataplane|resource|${networkNoun})s?`;

/** Acronyms of a program's parts after its name ("Calico CNI", "Calico's IPAM"). */
const componentAcronym = String.raw`(?:CNI|IPAM|CSI|RBAC|CRDs?|API)`;

/**
 * The word as a program is written: before a program's noun or acronym ("the Felix agent",
 * "Calico's IPAM"), with a release's version ("Calico v3.13.2", "Calico 3.29"), or in lower case
 * joined to a part of a deployment (`calico-node`, `calico-kube-controllers`, `felix-agent`).
 */
function componentPhrase(word: string): RegExp {
  const w = escapeRegExp(word);
  const lower = escapeRegExp(word.toLowerCase());
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}_-])${w}(?:['’]s)?\s+(?:${componentNoun}|${componentAcronym})(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_-])${w}\s+(?:v?\d+\.\d+|v\d+\b)|(?<![\p{L}\p{N}_.-])${lower}-(?:node|kube-controllers|controllers?|cni|ipam|operator|typha|apiserver|${componentNoun})(?![\p{L}\p{N}_])`,
    'u',
  );
}

/** A speaker, a mention, a title, a series of people, thanks, speech: the word as a person's. */
function personSign(word: string): RegExp {
  const w = escapeRegExp(word);
  return new RegExp(
    String.raw`(?:^|\n)\s*(?:[-*>]\s*)?(?:\*\*)?${w}(?:\*\*)?\s*:|@${w}\b|\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+${w}\b|\b${w}\s*(?:,|and|&)\s*\p{Lu}\p{Ll}+\s+(?:and|&)|\b(?:and|&|with|[Tt]hanks to|[Tt]hank you|[Tt]hanks|by|asked|pinged|paged|told|[Cc]redit to)\s+${w}\b(?!['’]?s?\s+${componentNoun})|\b${w}\s+(?:and|&)\s+\p{Lu}\p{Ll}+\b(?!\s+${componentNoun})|\b${w}\s+(?:said|says|wrote|writes|asked|asks|noted|notes|replied|mentioned|joined|left|confirmed|suggested|thinks|thought)\b|\b${w}\s+\p{Lu}\p{Ll}+\s+(?:said|wrote|asked|joined|paged)\b`,
    'u',
  );
}

/**
 * True when `evidence` (a text and the post it belongs to) names `word`, a part of a listed name,
 * as a component and never as a person, and does not hold any of `wholeNames`, the listed names
 * the word is part of.
 */
export function isShownAsComponent(word: string, evidence: string, wholeNames: readonly string[]): boolean {
  if (!componentPhrase(word).test(evidence) && !isPartOfPublicProduct(word, evidence)) return false;
  if (wholeNames.some((name) => new RegExp(name.split(/\s+/).map(escapeRegExp).join(String.raw`[\s\u00a0]+`), 'iu').test(evidence))) return false;
  return !personSign(word).test(withoutProjectPhrases(word, evidence));
}

/**
 * Since round 48 of false positives: the word after a public product's name, as the product's
 * part ("Komodo Core", "Komodo Core/Periphery" of a deployment tool, with a listed "… Core"): a
 * listed given name before it would be the person's full name, which keeps every use found.
 */
function isPartOfPublicProduct(word: string, evidence: string): boolean {
  for (const m of evidence.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}_-])(\p{Lu}[\p{L}\p{N}]+)[ \u00a0]+${escapeRegExp(word)}(?![\p{L}\p{N}_-])`, 'gu'))) {
    if (isPublicTerm(m[1]) && !isKnownFirstName(m[1])) return true;
  }
  return false;
}

/**
 * The post with the word's own phrases as a project's taken out, before its signs of a person are
 * read (round 22): the word twice in a series ("Terra & Terra", a chain and its fork) and the word
 * opening a title whose next word is a common English word and no given name ("by Terra Rebels",
 * "on Terra Classic": an organisation or a product; "by Felix Klock" stays a person's).
 */
function withoutProjectPhrases(word: string, evidence: string): string {
  const w = escapeRegExp(word);
  return evidence
    .replace(new RegExp(String.raw`\b${w}\s*(?:&|and)\s*${w}\b`, 'gu'), ' ')
    .replace(new RegExp(String.raw`\b${w}\s+(\p{Lu}\p{Ll}+)\b`, 'gu'), (phrase, next: string) => (isEnglishWord(next) && !isKnownFirstName(next) ? next : phrase));
}
