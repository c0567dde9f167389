/**
 * People named in the shorthand of timelines, chat and records (since the twentieth probe round,
 * docs/redaction.md, "Twentieth probe round"): places where the name stands where no phrasing
 * the other rules read surrounds it.
 *
 * - a timeline entry's actor in square brackets after its time ("10:04 [Eskil] restarted …");
 * - an IRC action line in pasted code ("* torbjorgk is restarting the writer");
 * - a RACI line ("RACI: R = Ingvild, A = Eskil");
 * - a given name acting after the emoji a chat tool puts first (":rotating_light: Torbjørg
 *   declared …", "🚨 Torbjørg declared …");
 * - a custom emoji named after a handle (":ingvildr-approves:");
 * - who organised, chaired or facilitated a meeting ("organised by Ingvild");
 * - a Mermaid gantt section of a given name ("section Ingvild");
 * - a certificate's subject of a full name written with spaces ("CN = Torbjørg Kvamme");
 * - a full name whose surname is written with Mc, Mac or Fitz run together ("Caoimhe McAteer").
 *
 * Each reads a word as a name only where no word of the dictionary, public term or status
 * ("[Resolved]", "R = SRE") stands.
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isGivenNameOnly } from './given-names.ts';
import { isPublicTerm } from './public-terms.ts';
import { madeOfWords, type PatternMatch } from './person-patterns.ts';

/** A capitalised word that no dictionary, list of ordinary words or public term knows. */
const unknownCapitalised = (word: string) => !isEnglishWord(word.toLowerCase()) && !isOrdinaryWord(word) && !isPublicTerm(word);
/** A given name of a lexicon, or a capitalised word no dictionary knows. */
const nameWord = (word: string) => isGivenNameOnly(word) || (isKnownFirstName(word) && !isPublicTerm(word)) || unknownCapitalised(word);
/** A lower-case handle: no English word, nor words run together, nor a public term. */
const handleWord = (word: string) => !isEnglishWord(word) && !isOrdinaryWord(word) && !isPublicTerm(word) && !madeOfWords(word);

const time = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:UTC|Z|[AP]M))?`;
const bracketActor = new RegExp(String.raw`^\s*(?:[-*+]\s+)?(?:\*\*)?\[?${time}\]?(?:\*\*)?\s*[-–—:]?\s*\[(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\]\s+(?=\p{Ll})`, 'u');
const ircAction = new RegExp(String.raw`^\s*(?:\[?${time}\]?\s+)?\*\s+(\p{Ll}[\p{Ll}\p{N}_.-]{2,20})\s+(?:is|was|has|will)\s+\p{Ll}`, 'u');
/**
 * Since probe round 40b: an IRC action line after its time with any verb ("14:31 * tavishm restarts
 * the bouncer"; a time and a star before a lower-case word and a verb is a chat log's, as a list in
 * code is not timed), and a client's line saying who joined, left or quit ("-!- corvelm
 * [~corvelm@host] has joined #ops", "*** corvelm has quit", "--> corvelm (…) has joined").
 */
const timedIrcAction = new RegExp(String.raw`^\s*\[?${time}\]?\s+\*\s+(\p{Ll}[\p{Ll}\p{N}_.-]{2,20})\s+\p{Ll}{2,}`, 'u');
const ircPresence = new RegExp(String.raw`^\s*(?:\[?${time}\]?\s+)?(?:-!-|\*{3}|-->|<--|→|←)\s+(\p{Ll}[\p{Ll}\p{N}_.|^-]{1,20})\s+(?:[[(][^\])]*[\])]\s+)?(?:has\s+)?(?:joined|left|quit|parted)\b`, 'u');
const raciLetter = /\b[RACI]\s*[=:]\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}_-])/gu;
const emojiLead = /^\s*(?:[-*+]\s+)?(?:(?::[a-z0-9_+-]+:|\p{Extended_Pictographic}\uFE0F?)\s*)+(\p{Lu}\p{Ll}+)\s+(?:\p{Ll}{3,}ed|took|ran|said|wrote|began|is|was)\b/u;
const handleEmoji = /:(\p{Ll}[\p{Ll}\p{N}]{3,})[-_](?:approves?|approved|thumbsup|nods?|salutes?|waves?|stamp|seal|says|lgtm|ok):/gu;
const organisedBy = /\b(?:[Oo]rgani[sz]ed|[Ff]acilitated|[Cc]haired|[Mm]oderated|[Cc]oordinated|[Ss]cribed)\s+by\s+(?:\*\*|__|\*|_)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}_-])/gu;
const ganttSection = /^\s*section\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*$/u;
const subjectName = /\b(?:CN|commonName)\s*=\s*(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+)(?=\s*(?:[,/]|$))/gu;
const gaelicSurname = /(?<![\p{L}\p{N}_@#/-])(\p{Lu}\p{Ll}+)\s+((?:Mc|Mac|Fitz)\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}_-])/gu;

/** The name of a match of a group, its index in the line. */
const named = (line: string, m: RegExpMatchArray | RegExpExecArray, why: string, group = 1): PatternMatch => ({ text: m[group], index: m.index! + m[0].indexOf(m[group]), severity: 'error', guess: true, why });
/** Every word of a name judged by `judge`. */
const everyWord = (name: string, judge: (word: string) => boolean) => name.split(/\s+/).every(judge);

/** People named in shorthand on one line; `inCode` when the line is inside a fenced code block. */
export function findShorthandPeople(line: string, inCode: boolean): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (inCode) {
    const action = ircAction.exec(line) ?? timedIrcAction.exec(line);
    if (action && handleWord(action[1].replace(/[\d_.-]+$/, ''))) found.push(named(line, action, 'the speaker of a chat action'));
    const presence = ircPresence.exec(line);
    if (presence && handleWord(presence[1].replace(/[\d_.|^-]+$/, ''))) found.push(named(line, presence, 'who joined or left a chat'));
    const section = ganttSection.exec(line);
    if (section && isGivenNameOnly(section[1].split(/\s+/)[0])) found.push(named(line, section, 'a chart section of a given name'));
  } else {
    const actor = bracketActor.exec(line);
    if (actor && everyWord(actor[1], nameWord)) found.push(named(line, actor, "a timeline entry's actor"));
    const lead = emojiLead.exec(line);
    if (lead && nameWord(lead[1])) found.push(named(line, lead, 'a given name acting after an emoji'));
    if (/\bRACI\b/.test(line)) for (const m of allMatches(raciLetter, line)) if (everyWord(m[1], nameWord)) found.push(named(line, m, 'a RACI role'));
    if (/by\s/.test(line)) for (const m of allMatches(organisedBy, line)) if (everyWord(m[1], nameWord)) found.push(named(line, m, 'who organised a meeting'));
    if (/M[ac]|Fitz/.test(line)) for (const m of allMatches(gaelicSurname, line)) if (nameWord(m[1]) && !isPublicTerm(m[2])) found.push({ text: `${m[1]} ${m[2]}`, index: m.index!, severity: 'error', guess: true, why: 'a full name with a Mc, Mac or Fitz surname' });
  }
  if (line.includes(':')) for (const m of allMatches(handleEmoji, line)) if (handleWord(m[1])) found.push(named(line, m, 'a custom emoji of a handle'));
  if (/=/.test(line)) for (const m of allMatches(subjectName, line)) if (everyWord(m[1], (w) => nameWord(w) && !isKnownWordOfCertificates(w))) found.push(named(line, m, "a certificate subject's full name"));
  return found;
}

/** Words of certificate authorities' names that no dictionary lists. */
const isKnownWordOfCertificates = (word: string) => /^(?:Sectigo|Digi[Cc]ert|Entrust|Comodo|Thawte|Verisign|Globalsign|Baltimore|Starfield|Certum|Buypass|Usertrust)$/i.test(word);
