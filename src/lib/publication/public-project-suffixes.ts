import { isEnglishWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { madeOfWords } from './person-patterns.ts';

/**
 * A public project's name with the suffix open-source forks and releases take (since round 47 of
 * false positives, docs/redaction.md): `-ng`, "next generation", names the rewrite of a public
 * tool (`syslog-ng`, `chinadns-ng` of a Chinese home lab's router, `proxychains-ng`), and a Roman
 * numeral its release (`firefly-iii`, a personal finance manager, and its `firefly-iii-importer`).
 * The rest of the name must be words: English, public terms, or a run of them (`proxychains`,
 * `chinadns`), as these projects are named; a coined word (`zarnith-ng`, `ledgerdb-ng`,
 * `vexmor-iii`) is judged as any compound is.
 */
const nextGeneration = /^ng$/i;
/** Roman numerals from 2 to 12: releases, not the `i`, `v`, `x` of names and sizes. */
const romanRelease = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)$/i;
/** Protocols' and formats' acronyms of three letters that tools run on to a word (`chinadns`, `proxyssh`). */
const runOnAcronym = /^(?:dns|ssh|tcp|udp|vpn|tls|ssl|ftp|nfs|smb|sql|cdn|api)$/i;

const isWord = (part: string) => isEnglishWord(part) || isOrdinaryWord(part) || isPublicTerm(part);

/** A word run together from words of four letters or more (`proxychains`), or one and a protocol's acronym (`chinadns`). */
function isRunOfWords(part: string): boolean {
  if (!/^\p{Ll}+$/u.test(part)) return false;
  if (madeOfWords(part)) return true;
  for (let cut = 4; cut <= part.length - 3; cut++) {
    const [head, tail] = [part.slice(0, cut), part.slice(cut)];
    if ((isWord(head) && runOnAcronym.test(tail)) || (runOnAcronym.test(head.slice(0, 3)) && cut === 3 && isWord(tail))) return true;
  }
  return runOnAcronym.test(part.slice(0, 3)) && part.length >= 7 && isWord(part.slice(3));
}

/** Whether a compound's parts are a public project's name and its `-ng` or Roman release (`chinadns-ng`, `firefly-iii-importer`). */
export function isPublicProjectWithSuffix(parts: readonly string[]): boolean {
  const suffixAt = parts.findIndex((p, i) => i > 0 && (nextGeneration.test(p) || romanRelease.test(p)));
  if (suffixAt < 0) return false;
  const words = parts.filter((_, i) => i !== suffixAt);
  if (words.some((p) => /\d/.test(p))) return false;
  // The name's run-on words count before the suffix only; after it, English words say what part of the project it is (`-importer`).
  return words.every((p, i) => p.length >= 3 && (isWord(p) || (i < suffixAt && isRunOfWords(p))));
}
