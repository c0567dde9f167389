/**
 * A word the post writes as software's release (since the eleventh round of false positives;
 * round 25 added the last two signs and reads them for listed parts too, docs/redaction.md):
 *
 * - followed by a version ("Pymongo 4.0", "Wasmvm v2.1.5", "Zorvex 1.12.3"; `versionNumber`): not
 *   a clock's time ("Yelmar 10.30") nor a whole number, which may count ("Tove 2, Hallvard 3"),
 *   and not after a given name ("Thanks to Sarah 2.0" is still judged as a first name);
 * - moved to or from a release ("upgraded Komodo to 1.19", "pinned Infisical at v0.10"): no one is
 *   upgraded to a version, so a given name too;
 * - a release name after a well-known brand written with an inner capital ("macOS Sierra",
 *   "macOS High Sierra (10.13)"): the brand's edition, a given name too. Release notes name
 *   software so, and a guess read "Sierra" as a person;
 * - since false positives round 53, an operating system's name before "OS" ("Zorin OS 18.1": a
 *   listed "Alex Zorin" read the laptop's system as a person; not the last of a series, "Quarvel
 *   and Mullvad OS upgrade", machines named so, round 21), and an edition's word after a
 *   version or a name with an inner capital ("Zorin OS 18.1 Pro", "DOTween Pro": a listed "Pro
 *   Neon"); not a given name ("Max" stays judged);
 * - since false positives round 54, a distribution's name before "Linux" ("Kali Linux"), given
 *   names too.
 *
 * Read over the whole post (`evidence`), as the other signs of a public product are
 * (public-product-signs.ts): the post that upgrades "Komodo to 1.19" means the program by "Komodo
 * returned 502s". A phrasing that leaves no doubt ("thanks to Komodo") is read as before.
 */
import { escapeRegExp } from '../regexp.ts';
import { isKnownFirstName } from './people.ts';
import { isWellKnownBrand } from './public-product-signs.ts';

/**
 * A version after a name ("4.0", "v2.1.5", "1.12.3"): one digit after a dot, a `v`, or three
 * parts, so a clock's time ("10.30") is none; a whole number only before "model" ("the Claude
 * Fable 5 model"), since elsewhere it may count something ("Tove 2, Hallvard 3").
 */
export const versionNumber = String.raw`(?:v\d+(?:\.\d+)*|\d+\.\d+\.\d+|\d+\.\d|\d+(?=\s+models?\b))(?![\d:])`;

/** A release a verb moves software to or from: also a whole number ("upgraded Komodo to 2"). */
const release = String.raw`[vV]?\d+(?:\.\d+){0,3}(?![\p{L}\p{N}]|:\d)`;
/** Verbs that move software to or from a release. */
const moveVerb = String.raw`(?:upgrad|downgrad|updat|install|reinstall|deploy|redeploy|pin|pinn|bump|roll)\w*`;

/** Whether `word` (one capitalised word) is software's, by a release the post writes it with. */
export function isVersionedProductWord(word: string, evidence: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}]*$/u.test(word)) return false;
  const name = escapeRegExp(word);
  if (!isKnownFirstName(word) && new RegExp(String.raw`(?<![\p{L}])${name}\s+${versionNumber}`, 'u').test(evidence)) return true;
  const moved = new RegExp(String.raw`\b${moveVerb}[ \t]+(?:(?:the|our)[ \t]+)?${name}[ \t]+(?:to|from|at)[ \t]+${release}`, 'iu');
  if (moved.test(evidence)) return true;
  // Not the last of a series ("Quarvel and Mullvad OS upgrade": two machines' OS upgrade, round 21).
  const operatingSystem = new RegExp(String.raw`(?<![\p{L}\p{N}_-]|(?:\band|\bor|[,&])[ \t]+)${name}[ \t]+OS(?![\p{L}\p{N}_-])`, 'u');
  if (!isKnownFirstName(word) && (operatingSystem.test(evidence) || isEditionAfterProduct(word, evidence))) return true;
  if (distributionBefore(name).test(evidence)) return true;
  return afterBrand(word, evidence);
}

/**
 * A Linux distribution's name before "Linux" ("Kali Linux", "Rocky Linux", "Alma Linux": false
 * positives round 54, where a listed "Aditya Kali" read a pentester's system as a person). Given
 * names too, as distributions are named so; not after a capitalised word (the surname of a full
 * name: "Aditya Kali Linux") nor as the last of a series joined by "and", "or" or "&" ("Quarvel and Vesk Linux
 * upgrade"; after a comma it is a list of a machine's parts: "Raspberry Pi 5, Kali Linux ARM64").
 */
const distributionBefore = (name: string) => new RegExp(String.raw`(?<![\p{L}\p{N}_-]|\p{Lu}[\p{L}'’-]*[ \t]+|(?:\band|\bor|&)[ \t]+)${name}[ \t]+Linux(?![\p{L}\p{N}_-])`, 'u');

/**
 * Whether the post names `word` as a Linux distribution ("Kali Linux"), as above. Since false
 * positives round 57 read over the whole post for a listed surname written alone on another line
 * ("Kali uses a monitor-mode-patched stack" under "**System:** Raspberry Pi 5, Kali Linux ARM64").
 */
export const isDistributionNamedIn = (word: string, evidence: string): boolean =>
  /^\p{Lu}[\p{L}\p{N}]*$/u.test(word) && distributionBefore(escapeRegExp(word)).test(evidence);

/** Words of a product's edition, written after its name or release ("18.1 Pro", "DOTween Pro"). */
const editionWords = new Set(['Pro', 'Plus', 'Ultra', 'Lite', 'Premium', 'Enterprise', 'Edition']);

/** Whether `word` is an edition's word right after a version ("18.1 Pro") or a name with an inner capital ("DOTween Pro"). */
function isEditionAfterProduct(word: string, evidence: string): boolean {
  if (!editionWords.has(word)) return false;
  return new RegExp(String.raw`(?:${versionNumber}|(?<![\p{L}\p{N}_-])\p{L}+\p{Ll}\p{Lu}[\p{L}\p{N}]*|(?<![\p{L}\p{N}_-])\p{Lu}{2,}\p{Ll}+[\p{L}\p{N}]*)[ \t]+${word}(?![\p{L}\p{N}_-])`, 'u').test(evidence);
}

/**
 * A release name after a well-known brand that is no given name and has an inner capital, maybe
 * after one more capitalised word ("macOS Sierra", "macOS High Sierra"): the brand's edition, not
 * a person beside a company ("Slack Tove" is not read so).
 */
function afterBrand(word: string, evidence: string): boolean {
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}_-])([\p{L}][\p{L}\p{N}]+)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?${escapeRegExp(word)}(?![\p{L}\p{N}_-])`, 'gu');
  for (const m of evidence.matchAll(pattern)) {
    if (isWellKnownBrand(m[1]) && !isKnownFirstName(m[1]) && /\p{Lu}/u.test(m[1].slice(1))) return true;
  }
  return false;
}

/** Whether a guessed name of one or two words ("High Sierra") is read as software's release by its last word. */
export function isVersionedProductName(text: string, evidence: string): boolean {
  const words = text.replace(/['’]s$/, '').split(/\s+/);
  return words.length <= 2 && isVersionedProductWord(words.at(-1)!, evidence) && (words.length === 1 || !isKnownFirstName(words[0]));
}
