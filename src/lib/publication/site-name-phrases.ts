/**
 * A listed name's part that opens or stands in the name of a site or project the post links to
 * (round 22 of false positives, docs/redaction.md): "Read the Docs" beside `readthedocs.org`
 * with "David Read" among a team's git authors, "Terra Money" beside `github.com/terra-money`.
 * A public project's name of several words is written capitalised, as a full name is, and a
 * surname that is a word ("Read") or a given name ("Terra") stands in it. What the post itself
 * shows is that the words, run together as sites and accounts write them (`readthedocs`,
 * `terra-money`), are a host or a path segment it links to. A name a person's own page is
 * written after (`[Caoimhe Brenne](https://caoimhe.example/)`) is no listed part alone: the full
 * name is found as ever, and so is the part alone in a sentence of its own ("Read confirmed").
 */
import { escapeRegExp } from '../regexp.ts';

/** A capitalised word, or a small word a title keeps in lower case ("Read the Docs", "Bank of Tove"). */
const titleWord = /^(?:\p{Lu}[\p{L}\p{N}]*|the|of|and|for|on|in|a|an|to)$/u;

/** The runs of title words around `index` (two to five words, holding the part) in `line`. */
function phrasesAround(line: string, index: number, text: string): string[][] {
  const before = line.slice(0, index).split(/[ \t]+/).slice(0, -1);
  const after = /^[ \t]/.test(line.slice(index + text.length)) ? line.slice(index + text.length).split(/[ \t]+/).slice(1) : [];
  if (!line.slice(0, index).endsWith(' ') && line.slice(0, index) !== '') before.length = 0;
  const left: string[] = [];
  for (let i = before.length - 1; i >= 0 && left.length < 4 && titleWord.test(before[i]); i--) left.unshift(before[i]);
  const right: string[] = [];
  for (const word of after) {
    const bare = word.replace(/[.,;:!?)\]]+$/, '');
    if (right.length >= 4 || !titleWord.test(bare)) break;
    right.push(bare);
    if (bare !== word) break;
  }
  const phrases: string[][] = [];
  for (let l = 0; l <= left.length; l++) {
    for (let r = 0; r <= right.length; r++) {
      const words = [...left.slice(left.length - l), text, ...right.slice(0, r)];
      // A phrase opens and closes on a capitalised word ("Read the Docs", not "the Docs").
      if (words.length >= 2 && words.length <= 5 && /^\p{Lu}/u.test(words[0]) && /^\p{Lu}/u.test(words.at(-1)!)) phrases.push(words);
    }
  }
  return phrases;
}

/** Whether `text`, a listed part at `index` of `line`, is in a phrase the post (`evidence`) links run together. */
export function isInLinkedSiteName(line: string, index: number, text: string, evidence: string): boolean {
  if (!/[./]/.test(evidence)) return false;
  for (const words of phrasesAround(line, index, text)) {
    for (const joiner of ['', '-']) {
      const joined = escapeRegExp(words.join(joiner).toLowerCase());
      // A host's label (`readthedocs.org`, `docs.readthedocs.io`) or a path segment (`github.com/terra-money/…`).
      if (new RegExp(String.raw`(?:\/\/|[./@])${joined}(?=[./])|(?<![\p{L}\p{N}_.-])${joined}\.(?:com|net|org|io|dev|app|co|cloud|ai)\b|\.[a-z]{2,}\/${joined}(?![\p{L}\p{N}_-])`, 'iu').test(evidence)) return true;
    }
  }
  return false;
}
