/**
 * A Korean name written in the Latin alphabet, the family name first or last and the given name's
 * two syllables joined by a hyphen ("Park Ji-hoon", "Seo-yeon Kim"; since probe round 32,
 * docs/redaction.md, "Probe round 32"). The rules of unknown full names read two capitalised
 * words; a hyphenated given name with a lower-case second syllable is neither, so "Park Ji-hoon
 * restarted the ingest job" was published and "Kim Min-jun" was cut to "Kim Min".
 *
 * What says a name: a common family name beside a given name whose two syllables are both
 * syllables Korean given names use (`ji`, `hoon`, `min`, `jun`, `seo`, `yeon`, …), so "Do
 * Re-run the job" or "Park Non-stop" are not read. The name is found wherever it stands: the
 * shape leaves no doubt.
 */
import { allMatches } from '../regexp.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

const familyNames = String.raw`(?:Kim|Gim|Lee|Yi|Rhee|Park|Pak|Bak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|Han|Oh|Seo|Suh|Shin|Sin|Kwon|Hwang|Ahn|An|Song|Yoo|Yu|Ryu|Hong|Jeon|Chun|Ko|Go|Moon|Mun|Yang|Son|Bae|Baek|Paik|Heo|Huh|Nam|Noh|Roh|Ha|Kwak|Sung|Seong|Cha|Joo|Ju|Woo|Min|Na|Jin|Byun|Byeon|Um|Eom|Chae|Won|Bang|Gong|Hyun|Ham|Yeo|Do|Pyo|Seok|Ma|Gil|Yeom|Ok|Tak|Kook|Ki|Maeng|Jegal|Namgung|Hwangbo)`;
/** Syllables of Korean given names as romanised (Revised Romanisation and McCune–Reischauer's common spellings). */
const syllable = String.raw`(?:ji|jee|min|seo|soo|su|ha|jae|hyun|hyeon|eun|da|ye|yu|ju|joo|do|si|tae|sung|seong|dong|young|yeong|kyung|kyeong|gyeong|hye|jin|won|yeon|chae|na|so|se|woo|in|hee|hui|hoon|hun|jun|joon|ho|bin|yun|yoon|seok|suk|sik|jae|yong|chul|cheol|kyu|gyu|wook|uk|il|han|sun|seon|ok|ja|nam|ah|a|ri|rim|mi|hwa|gu|koo|kwan|gwan|man|beom|bum|gi|ki|gil|geun|keun|ryong|yeol|yul|eon|un|jung|jeong|ung|young|yeong|hyuk|hyeok|jong|chan|chang|sang|san|seung|mo|hak|bo|byung|byeong|ga|kyo|gyo|o|rok|ran|rang|eul|na|ne|sol|seul|bi|bit|ram|ro|ru|si|je|hyo|ae|eui|ui|mun|moon|ri|dam)`;
/** A hyphenated given name's shape; its syllables are checked after (`isKoreanGivenName`). */
const givenName = String.raw`\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,6}`;
const familyFirst = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.'’-])(${familyNames}\s${givenName})(?![\p{L}\p{N}_'’-])`, 'gu');
const givenFirst = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.'’-])(${givenName}\s${familyNames})(?![\p{L}\p{N}_'’-])`, 'gu');
const syllableWord = new RegExp(`^${syllable}$`);

export const cuedRomanisedKoreanNames: readonly CuedPattern[] = [
  { name: 'a romanised Korean name, family name first', cue: /\p{Lu}\p{Ll}*-\p{Ll}/u, pattern: familyFirst },
  { name: 'a romanised Korean name, given name first', cue: /\p{Lu}\p{Ll}*-\p{Ll}/u, pattern: givenFirst },
];

/** Whether a hyphenated given name is two syllables Korean given names use ("Ji-hoon", not "Re-run"). */
function isKoreanGivenName(name: string): boolean {
  const parts = name.toLowerCase().split('-');
  return parts.length === 2 && parts.every((part) => syllableWord.test(part));
}

/** Romanised Korean names on one line. */
export function findRomanisedKoreanNames(line: string): PatternMatch[] {
  if (!cuedRomanisedKoreanNames[0].cue.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const pattern of [familyFirst, givenFirst]) {
    for (const m of allMatches(pattern, line)) {
      const given = m[1].split(/\s/).find((part) => part.includes('-'))!;
      if (!isKoreanGivenName(given) || found.some((f) => f.index === m.index)) continue;
      found.push({ text: m[1], index: m.index!, severity: 'error', why: 'a romanised Korean name' });
    }
  }
  return found;
}
