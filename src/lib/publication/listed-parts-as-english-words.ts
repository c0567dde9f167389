/**
 * Two places where a listed name's part that is an English word reads as the word, found on real
 * reports in round 24 of false positives (docs/redaction.md). A team lists its members' full
 * names and each part is looked for alone; word-as-name.ts keeps such a part a name where a name
 * stands, and these are two shapes it read as a person's:
 *
 * - **A quantifier opening a noun phrase.** "Most impacted strategies only had deposits …" with a
 *   "… Most" listed: a part that is a determiner or quantifier ("Most", "Many", "Some", "Few",
 *   "Several", "Such") before a participle and a bare word is "most [adjective] [noun]". A person
 *   acting has an object with an article, a pronoun, a number or a name after the verb ("Most
 *   restarted the pool", "Most paged Eric", "Most impacted 3 vaults"), and stays found.
 * - **One side of a comparison of things.** "Slope vs Bias" with a "… Bias" listed: "vs",
 *   "versus" or "vs." joins two of a kind, and when the other side is a capitalised dictionary
 *   word that names no one, the part is a word too. "Eric vs Bias" and "Bias vs Vold" (a given
 *   name or another listed part on the other side) stay found.
 *
 * - **A Kubernetes object's kind** (round 56): "the `bridge-config` Secret in the homelab
 *   namespace" with a git author "… secret" listed read "the bridge-config an engineer". A part
 *   that is a kind of Kubernetes object ("Secret", "Service", "Deployment", "Node", …) after the
 *   object's name in a code span, or after a determiner ("That Secret was repopulated"), is the
 *   kind. "Secret restarted the pods" and "asked Secret" stay found.
 *
 * All are read only for a part found alone, never for the whole listed name.
 */
import { isCapitalisedKubernetesKind } from './system-nouns.ts';

/** Determiners and quantifiers that open a noun phrase; as surnames they are listed parts ("Tom Most"). */
const quantifiers = new Set(['most', 'many', 'some', 'few', 'several', 'such', 'all', 'both', 'each', 'more', 'less', 'much']);

/** What opens a verb's object when a person acts on something: articles, pronouns, possessives, numbers. */
const objectOpeners = /^(?:the|a|an|this|that|these|those|our|their|his|her|its|my|your|all|every|each|some|any|no|it|them|him|us|me|you)$/i;

/**
 * The part is a quantifier opening a noun phrase: "Most impacted strategies", "Many affected
 * nodes". `after` is the line after the part.
 */
export function isQuantifierBeforeNounPhrase(written: string, after: string): boolean {
  if (!quantifiers.has(written.toLowerCase())) return false;
  const words = /^[\s\u00a0]+([a-z]+(?:ed|en))[\s\u00a0]+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(after);
  if (!words) return false;
  const object = words[2];
  // A name, a number or an article after the verb is its object: a person acting.
  if (/^\p{Lu}/u.test(object) || /^\p{N}/u.test(object) || objectOpeners.test(object)) return false;
  return true;
}

export interface ComparisonContext {
  /** An English word ("Slope", "Latency"). */
  isWord: (word: string) => boolean;
  /** A given name or a listed part, a word or not ("Eric", "Vold", "Bias"). */
  isNameWord: (word: string) => boolean;
}

const comparison = String.raw`(?:vs\.?|versus|VS\.?)`;

/** The part stands on one side of "vs" whose other side is a capitalised word naming no one. */
export function isComparedWithAWord(line: string, start: number, written: string, context: ComparisonContext): boolean {
  const before = line.slice(0, start);
  const after = line.slice(start + written.length);
  const other =
    new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*)[\s\u00a0]+${comparison}[\s\u00a0]+$`, 'u').exec(before)?.[1] ??
    new RegExp(String.raw`^[\s\u00a0]+${comparison}[\s\u00a0]+(\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}])`, 'u').exec(after)?.[1];
  if (other === undefined) return false;
  return context.isWord(other) && !context.isNameWord(other);
}

/**
 * A determiner, then (since round 57) up to two words in lower case ("a generated", "the
 * manually-patched live"); since round 58 the words may be parted by a comma ("an imperative,
 * git-invisible Secret"), never the last: "the outage, Secret restarted it" opens a clause.
 */
const determinerBefore = /(?:^|[^\p{L}])(?:[Tt]he|[Tt]hat|[Tt]his|[Ee]ach|[Ee]very|[Aa]n?|[Ii]ts|[Oo]ur|[Tt]heir|[Nn]o)[\s\u00a0]+(?:\p{Ll}[\p{Ll}-]*,?[\s\u00a0]+(?=\p{Ll}[\p{Ll}-]*[\s\u00a0]+$))?(?:\p{Ll}[\p{Ll}-]*[\s\u00a0]+)?$/u;
/**
 * Nouns of an object's contents or handling after its kind ("overwriting Secret data"; since round
 * 58 "manual Secret management", "Secret age", "the postmortem's Secret audit"): none is a verb a
 * person could do in the third person, so "Secret audits the chart" is not read ("the Secret's
 * keys" is a possessive and not read).
 */
const contentsAfter = /^[\s\u00a0]+(?:data|values?|keys?|manifests?|templates?|objects?|resources?|fields?|specs?|management|audit|age|rotation|controller|store|mount|type)(?![\p{L}\p{N}_-])/u;
/** "Secret overrides" is a noun phrase where no object follows the verb-like word ("cluster-level Secret overrides sitting on top"). */
const overridesAfter = /^[\s\u00a0]+overrides(?![\p{L}\p{N}_-])(?![\s\u00a0]+(?:the|a|an|this|that|these|those|our|their|his|her|its|my|your|every|each|some|any|it|them|him|us|me|you|\p{Lu}|\p{N}))/u;
/**
 * What is said only of a declared object (round 59): "manage Secret imperatively" (or
 * declaratively), "Secret declared in chart" (defined, rendered, templated, stored or kept in a
 * chart, a manifest, a template, the values, Git, a kustomization, Helm or Argo CD) and "Secret
 * leaves desired state" (any verb, then the desired state a GitOps tool compares). "Secret
 * declared in the meeting", "Secret managed the rollout imperatively" and "Secret leaves the
 * team" stay found.
 */
const declaredObjectAfter = new RegExp(String.raw`^[\s\u00a0]+(?:(?:imperatively|declaratively)(?![\p{L}\p{N}_-])|(?:declared|defined|rendered|templated|stored|kept)[\s\u00a0]+(?:in|by|from|via)[\s\u00a0]+(?:(?:the|a|an|its|each|every)[\s\u00a0]+)?(?:\S+[\s\u00a0]+)?(?:charts?|manifests?|templates?|values|git|kustomizations?|helm|argo[\s\u00a0]?cd|repo(?:sitory)?)(?![\p{L}\p{N}_-])|\p{Ll}+[\s\u00a0]+(?:(?:the|its)[\s\u00a0]+)?desired[\s\u00a0]+state(?![\p{L}\p{N}_-]))`, 'iu');
/**
 * Verbs done to things, never to a colleague (round 58): "the chart template renders Secret from
 * the values", "the operator repopulates Secret manually". "paged Secret", "asked Secret" and
 * "manage Secret" (a person is managed) are not among them.
 */
const thingVerbBefore = /(?:^|[^\p{L}])(?:render|repopulate|recreate|patch|mount|encrypt|decrypt|seal|unseal|re-?apply|appli|delete|prune)(?:s|es|d|ed|ied)?[\s\u00a0]+$/iu;
/**
 * An object's name written as an identifier in lower case with a hyphen before the kind, the code
 * span's marks left out ("sre-analytics-env Secret" inside `kubectl describe`'s output,
 * "cluster-level Secret"), or a code span and a slash ("`envFrom`/Secret"). Words of a person's
 * role with a hyphen ("on-call", "co-founder", "ex-…") name someone's job, not an object.
 */
const identifierBefore = /(?:^|[\s\u00a0`(])(?!(?:on|off|co|ex|vice|self)-)\p{Ll}[\p{Ll}\p{N}]*(?:-[\p{Ll}\p{N}]+)+[\s\u00a0]+$|`[^`\s][^`]*`\/$/u;

/**
 * The part is a Kubernetes object's kind after the object's name in a code span or after a
 * determiner; since false positives round 57 also after a determiner and adjectives ("a generated
 * Secret", "the manually-patched live Secret") and before its contents' noun ("Secret data"):
 * with the names list, a git author "… secret" held 20 lines of a homelab's post-mortem on a
 * Secret. Since round 58 also a code span that is the kind alone (`` `Secret` templates ``), after
 * an identifier in lower case ("sre-analytics-env Secret"), after a verb done to things ("renders
 * Secret") and before a noun of its handling ("Secret management"). "We asked Secret", "Later
 * Secret restarted the pods", "escalated to on-call Secret" stay found. Since round 59 also before
 * what is said only of a declared object ("manage Secret imperatively", "Secret declared in
 * chart", "Secret leaves desired state").
 */
export function isKindOfKubernetesObject(line: string, start: number, written: string): boolean {
  if (!isCapitalisedKubernetesKind(written)) return false;
  const before = line.slice(0, start);
  const after = line.slice(start + written.length);
  if (/`$/.test(before) && /^`/.test(after)) return true;
  return /`[^`\s][^`]*`[\s\u00a0]+$/u.test(before) || determinerBefore.test(before) || identifierBefore.test(before) || thingVerbBefore.test(before) || contentsAfter.test(after) || overridesAfter.test(after) || declaredObjectAfter.test(after);
}
