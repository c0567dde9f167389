#!/usr/bin/env node
// node scripts/similarity-sets-reasons.ts <sets folder> [--tree DIR] [--link-by blend|cause|system] [--count] [--set NAME,...]
// Every link of every judgement set scripts/build-similarity-sets.ts wrote, as a tree's
// findSimilarLinkedBy gives it (this tree, or --tree: a copy of main's), one line each: set, id,
// linked id, score, reason. Two trees' outputs side by side show that a change to the reasons left
// the links alone (the first four columns the same) and which reasons changed. --count prints
// instead what round 58 counted (docs/findability.md): words named that are a part of an
// identifier both reports write and not both write on their own, and words of a time zone's
// name ("pacific" of US/Pacific) named where one of the two writes it only there; and (reasons
// round 58) words named that either report writes only in its collection's template (labels,
// their values, headings, lines a tenth of the reports write) and words both write only in code.
// The template and the code are read with this tree's rules whichever tree gave the links.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSimilaritySetCommandLine } from './lib/similarity-set-options.ts';
import { identifiersWrittenIn } from '../src/lib/reason-identifiers.ts';
import { rewriteReasonWordLists } from '../src/lib/reason-word-lists.ts';
import { timeZoneNamePartsOf } from '../src/lib/reason-time-zones.ts';
import { templateAndCodeWordsOf, templatePhrasesOf } from '../src/lib/reason-template-and-code.ts';

const { values, folder, file: library, linkBy, names } = readSimilaritySetCommandLine('similarity-sets-reasons.ts', {
  count: { type: 'boolean', default: false },
}, '[--count]', `Prints every link of each <folder>/<set>/pool as DIR's findSimilarLinkedBy gives it (DIR: this tree
unless --tree), one line each: set, id, linked id, score, reason; --count prints instead the
counts of round 58's and 59's reasons rules (docs/findability.md).`, join('src', 'lib', 'similarity-link-by.ts'));
const { findSimilarLinkedBy } = await import(library);

// Read with this tree's rules (the ones round 58 made), whichever tree gave the links.
const partCharacter = '(?![\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}])[\\p{L}\\p{N}]';
const writesAlone = (text: string, word: string) =>
  new RegExp(`(?<!${partCharacter}|[_-]|${partCharacter}\\.)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?!${partCharacter}|[_-]|\\.${partCharacter})`, 'iu').test(text);
const namedWords = (reason: string) => {
  const words: string[] = [];
  rewriteReasonWordLists(reason, (listed) => (words.push(...listed), [...listed]));
  return words;
};
const counts = { reasons: 0, identifierParts: 0, reasonsWithIdentifierParts: 0, timeZoneWords: 0, reasonsWithTimeZoneWords: 0, templateWords: 0, reasonsWithTemplateWords: 0, codeWords: 0, reasonsWithCodeWords: 0 };
for (const name of names) {
  const reports = readFileSync(join(folder, name, 'pool', 'reports.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; title: string; text: string });
  const textOf = new Map(reports.map((report) => [report.id, `${report.title}\n${report.text}`]));
  const identifiersOf = new Map<string, ReturnType<typeof identifiersWrittenIn>>();
  const identifiers = (id: string) => identifiersOf.get(id) ?? identifiersOf.set(id, identifiersWrittenIn(textOf.get(id)!)).get(id)!;
  // As the links read them: title, an empty summary, body.
  const template = values.count ? templatePhrasesOf(reports.map((report) => `${report.title}\n\n${report.text}`)) : new Set<string>();
  const onlyThere = new Map(values.count ? reports.map((report) => [report.id, templateAndCodeWordsOf(`${report.title}\n\n${report.text}`, template)]) : []);
  const links: Map<string, { id: string; score: number; reason: string }[]> = findSimilarLinkedBy(
    reports.map((report) => ({ id: report.id, title: report.title, summary: '', text: report.text, services: [], tags: [], related: [] })), linkBy);
  for (const [id, list] of [...links].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const link of list) {
      if (!values.count) {
        console.log(`${name}\t${id}\t${link.id}\t${link.score.toFixed(6)}\t${link.reason}`);
        continue;
      }
      counts.reasons++;
      const words = namedWords(link.reason);
      const from = identifiers(id);
      const to = identifiers(link.id);
      const shared = [...from.keys()].filter((key) => to.has(key)).map((key) => from.get(key)!.parts);
      const parts = words.filter((word) => shared.some((p) => p.includes(word.toLowerCase())) && !(writesAlone(textOf.get(id)!, word) && writesAlone(textOf.get(link.id)!, word)));
      const zones = words.filter((word) => timeZoneNamePartsOf(textOf.get(id)!).has(word.toLowerCase()) || timeZoneNamePartsOf(textOf.get(link.id)!).has(word.toLowerCase()));
      counts.identifierParts += parts.length;
      counts.reasonsWithIdentifierParts += parts.length ? 1 : 0;
      counts.timeZoneWords += zones.length;
      counts.reasonsWithTimeZoneWords += zones.length ? 1 : 0;
      const a = onlyThere.get(id)!;
      const b = onlyThere.get(link.id)!;
      const templateWords = words.filter((word) => a.template.has(word.toLowerCase()) || b.template.has(word.toLowerCase()));
      const codeWords = words.filter((word) => a.code.has(word.toLowerCase()) && b.code.has(word.toLowerCase()));
      counts.templateWords += templateWords.length;
      counts.reasonsWithTemplateWords += templateWords.length ? 1 : 0;
      counts.codeWords += codeWords.length;
      counts.reasonsWithCodeWords += codeWords.length ? 1 : 0;
    }
  }
}
if (values.count) console.log(JSON.stringify(counts));
