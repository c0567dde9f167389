import { isOrdinaryWord, isKnownFirstName } from './people.ts';
import { englishPrefixes } from './internal-systems.ts';
import { escapeRegExp } from '../regexp.ts';

/**
 * What customers will read that nobody has vouched for: every proper noun and identifier in a
 * post's public text that is not a known public name. The reviewer of a public post reads this
 * list instead of hunting through the text; anything on it that is internal gets wrapped,
 * replaced or configured (docs/redaction.md).
 */
export interface ReviewTerm {
  term: string;
  count: number;
  /** File line of the first occurrence. */
  line: number;
  kind: 'proper noun' | 'identifier' | 'code' | 'internal word';
}

/** Public text of a post: each piece with the file line it starts at. */
export interface PublicTextPiece {
  text: string;
  line: number;
}

const properNoun = /(?<![\p{L}\p{N}_@#/.-])\p{Lu}[\p{L}\p{N}’'&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}’'&-]*)*/gu;
const identifier = /(?<![\p{L}\p{N}_@#/.:-])[\p{L}][\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}])[\p{Ll}]+[\p{Lu}][\p{L}\p{N}]*/gu;
const codeSpan = /`([^`\n]+)`/g;
/** Words that start sentences and headings, or are the report's own vocabulary. */
const commonStarts = new Set(['I', 'A', 'An', 'The', 'We', 'Our', 'It', 'This', 'That', 'These', 'Those', 'At', 'On', 'In', 'For', 'After', 'Before', 'During', 'When', 'While', 'If', 'To', 'By', 'From', 'With', 'As', 'No', 'Yes', 'UTC']);

const calendarWords = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
/** Markup that is not read: tags of components and HTML, link targets, heading and list marks. */
const markup = /<\/?[A-Za-z][^>]*>|\]\([^)]*\)|\{\/\*[\s\S]*?\*\/\}/g;

function sentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[*_`"'“(\[]+$/, '');
  return /^\s*(?:[-*+>|]|\d+[.)]|#{1,6})?\s*$/.test(before.split('\n').at(-1) ?? '') || /[.!?:|]\s+$/.test(before);
}

/**
 * `internalWords`: one-word internal names the guard cannot tell from English ("search",
 * "notifications", a team id): every use is listed, in any letter case, for the reviewer to judge.
 */
export function collectReviewTerms(pieces: readonly PublicTextPiece[], publicNames: readonly string[], internalWords: readonly string[] = []): ReviewTerm[] {
  const known = new Set(publicNames.map((n) => n.toLowerCase()));
  const terms = new Map<string, ReviewTerm>();
  const add = (term: string, line: number, kind: ReviewTerm['kind']) => {
    const clean = term.replace(/[’']s$/, '').replace(/[.-]+$/, '').trim();
    if (!clean || known.has(clean.toLowerCase())) return;
    const existing = terms.get(clean);
    if (existing) existing.count++;
    else terms.set(clean, { term: clean, count: 1, line, kind });
  };
  for (const { text, line } of pieces) {
    const lineAt = (index: number) => line + text.slice(0, index).split('\n').length - 1;
    const withoutCode = text.replace(codeSpan, (span) => ' '.repeat(span.length)).replace(markup, (span) => span.replace(/[^\n]/g, ' '));
    for (const m of text.matchAll(codeSpan)) add(`\`${m[1]}\``, lineAt(m.index!), 'code');
    for (const word of internalWords) {
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(word)}(?![\\p{L}\\p{N}_-])`, 'giu'))) {
        add(m[0].toLowerCase(), lineAt(m.index!), 'internal word');
      }
    }
    for (const m of withoutCode.matchAll(identifier)) {
      // "e-mail", "re-enable", "multi-region": English with a prefix, not a name.
      const parts = m[0].split(/[-_.]/);
      if (parts.length === 2 && englishPrefixes.test(parts[0]) && /^\p{Ll}+s?$/u.test(parts[1].toLowerCase()) && !/\d/.test(m[0])) continue;
      add(m[0], lineAt(m.index!), 'identifier');
    }
    for (const m of withoutCode.matchAll(properNoun)) {
      let words = m[0].split(/[ \t]+/);
      let index = m.index!;
      // A capitalised word that starts a sentence may be any word: it is listed only as part of
      // a longer capitalised phrase ("Black Friday") or when it is a known first name.
      if (sentenceStart(withoutCode, index) && (words.length === 1 || isOrdinaryWord(words[0]) || commonStarts.has(words[0])) && !isKnownFirstName(words[0])) {
        index += words[0].length + 1;
        words = words.slice(1);
      }
      const phrase = words.join(' ');
      if (!phrase || commonStarts.has(phrase) || /^\p{Lu}$/u.test(phrase) || calendarWords.test(phrase)) continue;
      if (/[-_]/.test(phrase) && words.length === 1) continue; // counted as an identifier
      add(phrase, lineAt(index), 'proper noun');
    }
  }
  return [...terms.values()].sort((a, b) => a.line - b.line || a.term.localeCompare(b.term, 'en'));
}

export function formatReviewTerms(file: string, terms: readonly ReviewTerm[], counts: { errors: number; warnings: number }): string {
  const lines = [`${file}: ${counts.errors} error(s), ${counts.warnings} to review; ${terms.length} term(s) customers will read that are not known to be public:`];
  for (const t of terms) lines.push(`  ${file}:${t.line}  ${t.kind.padEnd(13)}  ${t.term}${t.count > 1 ? ` (${t.count}×)` : ''}`);
  return lines.join('\n');
}
