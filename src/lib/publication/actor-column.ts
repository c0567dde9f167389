/**
 * People in a timeline table's Actor column (the fifteenth probe round, docs/redaction.md). An
 * Actor column holds organisations as often as people: cosmos-incidents' timelines name the
 * validators and companies that acted ("Hypha", "ICL", "Silk Nodes", "BigLazyCat", "kjnodes"), so
 * reading every word there as a person added 37 false findings (fourteenth probe round). A cell is
 * read as a person only when it is written as people's names are and organisations' are not:
 *
 * - a first name the lexicon knows, alone or before one or two capitalised words ("Sarah",
 *   "Sarah Qalandri");
 * - two or three capitalised words none of which a dictionary or a list of public names knows
 *   ("Dagfinn Holm"; not "Silk Nodes", "Interchain Labs"), or a capitalised word and an initial
 *   ("Dagfinn H.");
 * - a lower-case handle that reads as a person's (`jsmith`, `kmiller42`, `tove.m`; not `kjnodes`);
 *
 * and once one cell of the column is a person so, the column is one of people: its other cells of
 * one capitalised word no dictionary knows are read as people too (a guess: "Dagfinn" beside "Tove
 * Lindqvist").
 *
 * Since the sixteenth probe round a column whose cells are only such words ("Kasimir", or
 * "Kasimir" and "Ilsabet") fails closed: each is a guess, to allow or replace, unless another cell
 * of the column is written as only organisations are (an acronym "ICL", two joined by "&" one of which is so, a name
 * closing on an organisation's word "Silk Nodes", a run-together "BigLazyCat", a handle with
 * digits "N810h", a lower-case "kjnodes"), as in cosmos-incidents' timelines, where "Hypha" acts
 * beside them. A product or public name in the column ("Kubernetes") says nothing either way.
 */
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { looksLikePersonalHandle, type PatternMatch } from './person-patterns.ts';
import { onlyAPersonDoes } from './people-only-events.ts';
import { isTableDelimiterRow, tableRowCells } from '../markdown-table-lines.ts';

/** Headers of a column of who acted, which holds organisations as often as people. */
const actorHeader = /^(?:actors?|performed by|done by|actioned by|executed by|action by)$/i;

// A plural is judged by its singular too ("Labs", "Nodes": an organisation's word).
const unknownCapitalised = (word: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !isEnglishWord(word) && ![word, word.replace(/e?s$/, '')].some((w) => isKnownWord(w) || isOrdinaryWord(w) || isPublicTerm(w));
/** Words that close an organisation's name ("Interchain Labs", "Silk Nodes", "Quell Capital"). */
const organisationWord = /^(?:labs?|nodes?|networks?|systems?|capital|ventures?|foundation|staking|stakes?|validators?|group|inc|ltd|llc|gmbh|ag|technolog(?:y|ies)|tech|cloud|protocol|finance|dao|partners?|solutions?|digital|global|security|studios?|works|teams?|chain|core|services?|infra(?:structure)?|hosting|ops|devs?|engineering|software|research|consulting|company|corp(?:oration)?)$/i;
/** A surname: a capitalised word compromise's lexicon and the public names do not know (a rare English word such as "Holm" is one), no organisation's word. */
export const surname = (word: string) => /^\p{Lu}\p{Ll}{1,}$/u.test(word) && !organisationWord.test(word) && ![word, word.replace(/e?s$/, '')].some((w) => isKnownWord(w) || isOrdinaryWord(w) || isPublicTerm(w));
const knownFirstName = (word: string) => isKnownFirstName(word) && !isOrdinaryWord(word) && !isPublicTerm(word);

/** How a cell's text names a person, or `undefined`; `lone` is a single unknown capitalised word. */
function actorOf(text: string): { name: string; guess: boolean } | { lone: string } | undefined {
  const words = text.split(/\s+/);
  if (/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}$/u.test(text) && knownFirstName(words[0]) && !words.slice(1).some((w) => organisationWord.test(w))) return { name: text, guess: false };
  if (/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}$/u.test(text) && unknownCapitalised(words[0]) && words.slice(1).every(surname)) return { name: text, guess: true };
  if (/^\p{Lu}\p{Ll}{2,}\s\p{Lu}\.?$/u.test(text) && (unknownCapitalised(words[0]) || knownFirstName(words[0]))) return { name: text, guess: true };
  if (/^@?[a-z][a-z0-9._-]{2,30}$/.test(text) && looksLikePersonalHandle(text.replace(/^@/, '')) && !isPublicTerm(text)) return { name: text.replace(/^@/, ''), guess: true };
  if (unknownCapitalised(text)) return { lone: text };
  return undefined;
}

/**
 * A cell written as only an organisation's name is (see the module comment): such a cell makes
 * the column one of organisations, whose lone unknown words are then read as theirs.
 */
export function organisationCell(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    /^\p{Lu}{2,}\d*$/u.test(text) ||
    // Two joined, one of them written so ("Hypha & ICL"); "Kasimir and Ilsabet" are people.
    (/\s(?:&|and)\s/.test(text) && text.split(/\s+(?:&|and)\s+/).some((part) => part !== text && organisationCell(part))) ||
    (words.length > 1 && words.slice(1).some((w) => organisationWord.test(w))) ||
    /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u.test(text) ||
    /^\p{Lu}\p{L}*\d[\p{L}\d]*$/u.test(text) ||
    (/^[a-z][a-z0-9._-]{2,30}$/.test(text) && !looksLikePersonalHandle(text))
  );
}

/** People in the Actor columns of Markdown tables outside code, by line index. */
export function findActorColumnPeople(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  let columns: number[] = [];
  // The column's cells of this table: the people found, and the lone unknown words kept until one is.
  let lone: { line: number; column: number; match: PatternMatch }[] = [];
  let people = new Set<number>();
  // The columns with a cell written as an organisation's name.
  let organisations = new Set<number>();
  const add = (line: number, match: PatternMatch) => found.set(line, [...(found.get(line) ?? []), match]);
  const endTable = () => {
    for (const l of lone) {
      if (people.has(l.column)) add(l.line, l.match);
      else if (!organisations.has(l.column)) add(l.line, { ...l.match, why: 'one word no lexicon knows in an Actor column' });
    }
    columns = [];
    lone = [];
    people = new Set();
    organisations = new Set();
  };
  lines.forEach((line, i) => {
    if (codeLines.has(i) || !/^\s*\|.*\|\s*$/.test(line)) {
      endTable();
      return;
    }
    if (isTableDelimiterRow(line, { pipes: 'both-ends' })) return;
    const cells = tableRowCells(line);
    if (isTableDelimiterRow(lines[i + 1] ?? '', { pipes: 'both-ends' })) {
      endTable();
      columns = cells.flatMap((cell, c) => (actorHeader.test(cell.text.trim().replace(/[*_`]/g, '')) ? [c] : []));
      return;
    }
    for (const c of columns) {
      const cell = cells[c];
      if (!cell) continue;
      const bare = cell.text.replace(/[*_`]/g, ' ');
      const text = bare.trim();
      if (!text) continue;
      const index = cell.start + bare.indexOf(text);
      const actor = actorOf(text);
      if (!actor) {
        if (organisationCell(text)) organisations.add(c);
        continue;
      }
      if ('lone' in actor) {
        // Since the seventeenth probe round: beside what only a person does, whatever the column.
        if (cells.some((other, o) => o !== c && onlyAPersonDoes(other.text))) {
          add(i, { text: actor.lone, index, severity: 'error', guess: true, why: 'one word no lexicon knows in an Actor column, doing what only a person does' });
          continue;
        }
        lone.push({ line: i, column: c, match: { text: actor.lone, index, severity: 'error', guess: true, why: 'in an Actor column with people in it' } });
        continue;
      }
      people.add(c);
      add(i, { text: actor.name, index: index + text.indexOf(actor.name), severity: 'error', guess: actor.guess, why: 'a person in an Actor column' });
    }
  });
  endTable();
  return found;
}
