/**
 * A dashboard's or board's title written without quotes ("the Payments Overview dashboard", "the
 * Ledger Queue Health board"; since probe round 30, docs/redaction.md, "Probe round 30"): a title
 * the organisation gave a page of its monitoring, named after its systems. A quoted title was
 * read already (named-systems.ts); unquoted, its words are ordinary ones, so only the noun says
 * it is a title: two to five capitalised words right before a lower-case "dashboard" or "board".
 *
 * Not read: a vendor's or public term's page ("the Grafana dashboard", "the AWS Personal Health
 * Dashboard" — a capital "Dashboard" is part of a product's name), a title of one word (a
 * product's: "the Vercel dashboard"), and titles holding a public term ("the Node Exporter Full
 * dashboard", "the Kubernetes Cluster dashboard": public dashboards of public exporters).
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import { readsAsPersonName } from './person-clause-forms.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import type { CuedPattern } from './cued-pattern.ts';

const titleWord = String.raw`\p{Lu}[\p{Ll}\p{N}]+`;
const boardTitle = new RegExp(String.raw`(?<![\p{L}\p{N}_'’"“/#.-])((?:${titleWord}[ \u00a0]+){1,4}${titleWord})[ \u00a0]+(?:dashboard|board)s?\b`, 'gu');
/** Words that open a sentence or a phrase before a title, not part of it. */
const leadingWord = /^(?:The|Our|Their|Its|This|That|These|Those|A|An|Each|Every|Both|No|Any|Some|My|Your|His|Her|See|Check|Open|On|In|From|Using|Use|Via|Per|And|Or|But|Then|When|While|After|Before|During|Only|Even|All|New|Old|Main|Shared)$/;

export const cuedBoardTitle: CuedPattern = { name: "a board's title before its noun", cue: /board/, pattern: boardTitle };

/** Titles of the organisation's dashboards on one line. */
export function findBoardTitles(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  if (!cuedBoardTitle.cue.test(line)) return [];
  const found: NamedSystemMatch[] = [];
  for (const m of allMatches(boardTitle, line)) {
    const words = m[1].split(/[ \u00a0]+/);
    let skip = 0;
    while (skip < words.length && leadingWord.test(words[skip])) skip++;
    const title = words.slice(skip);
    if (title.length < 2 || title.some((word) => isPublicTerm(word) || /^\p{Lu}+$/u.test(word)) || isPublicTerm(title.join(' ')) || isPublicName(title.join(' '))) continue;
    const text = title.join(' ');
    // A person's name before the noun ("the Sarah Qalandri dashboard") is the person rules' finding.
    if (title.length === 2 && readsAsPersonName(text)) continue;
    found.push({ rule: 'redact/internal-name', text, index: m.index + m[0].indexOf(text), why: "a dashboard's title" });
  }
  return found;
}
