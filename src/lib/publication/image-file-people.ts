/**
 * A person in an image's file name (since the nineteenth probe round, docs/redaction.md): the site
 * keeps the names of the images a post shows, so `sigrun-brenne-lag.png` and `from-vebjornh.png`
 * publish a name as surely as the text. The sixteenth round reads one or two unknown words before
 * "notes", "dashboard", "sketch", …; this reads a file name that opens with a given name the
 * lexicons know (with the word after it when no dictionary knows that word: a surname), and a
 * handle after "from", "by" or "via" (`from-vebjornh.png`, `screenshot_by_hbrekke.jpg`). Since the
 * twenty-eighth probe round, an unknown word opening the name before "at the console", "at the
 * desk", … (`ardwen-at-the-console.png`, `qmarrow-at-whiteboard.jpg`): only a person is at a
 * console or a whiteboard, as alt text saying so was read in the twenty-fifth round.
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownWord, isOrdinaryWord } from './people.ts';
import { isGivenNameOnly } from './given-names.ts';
import { isPublicTerm } from './public-terms.ts';
import { madeOfWords, type PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

/** An image's file name, after a slash, a quote or a bracket, up to its extension. */
const imageFile = /(?<=[/("'=\s])([\w.-]+)\.(?:png|jpe?g|gif|webp|svg|avif|bmp|pdf|txt|log|csv|docx?|xlsx?|pptx?|mp4|mov|webm|har)(?=[\s)"'?#]|$)/gi;

const given = (word: string) => word.length >= 3 && isGivenNameOnly(word);
const unknown = (word: string) => word.length >= 3 && !isEnglishWord(word) && !isKnownWord(word) && !isOrdinaryWord(word) && !isPublicTerm(word);

/** A word after a given name that reads as its surname: no everyday word (a word-game dictionary holds surnames: "brenne"). */
const surname = (word: string) => word.length >= 3 && /^\p{L}+$/u.test(word) && !isOrdinaryWord(word) && !isKnownWord(word) && !isPublicTerm(word);

/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedImageFilePatterns: readonly CuedPattern[] = [{ name: "an image's file name", cue: /\.(?:png|jpe?g|gif|webp|svg|avif|bmp|pdf|txt|log|csv|docx?|xlsx?|pptx?|mp4|mov|webm|har)\b/i, pattern: imageFile }];

/**
 * Since probe round 34: two words no lexicon knows opening a file's name, before words of what it
 * shows (`tiemoko-diarra-rack-swap.jpg`, `olusegun_adeyinka_queue_depth.png`): a given name and a
 * surname the lexicons lack. A product's or project's name opening it is a public term
 * (`grafana-loki-logs.png`), and a code name is one word before English ones
 * (`zarnith-sync-flow.png`), so the second word must be no word either; what follows must be a
 * word or a public term, so a hash or a build's id (`a1b2c3-d4e5f6.png`) is not read, and an
 * acronym is no name (`Flowdock-RCA-For-Incident.pdf`, a vendor's report, measured).
 */
const unknownPair = (parts: readonly string[]): boolean =>
  parts.length >= 3 &&
  parts.slice(0, 2).every((word) => /^\p{L}\p{Ll}{2,}$/u.test(word) && unknown(word) && surname(word)) &&
  parts.slice(2).some((word) => word.length >= 3 && /^\p{L}+$/u.test(word) && (isEnglishWord(word.toLowerCase()) || isPublicTerm(word)));

/**
 * Since probe round 37: one coined word opening an image's name before words of what it shows
 * (`morvish-queue-depth.png`), or two closing it after them (`rack-swap-morvish-tallec.jpg`). Round
 * 36 left them because a code name is written so too (`zarnith-sync-flow.png`); but a system's code
 * name is as much a leak, so the word is found either way, as a guess. Every other word must be an
 * English word or a public term, and the coined ones letters only, no word run together from
 * English ones (`pgbouncer`, `hubpods`) and no public term (`grafana-loki-logs.png`).
 */
const coined = (word: string): boolean => /^\p{Ll}{4,}$/u.test(word) && unknown(word) && surname(word) && !madeOfWords(word);
const plainWord = (word: string): boolean => /^\p{L}{2,}$/u.test(word) && (isEnglishWord(word.toLowerCase()) || isPublicTerm(word));
function coinedEnds(parts: readonly string[]): { first: number; count: number } | undefined {
  // Since probe round 56 a date or a number among the words after it (`hvinterlund_grafana_0303.png`:
  // a screenshot named by its taker, its tool and its day), as long as one of them is a word.
  if (parts.length >= 3 && coined(parts[0]) && parts.slice(1).every((part) => plainWord(part) || /^\d+$/.test(part)) && parts.slice(1).some(plainWord)) return { first: 0, count: 1 };
  const n = parts.length;
  if (n >= 3 && coined(parts[n - 1]) && coined(parts[n - 2]) && parts.slice(0, -2).every(plainWord)) return { first: n - 2, count: 2 };
  return undefined;
}

/** People an image's file name names on one line. */
export function findImageFilePeople(line: string): PatternMatch[] {
  if (!cuedImageFilePatterns[0].cue.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of allMatches(imageFile, line)) {
    const name = m[1];
    const parts = name.split(/[-_.]/);
    const first = parts[0];
    if (unknownPair(parts)) {
      found.push({ text: name.slice(0, first.length + 1 + parts[1].length), index: m.index!, severity: 'error', guess: true, why: "a name opening a file's name" });
      continue;
    }
    // A log's or document's file is named after a component as often (`felix-debug.log`, Calico's
    // agent, measured): there a given name counts only with a surname after it; the rules below read images only.
    if (!/\.(?:png|jpe?g|gif|webp|svg|avif|bmp)$/i.test(m[0])) {
      if (given(first) && parts.length >= 3 && surname(parts[1])) found.push({ text: name.slice(0, first.length + 1 + parts[1].length), index: m.index!, severity: 'error', guess: true, why: "a name opening a file's name" });
      continue;
    }
    const ends = given(first) ? undefined : coinedEnds(parts);
    if (ends) {
      const start = parts.slice(0, ends.first).reduce((at, part) => at + part.length + 1, 0);
      const text = name.slice(start, start + parts.slice(ends.first, ends.first + ends.count).join('-').length);
      found.push({ text, index: m.index! + start, severity: 'error', guess: true, why: "a coined word (a name, or a system's) in an image's file name" });
      continue;
    }
    if (given(first)) {
      const text = parts.length > 1 && surname(parts[1]) ? name.slice(0, first.length + 1 + parts[1].length) : first;
      found.push({ text, index: m.index!, severity: 'error', guess: true, why: "a given name in an image's file name" });
      continue;
    }
    const at = /^([a-z][a-z0-9]{2,30})[-_.]at[-_.](?:the[-_.])?(?:console|desk|keyboard|whiteboard|laptop|terminal)(?=$|[-_.])/i.exec(name);
    if (at && unknown(at[1]) && !/\d{3,}/.test(at[1])) {
      found.push({ text: at[1], index: m.index!, severity: 'error', guess: true, why: "a handle in an image's file name, at a console or a desk" });
      continue;
    }
    const by = /(?:^|[-_.])(?:from|by|via)[-_.]([a-z][a-z0-9]{2,30})(?=$|[-_.])/i.exec(name);
    if (by && (unknown(by[1]) || given(by[1])) && !/\d{3,}/.test(by[1])) {
      found.push({ text: by[1], index: m.index! + by.index + by[0].length - by[1].length, severity: 'error', guess: true, why: "a handle in an image's file name" });
    }
  }
  return found;
}
