/**
 * People in what incident tools show and postmortems paste as text (the seventeenth probe round,
 * docs/redaction.md):
 *
 * - a paging tool's log naming whom it reached (PagerDuty's "Notified Kasimir Vestre via SMS",
 *   "Paged …", "Called …"), also in code, where the phrasings of prose are not read;
 * - who is on call now ("On-Call Now: Dagvar Strand (Ledger Primary)", "Currently on call: …");
 * - GitHub's timeline events pasted from a pull request, opening with the handle that acted
 *   ("kvestre approved these changes", "dstrand force-pushed the … branch", "**kvestre**
 *   commented on `pool.go`"), and the reviewer a review is requested from;
 * - a WebVTT transcript's voice tag (`<v Kasimir Vestre>the pool is full</v>`);
 * - a bold label of a full name opening a list item or a line (`- **Dagvar Strand:** our alert
 *   …`), where one word is read as a product's ("**Vaultwarden:**") but two words no lexicon
 *   knows are read as a full name is elsewhere;
 * - a tracker's sidebar pasted as text, each field's label on its own line above its value
 *   (Linear's and Jira's "Assignee⏎Dagvar Strand");
 * - transcripts and chat logs in code: a timed speaker's full name (`00:12:03 Kasimir Vestre:`),
 *   a speaker in capitals (`KASIMIR VESTRE:`, and `KASIMIR:` under a subtitle cue's timing), an
 *   IRC nick after a date and time (`[2026-12-02 10:02:11] <kvestre>`), a bold handle before a
 *   bracketed time (`**kvestre** (Dec 2, 10:02):`);
 * - since probe round 53, a chat export's line of who joined, left or retitled a channel, and a
 *   Grafana annotation's tooltip (`Annotation · tbreckan · 03:10`);
 * - an escalation policy's levels (`Level 1: Kasimir Vestre`), a note added by a handle, a
 *   hand-off from one handle to another, the user of a `.pgpass` line, an incident's roles in
 *   YAML (`commander:`, `scribe:`, `comms_lead:`) and a YAML list item's `name:` beside a
 *   person's keys (`email:`, `role:`, `phone:`).
 *
 * Values are judged as the pasted fields of the fifteenth round judge theirs: a full name
 * (`isFullNameValue`) or a personal handle (`isPersonalHandleValue`); bots, teams, system
 * accounts and English words are no one.
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { nickLike, type PatternMatch } from './person-patterns.ts';
import { isFullNameValue, isPersonalHandleValue } from './pasted-config-people.ts';
import { surname } from './actor-column.ts';

const fullName = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*){1,2}`;
const handle = String.raw`[\p{Ll}][\p{Ll}\p{N}._-]{1,37}[\p{Ll}\p{N}]`;

/** A paging tool's log line: whom it notified, paged or called, and how. */
const reachedPerson = new RegExp(String.raw`\b(?:[Nn]otified|[Pp]aged|[Cc]alled|[Pp]honed|[Tt]exted|[Ee]-?mailed|[Rr]eached|[Ww]oke|[Aa]lerted|[Ss]ent (?:an? )?(?:SMS|push notification|e-?mail|phone call) to)\s+(${fullName})(?=\s+(?:via|by|on|over|at)\b|\s*[(,.;]|\s*$)`, 'gu');

/** Who is on call now, as paging tools' pages and exports label it. */
const onCallNow = new RegExp(String.raw`(?:\b[Oo]n[- ]?[Cc]all [Nn]ow|\b[Cc]urrently on[- ]?call|\b[Nn]ow on[- ]?call|\b[Oo]n[- ]?[Cc]all [Tt]oday)\s*(?:\*\*|__)?\s*[:—–-]\s*(?:\*\*|__)?\s*(${fullName}|@?${handle})(?![\p{L}\p{N}_@-])`, 'gu');

/**
 * What GitHub's timeline shows after the handle that acted; since probe round 53 also as reports
 * in other languages translate a review's line ("obrandtner hat diese Änderungen genehmigt", "… a
 * approuvé ces modifications", "… aprobó estos cambios", "… heeft deze wijzigingen goedgekeurd").
 */
const githubEvent = /^(?:hat (?:diese |die )?Änderungen (?:genehmigt|freigegeben|abgelehnt|angefordert)|a approuvé (?:ces|les) modifications|a demandé des modifications|aprobó (?:estos|los) cambios|solicitó cambios|aprovou (?:estas|as) (?:alterações|mudanças)|solicitou alterações|ha approvato (?:queste|le) modifiche|heeft (?:deze |de )?wijzigingen goedgekeurd|approved these changes|requested changes|requested a review from|force-pushed the\b|self-assigned this|commented on\b|left a comment|left review comments|reviewed\b|dismissed\b|merged commit\b|merged \d+ commits?|closed this\b|reopened this\b|added the\b|removed the\b|added \d+ commits?|pushed \d+ commits?|marked this pull request\b|converted this\b|linked a pull request\b|mentioned this\b|deleted the\b|restored the\b|assigned\b|unassigned\b|changed the title\b|suggested changes\b)/;
const githubEventLine = new RegExp(String.raw`^(\s*(?:>\s*)*(?:[-*+]\s+)?(?:\*\*|__)?@?)(${handle})((?:\*\*|__)?\s+)(.*)$`, 'u');
const reviewRequestedFrom = new RegExp(String.raw`\brequested a review from\s+@?(${handle})(?![\p{L}\p{N}_@-])`, 'gu');

/**
 * A chat export's line of who joined, left or retitled a channel (since probe round 53: Slack's
 * "10:40 Ilse Varnholt joined #inc-2041", "10:41 tbreckan set the channel topic: …", and Mattermost's
 * and Teams' kin): the time opens the line, the name follows, then the channel's event.
 */
const channelEvent = new RegExp(String.raw`^\s*(?:[-*+]\s+)?\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\]?\s+(?:[-—–:|]\s*)?(${fullName}|@?${handle})\s+(?:(?:has\s+)?(?:joined|left)\s+(?:#|the\s+channel\b)|(?:set|changed|updated|cleared)\s+the\s+channel(?:'s)?\s+(?:topic|purpose|description|header)\b|renamed\s+the\s+channel\b|pinned\s+a\s+message\b|archived\s+(?:#|the\s+channel\b)|was\s+added\s+to\s+(?:#|the\s+channel\b))`, 'u');
/** A Grafana annotation's tooltip as copied: its word, the author, the time, parted by dots or bars (`Annotation · tbreckan · 03:10`). */
const annotationTooltip = new RegExp(String.raw`^\s*Annotation\s*[·•|—–-]\s*(${fullName}|@?${handle})\s*[·•|—–-]\s*\d`, 'u');

/** A WebVTT voice tag: the speaker of a cue (`<v Kasimir Vestre>`, `<v.loud Ilsabet>`). */
const voiceTag = /<v(?:\.[\w.-]+)?\s+([^<>\n]{2,60}?)\s*>/gu;
const unnamedSpeaker = /^(?:speaker|narrator|host|moderator|interviewer|interviewee|participant|caller|guest|unknown|attendee|presenter|audience)(?:\s*\d+)?$/i;

/** A bold label of a full name opening a line or a list item (`- **Dagvar Strand:** …`). */
const boldNameLabel = new RegExp(String.raw`^(\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__))(${fullName})(?::(?:\*\*|__)|(?:\*\*|__)\s*:)\s+\S`, 'u');

/** Field labels of a tracker's sidebar that hold a person, each alone on its line. */
const personFieldLabel = /^\s*(?:assignee|assigned to|reporter|reported by|creator|created by|lead|project lead|owner|incident lead|incident commander|commander|reviewer|approver|requester|on-?call)\s*:?\s*$/i;

const unknownOrFirstName = (word: string) => (isKnownFirstName(word) && !isOrdinaryWord(word) && !isPublicTerm(word)) || (!isEnglishWord(word) && !isKnownWord(word) && !isOrdinaryWord(word) && !isPublicTerm(word));

/** A full name of a first name the lexicon knows or a word no lexicon knows, then surnames (`surname`: not "Labs", "Nodes", "Core"). */
function strictFullName(name: string): boolean {
  const [first, ...rest] = name.split(' ');
  return isFullNameValue(name) && !isPublicTerm(name) && first.split('-').every(unknownOrFirstName) && rest.every((w) => w.split('-').every(surname));
}

/**
 * A name in capitals: each word of four letters or more with a vowel, and, read in lower case, a
 * first name or no English word, public name or lexicon's word (not "ROOT CAUSE", "TLS SNI").
 */
function capitalsName(text: string): boolean {
  return text.split(' ').every((w) => w.length >= 4 && /[AEIOUYÆØÅÄÖÜÉ]/u.test(w) && unknownOrFirstName(w.charAt(0) + w.slice(1).toLowerCase()));
}

const match = (text: string, index: number, why: string, guess = true): PatternMatch => ({ text, index, severity: 'error', guess, why });

const timedFullNameSpeaker = new RegExp(String.raw`^\s*(?:>\s*)*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]?\s+(${fullName}):\s+\S`, 'u');
/** A speaker in capitals: two or three words (`KASIMIR VESTRE:`), none an English word in capitals ("ROOT CAUSE:"). */
const capitalsSpeaker = /^\s*(?:>\s*)*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]?\s+)?((?:\p{Lu}{2,}[’'-]?\p{Lu}*)(?: \p{Lu}{2,}[’'-]?\p{Lu}*){0,2}):\s+\S/u;
const ircDatedNick = /^\s*\[\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]\s+<[@+%~&]?([\p{L}][\p{L}\p{N}_.|-]{1,30})>/u;
const boldHandleWithTime = new RegExp(String.raw`^\s*(?:>\s*)*(?:[-*+]\s+)?(?:\*\*|__)@?(${handle})(?:\*\*|__)\s*\([^()\n]*\d{1,2}:\d{2}[^()\n]*\)\s*:`, 'u');
const escalationLevel = new RegExp(String.raw`^\s*(?:[-*+]\s+)?(?:Level|Tier|Layer)\s*\d+\s*[:—–-]\s*(${fullName}|@?${handle})(?=\s*(?:[(,;]|$))`, 'u');
const addedBy = new RegExp(String.raw`\b(?:[Nn]otes?|[Cc]omments?|[Uu]pdates?|[Ee]ntr(?:y|ies)|[Ll]abels?|[Aa]ttachments?|[Rr]esponders?)\s+(?:added|posted|left|written|attached)\s+by\s+@?(${handle})(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])`, 'gu');
const handOff = new RegExp(String.raw`\b(?:[Hh]and-?offs?|[Hh]andovers?|[Hh]anded\s+(?:over|off)|[Rr]otated|[Pp]ager\s+passed)\s+from\s+@?(${handle})\s+to\s+@?(${handle})(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])`, 'gu');
const pgpassLine = /^\s*(?:[\w.-]+|\*):(?:\d+|\*):(?:[\w.-]+|\*):([\p{L}][\p{L}\p{N}._-]*):\S+\s*$/u;
const incidentRoleKey = new RegExp(String.raw`^\s*(?:-\s+)?["']?(?:commander|incident[_-]?lead|incident[_-]?manager|scribe|note[_-]?taker|comms(?:[_-]lead)?|communications(?:[_-]lead)?|liaison|deputy(?:[_-]ic)?|ic|tech(?:nical)?[_-]lead|ops[_-]lead|first[_-]responder|responder)["']?\s*[:=]\s*["']?(${fullName}|@?${handle})["']?\s*,?\s*(?:#.*)?$`, 'u');

/** People one line of pasted tool output or transcript names; `inCode` says whether it is in a code block. */
export function findToolExportPeople(line: string, inCode: boolean): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (inCode) {
    for (const m of allMatches(reachedPerson, line)) if (strictFullName(m[1])) found.push(match(m[1], m.index! + m[0].length - m[1].length, 'whom a paging tool reached, in its log', false));
  }
  if (/[Cc]all/.test(line)) {
    for (const m of allMatches(onCallNow, line)) {
      const value = m[1].replace(/^@/, '');
      if (strictFullName(value) || isPersonalHandleValue(value)) found.push(match(value, m.index! + m[0].length - value.length, 'who is on call now', false));
    }
  }
  const event = githubEventLine.exec(line);
  if (event && githubEvent.test(event[4]) && isPersonalHandleValue(event[2])) found.push(match(event[2], event[1].length, "the account that acted in GitHub's timeline"));
  if (line.includes('review from')) for (const m of allMatches(reviewRequestedFrom, line)) if (isPersonalHandleValue(m[1])) found.push(match(m[1], m.index! + m[0].length - m[1].length, 'the reviewer a review was requested from'));
  if (line.includes('<v')) {
    for (const m of allMatches(voiceTag, line)) {
      const speaker = m[1];
      if (unnamedSpeaker.test(speaker)) continue;
      if (isFullNameValue(speaker) || isPersonalHandleValue(speaker) || /^\p{Lu}\p{Ll}{2,}$/u.test(speaker)) found.push(match(speaker, m.index! + m[0].indexOf(speaker, 2), "the speaker of a transcript's cue", !isFullNameValue(speaker)));
    }
  }
  if (inCode) {
    const timed = timedFullNameSpeaker.exec(line);
    if (timed && strictFullName(timed[1])) found.push(match(timed[1], line.indexOf(timed[1]), "a transcript's timed speaker", false));
    const irc = ircDatedNick.exec(line);
    if (irc && (isPersonalHandleValue(irc[1]) || nickLike(irc[1])) && !/(?:serv|bot)$/i.test(irc[1])) found.push(match(irc[1], line.indexOf(`${irc[1]}>`), 'the nick of a dated chat log line'));
    const pgpass = pgpassLine.exec(line);
    if (pgpass && isPersonalHandleValue(pgpass[1])) found.push(match(pgpass[1], line.lastIndexOf(`:${pgpass[1]}:`) + 1, 'the user of a .pgpass line'));
    const role = incidentRoleKey.exec(line);
    if (role) {
      const value = role[1].replace(/^@/, '');
      if (strictFullName(value) || isPersonalHandleValue(value)) found.push(match(value, line.lastIndexOf(value), "who held an incident's role"));
    }
  }
  const capitals = capitalsSpeaker.exec(line);
  if (capitals && capitals[1].includes(' ') && capitalsName(capitals[1])) found.push(match(capitals[1], line.indexOf(capitals[1]), 'a speaker written in capitals'));
  const bold = boldHandleWithTime.exec(line);
  if (bold && isPersonalHandleValue(bold[1])) found.push(match(bold[1], line.indexOf(bold[1]), 'a chat message\'s author before its time'));
  const level = escalationLevel.exec(line);
  if (level) {
    const value = level[1].replace(/^@/, '');
    if (strictFullName(value) || isPersonalHandleValue(value)) found.push(match(value, line.indexOf(value, line.indexOf(':')), "a level of an escalation policy", !strictFullName(value)));
  }
  if (/ by /.test(line)) for (const m of allMatches(addedBy, line)) if (isPersonalHandleValue(m[1])) found.push(match(m[1], m.index! + m[0].length - m[1].length, 'who added a note or an entry'));
  if (/ from /.test(line)) {
    for (const m of allMatches(handOff, line)) {
      const at = [m.index! + m[0].indexOf(m[1], m[0].indexOf(' from ')), m.index! + m[0].lastIndexOf(m[2])];
      [m[1], m[2]].forEach((h, k) => {
        if (isPersonalHandleValue(h)) found.push(match(h, at[k], 'a hand-off from one person to another'));
      });
    }
  }
  for (const [pattern, why] of [[channelEvent, "who joined, left or retitled a chat channel, in its export"], [annotationTooltip, "a Grafana annotation's author"]] as const) {
    const m = /\d/.test(line) ? pattern.exec(line) : null;
    const value = m?.[1].replace(/^@/, '');
    if (m && value && (strictFullName(value) || isPersonalHandleValue(value))) found.push(match(value, m.index + m[0].indexOf(value), why, !strictFullName(value)));
  }
  const label = boldNameLabel.exec(line);
  if (label && strictFullName(label[2])) found.push(match(label[2], label[1].length, 'a full name as the label of what someone said'));
  return found;
}

const cueTiming = /^\s*\d{1,2}:\d{2}:\d{2}[.,]\d{3}\s+-->\s+\d{1,2}:\d{2}:\d{2}[.,]\d{3}/;
const cueSpeaker = /^\s*(?:-\s*)?(\p{Lu}{3,}|\p{Lu}\p{Ll}{2,})\s*:\s+\S/u;
const yamlNameItem = /^(\s*)-\s+(?:name|full_?name|display_?name)\s*:\s*["']?([^"'#\n]+?)["']?\s*(?:#.*)?$/i;
const personKey = /^\s*(?:email|e-mail|mail|phone|mobile|role|title|pronouns|slack|slack_?id|github|timezone|tz|manager|pager)\s*:/i;

/**
 * People named over several lines: a tracker's sidebar pasted as text (a person field's label
 * alone on a line, the value on the next), the speaker of a subtitle cue in capitals or one word
 * (`00:00:12,000 --> …` then `KASIMIR: restarting`), and the `name:` of a YAML list item whose
 * other keys are a person's (`email:`, `role:`, `phone:`), by line index.
 */
export function findToolExportPeopleOverLines(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  const add = (i: number, m: PatternMatch) => found.set(i, [...(found.get(i) ?? []), m]);
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next === undefined) return;
    if (!codeLines.has(i + 1) && personFieldLabel.test(line)) {
      const value = next.trim().replace(/^@/, '');
      if (value && (strictFullName(value) || isPersonalHandleValue(value))) add(i + 1, match(value, next.indexOf(value), 'the value of a person field pasted below its label', !strictFullName(value)));
    }
    if (cueTiming.test(line)) {
      const speaker = cueSpeaker.exec(next);
      if (speaker && (/^\p{Lu}+$/u.test(speaker[1]) ? capitalsName(speaker[1]) : unknownOrFirstName(speaker[1]))) add(i + 1, match(speaker[1], next.indexOf(speaker[1]), "the speaker of a subtitle cue"));
    }
    const item = codeLines.has(i) ? yamlNameItem.exec(line) : null;
    if (item && isFullNameValue(item[2])) {
      // The item's other keys: the lines indented past its dash, up to the next item or less indented line.
      const siblings: string[] = [];
      for (let j = i + 1; j < lines.length && codeLines.has(j); j++) {
        const lead = lines[j].length - lines[j].trimStart().length;
        if (!lines[j].trim() || lead <= item[1].length) break;
        siblings.push(lines[j]);
      }
      if (siblings.some((l) => personKey.test(l))) add(i, match(item[2], line.indexOf(item[2], line.indexOf(':')), "the name of a list item with a person's keys", false));
    }
  });
  return found;
}
