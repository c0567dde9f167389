/**
 * Three shapes probe round 49 left published (probe round 50, docs/redaction.md):
 * - an @-mention written in another script (`@ドルヴァン さんが…`, `@пелмондо`, `@김민준`): a mention
 *   names an account whatever its letters; the Japanese reader found the honorific alone;
 * - a German task item's label of a surname before a colon (`- [ ] Hollberger: Alarm … einrichten`):
 *   the English rule reads an English verb after it; here the word is judged as an action item's
 *   owner of another language is (`mayBeActionItemOwner`: a word no list knows, or a German agent
 *   noun in `-er` that is no role's noun) and ends as surnames do, when the item closes with a
 *   German infinitive;
 * - a key of who acted in a payload (`"acknowledged_by": "bellquist"`, `resolved_by: …`): the key
 *   says a person, so a value a dictionary splits into words (`bell`+`quist`) is one too, unless
 *   it is itself a word, a public name, an account every machine has, a team or a bot;
 * - a database account that is a given name and a word (`GRANT SELECT ON ledger TO maria;`): the
 *   account rule reads a dictionary word there as no one's, as `adduser` given a first name was.
 */
import { allMatches } from '../regexp.ts';
import { hasNonLatinLetters } from './non-latin-text.ts';
import { mayBeActionItemOwner } from './other-language-people.ts';
import { isSystemAccount, mergeBot, type PatternMatch } from './person-patterns.ts';
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isFrameworkAnnotation } from './mention-words.ts';
import { isPythonDecorator } from './python-decorators.ts';

const match = (text: string, index: number, why: string, guess = true): PatternMatch => ({ text, index, severity: 'error', guess, why });

/** Since probe round 52 with Hebrew's hyphen (maqaf) and its marks of abbreviation inside (`@בן־שושן`: the mention was cut at the hyphen). */
const otherScriptMention = /(?<![\p{L}\p{N}_.@\/])@([\p{L}\p{M}][\p{L}\p{M}\p{N}ー・._\u05be\u05f3\u05f4-]*)/gu;
/** A team's mention in another script (`@运维团队`, `@インフラチーム`, `@인프라팀`, `@команда-sre`): a group, not an account of a person (probe round 52). */
const otherScriptTeam = /(?:团队|團隊|小组|小組|组|組|部门|部門|チーム|팀|команда|группа)$|^(?:команда|группа)/u;
const germanTaskLabel = /^\s*[-*+]\s+\[[ xX]\]\s+(\p{Lu}\p{Ll}{2,}):\s+\S.*\p{Ll}{2,}(?:en|ern|eln)\s*[.!]?\s*$/u;
/** How German and neighbouring surnames end; a German noun no list knows ("Datenbank", "Zertifikat") does not. */
const surnameEnding = /(?:er|mann|meier|meyer|maier|mayr|berg|burg|stein|feld|bach|hof|huber|ski|sky|ić|ović|sen|son|witz|itz|ke|ek|ak|o|i)$/u;
const personKey = /["']?\b(acknowledged_?by|acked_?by|ack_?by|resolved_?by|assigned_?to|assignee|escalated_?to|closed_?by|created_?by|triggered_?by|requested_?by|reported_?by|reporter|responder|on_?call|oncall_?user|incident_?commander|commander|approved_?by|reviewed_?by|merged_?by|[a-z]+_owner)["']?\s*[:=]\s*(["']?)([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])\2(?=\s*[,}\]\s]|$)/giu;
const databaseGrantee = /\b(?:GRANT\s[^;\n]*?\bTO|REVOKE\s[^;\n]*?\bFROM|(?:CREATE|ALTER|DROP)\s+(?:USER|ROLE|LOGIN))\s+["'\x60]?(\p{Ll}{3,})["'\x60]?(?=\s*(?:;|,|$|\s+WITH\b|\s+IDENTIFIED\b|\s+SET\b))/gu;
const teamOrService = /(?:^|[-_.])(?:team|teams|squad|group|sre|ops|devops|oncall|on-call|eng|platform|infra|admins?|staff|bot|service|svc|system|automation|auto|pagerduty|opsgenie|alertmanager|api|integration|nobody|none|null|unassigned|unknown)(?:$|[-_.])/i;

/**
 * A framework's annotation and the Korean, Japanese or Chinese particle after it (`@Transactional이`, read with the code span's backticks gone; adoption round 60),
 * or a Python decorator's (`@extend_schema는`, `@transaction.atomic이`; adoption round 61, python-decorators.ts).
 */
function isAnnotationWithParticle(mention: string): boolean {
  const latin = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?=[^A-Za-z0-9_.])/.exec(mention)?.[0];
  return latin !== undefined && (isFrameworkAnnotation(`@${latin}`) || isPythonDecorator(`@${latin}`)) && !/[A-Za-z]/.test(mention.slice(latin.length));
}

/** The people of these shapes on one line. */
export function findMentionsAndPayloadPeople(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (line.includes('@')) {
    for (const m of allMatches(otherScriptMention, line)) if (hasNonLatinLetters(m[1]) && !otherScriptTeam.test(m[1]) && !isAnnotationWithParticle(m[1])) found.push(match(m[1], m.index! + 1, 'an @-mention in another script: an account', false));
  }
  const task = germanTaskLabel.exec(line);
  if (task && mayBeActionItemOwner(task[1]) && surnameEnding.test(task[1]) && !/^(?:Bitte|Todo|Hinweis|Notiz|Frage|Ziel|Status|Ergebnis|Problem|Lösung|Aufgabe|Nachtrag|Optional|Wichtig|Dringend)$/u.test(task[1])) {
    found.push(match(task[1], line.indexOf(task[1]), 'who is to act in a task item in another language'));
  }
  if (/_?by|assign|report|respond|on_?call|commander|_owner/i.test(line)) {
    for (const m of allMatches(personKey, line)) {
      const value = m[3];
      if (value.length < 3 || isEnglishWord(value.toLowerCase()) || isOrdinaryWord(value) || isPublicTerm(value) || isSystemAccount(value) || mergeBot.test(value) || teamOrService.test(value)) continue;
      found.push(match(value, m.index! + m[0].lastIndexOf(value), 'who acted, in a payload key of a person'));
    }
  }
  if (/\b(?:GRANT|REVOKE|USER|ROLE|LOGIN)\b/.test(line)) {
    for (const m of allMatches(databaseGrantee, line)) {
      const name = m[1];
      const given = name.charAt(0).toUpperCase() + name.slice(1);
      if (isKnownFirstName(given) && !isOrdinaryWord(given) && !isOrdinaryWord(name) && !isSystemAccount(name) && !isPublicTerm(name)) found.push(match(name, m.index! + m[0].lastIndexOf(name), 'a database account named by a given name'));
    }
  }
  return found;
}
