/**
 * People a postmortem's prose credits or describes in shapes the seventeenth probe round found
 * published (docs/redaction.md, "Seventeenth probe round"):
 *
 * - a name before pronouns in brackets (`Comms: Ilsabet (she/her)`): only people state pronouns;
 * - the source of a quotation in a `<cite>` element (`<cite>Dagvar Strand</cite>`);
 * - whose words, takeaway, lesson or messages a post cites ("In Dagvar's words", "Ilsabet's
 *   takeaway:", "from Ilsabet's Slack messages");
 * - the members of a team named in brackets after it ("the team in Tromsø (Kasimir, Ilsabet)");
 * - a full name before a job title set off by commas ("Dagvar Strand, Principal Engineer, wrote").
 *
 * A name is a first name the lexicon knows, or a capitalised word no dictionary, lexicon or public
 * list knows (a guess), and a full name such a word and surnames (`surname` of actor-column.ts).
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import type { PatternMatch } from './person-patterns.ts';
import { surname } from './actor-column.ts';

const word = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
const name = String.raw`${word}(?: ${word}){0,2}`;

/** Pronouns as people state them: `she/her`, `he/they`, `they/them/theirs`, `xe/xem`. */
const pronounSet = String.raw`(?:pronouns:\s*)?(?:she|he|they|xe|ze|ey|fae|it)\s*\/\s*(?:her|him|them|hers|his|theirs|xem|xyr|zir|hir|em|faer|its|she|he|they)(?:\s*\/\s*[a-z]+)?`;
/** The pronouns a set in brackets holds, which are never a name (`Kasimir (he/him)` in a column of people). */
export const pronounWord = /^(?:she|he|her|him|hers|his|they|them|their|theirs|xe|xem|xyr|ze|zir|hir|ey|em|fae|faer|it|its|pronouns)$/i;
const nameBeforePronouns = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.'’-])(${name})\s*\(${pronounSet}\)`, 'gu');

const citeElement = /<cite\b[^>]*>\s*(?:[—–-]+\s*)?([^<>]{2,60}?)\s*(?:,[^<>]{0,60})?<\/cite>/gu;

// What a person has and an organisation rarely: provider reports write "Fastly's timeline", "Zerodha's analysis".
const citedThing = String.raw`(?:own\s+)?(?:words|takeaways?|lessons?(?:\s+learned)?|learnings?|reflections?|recollections?|impressions?|recap|retro\s+notes|(?:Slack|chat|Teams|Zoom|Discord|Matrix|IRC)\s+(?:messages?|posts?|thread|notes)|DMs?|hunch)`;
const citedPossessive = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.'’-])(${name})[’']s\s+${citedThing}(?![\p{L}])`, 'gu');

const teamWords = String.raw`(?:team|crew|squad|responders|engineers|on-?calls?|SREs|DBAs|folks|admins|maintainers)`;
const teamWithMembers = new RegExp(String.raw`\b${teamWords}\b[^()\n.;:]{0,30}?\s\((${word}(?:\s*(?:,|&|and)\s*${word}){0,5})\)`, 'gu');

const jobTitle = String.raw`(?:(?:our|the|a|an|their)\s+)?(?:(?:principal|senior|staff|lead|junior|chief|head|site|reliability|database|platform|security|network|on-?call|support|software|systems?|infrastructure|backend|frontend|devops|data|incident|release)\s+){0,3}(?:engineer|SRE|DBA|developer|manager|architect|director|administrator|admin|operator|analyst|CTO|CEO|VP|commander|responder|scribe|coordinator|lead)s?`;
const fullNameAndComma = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.'’-])(${word}(?: ${word}){1,2}),\s+`, 'gu');
const jobTitleNext = new RegExp(String.raw`^${jobTitle}(?=\s*[,;:)]|\s+(?:[a-z]|at\b))`, 'i');

const firstName = (w: string) => isKnownFirstName(w) && !isOrdinaryWord(w) && !isPublicTerm(w);
const unknownWord = (w: string) => /^\p{Lu}\p{Ll}{2,}/u.test(w) && !isEnglishWord(w) && !isKnownWord(w) && !isOrdinaryWord(w) && !isPublicTerm(w);
const nameWord = (w: string) => w.split('-').every((part) => firstName(part) || unknownWord(part));

/** How a written name reads: a person (`guess` when no lexicon knows its first name), or not one. */
function asName(text: string): { guess: boolean } | undefined {
  const [first, ...rest] = text.split(' ');
  if (!nameWord(first) || !rest.every((w) => w.split('-').every(surname)) || isPublicTerm(text)) return undefined;
  return { guess: !first.split('-').some(firstName) };
}

/** The longest run of a written name's last words that reads as a name ("In Dagvar" is "Dagvar"), with its offset. */
function trailingName(text: string): { text: string; offset: number; guess: boolean } | undefined {
  const words = text.split(' ');
  for (let k = 0; k < words.length; k++) {
    const rest = words.slice(k).join(' ');
    const reading = asName(rest);
    if (reading) return { text: rest, offset: text.length - rest.length, guess: reading.guess };
  }
  return undefined;
}

const found = (text: string, index: number, why: string, guess: boolean): PatternMatch => ({ text, index, severity: 'error', guess, why });

/**
 * A name before the pronouns its person uses, in prose or in code: a chat export pasted in a
 * fenced block writes its speakers so too ("[10:02] Ysolde Marchetti (she/her): …", probe round 60).
 */
export function findPronounedNames(line: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  if (!line.includes('/')) return matches;
  for (const m of allMatches(nameBeforePronouns, line)) {
    // Whatever the word, pronouns make it a person's name; an English word is a role ("Engineer (she/her)").
    const text = m[1];
    if (text.split(' ').every((w) => isOrdinaryWord(w) || (isEnglishWord(w) && !isKnownFirstName(w)))) continue;
    matches.push(found(text, m.index!, 'a name before the pronouns its person uses', false));
  }
  return matches;
}

/** The people of one line of prose credited or described as above (the pronouns' are `findPronounedNames`'s). */
export function findAttributedPeople(line: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  if (line.includes('<cite')) {
    for (const m of allMatches(citeElement, line)) {
      const reading = asName(m[1]);
      if (reading) matches.push(found(m[1], m.index! + m[0].indexOf(m[1], m[0].indexOf('>')), 'the source of a quotation in <cite>', reading.guess));
    }
  }
  if (/[’']s\s/.test(line)) {
    for (const m of allMatches(citedPossessive, line)) {
      const reading = trailingName(m[1]);
      if (reading) matches.push(found(reading.text, m.index! + reading.offset, 'a person whose words or messages the post cites', reading.guess));
    }
  }
  if (line.includes('(')) {
    for (const m of allMatches(teamWithMembers, line)) {
      const members = [...m[1].matchAll(new RegExp(word, 'gu'))];
      if (!members.every((w) => asName(w[0]))) continue;
      const at = m.index! + m[0].lastIndexOf(`(${m[1]})`) + 1;
      for (const w of members) matches.push(found(w[0], at + w.index!, 'a member of a team named in brackets', asName(w[0])!.guess));
    }
  }
  if (line.includes(',')) {
    for (const m of allMatches(fullNameAndComma, line)) {
      if (!jobTitleNext.test(line.slice(m.index! + m[0].length))) continue;
      const reading = trailingName(m[1]);
      if (reading?.text.includes(' ')) matches.push(found(reading.text, m.index! + reading.offset, 'a full name before a job title', reading.guess));
    }
  }
  return matches;
}
