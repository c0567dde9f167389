/**
 * Who a chat line, a picture, a link's text, a rota line or a job names, in the shapes probe round
 * 49 left published (probe round 50, docs/redaction.md):
 * - a bold speaker before a time in square brackets or brackets and a colon (`**kovarik** [14:02]:`,
 *   `> **Pellweth** (03:14): …`), a handle or a capitalised name word; round 17's rule read
 *   a lower-case handle before round brackets only;
 * - whose dashboard, graph or screen a picture shows: a name word's possessive before it in an
 *   image's alt text ("![Marrowby's dashboard …]"), and a lower-case handle after what a person
 *   has and shows, "dashboard/laptop/notes of/from/by", anywhere ("Grafana dashboard of
 *   mbelcourt"; a screenshot, screen, graph or chart "of" a thing shows the thing: "screenshot of
 *   KDE", "the main screen of xmirror");
 * - a handle or name word after "by" closing a link's text (`[Diff by holvrin](…)`);
 * - the handles of an on-call line, each maybe with its role in brackets (`On-call: quendrik
 *   (primary)`), in code too;
 * - a handle in a code span speaking in a quoted chat line (`> \`varnholt\`: rolling back`);
 * - the account a job, a service or a process runs as (`runs as \`velmark\``): in a code span or
 *   quotes any word but the accounts every machine has (a service account named like a person is
 *   held as one: the post may not tell them apart), bare a handle.
 */
import { allMatches } from '../regexp.ts';
import { isSystemAccount, type PatternMatch } from './person-patterns.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';
import { isEnglishWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isCapitalisedNameWord, isPersonShapedWord } from './name-shaped-words.ts';

const word = String.raw`[\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}]`;
const match = (text: string, index: number, why: string, guess = true): PatternMatch => ({ text, index, severity: 'error', guess, why });

const boldSpeakerBeforeTime = new RegExp(String.raw`^\s*(?:>\s*)*(?:[-*+]\s+)?(?:\*\*|__)@?(${word})(?:\*\*|__)\s*[\[(][^\[\]()\n]*\d{1,2}:\d{2}[^\[\]()\n]*[\])]\s*:`, 'u');
const codeSpanSpeakerInQuote = /^\s*(?:>\s*)+\x60@?([\p{Ll}][\p{Ll}\p{N}._-]*[\p{Ll}\p{N}])\x60\s*:\s+\S/u;
const pictureNoun = String.raw`(?:dashboards?|graphs?|charts?|screens?|screenshots?|terminals?|consoles?|desktops?|laptops?|boards?|panels?|notebooks?|notes|views?|queries|plots?)`;
const possessiveInAlt = new RegExp(String.raw`(\p{Lu}\p{Ll}{2,})['’]s\s+(?:[\p{L}-]+\s+)?${pictureNoun}\b`, 'gu');
/** What a person has and shows ("the dashboard of mbelcourt"); a screenshot, graph or chart "of" a thing shows the thing. */
const ownedScreen = String.raw`(?:dashboards?|desktops?|laptops?|workstations?|notebooks?|notes)`;
const pictureOf = new RegExp(String.raw`\b${ownedScreen}\s+(?:of|from|by)\s+@?(\p{Ll}[\p{Ll}\p{N}._-]*[\p{Ll}\p{N}])(?![\p{L}\p{N}_@-])`, 'gu');
const linkTextBy = new RegExp(String.raw`\[[^\[\]\n]*?\bby\s+@?(${word})\s*\]\(`, 'gu');
const onCallLine = /\b(?:[Oo]n[- ]?[Cc]all|ON[- ]?CALL|[Rr]ota)\b[^:\n]{0,30}:\s*(.+)$/u;
const runsAs = new RegExp(String.raw`\b(?:[Rr]uns?|[Rr]unning|[Rr]an|[Ee]xecutes?|[Ee]xecuted|[Ee]xecuting|[Ss]tarts?|[Ss]tarted)\s+as\s+(?:(?:the\s+)?(?:user|account)\s+)?(\x60|["'*]{1,2})?(${word})(?![\\\\@\/\p{L}\p{N}_-]|\.[\p{L}\p{N}])(\x60|["'*]{1,2})?`, 'gu');

/** Inside an image's alt text (`![…](`) on this line: the alt's start and end, or none. */
function altTexts(line: string): [number, number][] {
  return [...line.matchAll(/!\[([^\]\n]*)\]/g)].map((m) => [m.index! + 2, m.index! + 2 + m[1].length] as [number, number]).concat(
    [...line.matchAll(/\balt=["']([^"'\n]*)["']/g)].map((m) => [m.index! + m[0].indexOf(m[1]), m.index! + m[0].indexOf(m[1]) + m[1].length] as [number, number]),
  );
}

/** The people of these shapes on one line, prose or code. */
export function findSpeakersAndBylines(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  const bold = boldSpeakerBeforeTime.exec(line);
  if (bold && isPersonShapedWord(bold[1])) found.push(match(bold[1], line.indexOf(bold[1]), "a chat message's author before its time"));
  const quoted = line.includes('`') ? codeSpanSpeakerInQuote.exec(line) : null;
  if (quoted && isPersonalHandleValue(quoted[1])) found.push(match(quoted[1], line.indexOf(quoted[1]), 'the speaker of a quoted chat line, in a code span'));
  if (line.includes('![') || line.includes('alt=')) {
    for (const [start, end] of altTexts(line)) {
      for (const m of allMatches(possessiveInAlt, line.slice(start, end))) if (isCapitalisedNameWord(m[1])) found.push(match(m[1], start + m.index!, "whose screen or dashboard a picture shows"));
    }
  }
  for (const m of allMatches(pictureOf, line)) if (isPersonalHandleValue(m[1])) found.push(match(m[1], m.index! + m[0].length - m[1].length, 'whose screen or dashboard it is'));
  if (line.includes('](')) for (const m of allMatches(linkTextBy, line)) if (isPersonShapedWord(m[1])) found.push(match(m[1], m.index! + m[0].lastIndexOf(m[1]), "who made what a link's text names"));
  const onCall = onCallLine.exec(line);
  if (onCall) {
    const at = onCall.index + onCall[0].length - onCall[1].length;
    for (const m of allMatches(new RegExp(String.raw`(?<=^|[,;/&]\s*|\band\s+)@?(${word})(?:\s*\([^()\n]{1,30}\))?(?=\s*(?:[,;/&]|\band\b|$))`, 'gu'), onCall[1])) {
      if (isPersonalHandleValue(m[1])) found.push(match(m[1], at + m.index! + m[0].indexOf(m[1]), 'who is on call', false));
    }
  }
  if (/\bas\b/.test(line)) {
    for (const m of allMatches(runsAs, line)) {
      const account = m[2];
      const quoted = Boolean(m[1]) && Boolean(m[3]);
      if (isSystemAccount(account) || isPublicTerm(account)) continue;
      if (quoted ? account.length >= 3 && !/^(?:a|an|the|root|service|daemon)$/i.test(account) : /^\p{Ll}/u.test(account) && isPersonalHandleValue(account) && !isEnglishWord(account)) {
        found.push(match(account, m.index! + m[0].lastIndexOf(account), 'the account a job or service runs as: a person or an account of the organisation'));
      }
    }
  }
  return found;
}
