/**
 * People in what postmortems paste from tools' files and payloads (the fifteenth probe round,
 * docs/redaction.md): the account of SQL's `OWNER TO`, `CREATE ROLE` and a filter on `usename`; a
 * Dockerfile's `MAINTAINER` and OCI `authors` label; Ansible's `remote_user`/`become_user`; a
 * `.netrc` login; a resource's `owner = "…"` tag (since probe round 53); the arguments of a GraphQL query (`user(login: "…")`, `assignee: "…"`); the
 * person object of a PagerDuty or Opsgenie payload (`"assignee": {"summary": "…"}`); GitHub
 * Actions' "Triggered via … by …"; a Kubernetes `change-cause` "… by …"; who added, changed or
 * disabled something in a code comment (`# added by kvestre`); a TSV rota or export (columns
 * headed `primary`, `assignee`, `user`, …, as CSV's are read); and in prose a name before ", who"
 * (people are "who", things "which") and who is to act in a ticket's title quoted after its key
 * (`OPS-4521 "Kasimir to rotate the keys"`).
 *
 * A value is judged as the structured fields of earlier rounds judge theirs: a full name of
 * capitalised words not all English or public, or a handle that no dictionary, public list,
 * system account or bot knows.
 */
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { allMatches } from '../regexp.ts';
import { daemonName, looksLikePersonalHandle, mergeBot, nickLike, personalAccount, type PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

export const teamWord = /(?:^|[-_.])(?:team|teams|squad|group|sre|ops|devops|oncall|on-call|eng|engineering|platform|infra|admins?|staff|bot|service|svc|app|system)(?:$|[-_.])/i;
const fullNameShape = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** A full name: two or three capitalised words, not all of them English, common or public words. */
export function isFullNameValue(value: string): boolean {
  if (!fullNameShape.test(value)) return false;
  const words = value.split(' ').filter((w) => !/^\p{Lu}\.?$/u.test(w));
  return !words.every((w) => isPublicTerm(w) || isOrdinaryWord(w) || (isEnglishWord(w) && !isKnownFirstName(w)));
}

/** A handle that names a person: no English, public or common word, system account, bot, daemon or team. */
export function isPersonalHandleValue(value: string): boolean {
  const handle = value.replace(/^@/, '');
  if (!/^[\p{L}][\p{L}\p{N}._-]{1,38}$/u.test(handle) || teamWord.test(handle)) return false;
  // A name with a hyphen or an underscore is a host's or a service's (`pg-ledger-01`,
  // `analytics_ro`) unless it reads as a person's (`maria-g`).
  if (/[-_]/.test(handle) && !looksLikePersonalHandle(handle)) return false;
  return personalAccount(handle) && nickLike(handle.replace(/[\d._-]+$/, '')) && !mergeBot.test(handle) && !daemonName.test(handle.toLowerCase());
}

const personValue = (value: string) => isFullNameValue(value) || isPersonalHandleValue(value);

/** One lower-case word that is no English, common or public word, team, daemon or bot (`mashcombe`): a handle where a person's stood. */
function isPlainLowerCaseAccount(value: string): boolean {
  return /^\p{Ll}[\p{Ll}\p{N}._-]{2,30}$/u.test(value) && !teamWord.test(value) && !isPublicTerm(value) && !isEnglishWord(value) && !isOrdinaryWord(value) && !daemonName.test(value) && !mergeBot.test(value);
}

/**
 * A resource's tag of who owns or made it, as HCL writes it and a Terraform plan prints it (`~ "Owner" = `),
 * and the line's end after its value (a trailing comma or comment). One source for the tag's value and
 * for a change's new value, so a key added to one is read by both.
 */
const ownerTagOpening = String.raw`^\s*[~+-]?\s*"?(?:[Oo]wner|OWNER|[Cc]reated_?[Bb]y|[Cc]ontact|[Mm]aintainer|[Aa]uthor)"?\s*=\s*`;
const ownerTagClosing = String.raw`\s*,?\s*(?:#.*)?$`;

/** Where an account or a name stands, each with the group that holds it. */
// `hint`: what every match holds, tested first: most lines hold none of these shapes.
// `changedFromPerson`: the pattern's first group is a change's old value, its second the new one,
// taken when it is a person's or, after a person's, a lower-case word of no other kind.
const accountShapes: { pattern: RegExp; hint: RegExp; why: string; guess?: boolean; changedFromPerson?: boolean }[] = [
  // SQL: a table, schema or database handed to a role, a role created or altered, a filter on a user.
  { pattern: /\bOWNER\s+TO\s+"?([\p{L}][\p{L}\p{N}._-]*)/giu, hint: /owner/i, why: 'the owner given in SQL' },
  { pattern: /\b(?:CREATE|ALTER|DROP)\s+(?:USER|ROLE)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?"?([\p{L}][\p{L}\p{N}._-]*)/giu, hint: /user|role/i, why: 'a database role of SQL' },
  { pattern: /\b(?:SET\s+ROLE|SET\s+SESSION\s+AUTHORIZATION)\s+'?"?([\p{L}][\p{L}\p{N}._-]*)/giu, hint: /set\s/i, why: 'a database role of SQL' },
  { pattern: /\b(?:usename|rolname|user_?name|grantee|grantor|definer|current_user)\s*=\s*'([^']+)'/giu, hint: /name|grant|definer|current_user/i, why: 'a user named in an SQL filter' },
  // Dockerfiles and images.
  { pattern: /^\s*MAINTAINER\s+([^<\n]+?)\s*(?:<[^>]*>)?\s*$/gu, hint: /MAINTAINER/, why: "a Dockerfile's maintainer" },
  { pattern: /\b(?:org\.opencontainers\.image\.authors|org\.label-schema\.(?:maintainer|author)|authors?)\s*=\s*"([^"<]+?)\s*(?:<[^>]*>)?"/giu, hint: /author|maintainer/i, why: "an image's author label" },
  // Ansible and .netrc.
  { pattern: /\b(?:remote_user|ansible_user|ansible_ssh_user|become_user)\s*[:=]\s*["']?([\p{L}][\p{L}\p{N}._-]*)/giu, hint: /_user/i, why: 'the account Ansible logs in as' },
  { pattern: /\bmachine\s+\S+\s+login\s+(\S+)/gu, hint: /login/, why: 'a .netrc login' },
  { pattern: /^\s*login\s+(\S+)\s*$/gu, hint: /login/, why: 'a .netrc login' },
  // GraphQL arguments: an unquoted key inside a call's parentheses.
  { pattern: /[(,]\s*(?:login|assignee|assignees|author|user|username|owner|actor|assigneeLogins?)\s*:\s*\[?\s*"([^"]+)"/gu, hint: /:\s*\[?\s*"/, why: 'a person named in a GraphQL query' },
  // A paging tool's person object, its name or handle.
  { pattern: /"(?:assignee|assigned_to|user|acknowledger|agent|responder|owner|on_call_user|escalation_target|reporter|requester)"\s*:\s*\{[^{}]*?"(?:summary|name|display_name|full_name|username|login)"\s*:\s*"([^"]+)"/gu, hint: /\{/, why: "a person in a paging tool's payload" },
  // A user object of a paging tool's export (`"type": "user_reference", "summary": "…"`; since the twenty-eighth probe round).
  { pattern: /"type"\s*:\s*"user(?:_reference)?"\s*,\s*"(?:summary|name|username)"\s*:\s*"([^"]+)"|"(?:summary|name|username)"\s*:\s*"([^"]+)"\s*,\s*"type"\s*:\s*"user(?:_reference)?"/gu, hint: /"user/, why: "a user in a paging tool's export" },
  // A crontab's mail recipient and a workflow's condition on who runs it (since the twenty-eighth probe round).
  { pattern: /^\s*MAILTO\s*=\s*"?([\p{L}][\p{L}\p{N}._-]*)/gu, hint: /MAILTO/, why: "a crontab's mail recipient" },
  { pattern: /\bgithub\.(?:actor|triggering_actor)\s*[!=]=\s*'([^']+)'/gu, hint: /github\./, why: "a workflow's condition on who runs it" },
  // A resource's tag of who owns or made it, in HCL or as a Terraform plan prints a change (since
  // probe round 53: `~ owner = "Hanna Ulvestad" -> "platform"` was published; a handle there was
  // read by the account rule of words no dictionary knows).
  { pattern: new RegExp(`${ownerTagOpening}"([^"]+)"(?:\\s*->\\s*"[^"]*")?${ownerTagClosing}`, 'gu'), hint: /=\s*"/, why: "a resource's tag of its owner" },
  // The change's new value too (probe round 59: `~ "CreatedBy" = "a" -> "b"` published "b"); a
  // tag that named a person before names one after, so a plain lower-case word there is taken too.
  { pattern: new RegExp(`${ownerTagOpening}"([^"]*)"\\s*->\\s*"([^"]+)"${ownerTagClosing}`, 'gu'), hint: /->\s*"/, why: "a resource's tag of its owner", changedFromPerson: true },
  // A label or an annotation of who owns a resource, set or selected on a command line (since
  // probe round 54: `kubectl label deploy ledger owner=hbrekkan` was published; the YAML key was read).
  { pattern: /\b(?:kubectl|oc|gcloud|helm)\s.*?(?<![\w-])(?:[\w.-]+\/)?(?:owner|created[-_]by|contact|maintainer|author)=([\p{L}][\p{L}\p{N}._-]*)/gu, hint: /(?:owner|by|contact|maintainer|author)=/, why: "a resource's label of its owner" },
  // GitHub Actions writes who started a run.
  { pattern: /\bTriggered via [\w-]+ by @?([\p{L}][\p{L}\p{N}._-]*)/gu, hint: /Triggered via/, why: 'who started a GitHub Actions run' },
  // A Kubernetes change-cause written by hand ("rollout restart by kvestre").
  { pattern: /change-cause["']?\s*:\s*["']?[^"'\n]*?\bby\s+@?([\p{L}][\p{L}\p{N}._-]*)/gu, hint: /change-cause/, why: 'who made a Kubernetes change', guess: true },
  // A code comment saying who did something to the line below.
  { pattern: /(?:^|\s)(?:#|--|\/\/|;|\/\*)\s.*?\b(?:added|created|installed|configured|set up|written|edited|changed|modified|disabled|enabled|commented out|pinned|bumped)\s+by\s+@?([\p{L}][\p{L}\p{N}._-]{2,30})/gu, hint: /\sby\s/, why: 'who changed it, in a comment', guess: true },
];

/** The shapes as cued patterns (test/unit/redaction-cue-implication.test.ts checks each hint is implied). */
export const cuedAccountShapes: readonly CuedPattern[] = accountShapes.map(({ why, hint, pattern }) => ({ name: why, cue: hint, pattern }));

/** People in a line of pasted configuration, queries, payloads and tool output. */
export function findPastedConfigPeople(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (const { pattern, hint, why, guess, changedFromPerson } of accountShapes) {
    if (!hint.test(line)) continue;
    for (const m of allMatches(pattern, line)) {
      const raw = changedFromPerson ? m[2] : m[1] ?? m[2];
      const value = raw.trim().replace(/[.,;]+$/, '');
      if (!personValue(value) && !(changedFromPerson && personValue(m[1].trim()) && isPlainLowerCaseAccount(value))) continue;
      const at = m.index! + m[0].lastIndexOf(raw) + raw.indexOf(value);
      if (!found.some((f) => f.index === at)) found.push({ text: value.replace(/^@/, ''), index: at + (value.startsWith('@') ? 1 : 0), severity: 'error', guess, why });
    }
  }
  return found;
}

/** Headers of a TSV column of people, as a CSV's (`user`, `assignee`, …) and a rota's. */
// Since the eighteenth probe round also as meeting tools export attendance (Teams' "Full Name",
// Zoom's "Name (Original Name)", "Participant", "Attendee").
const tsvPeopleHeader = /^(?:user|users|username|user[_ ]?name|login|author|actor|assignee|reporter|owner|created_?by|updated_?by|requested_?by|name|full[_ ]?name|display[_ ]?name|name \(original name\)|participant|attendee|person|engineer|responder|on_?call|primary|secondary|backup|shadow|ic|incident_?commander)$/i;

/** People in the columns of tab-separated output pasted as code, by line index. */
export function findTsvPeople(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  let columns: { people: Set<number>; width: number } | undefined;
  lines.forEach((line, i) => {
    if (!codeLines.has(i) || !line.includes('\t')) {
      columns = undefined;
      return;
    }
    const cells: { text: string; index: number }[] = [];
    let start = 0;
    for (const part of line.split('\t')) {
      cells.push({ text: part.trim(), index: start + part.length - part.trimStart().length });
      start += part.length + 1;
    }
    if (columns && cells.length === columns.width) {
      const matches = cells.flatMap((cell, c) => (columns!.people.has(c) && personValue(cell.text) ? [{ text: cell.text, index: cell.index, severity: 'error' as const, why: 'a person in a column of tab-separated output' }] : []));
      if (matches.length) found.set(i, matches);
      return;
    }
    const people = new Set(cells.flatMap((cell, c) => (tsvPeopleHeader.test(cell.text) ? [c] : [])));
    columns = cells.length >= 2 && people.size ? { people, width: cells.length } : undefined;
  });
  return found;
}

/** A capitalised name before ", who" and a verb: people are "who", things "which". */
const whoClause = /(?<![\p{L}\p{N}@#/_.'’-])(\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,})?),\s+who\s+(?:had\s+|was\s+|is\s+|has\s+)?\p{Ll}+(?:ed|s)?\b/gu;
/** Who is to act, opening a ticket's title quoted after its key (`OPS-4521 "Kasimir to rotate the keys"`). */
const ticketTitleAction = /\b[A-Z][A-Z0-9]{1,9}-\d+\s*[:(]?\s*["“'](\p{Lu}\p{Ll}{2,}|[a-z][a-z0-9._]{2,30})\s+to\s+\p{Ll}{3,}/gu;

const nameWord = (w: string) => (isKnownFirstName(w) && !isOrdinaryWord(w) && !isPublicTerm(w)) || (!isEnglishWord(w) && !isKnownWord(w) && !isOrdinaryWord(w) && !isPublicTerm(w));

/** People in prose: a name before ", who …", and who is to act in a quoted ticket title. */
export function findPeopleInProseClauses(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (line.includes(', who ')) {
    for (const m of allMatches(whoClause, line)) {
      const words = m[1].split(' ');
      // A surname may be a rare English word ("Holm"), not a common one ("Support", "Labs").
      if (!nameWord(words[0]) || !words.slice(1).every((w) => !isOrdinaryWord(w) && !isKnownWord(w) && !isPublicTerm(w))) continue;
      found.push({ text: m[1], index: m.index!, severity: 'error', guess: !words.some((w) => isKnownFirstName(w)), why: 'a name before ", who"' });
    }
  }
  if (/[A-Z]-\d/.test(line)) {
    for (const m of allMatches(ticketTitleAction, line)) {
      const name = m[1];
      if (/^\p{Lu}/u.test(name) ? !nameWord(name) : !isPersonalHandleValue(name)) continue;
      found.push({ text: name, index: m.index! + m[0].lastIndexOf(name, m[0].length - 4), severity: 'error', guess: true, why: "who is to act, in a ticket's title" });
    }
  }
  return found;
}
