/**
 * A Korean given name written without an honorific (probe round 35, docs/redaction.md, "Probe round
 * 35: other languages and scripts"). korean-prose-names.ts finds a common surname and two syllables,
 * and a word before a title or a particle only people take; colleagues write each other's given
 * name bare, with the ordinary subject particle ("민준이 서버를 재시작했습니다", "현우가 … 수행했고"),
 * and a compound surname apart from the given name ("남궁 민수가"). Read, in Korean text:
 *
 * - a word of two syllables and a subject or topic particle (이, 가, 은, 는) opening a clause, when
 *   the clause goes on to a responder's work (재시작, 롤백, 배포, 수행, 작성, 진행, 확인, 복구, …);
 * - a word of two syllables and 의 before an account and "according to" ("서연의 보고에 따르면");
 * - the value after a role's noun and 는 / 은 with the copula ("발견자는 하은이었습니다");
 * - a compound surname (남궁, 황보, 제갈, 선우, 독고, 사공, 서문) and a given name after a space.
 *
 * Not read: a word the everyday lists of korean-prose-names.ts know or whose ending no given name
 * has (`isEverydayWord`, `isKnownKoreanWord`): "서버가 재시작했습니다" stays public.
 */
import { isEverydayWord } from './korean-prose-names.ts';
import { isKnownKoreanWord } from './korean-everyday-words.ts';
import { isKoreanOfKnownWords } from './korean-known-words.ts';
import { addUnlessOverlapping, type FoundName } from './first-finding-keeps.ts';

const clauseStart = String.raw`(?:^|(?<=[\s,.;:(]))`;
/** What a responder does; since probe round 36 also being away, which only a person is ("도윤이 어제 휴가였습니다"). */
const work = String.raw`(?:휴가|부재|출장|병가|재시작|재부팅|롤백|배포|수행|작성|진행|확인|복구|처리|대응|되돌|발견|보고|공지|조치|전환|적용|수정|알림을\s?받|호출을\s?받|페이지를\s?받|연락)`;
const subject = new RegExp(String.raw`${clauseStart}(?<name>\p{sc=Hangul}{2})(?:이|가|은|는)(?=\s)(?=[^.,;]{0,40}?${work})`, 'gu');
const account = new RegExp(String.raw`${clauseStart}(?<name>\p{sc=Hangul}{2})의\s(?:보고|분석|판단|설명|말|조사|확인)(?:에|에\s?의하면|에\s?따르면|으로는|로는)`, 'gu');
const roleNoun = new RegExp(String.raw`(?:발견자|보고자|담당자|작성자|대응자|당번|책임자|리더)(?:는|은)\s(?<name>\p{sc=Hangul}{2,3}?)(?:이었|였|입니다|이다|이고|였고|이며)`, 'gu');
/**
 * Since probe round 38: a given name with no particle at all, as a timeline's short line writes it
 * ("민재 확인 후 롤백 진행"): two syllables opening a line or a list item (after a time, if any),
 * then at once a responder's work and its step (후, 완료, 중, 진행, 했, 함). A bare noun opens such a
 * line too ("로그 확인 후 …"), so only a word none of the lists of words knows (korean-known-words.ts
 * too, the words of incident notes).
 */
const bareAtLineStart = new RegExp(String.raw`^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?<name>\p{sc=Hangul}{2})\s(?:확인|조치|대응|롤백|재시작|재부팅|배포|복구|전환)\s?(?:후|완료|중|진행|했|함)`, 'u');
const compoundSurname = /(?<![\p{sc=Hangul}])(?<name>(?:남궁|황보|제갈|선우|독고|사공|서문)\s\p{sc=Hangul}{2})(?=[이가은는의을를과와에도]|\s|$)/gu;

/**
 * Since session 44: a writer introducing themself by a Latin given name, as Korean tech blogs and
 * retrospectives open ("DevOps 팀의 Sammie입니다", "SDK를 담당하고 있는 Anne입니다", "안녕하세요,
 * Milo입니다"): after a team's noun (and 의), "in charge of", or a greeting, a capitalised word
 * of small letters before the copula. Acronyms and products in capitals ("URL입니다", "AWS가
 * 제작한 OS입니다") and a team's own name ("DevRel Team입니다") are not read.
 */
const selfIntroduction = /(?:(?:팀|Team|Unit|파트|셀|그룹|챕터|본부|실)(?:의)?|(?:담당하고|맡고|운영하고)\s있는|안녕하세요[,!.]?)\s+(?<name>\p{Lu}\p{Ll}{1,15})(?=입니다|이라고\s합니다|라고\s합니다)/gu;

// Since adoption round 61 also the words of incident notes (korean-known-words.ts): "재현이 … 확인" and
// "실행이 … 확인" are a reproduction and a run, not people; and the same words before a heading's colon were already.
const isWord = (stem: string) => isEverydayWord(stem) || isKnownKoreanWord(stem) || isKoreanOfKnownWords(stem);
/**
 * A subject that is a thing, by its clause (adoption round 61): after a determiner or a number's
 * word ("두 실행이", "같은 모양이", "그 세션이": two runs, the same shape, that session), which a
 * bare given name never takes, or with the work in its passive form ("실험이 진행되지", "설정이
 * 적용됩니다": was carried out, is applied), which no responder does.
 */
const determinerBefore = /(?:^|\s)(?:두|세|네|몇|여러|모든|각|같은|다른|이런|그런|저런|어떤|새|이|그|저)\s$/u;
/** Each work in the subject's clause (the 40 characters the subject rule reads), and whether it is passive. */
const workInClause = new RegExp(String.raw`${work}(?<passive>되|돼|됐|된|됨|될)?`, 'gu');
function isThingSubject(line: string, index: number, nameEnd: number): boolean {
  if (determinerBefore.test(line.slice(0, index))) return true;
  // Every work passive: a later active one may be the subject's own ("민준이 배포되지 않은 서버를 재시작했다").
  const works = [...(/^[^.,;]{0,60}/u.exec(line.slice(nameEnd))?.[0] ?? '').matchAll(workInClause)];
  return works.length > 0 && works.every((w) => w.groups!.passive !== undefined);
}

/** Given names Korean text writes with no honorific, by their place (above). */
export function findKoreanGivenNames(line: string): FoundName[] {
  const found: FoundName[] = [];
  const add = (name: string, index: number, why: string) => addUnlessOverlapping(found, { text: name, index, why });
  for (const m of line.matchAll(compoundSurname)) add(m.groups!.name, m.index!, 'a compound Korean surname and a given name');
  for (const m of line.matchAll(subject)) if (!isWord(m.groups!.name) && !isThingSubject(line, m.index!, m.index! + m[0].length)) add(m.groups!.name, m.index!, 'a given name doing a responder\'s work in Korean text');
  for (const m of line.matchAll(account)) if (!isWord(m.groups!.name)) add(m.groups!.name, m.index!, 'whose account Korean text reports');
  const bare = bareAtLineStart.exec(line);
  if (bare && !isWord(bare.groups!.name) && !isKoreanOfKnownWords(bare.groups!.name)) add(bare.groups!.name, bare.index + bare[0].lastIndexOf(bare.groups!.name), 'a given name with no particle opening a line of a responder\'s work, in Korean text');
  for (const m of line.matchAll(selfIntroduction)) if (!/^(?:Team|Unit|Part)$/.test(m.groups!.name)) add(m.groups!.name, m.index! + m[0].lastIndexOf(m.groups!.name), 'a writer introducing themself by name, in Korean text');
  for (const m of line.matchAll(roleNoun)) if (!isWord(m.groups!.name)) add(m.groups!.name, m.index! + m[0].lastIndexOf(m.groups!.name), 'who had an incident role, in Korean text');
  return found;
}
