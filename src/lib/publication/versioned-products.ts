/**
 * A capitalised word the post writes as a product's release (round 25 of false positives,
 * docs/redaction.md): followed by a version ("Rosetta 2", "Wazuh 4.7.1", "Komodo v1.19"), moved
 * to or from one ("upgraded Komodo to 1.19", "pinned Infisical at v0.10"), or a release name after
 * a well-known brand ("macOS Sierra", "macOS High Sierra (10.13)"). Release notes and homelab
 * reports name software so, and a guess read "Rosetta" (a given name), "Sierra" and "Marshal" as
 * people. No one is written with a version number: a count or a time after a name ("paged Tove
 * 3 times", "Tove 2 hours later", "Tove 10:02") is no version, and neither is a word run into the
 * number (`Tove 2FA`).
 *
 * Read over the whole post (`evidence`), as the other signs of a public product are
 * (public-product-signs.ts): the post that writes "Rosetta 2" once means the same program by
 * "the Rosetta cask policy". Only for guesses and for a listed part that is also a word; a
 * listed person's name and a phrasing that leaves no doubt ("thanks to Rosetta") are read as before.
 */
import { escapeRegExp } from '../regexp.ts';
import { isKnownFirstName } from './people.ts';
import { isWellKnownBrand } from './public-product-signs.ts';

/** A release number: `2`, `4.7.1`, `v1.19`, `V2`. */
const version = String.raw`[vV]?\d+(?:\.\d+){0,3}`;
/** What makes a number after a name a count or a time, not a version. */
const countOrTime = String.raw`(?:[\p{L}\p{N}]|:\d|[.,]\d|\s*(?:%|[x×]\b|am\b|pm\b|(?:min(?:ute)?|hour|hr|h|sec(?:ond)?|s|day|week|month|year|time|person|people|engineer|user|customer|page|alert|call|shift|ticket|incident|of|more|later|earlier|ago|before|after)s?\b))`;
/** Verbs that move software to or from a release. */
const moveVerb = String.raw`(?:upgrad|downgrad|updat|install|reinstall|deploy|redeploy|pin|pinn|bump|roll)\w*`;

/** Whether `word` (one capitalised word) is a product's, by a release number the post writes it with. */
export function isVersionedProductWord(word: string, evidence: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}]*$/u.test(word)) return false;
  const name = escapeRegExp(word);
  const withVersion = new RegExp(String.raw`(?<![\p{L}\p{N}_@/.-])${name}[ \t]+${version}(?!${countOrTime})`, 'u');
  if (withVersion.test(evidence)) return true;
  const moved = new RegExp(String.raw`\b${moveVerb}[ \t]+(?:(?:the|our)[ \t]+)?${name}[ \t]+(?:to|from|at)[ \t]+${version}(?![\p{L}\p{N}]|:\d)`, 'iu');
  if (moved.test(evidence)) return true;
  return afterBrand(word, evidence);
}

/**
 * A release name after a well-known brand that is no given name, maybe after one more capitalised
 * word ("macOS Sierra", "macOS High Sierra"): the brand's edition, not a person beside a company.
 */
function afterBrand(word: string, evidence: string): boolean {
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}_-])([\p{L}][\p{L}\p{N}]+)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?${escapeRegExp(word)}(?![\p{L}\p{N}_-])`, 'gu');
  for (const m of evidence.matchAll(pattern)) {
    if (isWellKnownBrand(m[1]) && !isKnownFirstName(m[1]) && /\p{Lu}/u.test(m[1].slice(1))) return true;
  }
  return false;
}

/** Whether every word of a guessed name (one or two words: "High Sierra") is read as a product's release. */
export function isVersionedProductName(text: string, evidence: string): boolean {
  const words = text.replace(/['’]s$/, '').split(/\s+/);
  return words.length <= 2 && isVersionedProductWord(words.at(-1)!, evidence) && (words.length === 1 || !isKnownFirstName(words[0]));
}
