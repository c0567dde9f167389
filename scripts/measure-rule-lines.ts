/**
 * The lines one post-level rule of the guard finds in a folder of reports (probe round 58,
 * docs/redaction.md): `node scripts/measure-rule-lines.ts <rule> <folder>...` prints
 * `file:line: text` for each finding of the rule alone, over every `.md`, `.mdx`, `.markdown`
 * and `.txt` file under 1,000 kB, and a count per folder. A new rule's lines are what it can add
 * to `npm run measure:redaction -- <folder> --list` (a line another rule finds already is
 * counted there once): read each, as the probe rounds do, to judge its false positives cheaply
 * on the whole of /work/corpora before the slower command. Rules: `acted-service-compounds`,
 * `home-folder-accounts`, `lower-case-cyrillic-names`, `stand-in-labels` (probe round 59),
 * `name-derived-handles`, `paging-timeline-handles`, `pronouned-names`, `other-language-person-cues` (probe round 60),
 * `tool-activity-people` (probe round 61: the lines of fenced code blocks only, as the guard reads it),
 * `comment-author-lines`, `transcript-initials`, `people-lists` (a YAML list under a key of people,
 * in code and in a leading front matter), `link-path-people`, `initial-names`, `attribution-lines`
 * (each line's attributions and chat speakers) (probe round 63).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compareText } from '../src/lib/compare-text.ts';
import { findActedServiceCompounds } from '../src/lib/publication/acted-service-compounds.ts';
import { findLowerCaseCyrillicNames } from '../src/lib/publication/lower-case-cyrillic-names.ts';
import { findHomeFolderAccounts } from '../src/lib/publication/home-folder-accounts.ts';
import { findStandInLabels } from '../src/lib/publication/stand-in-labels.ts';
import { findNameDerivedHandles } from '../src/lib/publication/name-derived-handles.ts';
import { findPagingTimelineHandles } from '../src/lib/publication/paging-timeline-handles.ts';
import { findPronounedNames } from '../src/lib/publication/attribution-people.ts';
import { findOtherLanguagePersonCues } from '../src/lib/publication/other-language-person-cues.ts';
import { findToolActivityPeople } from '../src/lib/publication/tool-activity-people.ts';
import { codeBlockLines } from '../src/lib/import/prose-lines.ts';
import { findCommentAuthorLines } from '../src/lib/publication/comment-author-lines.ts';
import { findAttributionsAndSpeakers, findPeopleLists, findTranscriptInitials, withFrontMatterLines } from '../src/lib/publication/person-patterns.ts';
import { findLinkPathPeople } from '../src/lib/publication/link-path-people.ts';
import { findInitialNames } from '../src/lib/publication/initial-names.ts';

const rules: Record<string, (lines: readonly string[]) => readonly { line: number; text: string }[]> = {
  'acted-service-compounds': (lines) => findActedServiceCompounds(lines, () => false),
  'home-folder-accounts': (lines) => lines.flatMap((text, line) => findHomeFolderAccounts(text).map((m) => ({ line, text: m.text }))),
  'lower-case-cyrillic-names': (lines) => lines.flatMap((text, line) => findLowerCaseCyrillicNames(text).map((m) => ({ line, text: m.text }))),
  'stand-in-labels': (lines) => lines.flatMap((text, line) => findStandInLabels(text).map((m) => ({ line, text: m.text }))),
  // Probe round 60.
  'name-derived-handles': (lines) => lines.flatMap((text, line) => findNameDerivedHandles(text).map((m) => ({ line, text: m.text }))),
  'paging-timeline-handles': (lines) => lines.flatMap((text, line) => findPagingTimelineHandles(text).map((m) => ({ line, text: m.text }))),
  'pronouned-names': (lines) => lines.flatMap((text, line) => findPronounedNames(text).map((m) => ({ line, text: m.text }))),
  'other-language-person-cues': (lines) => lines.flatMap((text, line) => findOtherLanguagePersonCues(text).map((m) => ({ line, text: m.text }))),
  // Probe round 61.
  'tool-activity-people': (lines) => {
    const inCode = codeBlockLines();
    const code = new Set(lines.flatMap((text, line) => (inCode(text) ? [line] : [])));
    return [...findToolActivityPeople(lines, code)].flatMap(([line, ms]) => ms.map((m) => ({ line, text: m.text })));
  },
  // Probe round 63.
  'comment-author-lines': (lines) => [...findCommentAuthorLines(lines)].flatMap(([line, ms]) => ms.map((m) => ({ line, text: m.text }))),
  'transcript-initials': (lines) => [...findTranscriptInitials(lines)].flatMap(([line, ms]) => ms.map((m) => ({ line, text: m.text }))),
  'people-lists': (lines) => {
    const inCode = codeBlockLines();
    const code = new Set(lines.flatMap((text, line) => (inCode(text) ? [line] : [])));
    return [...findPeopleLists(lines, withFrontMatterLines(lines, code))].flatMap(([line, ms]) => ms.map((m) => ({ line, text: m.text })));
  },
  'link-path-people': (lines) => lines.flatMap((text, line) => findLinkPathPeople(text).map((m) => ({ line, text: m.text }))),
  'initial-names': (lines) => lines.flatMap((text, line) => findInitialNames(text, lines[line - 1] ?? '').map((m) => ({ line, text: m.text }))),
  'attribution-lines': (lines) => lines.flatMap((text, line) => findAttributionsAndSpeakers(text).map((m) => ({ line, text: m.text }))),
};

const usage = `Usage: node scripts/measure-rule-lines.ts <${Object.keys(rules).join('|')}> <folder>...\n\nPrints file:line: text for each line the rule alone finds under the folders, and a count per folder.`;
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
const [rule, ...folders] = args;
const find = rules[rule];
if (!find || !folders.length) {
  console.error(usage);
  process.exit(2);
}

function* reports(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* reports(path);
    else if (/\.(?:md|mdx|markdown|txt)$/i.test(entry.name) && statSync(path).size < 1_000_000) yield path;
  }
}

for (const folder of folders) {
  let count = 0;
  for (const file of reports(folder)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const m of find(lines)) {
      count++;
      console.log(`${relative(folder, file)}:${m.line + 1}: ${m.text}\t${lines[m.line].trim().slice(0, 160)}`);
    }
  }
  console.log(`# ${folder}: ${count}`);
}
