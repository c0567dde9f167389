/**
 * A handle in a place only a person's account takes (since probe round 57, docs/redaction.md,
 * "Probe round 57"): the speaker of a time-stamped chat line, a rota's role under an on-call
 * block, the person an alert tells to ask, the folder of a home share, a directory's `uid=` under
 * its people. There the place says a person, and the handle is not judged by its letters alone:
 * `tokereke` is no English word, but `personalAccount` refuses it as made of words ("toke" and
 * "reke" of the word-game dictionary, `madeOfWords`), and so it was published.
 *
 * Still no one: an English, common or public word (`backup`, `none`, `ledger`), a system account,
 * a bot, a daemon, a team's name, a value of settings (`true`, `null`), a word of a separator's
 * parts all words (`db-replica`: two words are a system's name as often).
 */
import { daemonName, isSystemAccount, madeOfWords, mergeBot, nickLike, personalAccount } from './person-patterns.ts';
import { isEnglishWord, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { teamWord } from './pasted-config-people.ts';

const settingsValue = /^(?:true|false|yes|no|on|off|null|nil|none|n\/a|tbd|todo|unset|unknown|default|auto|enabled|disabled)$/i;

/** Whether `word`, standing where only a person's account stands, is one. */
export function isHandleInPersonSlot(word: string): boolean {
  const handle = word.replace(/^@/, '');
  if (!/^\p{Ll}[\p{Ll}\p{N}._-]{2,30}[\p{Ll}\p{N}]$/u.test(handle) || settingsValue.test(handle)) return false;
  const letters = handle.replace(/[\d._-]+$/, '');
  if (letters.length < 4 || isSystemAccount(handle) || mergeBot.test(handle) || daemonName.test(handle) || teamWord.test(handle)) return false;
  if (!nickLike(letters) || isKnownWord(letters)) return false;
  if (personalAccount(handle)) return true;
  // Made of words, which a coined surname often is: one run of letters (a separator's parts all
  // words name a system: `db-replica`, `pager-duty`), not of common words run together
  // (`ledgerbackup`, `nightlyjob`): `tokereke` is cut only into the word game's "toke" and "reke".
  return /^\p{Ll}+\d*$/u.test(handle) && madeOfWords(letters) && !madeOfCommonWords(letters);
}

/**
 * Whether `word` is cut whole into common English words or public names of three letters or more:
 * a dictionary's word of five letters or more (`ledger`, `backup`), a word compromise's lexicon
 * knows or a public name. The word game's short words ("toke", "reke") are not common.
 */
function madeOfCommonWords(word: string): boolean {
  const common = (piece: string) => (piece.length >= 5 && isEnglishWord(piece)) || isOrdinaryWord(piece) || isPublicTerm(piece);
  const ends = [true, ...Array<boolean>(word.length).fill(false)];
  for (let end = 3; end <= word.length; end++) {
    for (let start = 0; start + 3 <= end && !ends[end]; start++) if (ends[start] && common(word.slice(start, end))) ends[end] = true;
  }
  return ends[word.length];
}

/**
 * Whether a name of two or three capitalised words, standing where only a person stands, is one:
 * a word of it no English, common or public word, none a team's ("Ledger Team", "Incident
 * Commander" are not).
 */
export function isCapitalisedNameInPersonSlot(name: string): boolean {
  const words = name.split(' ');
  return words.some((w) => !isEnglishWord(w.toLowerCase()) && !isOrdinaryWord(w) && !isPublicTerm(w)) && !words.some((w) => teamWord.test(w));
}
