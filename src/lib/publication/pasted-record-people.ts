/**
 * People in records postmortems paste (the sixteenth probe round, docs/redaction.md): the
 * `userName` of a CloudTrail event, the person of JSON-LD (`"@type": "Person", "name": …`), the
 * author of `git blame --porcelain` (`author Kasimir Vestre`), a source file's `@author` tag and
 * `__author__`, the people of a Mermaid sequence diagram (a participant's alias shown as
 * `participant K as Kasimir`, and one word no lexicon knows sending or receiving a message,
 * `Dagfinn->>Ledger: restart`), the handles of a rotation written as a YAML flow list
 * (`users: [kvestre, hbrekke]`), the `name:` of an item of an on-call list in YAML, and the name
 * an image file gives someone's notes or dashboard (`kasimir-dashboard.png`).
 *
 * Values are judged as the fifteenth round's pasted fields judge theirs (`isFullNameValue`,
 * `isPersonalHandleValue`); a diagram's word as a participant's is (a capitalised word no
 * dictionary, lexicon or public list knows, not a compound of words or a daemon's name).
 */
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { allMatches } from '../regexp.ts';
import { forEachPastedListLine } from './pasted-yaml-lists.ts';
import { daemonName, type PatternMatch } from './person-patterns.ts';
import { isFullNameValue, isPersonalHandleValue } from './pasted-config-people.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';

const personValue = (value: string) => isFullNameValue(value) || isPersonalHandleValue(value);

/** One capitalised word no lexicon knows, as a diagram draws a person (not "Ledger", "Gateway", "Ledgerdb"). */
function unknownDiagramWord(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}{3,}$/u.test(word) &&
    !isEnglishWord(word) &&
    !isKnownWord(word) &&
    !isOrdinaryWord(word) &&
    !isPublicTerm(word) &&
    !daemonName.test(word.toLowerCase()) &&
    !/(?:db|api|svc|srv|sql|mq|proxy|cache|store|gw|lb|hub|ops|net|io|ctl|d)$/.test(word)
  );
}
const knownFirstName = (word: string) => isKnownFirstName(word) && !isOrdinaryWord(word) && !isPublicTerm(word);

const lineShapes: { pattern: RegExp; hint: RegExp; why: string; accept: (value: string) => boolean; guess?: boolean }[] = [
  // AWS CloudTrail and other camelCase exports (`"userName": "kvestre"`; `"username"` is read elsewhere).
  { pattern: /"(?:userName|user_name|userLogin|loginName|login_name|principalName)"\s*:\s*"([^"]+)"/gu, hint: /[Nn]ame"|[Ll]ogin"/, why: 'the user of an exported event', accept: personValue },
  // JSON-LD: the name of a Person, before or after its type in one object.
  { pattern: /"@type"\s*:\s*"Person"[^{}]*?"name"\s*:\s*"([^"]+)"/gu, hint: /"Person"/, why: 'a Person in structured data', accept: personValue },
  { pattern: /"name"\s*:\s*"([^"]+)"[^{}]*?"@type"\s*:\s*"Person"/gu, hint: /"Person"/, why: 'a Person in structured data', accept: personValue },
  // git blame --porcelain and git cat-file: the author's and committer's name on a line of their own.
  { pattern: /^\s*(?:author|committer)\s+(\p{Lu}[^<\n]*?)\s*(?:<[^>]*>.*)?$/gu, hint: /^\s*(?:author|committer)\s/, why: 'the author of a commit', accept: isFullNameValue },
  // A source file's author: Javadoc's and JSDoc's tag, Python's dunder.
  { pattern: /@author\s+([^<\n*]+?)\s*(?:<[^>]*>)?\s*(?:\*\/)?$/gu, hint: /@author/, why: "a source file's author", accept: personValue },
  { pattern: /\b__(?:author|maintainer|credits)__\s*=\s*\[?\s*["']([^"']+)["']/gu, hint: /__(?:author|maintainer|credits)__/, why: "a source file's author", accept: personValue },
  // Mermaid: the alias a participant or actor is shown as.
  { pattern: /^\s*(?:participant|actor)\s+\S+\s+as\s+["']?(\p{Lu}[\p{Ll}'’]+(?: \p{Lu}[\p{Ll}'’]+)?)["']?\s*$/gu, hint: /\sas\s/, why: 'a person drawn in a sequence diagram', accept: (v) => isFullNameValue(v) || knownFirstName(v) || unknownDiagramWord(v), guess: true },
  // YAML flow lists of people (`users: [kvestre, hbrekke]`): each item, judged below.
];

/** Keys whose YAML flow list holds people (`contacts`, `authors`, `stakeholders`, `subscribers` since probe round 60). */
const flowListOfPeople = /(?:^|[\s{,])(?:users|members|people|oncall|on_call|on-call|responders|participants|escalat\w*|owners|reviewers|assignees|maintainers|approvers|watchers|contacts|authors|stakeholders|subscribers)\s*:\s*\[([^\]\n]+)\]/giu;

/** A Mermaid message between two parties: `Dagfinn->>Ledger: restart`. */
const mermaidMessage = /^\s*([\p{L}][\p{L}\p{N}_]*)\s*(?:-{1,2}>>|-{1,2}>|-{1,2}[x)])[+-]?\s*([\p{L}][\p{L}\p{N}_]*)\s*:/gu;

/** Words of what people keep or look at, named in an image file after them (`kasimir-dashboard.png`). */
const personalThing = /^(?:notes?|sketch(?:es)?|drawings?|whiteboard|laptop|desk|dashboard|screen(?:shot)?s?|drafts?|slides|board|view|workstation|terminal|desktop|phone)$/i;
const imageTarget = /!\[[^\]\n]*\]\(\s*<?([^)\s>]+)|<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/giu;
/** A word of a file name that no dictionary or public list knows, of letters only. */
const unknownFileWord = (word: string) => /^\p{Ll}{4,}$/u.test(word) && !isEnglishWord(word) && !isKnownWord(word) && !isOrdinaryWord(word) && !isPublicTerm(word) && !daemonName.test(word);

/** The shapes as cued patterns (test/unit/redaction-cue-implication.test.ts checks each hint is implied). */
export const cuedLineShapes: readonly CuedPattern[] = lineShapes.map(({ why, hint, pattern }) => ({ name: why, cue: hint, pattern }));

/** People in a line of a pasted record, diagram or image's file name. */
export function findPastedRecordPeople(line: string, inCode: boolean): PatternMatch[] {
  const found: PatternMatch[] = [];
  const push = (text: string, index: number, why: string, guess = false) => addUnlessSameStart(found, { text, index, severity: 'error', guess, why });
  for (const { pattern, hint, why, accept, guess } of lineShapes) {
    if (!hint.test(line)) continue;
    // A commit's author line and a diagram's alias are read only in code, where tools write them.
    if (!inCode && (why === 'the author of a commit' || why === 'a person drawn in a sequence diagram')) continue;
    for (const m of allMatches(pattern, line)) {
      const value = m[1].trim().replace(/[.,;]+$/, '');
      if (!accept(value)) continue;
      push(value, m.index! + m[0].lastIndexOf(m[1]) + m[1].indexOf(value), why, guess);
    }
  }
  if (line.includes('[')) {
    for (const m of allMatches(flowListOfPeople, line)) {
      let at = m.index! + m[0].lastIndexOf(m[1]);
      for (const part of m[1].split(',')) {
        const value = part.trim().replace(/^["']|["']$/g, '');
        if (personValue(value)) push(value.replace(/^@/, ''), at + part.indexOf(value) + (value.startsWith('@') ? 1 : 0), 'a person in a YAML list of people');
        at += part.length + 1;
      }
    }
  }
  if (inCode && line.includes('>')) {
    for (const m of allMatches(mermaidMessage, line)) {
      for (const [value, from] of [[m[1], m.index! + m[0].indexOf(m[1])], [m[2], m.index! + m[0].lastIndexOf(m[2])]] as const) {
        // A guess either way: a diagram of a walk-through draws Alice and Bob.
        if (knownFirstName(value) || unknownDiagramWord(value)) push(value, from, 'a person drawn in a sequence diagram', true);
      }
    }
  }
  if (/\.(?:png|jpe?g|gif|webp|svg|avif)\b/i.test(line)) {
    for (const m of allMatches(imageTarget, line)) {
      const target = m[1] ?? m[2];
      const file = target.split(/[/?#]/).filter(Boolean).at(-1) ?? '';
      const stem = file.replace(/\.[a-z0-9]+$/i, '');
      const words = stem.split(/[-_.]/);
      const thing = words.findIndex((w) => personalThing.test(w));
      if (thing < 1) continue;
      // The one or two words before the thing, each unknown: a first name, or a first name and a surname.
      // A surname may be a rare English word ("holm"), not a common one ("ledger", "error").
      const [first, second] = [words[thing - 2]?.toLowerCase(), words[thing - 1].toLowerCase()];
      const surnameWord = (w: string) => /^\p{Ll}{3,}$/u.test(w) && !isOrdinaryWord(w) && !isKnownWord(w) && !isPublicTerm(w);
      const owner = first !== undefined && unknownFileWord(first) && surnameWord(second) ? words.slice(thing - 2, thing) : unknownFileWord(second) ? [words[thing - 1]] : [];
      if (!owner.length) continue;
      const text = stem.slice(stem.indexOf(owner[0]), stem.indexOf(owner.at(-1)!) + owner.at(-1)!.length);
      const index = m.index! + m[0].lastIndexOf(target) + target.lastIndexOf(file) + stem.indexOf(text);
      push(text, index, 'whose notes or dashboard an image file is named after', true);
    }
  }
  return found;
}

/** Keys of a YAML block listing who is on call. */
const onCallListKey = /^(\s*)(?:-\s+)?(?:on_?call\w*|on-call\w*|rotations?|rota|schedules?|oncall_schedule|escalation\w*|responders|participants|members|people|contacts|team_members)\s*:\s*$/i;

/** The `name:` of the items of an on-call list in YAML (`oncall_schedule:` then `- name: Dagfinn Holm`), by line index. */
export function findOnCallListNames(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  forEachPastedListLine(lines, codeLines, (line) => onCallListKey.exec(line)?.[1].length, (line, i, indent, keyIndent) => {
    if (indent <= keyIndent && !/^\s*-/.test(line)) return 'end';
    const item = /^(\s*(?:-\s+)?(?:name|full_?name|person|user|engineer)\s*:\s*["']?)([^"'#\n]+?)["']?\s*(?:#.*)?$/i.exec(line);
    if (item && isFullNameValue(item[2].trim())) found.set(i, [{ text: item[2].trim(), index: item[1].length, severity: 'error', why: 'a person in an on-call list' }]);
  });
  return found;
}
