import { isPublicTerm } from './public-terms.ts';
import { readFileSync } from 'node:fs';
import { compromiseLexicon, isKnownFirstName, lexiconTags, nameTags } from './compromise-lexicon.ts';
import wordListPath from 'word-list';
import { allMatches, escapeRegExp } from '../regexp.ts';
import { createLineSet, type LineSet } from '../line-set.ts';
import { isOtherLanguageGivenName } from './other-language-given-names.ts';
import { readsAsName } from './word-as-name.ts';
import { isPartOfDate } from './month-in-date.ts';
import { isSubdivisionPlace } from './subdivision-places.ts';
import { isSaintPlace } from './saint-places.ts';
import { accentedNameRunStart } from './accented-name-runs.ts';
import { isCountryOfPair } from './address-places.ts';
import { isEponymOfMethod, isNameOfPlaceOrPrize } from './eponyms.ts';
import { isLowerCaseWordOfListedPart } from './lower-case-parts.ts';
import { isCloudRegionPlace } from './cloud-region-places.ts';
import { isOrganisationModifier } from './organisation-modifiers.ts';
import { isInSeriesOfServices } from './service-series.ts';
import { isSubjectOfPassiveOfThings } from './passive-of-things.ts';
import { isDistributionNamedIn, isVersionedProductWord } from './versioned-products.ts';
import { isAcronymOfListedName, isCapitalsOfListedPart } from './listed-name-acronyms.ts';
import { inRunOfTitleWords } from './title-word-runs.ts';
import { isComparedWithAWord, isKindOfKubernetesObject, isQuantifierBeforeNounPhrase } from './listed-parts-as-english-words.ts';
import { isGroupOrProgramAccount, isGroupOrProgramWord } from './account-names.ts';

/**
 * Who must not be named on the public site, and how to find them in text.
 *
 * Names come from every source the repository already has (see scripts/lib/redaction-settings.ts:
 * git authors of the content, CODEOWNERS, people-valued frontmatter, configured names). Each full
 * name is matched as a phrase, and each of its parts (first name, surname, e-mail local part) on
 * its own, so "Ekaterina" is found when only "Ekaterina Ivanova" is listed. A part that is also an
 * ordinary English word ("Jan", "May", "Will", "Rose") is matched by context rather than dropped:
 * only capitalised, and a month word not next to a day or year number ("Jan 14", "14 Jan 2025").
 */

/** Where a name came from: said in the finding, so the author knows why it is a name. */
export type NameOrigin = 'configured' | 'git author' | 'CODEOWNERS' | 'frontmatter' | 'vocabulary';

export interface KnownName {
  name: string;
  origin: NameOrigin;
}

/** One searchable name: a full name or one of its parts. */
export interface NameEntry {
  text: string;
  origin: NameOrigin;
  /** Also an ordinary word: matched only capitalised and outside date context. */
  ambiguous: boolean;
  /** A month word ("Jan", "May"): never matched next to a day or year number. */
  month: boolean;
  /** Only a part of longer listed names ("Case" of "Eric Case"), not a name listed as it is. */
  part: boolean;
  /** A full name of everyday words ("Will Price"): matched only with every word capitalised. */
  everyWordCapitalised?: boolean;
}

export interface PeopleIndex {
  entries: NameEntry[];
  /** One regular expression over every entry, longest first. */
  pattern?: RegExp;
  byLowerText: Map<string, NameEntry>;
}

/**
 * Words that appear in author names, e-mail addresses and handles without being anyone's name:
 * roles, bots and placeholders. compromise's lexicon does not list them all.
 */
const roleWords = new Set([
  'dev', 'devs', 'admin', 'admins', 'root', 'bot', 'bots', 'ci', 'cd', 'ops', 'devops', 'sre', 'sres', 'team', 'teams',
  'maintainer', 'maintainers', 'engineer', 'engineers', 'engineering', 'user', 'users', 'noreply', 'no-reply', 'info',
  'support', 'security', 'release', 'releases', 'build', 'builds', 'deploy', 'github', 'gitlab', 'actions', 'action',
  'dependabot', 'renovate', 'web', 'flow', 'hello', 'contact', 'mail', 'postmaster', 'oncall', 'founding', 'seed',
  'example', 'test', 'tests', 'owner', 'owners', 'reviewer', 'reviewers', 'platform', 'infra', 'infrastructure', 'the',
  // Particles, not name-particles.ts' whole list: its "ben", "el", "do", "te", "das" are given names or
  // words whose part of a known name (`nameParts`) is searched for, and would be dropped here.
  'and', 'of', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'le', 'la', 'du', 'del', 'bin', 'al',
  // Who else acts in incident reports: parties, not people.
  'provider', 'providers', 'vendor', 'vendors', 'customer', 'customers', 'partner', 'partners', 'upstream',
  'carrier', 'registrar', 'client', 'clients', 'operator', 'operators', 'responder', 'responders', 'staff',
  'management', 'legal', 'leadership', 'finance', 'sales', 'marketing', 'commander', 'lead', 'manager', 'director',
  'analyst', 'analysis', 'monitoring', 'alerting', 'investigation', 'review', 'data', 'analytics', 'incident',
]);

const monthWords = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** True when `word` is an ordinary English word (not only a name) according to compromise's lexicon. */
export function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (roleWords.has(lower) || monthWords.has(lower)) return true;
  const lexicon = compromiseLexicon();
  const tags = lexicon[lower] ?? lexicon[lower.replace(/s$/, '')];
  if (!tags) return false;
  const list = Array.isArray(tags) ? tags : [tags];
  return list.some((tag) => !nameTags.has(tag));
}

let dictionary: LineSet | undefined;
/**
 * True when `word` is in the English word list (word-list: a word-game dictionary of 274,000
 * words without proper nouns). It holds rare words that are also names ("travis", "lars"), so
 * callers ask {@link isKnownFirstName} too before calling a word English.
 */
export function isEnglishWord(word: string): boolean {
  dictionary ??= createLineSet(readFileSync(wordListPath, 'utf8'));
  const lower = word.toLowerCase();
  return dictionary.has(lower) || techWords.has(lower) || (lower.endsWith('s') && (dictionary.has(lower.slice(0, -1)) || techWords.has(lower.slice(0, -1))));
}

/** Words of the trade that a word-game dictionary lacks. */
const techWords = new Set(('webhook runtime backend frontend middleware failover hostname username login logout signup checkout ' +
  'dataset datastore database config configs kubectl sidecar daemon daemonset namespace endpoint subnet netmask timestamp ' +
  'changelog codebase hotfix rollout rollback runbook playbook dashboard healthcheck uptime downtime workload workflow ' +
  'microservice autoscaler autoscaling loadbalancer upstream downstream cron cronjob async sync api apis cdn dns ssl tls vpn ' +
  'internet online offline email inbox cache caching failback readonly filesystem ' +
  'cli svn html css js ts json yaml yml xml csv http https ssh sftp ftp tcp udp sql nosql grpc rpc url uri uuid ' +
  'ipv4 ipv6 os vm vms cpu gpu ram tmp env dev prod stg qa ui ux sdk lb db npm gzip tar zip utf ascii jwt oauth ' +
  'saml sso ldap smtp imap vpn nat acl iam rbac cidr mtu bgp ospf arp dhcp ntp regex proxy auth ' +
  // Since the thirteenth round of false positives: "distros" of `distros@openwall` read as someone's account.
  'distro ' +
  // Since round 45 of false positives: a security researcher who reports a bug for a bounty ("Whitehat
  // submits a report via Immunefi"), a word of the trade the word-game dictionary lacks.
  'whitehat blackhat greyhat grayhat').split(' '));

/**
 * An English word negated by `un` or `non` that the word list lacks whole (`uninitialized` in a
 * security advisory's keywords `uninitialized-memory`; false positives round 43; "the untrusted
 * user" read as an account's name, round 45): the rest is a word of four letters or more.
 * `unkelpworks` is still unknown.
 */
export function isNegatedEnglishWord(part: string): boolean {
  const rest = /^(?:un|non)(\p{Ll}{4,})$/u.exec(part)?.[1];
  return rest !== undefined && (isEnglishWord(rest) || isOrdinaryWord(rest));
}

/** True when compromise's lexicon knows `word` at all (as a name or as any other word). */
export function isKnownWord(word: string): boolean {
  return compromiseLexicon()[word.toLowerCase()] !== undefined;
}

/**
 * A word the English word list holds but compromise's lexicon does not know at all, as a common
 * word or a name (`tarn`, `garbanzo`, `marmoset`): the everyday words teams name their systems after
 * (since probe round 45; code names in paging fields and after other languages' machine nouns).
 */
export function isRareEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isEnglishWord(lower) && !isKnownWord(lower) && !isOrdinaryWord(lower);
}

/** Not "Country": vendors are named after countries ("the Aruba controller", schmelzle's mtu post); see {@link isLexiconCountry}. */
const placeTags = new Set(['Place', 'City', 'Region']);
/** Towns and regions in compromise's lexicon ("Grimsby", "Leeds"): a town's name is also how teams name clusters. */
export function isLexiconPlace(word: string): boolean {
  return lexiconTags(word.toLowerCase()).some((tag) => placeTags.has(tag));
}

/**
 * A place the lexicon knows as nothing else (its tags a place's and a proper noun's only, since
 * probe round 38): "Dover" is a town there, though a dictionary holds "dover" too; "reading" is a
 * gerund, "Jersey" a country.
 */
export function isOnlyLexiconPlace(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return tags.some((tag) => placeTags.has(tag)) && tags.every((tag) => placeTags.has(tag) || tag === 'ProperNoun');
}

/** Countries in compromise's lexicon ("Malta", "Germany"; since probe round 38). */
export function isLexiconCountry(word: string): boolean {
  return lexiconTags(word.toLowerCase()).includes('Country');
}

export { isKnownFirstName };

/** The name-like parts of a name: letters only, at least two characters, not a role word. */
export function nameParts(name: string): string[] {
  return name
    .split(/[\s._+-]+/)
    .map((part) => part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    // All-capital parts are acronyms ("IC", "SRE"), not names.
    .filter((part) => part.length >= 2 && /^\p{L}+$/u.test(part) && !/^\p{Lu}+$/u.test(part) && !roleWords.has(part.toLowerCase()));
}

/**
 * A name that says nothing about a person: every part an ordinary word or role ("Founding
 * engineer"). Since the nineteenth probe round a name of everyday words that opens with a given
 * name is a person's ("Will Price", "May Long", "Rich Green"; everyday-word-names.ts): it was
 * dropped from the list, and the whole name was published.
 */
function isPersonLike(name: string): boolean {
  const parts = nameParts(name);
  return parts.length > 0 && (hasNameWord(parts) || opensWithEverydayGivenName(parts));
}

const hasNameWord = (parts: readonly string[]) => parts.some((part) => !isOrdinaryWord(part) || isKnownFirstName(part));

/** Two or three capitalised parts of which the first is a given name that is also a word ("Will Price"). */
function opensWithEverydayGivenName(parts: readonly string[]): boolean {
  return parts.length >= 2 && parts.length <= 3 && parts.every((part) => /^\p{Lu}/u.test(part)) && isEverydayGivenName(parts[0]);
}

/** A given name that is also an everyday word ("Will", "Grant", "May", "Rich"). */
export function isEverydayGivenName(word: string): boolean {
  return everydayFirstNames.has(word.toLowerCase());
}

/**
 * The searchable names: every full name with at least one part that is not an ordinary word, and
 * each of its parts of three letters or more (two-letter parts, "Li", "Wu", are too often
 * abbreviations; they are still found inside the full name).
 */
export function buildPeopleIndex(names: readonly KnownName[]): PeopleIndex {
  const byLowerText = new Map<string, NameEntry>();
  const add = (text: string, origin: NameOrigin, part = false, ofWords = false) => {
    const key = text.toLowerCase();
    const known = byLowerText.get(key);
    if (known) {
      if (!part) known.part = false;
      return;
    }
    const single = !/\s/.test(text);
    // Since the eighteenth round of false positives also a word of the dictionary that no lexicon
    // gives as a first name: a surname such as "Case", "Read" or "Bell" ("in case the cache").
    const ambiguous = single && (isOrdinaryWord(text) || everydayFirstNames.has(key) || (isEnglishWord(text) && !isGivenName(text)));
    byLowerText.set(key, { text, origin, ambiguous: ambiguous || ofWords, month: monthWords.has(key), part, ...(ofWords ? { everyWordCapitalised: true } : {}) });
  };
  for (const { name, origin } of names) {
    // NFC: "José" with its accent as a letter and a combining mark (NFD, as macOS file names and
    // some git logs hold names) lost its part "José" (not letters only) and matched no post
    // written with "é" as one character, so the name was published (bad input round 22).
    const trimmed = name.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (!trimmed) continue;
    if (!isPersonLike(trimmed)) {
      // A name the team listed in redaction.people is a person's, whatever its words: "Al", "Harsh
      // K", "Grey Baker", "VIVEK JOSHI" were dropped as not person-like and published (bad input
      // round 22: 19 of the corpora's 1,983 git authors' names). Kept whole, found where every
      // word of it is capitalised; a name from other sources (a git log, CODEOWNERS) is still read.
      if (origin === 'configured') add(trimmed, origin, false, true);
      continue;
    }
    // A team's or an assistant's account ("The Hachyderm Admins"): as written, not part by part.
    if (isGroupOrProgramAccount(trimmed, (word) => isKnownFirstName(word) || isOtherLanguageGivenName(word))) {
      add(trimmed, origin);
      continue;
    }
    // A note in brackets after a name, of two words or more that are all everyday words, public
    // names or capitals, says where or for whom the commits were written, not who wrote them
    // ("Teerath (Linux PC)", "(Git Repo Management)"): its words are no parts of the name. The
    // listed part "Linux" after the given name "Kali" read "Kali Linux" as a person's full name
    // (false positives round 54). A nickname, a handle or a name in another script in brackets
    // ("Hantao (Will) Wang", "Amy Marrich (spotz)", "(Georgii Iermulnik)") stays the name's.
    const note = /^(.*?\S)\s*\(([^()]+)\)$/.exec(trimmed);
    const noteWords = note?.[2].trim().split(/\s+/) ?? [];
    const named = note && noteWords.length > 1 && noteWords.every((word) => /^\p{Lu}{2,}$/u.test(word) || isPublicTerm(word) || isEnglishWord(word.toLowerCase())) ? note[1] : trimmed;
    const parts = nameParts(named);
    // A name the article "The" opens that leaves one word of the dictionary ("The Cats", "The Rock":
    // a band's, a bot's or a nickname's, as git authors are written) is matched as written, every
    // word capitalised, and not by its word: the adoption walk of session 51 held Chia's "CATs"
    // (Chia Asset Tokens) for the git author "The Cats" (false positives round 52). A person's name
    // opening with "The" keeps its parts ("The Vinh Nguyen": "Vinh" and "Nguyen" are no words), and
    // so does a coined nickname ("The Nystic").
    if (/^the\s/i.test(trimmed) && parts.length === 1 && isEnglishWord(parts[0]) && !isKnownFirstName(parts[0])) {
      add(trimmed, origin, false, true);
      continue;
    }
    // The name as written ("Dr. J. Smith") and as its name parts ("Dr Smith" is not how anyone writes it, but "Jane Doe" is).
    const ofWords = !hasNameWord(parts);
    if (/\s/.test(trimmed)) add(trimmed, origin, false, ofWords);
    if (parts.length > 1) add(parts.join(' '), origin, false, ofWords);
    // A word for a group or a program ("Agent" of "Agent Smith") is no name part alone (account-names.ts).
    for (const part of parts) if (part.length >= 3 && !(parts.length > 1 && isGroupOrProgramWord(part))) add(part, origin, parts.length > 1 || named !== trimmed);
  }
  const entries = [...byLowerText.values()].sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text, 'en'));
  const pattern = entries.length
    // Each name in both Unicode forms, so a post written decomposed (NFD) is matched too. An
    // underscore is a word's letter in an identifier (`ops_vold`), and emphasis around a name
    // (`_Tove Vold_`, a signature in italics; round 22 of false positives, where the built page
    // showed the name the sources' scan had not found): only one between letters joins.
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]_)(?:${[...new Set(entries.flatMap((e) => [e.text, e.text.normalize('NFD')]))].map((text) => text.split(' ').map(escapeRegExp).join('[\\s\\u00a0]+')).join('|')})(?![\\p{L}\\p{N}\\p{M}])(?!_[\\p{L}\\p{N}])`, 'giu')
    : undefined;
  return { entries, pattern, byLowerText };
}

/** A word that names someone: a listed part no dictionary knows, or a given name that is no everyday word. */
/**
 * Whether every listed full name holding `part` holds it last, as its surname ("Aditya Kali"), and
 * none opens with it: the part alone is then no one's given name on this list, whatever a
 * lexicon says of the word ("Kali", "Alma", "Rocky" are given names too).
 */
function isListedAsSurnameOnly(index: PeopleIndex, part: string): boolean {
  const lower = part.toLowerCase();
  let last = false;
  for (const entry of index.entries) {
    const words = entry.text.toLowerCase().split(/[\s\u00a0]+/);
    if (words.length < 2) continue;
    if (words[0] === lower) return false;
    if (words.at(-1) === lower) last = true;
  }
  return last;
}

const nameWordOfIndex = (index: PeopleIndex) => (word: string) => index.byLowerText.get(word.toLowerCase())?.ambiguous === false || (isKnownFirstName(word) && !isOrdinaryWord(word)) || isOtherLanguageGivenName(word);

/** A first name in compromise's lexicon, not a surname ("Lars", "Travis": rare words too, but names first). */
function isGivenName(word: string): boolean {
  return lexiconTags(word.toLowerCase()).some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}

/** First names that are also everyday words ("grant access", "mark as done", "bill the customer"). */
const everydayFirstNames = new Set(['grant', 'mark', 'bill', 'will', 'may', 'rose', 'june', 'april', 'august', 'frank', 'gene', 'lee', 'max', 'page', 'pat', 'ray', 'rich', 'rob', 'sue', 'jack', 'jan', 'chase', 'dean', 'drew', 'faith', 'hope', 'joy', 'lane', 'mason', 'miles', 'penny', 'ruby', 'sky', 'summer', 'victor', 'wade', 'ward', 'art', 'bob', 'carol', 'don', 'eve', 'gale', 'guy', 'hunter', 'ivy', 'jay', 'kit', 'nick', 'norm', 'pierce', 'reed', 'rocky', 'sandy', 'tucker', 'walker']);

export interface PersonMatch {
  text: string;
  index: number;
  entry: NameEntry;
}

/**
 * Known names in one line (`wordPartsAlone` false: a part that is a word only beside its whole
 * name). An ambiguous part must be capitalised, read as a name where it stands
 * (word-as-name.ts: "Read replicas" opening a line is the word), and a month word must not be
 * next to a number ("Jan 14", "14 Jan", "Jan 2025").
 */
export function findKnownNames(line: string, index: PeopleIndex, wordPartsAlone = true, post = line): PersonMatch[] {
  if (!index.pattern) return [];
  const matches: PersonMatch[] = [];
  const all = [...allMatches(index.pattern, line)];
  const wholeNames = all.map((m) => m[0]).filter((text) => /\s/.test(text));
  for (const m of all) {
    const entry = index.byLowerText.get(m[0].normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, ' '));
    if (!entry) continue;
    // A word of mixed case ending on a capital ("DoS", "PoC", "IoT") is an abbreviation, not the
    // listed part "Dos" of "Dos Vold" written so (round 21 of false positives): names end in lower case.
    if (entry.part && /\p{Ll}\p{Lu}+$/u.test(m[0]) && !/\p{Ll}\p{Lu}+$/u.test(entry.text)) continue;
    // Capitals with a plural's "s" ("CATs", "APIs", "VMs") are an acronym's plural; no one writes a
    // listed name so (false positives round 52: "CATs" of Chia's posts was the listed "Cats").
    if (/^\p{Lu}{2,}s$/u.test(m[0]) && m[0] !== entry.text) continue;
    // A part before a contraction's "n't" ("Don't", "Won't") is the verb (round 22 of false positives).
    if (entry.part && /^['’]t(?![\p{L}])/u.test(line.slice(m.index! + m[0].length))) continue;
    // A part written as a town or county ("the Reno, Nevada area", "Morgan and Weber counties";
    // round 22, subdivision-places.ts) is the place.
    if (entry.part && isSubdivisionPlace(line, m.index!, m[0])) continue;
    // A part after a saint's title is a town's ("St. Louis"; round 23, saint-places.ts).
    if (entry.part && isSaintPlace(line, m.index!, m[0])) continue;
    // A country's name joined to another's ("Israel-Palestine"; adoption round 51, address-places.ts).
    if (entry.part && isCountryOfPair(line, m.index!, m[0])) continue;
    // A place, building, prize or law named after a person ("<name> Technology Park", "the <name>
    // Prize"; adoption round 48, eponyms.ts), the whole name's or a part's.
    if (isNameOfPlaceOrPrize(line, m.index!, m[0])) continue;
    // And a listed part before a method's noun named after its author ("the Merkle root", "a
    // Kalman filter"; eponyms.ts, read of guesses only before adoption round 48).
    if (entry.part && isEponymOfMethod(line, m.index!, m[0])) continue;
    // A cloud region's place as a status page writes it ("Warsaw (europe-central2)",
    // "ElastiCache (Ireland)"; round 24, cloud-region-places.ts).
    if (entry.part && isCloudRegionPlace(line, m.index!, m[0])) continue;
    // An organisation's body named after it ("the Julia Security Team"; round 24, organisation-modifiers.ts).
    if (entry.part && isOrganisationModifier(line, m.index!, m[0])) continue;
    // A part in a series of services ("including Lambda, ELB, Kinesis"), undergoing what only
    // things do ("Power was restored") or written with a release number ("Lambda 2.1"); round 25,
    // service-series.ts, passive-of-things.ts, versioned-products.ts.
    if (entry.part && (isInSeriesOfServices(line, m.index!, m[0]) || isSubjectOfPassiveOfThings(line, m.index!, m[0]) || isVersionedProductWord(m[0], line))) continue;
    // A listed surname the post names as a Linux distribution elsewhere ("Kali Linux" on the
    // system's line, "Kali uses a patched stack" below; false positives round 57): the
    // distribution. A given name stays a person's ("Rocky restarted it" beside "Rocky Linux").
    if (entry.part && post !== line && isDistributionNamedIn(m[0], post) && isListedAsSurnameOnly(index, m[0])) continue;
    // A given name in capitals as a product's acronym ("KIM-Nachrichten", "KIM Clientmodul";
    // round 23, listed-name-acronyms.ts).
    if (isAcronymOfListedName(line, m.index!, m[0], entry.text, nameWordOfIndex(index))) continue;
    // A listed part in capitals among lower-case prose ("le LUN", "ift SEO"; round 46 of false
    // positives, listed-name-acronyms.ts), unless the line writes the whole name ("Dale Seo …
    // later SEO confirmed").
    if (entry.part && !wholeNames.some((whole) => whole.toLowerCase().split(/[\s\u00a0]+/).includes(m[0].toLowerCase())) && isCapitalsOfListedPart(line, m.index!, m[0], entry.text, nameWordOfIndex(index))) continue;
    // A part the list writes capitalised, in lower case where it is a word or a unit ("a grace
    // period", "in wei"; adoption round 49, lower-case-parts.ts).
    if (entry.part && /^\p{Lu}/u.test(entry.text) && isLowerCaseWordOfListedPart(line, m.index!, m[0], isEnglishWord)) continue;
    if (entry.ambiguous) {
      if (!/^\p{Lu}/u.test(m[0])) continue;
      // "we will price it" is no one; "Will Price" is (since the nineteenth probe round).
      if (entry.everyWordCapitalised && !m[0].split(/[\s\u00a0]+/).every((word) => /^\p{Lu}/u.test(word))) continue;
      // ALL CAPS words are acronyms or shouting ("MAY", "WILL"), not names.
      if (m[0].length > 2 && m[0] === m[0].toUpperCase()) continue;
      // A part of a longer name where it reads as a word ("Read replicas"), unless the line
      // names the whole name too (since the eighteenth round of false positives); on a built
      // page only beside its whole name (RedactionOptions.listedWordsAlone).
      const withWholeName = entry.part && wholeNames.some((whole) => new RegExp(`(?<![\\p{L}])${escapeRegExp(m[0])}(?![\\p{L}])`, 'iu').test(whole));
      if (entry.part && !withWholeName && !wordPartsAlone) continue;
      // A part that is a word in a heading's or bold label's run of title words ("Client
      // Releases & Validation"; round 23, title-word-runs.ts).
      if (entry.part && !withWholeName && inRunOfTitleWords(line, m.index!, m[0], { isWord: isEnglishWord, isNameWord: nameWordOfIndex(index) })) continue;
      // A quantifier opening a noun phrase ("Most impacted strategies") and one side of a
      // comparison of things ("Slope vs Bias"; round 24, listed-parts-as-english-words.ts).
      if (entry.part && !withWholeName && isQuantifierBeforeNounPhrase(m[0], line.slice(m.index! + m[0].length))) continue;
      // A Kubernetes object's kind ("the `bridge-config` Secret"; round 56, listed-parts-as-english-words.ts).
      if (entry.part && !withWholeName && isKindOfKubernetesObject(line, m.index!, m[0])) continue;
      if (entry.part && !withWholeName && isComparedWithAWord(line, m.index!, m[0], { isWord: isEnglishWord, isNameWord: (word) => nameWordOfIndex(index)(word) || index.byLowerText.has(word.toLowerCase()) })) continue;
      if (entry.part && !withWholeName && !readsAsName(line, m.index!, m[0], {
        isNameWord: nameWordOfIndex(index),
        isWord: isEnglishWord,
        isListedPart: (word) => index.byLowerText.has(word.toLowerCase()),
      })) continue;
      // A month word in a date ("Jan 14", "14 Jan", "modified in June.", "In June of 2017";
      // month-in-date.ts, the rule word-as-name.ts reads too).
      if (entry.month && isPartOfDate(line.slice(0, m.index), m[0], line.slice(m.index! + m[0].length))) continue;
    }
    // A listed part after given names of another language goes with them ("Ngọc Loan Trần";
    // adoption round 51, accented-name-runs.ts): the whole name is the person's.
    const from = entry.part ? accentedNameRunStart(line, m.index!) : m.index!;
    matches.push({ text: line.slice(from, m.index! + m[0].length), index: from, entry });
  }
  return matches;
}
