/**
 * A name written after a stand-in as its label (probe round 59, docs/redaction.md): "We restarted
 * an internal system: ferrow-backend", "an internal host (ledger-db-02)", "[внутренняя система]:
 * ferrow-backend". An author who copies the guard's phrase into a body, or a partial hand edit,
 * says in so many words that the name is internal, yet nothing read it: a lower-case word no rule
 * signs was published, and one a rule did find was replaced where it stood, so the page read "an
 * internal system: an internal system". The phrase is the sign: the name after it is found, and
 * `npm run redact` takes it off with its separator (`standInLabelSpan`), leaving the phrase alone.
 * The phrase itself names nothing and teaches nothing: a later run finds the same page clean.
 */
import { allMatches, escapeRegExp } from '../regexp.ts';
import { systemAndHostPhrases } from './generic-phrase-languages.ts';
import { systemStandIns } from './generic-replacement.ts';
import { isEnglishWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

// The guard's own English phrases, and two an author writes by hand in the same place.
const english = [...systemStandIns, 'an internal service', 'an internal database'];
const phrase = String.raw`(?:${[...english, ...systemAndHostPhrases].map(escapeRegExp).join('|')})`;
/** A label's separator: a colon, a dash between spaces, or an opening bracket. */
const separator = String.raw`(?:\s*[:：]\s*|\s+[-–—]\s+|\s*[(（]\s*)`;
const label = new RegExp(String.raw`(?<=${phrase})${separator}\x60?([\p{L}\p{N}][\p{L}\p{N}._-]*[\p{L}\p{N}])\x60?`, 'giu');

export interface StandInLabel {
  text: string;
  index: number;
  rule: 'redact/internal-name' | 'redact/internal-host';
  why: string;
}

/** Whether a word after the phrase names a system: not a word of prose or a public term ("an internal system: the queue"). */
function namesSystem(word: string): boolean {
  if (/[._\d-]/.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return !isPublicTerm(word);
  return !isEnglishWord(word.toLowerCase()) && !isPublicTerm(word);
}

/** The names written after a stand-in phrase as its label, on one line. */
export function findStandInLabels(line: string): StandInLabel[] {
  if (!/internal|\[/i.test(line)) return [];
  const found: StandInLabel[] = [];
  for (const m of allMatches(label, line)) {
    if (!namesSystem(m[1])) continue;
    const host = /host|domain|хост|hôte|vært|vert|värd|主机|ホスト|호스트/i.test(line.slice(Math.max(0, m.index! - 24), m.index));
    found.push({ text: m[1], index: m.index! + m[0].indexOf(m[1]), rule: host ? 'redact/internal-host' : 'redact/internal-name', why: 'a name written after a stand-in as its label: the post says it is internal' });
  }
  return found;
}

/**
 * The span `npm run redact` takes off for a name found after a stand-in as its label: its
 * separator and the name (and a closing bracket the separator opened), so the phrase stands alone.
 * Undefined when the name does not stand so.
 */
export function standInLabelSpan(source: string, start: number, end: number): [number, number] | undefined {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end) < 0 ? source.length : source.indexOf('\n', end);
  const line = source.slice(lineStart, lineEnd);
  for (const m of allMatches(label, line)) {
    const nameAt = lineStart + m.index! + m[0].indexOf(m[1]);
    if (nameAt !== start || nameAt + m[1].length !== end) continue;
    let to = lineStart + m.index! + m[0].length;
    if (/[(（]/.test(m[0].slice(0, m[0].indexOf(m[1])))) {
      const close = /^\s*[)）]/.exec(source.slice(to, lineEnd));
      if (!close) return undefined;
      to += close[0].length;
    }
    return [lineStart + m.index!, to];
  }
  return undefined;
}
