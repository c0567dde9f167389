/**
 * A one-word code name before a system's noun with nothing else to say whose it is ("The Zarnith
 * service timed out", "the Quorvane cluster"; since the nineteenth probe round, docs/redaction.md).
 * The eighteenth round read such a name only where the post says the system is its own
 * (own-system-names.ts), because a vendor's product is written the same way ("the Tarsnap
 * service"), and left the rest published: the failure the public site exists to prevent. A
 * public post fails closed, so the name is now found unless the post shows it as someone else's
 * public name:
 *
 * - in a link or a host (`tarsnap.com`, `https://engineering.strava.com/…`, `github.com/x/sarama`),
 *   where a public product or company lives;
 * - in lower case as a word of its own (a command, a package, a tag: `tarsnap --list`, `- wazuh`),
 *   as people write a public tool they run; an internal one written so in code is found by the
 *   identifier rules anyway;
 * - beside a word that says it is someone else's: "third-party", "open-source", "vendor",
 *   "provider", "upstream", "library", "SDK", "Inc.", "Ltd".
 *
 * The word is one no dictionary, lexicon, public term or `publicNames` entry knows, of five letters
 * or more, not run together from known words (`StatefulSet`, `InsertAll`), no prefix or letter on an
 * English word (`Descheduler`, `Xserve`) and no given name. A
 * public product the post names without such a sign is an error to allow, or an entry for
 * `publicNames`. Since round 21 of false positives a brand of a general list, a domain in any case
 * and a word of buying someone's product beside it are signs too; every sign is read in one place,
 * public-product-signs.ts `shownAsPublicProduct`.
 */
import { allMatches } from '../regexp.ts';
import { isUnknownSystemWord } from './named-systems.ts';
import { isEnglishWord, isKnownFirstName, isLexiconCountry, isLexiconPlace, isOnlyLexiconPlace } from './people.ts';
import { isPublicPlace, isPublicTerm, isRegionCountry } from './public-terms.ts';
import { madeOfWords, prefixedEnglishWord } from './person-patterns.ts';
import { coreSystemNouns, systemNounSource } from './system-nouns.ts';
import { shownAsPublicProduct } from './public-product-signs.ts';
import type { CuedPattern } from './cued-pattern.ts';

const systemNoun = systemNounSource(coreSystemNouns);
/**
 * A determiner (or a heading's start, since probe round 36: "## Zarnith service outage"), the name,
 * at most one word in lower case (since probe round 37 also a capitalised one, as a title is
 * written: "the Zarnith Payments namespace"), the noun.
 */
const namedSystem = new RegExp(String.raw`(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ee]very|[Ee]ach)|^#{1,6})\s+(\p{Lu}\p{Ll}{4,})\s+(?:\p{Ll}+\s+|\p{Lu}[\p{L}-]+\s+)?${systemNoun}(?![\p{L}\p{N}_-])`, 'gu');

/**
 * Since leaks37b: a chat channel's title of a code name and a capitalised word ("the Zarnith
 * On-Call channel"). "channel" alone says nothing (a public project's channel is written before
 * it: "the Quillon validator channel"), but a title in capitals is one the organisation gave its
 * own room. Not a chat product's name between ("the Quillon Discord channel" is a public
 * project's room there). A dashboard's title is board-titles.ts's.
 */
const titledChannel = new RegExp(String.raw`\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(\p{Lu}\p{Ll}{4,})\s+(?!(?:Slack|Discord|Teams|Telegram|Matrix|Zulip|Mattermost|Signal|Element|IRC|Gitter)\b)\p{Lu}[\p{L}-]+\s+channels?(?![\p{L}\p{N}_-])`, 'gu');
/**
 * Since leaks37b: a path of a dashboard tool's folders ("Grafana → Zarnith / Latency"): a folder
 * is the organisation's, named after its system; each capitalised part no list knows is read.
 */
const dashboardPath = new RegExp(String.raw`\b(?:Grafana|Kibana|Datadog|New Relic)\s*(?:→|->|»|>)\s*((?:\p{Lu}[\p{L}-]*\s*(?:\/|→|->|»|>)\s*)+\p{Lu}[\p{L}-]*)`, 'gu');
/**
 * Since leaks37b: a lower-case word before "namespace" ("the zarnith namespace"): namespaces are
 * written in lower case, so the word's case says nothing, and a word no list knows is the
 * organisation's (public tools' namespaces are words or public terms: `monitoring`, `argocd`).
 */
const lowerNamespace = /\b[Tt]he\s+(\p{Ll}{5,})\s+namespaces?(?![\p{L}\p{N}_-])/gu;
/**
 * Since probe round 46: a lower-case word before "hub" ("the quillmere hub"), as a hosting team
 * names each customer's deployment (a JupyterHub per community) in lower case; judged as a
 * namespace's word is (a plain word, "the staging hub", is no one's name).
 */
const lowerHub = /\b[Tt]he\s+(\p{Ll}{5,})\s+hubs?(?![\p{L}\p{N}_-])/gu;

export interface UnownedCodeName {
  line: number;
  text: string;
  index: number;
}

/**
 * Whether `word` may be an organisation's code name the post (`evidence`) does not show as a
 * public product's: a word no dictionary, lexicon, public term, `publicNames` entry or given-name
 * list knows, not run together or built on an English word, not shown as public. Shared with the
 * code names read by what they do (acting-code-names.ts).
 */
export function isUnshownCodeName(word: string, evidence: string, isPublicName: (text: string) => boolean, runTogether = false): boolean {
  // A word with a capital inside is run together (`StatefulSet`, `InsertAll`): a public kind's or an API's.
  // A prefix on a word (`Descheduler`) or a letter before one (`Xserve`, `Xcode`) is a public tool's way of naming.
  const lower = word.toLowerCase();
  const builtOnWord = prefixedEnglishWord(word) || isEnglishWord(lower.slice(1));
  return !/\p{Ll}\p{Lu}/u.test(word) && isUnknownSystemWord(word, isPublicName) && !isKnownFirstName(word) && (runTogether || !madeOfWords(lower)) && !builtOnWord && !shownAsPublicProduct(word, evidence);
}

/**
 * Since leaks37b: a place a lexicon knows, used as a code name before a system's noun ("the
 * Grimsby cluster"; since probe round 38 "the Dover cluster", "the Malta cluster"). The places cloud regions and public reports name (public-terms.ts,
 * "Frankfurt", "Virginia") are where a system runs, and stay public; another town's name before
 * "cluster" is what a team called its own, unless the post shows it as a public product's.
 */
function isPlaceCodeName(word: string, evidence: string, isPublicName: (text: string) => boolean): boolean {
  // Since probe round 38 also a town that a dictionary holds but the lexicon knows only as a place
  // ("the Dover cluster"), and a country no cloud region is named after ("the Malta cluster").
  const place = (isLexiconPlace(word) && (!isEnglishWord(word) || isOnlyLexiconPlace(word))) || (isLexiconCountry(word) && !isEnglishWord(word) && !isRegionCountry(word));
  return place && !isPublicPlace(word) && !isPublicTerm(word) && !isPublicName(word) && !isKnownFirstName(word) && !shownAsPublicProduct(word, evidence);
}

/** Whether a lower-case `word` before "namespace" is no word or public name and not shown as a domain's label in `evidence`. */
function isUnshownLowerCodeName(word: string, evidence: string, isPublicName: (text: string) => boolean, runTogether = false): boolean {
  if (!isUnknownSystemWord(word, isPublicName) || isKnownFirstName(word) || (!runTogether && madeOfWords(word)) || prefixedEnglishWord(word) || isEnglishWord(word.slice(1))) return false;
  return !new RegExp(String.raw`(?:[./@]${word}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}_.-])${word}\.(?:com|net|org|io|dev|app|co|cloud|ai)\b)`, 'iu').test(evidence) && !shownAsPublicProduct(word[0].toUpperCase() + word.slice(1), evidence.replace(new RegExp(String.raw`(?<![\p{L}\p{N}_.\/-])${word}(?=\s+(?:namespace|hub))`, 'gu'), ''));
}

/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedUnownedCodeName: CuedPattern = { name: "a code name before a system's noun", cue: /\p{Lu}\p{Ll}{4}/u, pattern: namedSystem };
export const cuedTitledChannel: CuedPattern = { name: "a code name in a chat channel's title", cue: /\p{Lu}\p{Ll}{4}/u, pattern: titledChannel };
export const cuedDashboardPath: CuedPattern = { name: "a dashboard tool's folder path", cue: /Grafana|Kibana|Datadog|New Relic/, pattern: dashboardPath };
export const cuedLowerNamespace: CuedPattern = { name: 'a lower-case code name before "namespace"', cue: /namespace/, pattern: lowerNamespace };
export const cuedLowerHub: CuedPattern = { name: 'a lower-case code name before "hub"', cue: /hub/, pattern: lowerHub };

/** Code names before a system's noun in `lines` that the post (`evidence`) does not show as public. */
export function findUnownedCodeNames(lines: readonly string[], evidence: string, isPublicName: (text: string) => boolean): UnownedCodeName[] {
  const found: UnownedCodeName[] = [];
  const judged = new Map<string, boolean>();
  const unshown = (word: string) => {
    let unowned = judged.get(word);
    if (unowned === undefined) {
      // Since probe round 46 a word run together from two English words too ("the Marrowgate API",
      // "the Brackenholt failover runbook"): before a system's noun it is a code name as a coined
      // word is; the public products so named are public terms or shown as products (a link, a
      // vendor's word), and across the corpora only "the Filestore API" was read so (a public term now).
      unowned = /^\p{Ll}/u.test(word) ? isUnshownLowerCodeName(word, evidence, isPublicName) : isUnshownCodeName(word, evidence, isPublicName, true) || isPlaceCodeName(word, evidence, isPublicName);
      judged.set(word, unowned);
    }
    return unowned;
  };
  const add = (i: number, word: string, index: number) => {
    if (unshown(word) && !found.some((f) => f.line === i && f.index === index)) found.push({ line: i, text: word, index });
  };
  lines.forEach((line, i) => {
    for (const { cue, pattern } of [cuedUnownedCodeName, cuedTitledChannel, cuedLowerNamespace]) {
      if (!cue.test(line)) continue;
      for (const m of allMatches(pattern, line)) add(i, m[1], m.index! + m[0].indexOf(m[1], m[0].indexOf(' ')));
    }
    // A hub's name is read run together too ("the quillmere hub"): customers' names are.
    if (cuedLowerHub.cue.test(line)) {
      for (const m of allMatches(lowerHub, line)) {
        const index = m.index! + m[0].indexOf(m[1], m[0].indexOf(' '));
        if (isUnshownLowerCodeName(m[1], evidence, isPublicName, true) && !found.some((f) => f.line === i && f.index === index)) found.push({ line: i, text: m[1], index });
      }
    }
    if (!cuedDashboardPath.cue.test(line)) return;
    for (const m of allMatches(dashboardPath, line)) {
      const start = m.index! + m[0].length - m[1].length;
      for (const part of allMatches(/\p{Lu}\p{Ll}{4,}(?![\p{L}-])/gu, m[1])) add(i, part[0], start + part.index!);
    }
  });
  return found;
}
