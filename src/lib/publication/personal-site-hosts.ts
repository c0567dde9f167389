/**
 * A person's own site, its domain their given name and surname run together
 * (`https://maritvolkers.com/posts/retries/`, `ingridvolstad.net`): the post links it without
 * naming its owner anywhere else (probe round 51, round 50's leftover; a site named after a
 * speaker or an author the post names is found by the carry of that person's handles). What
 * tells a person's domain from an organisation's is its words: an organisation names itself with
 * words (`opencollective`, `generalcatalyst`: no given name opens them, or English words follow)
 * or a coined word; a person with a given name the lexicons know and a word no dictionary, list
 * or public term knows (a surname). Only the label before the top-level domain, on a host of
 * that label alone or after `www`/`blog` (a subdomain of a site is a service's), not on the
 * shared hosts where a label is an account's (`*.github.io`, read by the account rules).
 *
 * Not a guess: the guesses give way to a word the post links a site of (`usedAsOrganisation`),
 * which this site always is. A company named after its founder (`johndeere`) is found too: an
 * error to allow, or a `publicNames` entry.
 */
import { isOtherLanguageGivenName } from './other-language-given-names.ts';
import { isPublicTerm } from './public-terms.ts';
import { isEnglishWord } from './people.ts';
import { firstName, unknownWord } from './link-path-people.ts';
import { fileEnding, sharedHost, withoutHostNames, writtenHostsOf } from './own-site-links.ts';
import { madeOfWords, type PatternMatch } from './person-patterns.ts';

/** The top-level domains of personal sites: the generic ones people register, and two letters of a country. */
const personalTopLevel = /^(?:com|net|org|dev|io|me|name|blog|info|xyz|site|page|tech|codes|website|online|app|[a-z]{2})$/;

/** Whether a label is a given name and a surname run together (`maritvolkers`, `danluu`), the given name first; a surname of three letters or more. */
export function givenNameAndSurname(label: string): boolean {
  if (!/^[a-z]{6,24}$/.test(label) || isPublicTerm(label) || madeOfWords(label)) return false;
  // The longest given name the label opens with (`lincoln`, not `lin`), and none when an English
  // word longer than it opens the label (`transmissionbt` is no `tran`'s).
  let cut = 0;
  for (let end = 3; end <= label.length - 3; end++) {
    const start = label.slice(0, end);
    if (end > cut && cut > 0 && isEnglishWord(start)) return false;
    if (firstName(start) || isOtherLanguageGivenName(start.charAt(0).toUpperCase() + start.slice(1))) cut = end;
    else if (!cut && isEnglishWord(start) && end >= 5) return false;
  }
  if (!cut) return false;
  const surname = label.slice(cut);
  if (/^[aeiou]/.test(surname) && vowelCutOfWords(label, cut)) return false;
  return (opensAsSurname(surname) || opensWithTwoVowels(surname)) && unknownWord(surname, 3);
}

/**
 * Whether a surname opens with two vowels as Nordic, Dutch and German ones do (`aasvold`,
 * `eidsvaag`, `ouderkerk`; since probe round 53, round 52's leftover): a pair of vowels, one to three
 * consonants, a word of six letters or more holding another vowel and ending as names end. The
 * words cut in the wrong place are taken out before, as for one vowel (`vowelCutOfWords`).
 */
export const opensWithTwoVowels = (word: string): boolean => TWO_VOWEL_SURNAME.test(word);

const TWO_VOWEL_SURNAME = /^(?=[a-z]{6})(?:aa|ee|oo|ei|ie|ou|au|oe|ae|ui|eu|ue|ij)[bcdfghjklmnpqrstvwxz]{1,3}[aeiouy][a-z]*[aeioudgklmnrst]$/;

/**
 * Whether a label cut before a vowel is words cut in the wrong place: an English word longer than
 * the given name opens it (`cal`+`endari` is `calendar`+`i`), or the rest after its vowel, or after
 * one more letter, is a word or words of five letters or more (`yun`+`o`+`payments`,
 * `eli`+`f`+`esciences`, `don`+`ot`+`track`; `colin`+`o`+`dell` is a surname). Read for a vowel's cut only: a
 * consonant's is held by the consonants' rule, and its words were measured with it (round 51).
 */
function vowelCutOfWords(label: string, cut: number): boolean {
  for (let end = cut + 2; end < label.length; end++) if (isEnglishWord(label.slice(0, end))) return true;
  const rest = label.slice(cut + 1);
  return [rest, rest.slice(1)].some((words) => words.length >= 5 && (isEnglishWord(words) || madeOfWords(words)));
}

/**
 * Whether a word opens as surnames do: a consonant that is not doubled and no three consonants
 * (`rob`+`otstxt`, `stu`+`nnel` and `cal`+`yxos` are a word cut in the wrong place), or, since
 * probe round 52, one vowel and a consonant, doubled or not (`marit`+`oberland`, `tobias`+`ellmark`), in a word of
 * five letters or more holding a second vowel after its opening and ending as names end (a vowel,
 * or one of the consonants they close on): `otstxt` holds no second vowel.
 */
export function opensAsSurname(word: string): boolean {
  if (/^[bcdfghjklmnpqrstvwxz](?![bcdfghjklmnpqrstvwxz]{2})/.test(word)) return !/^(.)\1/.test(word);
  return VOWEL_SURNAME.test(word);
}

const VOWEL_SURNAME = /^[aeiou]([bcdfghjklmnpqrstvwxz])\1?(?![bcdfghjklmnpqrstvwxz]{2})[a-z]*[aeiouy][a-z]*[aeioudgklmnrst]$/;

/** Why {@link findPersonalSiteHosts} reports a label, so that the post's other words can be read for it. */
export const personalSiteWhy = "a person's own site: a given name and a surname as its domain";

/**
 * Whether the post writes the label's letters outside its hosts, spaces, dots or hyphens allowed
 * between them ("Transifex" beside `transifex.com`, "Do Not Track" beside `donottrack.org`): the
 * name of a product or an organisation its own site serves. A person's site whose owner the post
 * names is found by the rules of names and the carry of their handles.
 */
export function siteNamedInProse(label: string, evidence: string): boolean {
  const letters = [...label].join(String.raw`[\s._-]?`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${letters}(?![\p{L}\p{N}])`, 'iu').test(withoutHostNames(evidence));
}

/** The domains of a line's links and hosts that are a person's own site (the label's text and place). */
export function findPersonalSiteHosts(line: string): PatternMatch[] {
  if (!line.includes('.')) return [];
  const found: PatternMatch[] = [];
  for (const { host, index } of writtenHostsOf(line)) {
    const site = personalSiteLabel(host);
    if (!site || !givenNameAndSurname(site.label)) continue;
    found.push({ text: site.label, index: index + site.at, severity: 'error', why: personalSiteWhy });
  }
  return found;
}

/**
 * The label of a host that may be a person's own site, and where it stands in the host: the label
 * before a personal top-level domain, on a host of that label alone or after `www`/`blog` (a
 * subdomain of a site is a service's), not on a shared host where a label is an account's.
 */
export function personalSiteLabel(host: string): { label: string; at: number } | undefined {
  if (sharedHost.test(host) || fileEnding.test(host)) return undefined;
  const labels = host.split('.');
  const [label, top] = labels.slice(-2);
  if (top === undefined || labels.length > 3 || (labels.length === 3 && !/^(?:www|blog)$/.test(labels[0])) || !personalTopLevel.test(top)) return undefined;
  return { label, at: host.length - top.length - 1 - label.length };
}
