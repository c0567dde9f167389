import { isCapitalisedKubernetesKind, isSystemPartNoun } from './system-nouns.ts';

/**
 * What the public page reads for an internal name that qualifies the system's noun after it,
 * after a determiner ("the `log-aggregator` service", "our Zarnith pipeline"): the name's place
 * says what it is, so the stand-in is the one word "internal", not a phrase with its own noun.
 * Before session 52 the two spellings read differently: a code span took "an internal system"
 * ("an internal system service", session 28) and a bare name was dropped ("the  service", the
 * eighteenth and nineteenth probe rounds); both now read "an internal service" ("our internal
 * service"). Fixed words only, so nothing of the name can reach the page.
 *
 * `before` and `after` are the name's line before and after it. The result is the public words for
 * the name and the article before it (the caller takes the article in, as it does for the
 * phrase); '' after "internal" or "in-house", which say it already; undefined where the name is
 * not a determiner's before a system's noun or part's (system-nouns.ts' `isSystemPartNoun`, since
 * false positives round 53 also "sidecar", "container", "pod", …), and the phrase rules apply.
 */
export function standInBeforeSystemNoun(before: string, after: string): string | undefined {
  const noun = /^[ \t]+(\p{Ll}[\p{Ll}-]*|\p{Lu}\p{L}+)(?![\p{L}\p{N}_-])/u.exec(after)?.[1];
  if (noun === undefined) return undefined;
  // Since false positives round 57: a Kubernetes object's kind, capitalised as manifests write it
  // ("the `bridge-config` Secret" read "an internal system Secret"; now "an internal Secret").
  // Any other capitalised word after the name may be a part of it and keeps the phrase.
  const kind = /^\p{Lu}/u.test(noun);
  const isNoun = (word: string) => (kind ? isCapitalisedKubernetesKind(word) : isSystemPartNoun(word));
  const plural = !isNoun(noun) && noun.endsWith('s') && isNoun(noun.slice(0, -1));
  if (!plural && !isNoun(noun)) return undefined;
  const determiner = /(?:^|[\s(])(our|the|an?|this|that|their|internal|in-house)[ \t]+$/i.exec(before)?.[1].toLowerCase();
  if (determiner === undefined) return !plural && bareNounPhrase(before) ? 'an internal' : undefined;
  if (determiner === 'internal' || determiner === 'in-house') return '';
  // "an" reads for one ("the `x` job" became "an internal system job" in session 28); a plural
  // keeps "the": "the `x` workers" reads "the internal workers", not "an internal workers".
  if (determiner === 'the' || determiner === 'a' || determiner === 'an') return plural ? 'the internal' : 'an internal';
  return 'internal';
}

/**
 * Whether a name with no determiner before it opens a noun phrase of its own: at the start of its
 * line or sentence (after a list's or a heading's marker), or after a word in lower case (a verb, a
 * preposition) or a sentence's first word. Notes and logs drop the article ("Restarting
 * `ext-iscsid` service on …", homelab-vixens): the phrase read "Restarting an
 * internal system service" until false positives round 54; now "Restarting an internal service".
 * A singular noun only: after a bare name a word in "-s" may be its verb ("`minas-tirith` hosts the
 * central telemetry services", apmurtha-homelab-operations, read "Internal hosts the …" in this
 * round's first measurement). Not after a capitalised word inside a sentence ("Zarnith `x` service": the name is part of a
 * longer one) nor after a possessive ("Ana's `x` service": the owner's noun needs no article).
 */
function bareNounPhrase(before: string): boolean {
  const lead = before.replace(/^[ \t]*(?:#{1,6}[ \t]+|>[ \t]*|(?:[-*+]|\d+[.)])[ \t]+)*/, '');
  // A table's cell opens a phrase as a line does (round 57: "| `bridge-config` Secret created by …").
  if (!lead.trim() || /^[ \t]*\|.*\|[ \t]*$/.test(lead)) return true;
  const last = /(?:^|[\s(])([\p{L}'’-]+)[ \t]+$/u.exec(lead);
  if (!last || /['’]s?$/.test(last[1])) return false;
  return /^\p{Ll}/u.test(last[1]) || /^[ \t]*[\p{L}'’-]+[ \t]+$/u.test(lead) || /[.!?:][ \t]+[\p{L}'’-]+[ \t]+$/u.test(lead);
}
