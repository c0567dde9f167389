/**
 * Names in Korean text (round 32). Text in another script is held whole because no rule reads
 * names in it (`non-latin-text.ts`); a Korean team could publish nothing. Korean writes spaces
 * between its words and a particle after each noun ("김민수가", "서버를"), so a line with Hangul is
 * read word by word for what could name a person, and the rest of it publishes:
 *
 * - a word of a common Korean surname (김, 이, 박, 최, 정, 강, 조, 윤, 장, 임, … about 60) and two
 *   syllables, with or without a particle after it ("김민수", "이서연이", "박지훈 님"): Korean full
 *   names are written so, and nothing but the shape tells them from a word. Not a word the lists
 *   here know (`everydayWords`: "이번에", "정상적", "조치를"), nor a word ending in a syllable no
 *   given name ends in (…적, …했, …됨: a verb's or an adjective's ending);
 * - any Hangul word before a title or an honorific (님, 씨, 매니저, 팀장, 엔지니어, 선생님, 대표,
 *   …: "민수 님", "지훈씨"), or before 께서 and 에게/한테 (only people are addressed so), not a role
 *   before it ("사용자님", "고객님", "여러분");
 * - the value after a role's label and a colon ("담당자: 민수", "작성자: Priya", "연락처: 김민수");
 * - a Latin name or handle given an honorific or a particle of people ("Alex님", "Priya에게",
 *   "@minsu 님");
 * - a table cell of one Hangul word of two to four syllables ("| 민수 |"), where a name stands alone.
 *
 * A line with one Hangul word only ("김민준 rolled the config back") is held whole as before.
 *
 * Published by this reading (the limit it adds): a given name alone with no honorific, no label and
 * no particle of people ("민수가 서버를 재시작했습니다"), a surname that is no common one, and a
 * full name that is also an everyday word on the list. A line with Han or Japanese letters among
 * its Hangul is held whole as before.
 */

import { isKoreanOfKnownWords } from './korean-known-words.ts';
import { isKnownKoreanWord } from './korean-everyday-words.ts';
import { findKoreanGivenNames } from './korean-given-names.ts';
import { isNounWithTopicParticle } from './korean-topic-particle.ts';
import { addUnlessOverlapping, type FoundName } from './first-finding-keeps.ts';

const hangulLetter = /\p{sc=Hangul}/u;
/** Letters of Han or Japanese beside Hangul: such a line is held whole (a name in Hanja is read by no rule). */
const hanOrKana = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** True when `line` is Korean text this module reads: Hangul, and no Han or Japanese letters. */
export function isKoreanText(line: string): boolean {
  return hangulLetter.test(line) && !hanOrKana.test(line) && (line.match(hangulWords)?.length ?? 0) >= 2;
}
/** One Hangul word in other text ("김민준 rolled the config back") is held whole, with its script as the reason. */
const hangulWords = /\p{sc=Hangul}+/gu;
/** A table cell of one Hangul word ("| 민수 |"): held whole, as a name alone in a cell may be. */
const loneWordCell = /(?<=\|\s*)(?:\*\*|__)?(?<word>\p{sc=Hangul}{2,4})(?:\*\*|__)?(?=\s*\|)/gu;

/** Common Korean surnames (about 60 of the most frequent, which name nearly nine in ten Koreans). */
const surnames = new Set([...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호']);

/** Particles a noun takes, longest first, so "김민수에게서" leaves "김민수". */
const particles = ['에게서', '한테서', '께서는', '께서도', '께서', '에게는', '에게도', '에게', '한테', '님께서', '님이', '님은', '님의', '님을', '님과', '님께', '님도', '님', '씨가', '씨는', '씨의', '씨', '이랑', '랑', '와', '과', '이가', '이는', '이', '가', '은', '는', '을', '를', '의', '도', '만', '께', '로', '으로', '에', '에서', '까지', '부터', '처럼', '보다', '하고', '이나', '나', '이다', '입니다', '이었다', '였다', '이며', '라고', '이라고', '라는', '이라는'];

/**
 * Three-syllable words of Korean technical text that open with a surname's syllable (이번, 정상,
 * 조치, 장애, 기존, …), as their stems: a word is read as such a word when its first syllables are
 * one of these. Kept to words, never to names; a report's own word missing here is an error to allow.
 */
const everydayStems = [
  '이번', '이후', '이전', '이상', '이하', '이용', '이슈', '이벤트', '이미', '이제', '이유', '이런', '이러', '이렇', '이와', '이동', '이름', '이메일', '이해', '이력', '이중', '이외', '이내', '이점', '이루', '이뤄', '이어', '이었', '이야', '이미지', '이것', '이곳', '이때', '이처럼', '이같', '이틀', '이관', '이슈',
  '정상', '정리', '정보', '정의', '정도', '정책', '정확', '정해', '정하', '정기', '정말', '정렬', '정적', '정규', '정합', '정지', '정된', '정되', '정식', '정할', '정한', '정했', '정해진',
  '조치', '조회', '조금', '조건', '조정', '조합', '조직', '조사', '조심', '조차', '조절', '조만', '조각',
  '장애', '장비', '장점', '장기', '장치', '장소', '장시', '장된', '장되', '장해', '장단',
  '기존', '기능', '기간', '기반', '기준', '기본', '기록', '기술', '기대', '기다', '기억', '기여', '기타', '기사', '기획', '기회', '기동', '기존의', '기법', '기계', '기업', '기점',
  '김에', '박스', '최근', '최적', '최대', '최소', '최초', '최종', '최신', '최고', '최악', '최선', '최상',
  '강제', '강화', '강조', '강의', '강력', '강한', '윤곽', '임시', '임계', '임의', '임베', '임팩', '임포',
  '한번', '한편', '한국', '한계', '한다', '한데', '한정', '한꺼', '한쪽', '한동', '한눈', '한국어', '한글', '한달',
  '오류', '오전', '오후', '오늘', '오랜', '오래', '오픈', '오히', '오버', '오브', '오프', '오토', '오퍼', '오케', '오프라',
  '서버', '서비', '서로', '서울', '서명', '서드', '서브', '서포', '서치', '서술', '서버리',
  '신규', '신청', '신호', '신뢰', '신경', '신속', '신중', '신고', '신기',
  '권한', '권장', '권고', '황금', '안정', '안전', '안내', '안에', '안의', '안드', '안된', '안되', '안녕', '안쪽', '안타', '안으',
  '송신', '송출', '류의', '전체', '전송', '전달', '전환', '전에', '전부', '전혀', '전략', '전반', '전문', '전파', '전후', '전날', '전원', '전역', '전용', '전처', '전까', '전보',
  '홍보', '고객', '고려', '고민', '고정', '고유', '고가', '고성', '고장', '고급', '고도', '고정된', '고쳐', '고치',
  '문제', '문서', '문의', '문자', '문장', '문법', '문맥', '문화', '문턱',
  '양의', '양한', '양쪽', '양방', '손실', '손쉽', '손상', '배포', '배치', '배경', '배운', '배열', '배우', '백업', '백엔', '백그', '백만', '백분',
  '허용', '허브', '유지', '유저', '유형', '유사', '유의', '유일', '유효', '유입', '유발', '유연', '유닛', '유용', '유니',
  '남은', '남아', '남기', '남겨', '남긴', '심각', '심지', '심하', '노드', '노출', '노력', '노트', '노이', '하나', '하지', '하는', '하여', '하고', '하기', '하면', '하게', '하였', '하도', '하위', '하드', '하루', '하단', '하므',
  '성능', '성공', '성격', '성장', '성과', '성숙', '차이', '차단', '차례', '차원', '차트', '차지', '주요', '주기', '주의', '주소', '주로', '주는', '주면', '주어', '주었', '주제', '주문', '주간', '주석', '주입', '주고',
  '우리', '우선', '우회', '우려', '우측', '구조', '구성', '구현', '구축', '구간', '구글', '구분', '구체', '구독', '구동', '구매', '구버',
  '민감', '진행', '진단', '진입', '진짜', '지원', '지연', '지정', '지표', '지금', '지속', '지난', '지역', '지점', '지만', '지는', '지고', '지도', '지워', '지우', '지원하', '지나',
  '나머', '나중', '나누', '나눠', '나눈', '나타', '나오', '나온', '나은', '나서', '나의', '나갈', '나가', '엄청', '채널', '채팅', '채택', '원인', '원래', '원하', '원칙', '원본', '원격', '원활', '원한', '원리', '원자',
  '천천', '방법', '방식', '방지', '방향', '방문', '방안', '공유', '공통', '공식', '공개', '공간', '공격', '공급', '공지', '공정', '공용', '현재', '현상', '현황', '현실', '현장',
  '함께', '함수', '변경', '변화', '변수', '변환', '여러', '여기', '여부', '여전', '여유', '추가', '추적', '추출', '추천', '추정', '추후', '추상', '도입', '도구', '도메', '도커', '도중', '도달', '도움', '도록',
  '소스', '소요', '소개', '소프', '소비', '소켓', '소유', '소중', '석달', '선택', '선언', '선정', '선행', '선형', '설정', '설명', '설계', '설치', '마이', '마지', '마치', '마찬', '마다', '마스', '마케', '마무', '마련',
  '연결', '연동', '연산', '연구', '연속', '연습', '연락', '연장', '위해', '위한', '위치', '위의', '위와', '위험', '위에', '위임', '표시', '표현', '표준', '명령', '명확', '명시', '명세', '반영', '반환', '반복', '반드', '반면', '반응', '반대', '반면에',
  '금액', '금방', '금지', '인한', '인해', '인프', '인증', '인스', '인덱', '인터', '인원', '인지', '인식', '인력', '인하', '인수', '인가', '제공', '제거', '제외', '제대', '제한', '제어', '제품', '제가', '제안', '제출', '모든', '모니', '모두', '모델', '모듈', '모바', '모습', '모여', '모아', '모드',
  '국내', '국가', '어떤', '어떻', '어느', '어려', '어렵', '어디', '은행', '용량', '용도', '예를', '예상', '예시', '예정', '예외', '예방', '예약', '경우', '경험', '경고', '경로', '경계', '경쟁', '사용', '사항', '사실', '사이', '사례', '사람', '사전', '사내', '사고', '사유', '사라', '사업', '사진', '부분', '부하', '부족', '부터', '부여', '부담', '부서', '부재', '부트',
  '형태', '형식', '모멘', '양키', '이슬', '오른', '나아', '하더', '피쳐', '정밀', '예측', '가중', '추론', '가까', '피드', '지식', '용으', '예제', '서빙', '가설', '최우', '주말', '이므', '이들', '위하', '오피', '송년', '두려', '노하', '구하', '경향', '이탈', '원소', '손으', '선호', '사건', '방송', '마침', '나거', '기독', '기기', '가산', '하이', '하늘', '팀원', '추세', '편의', '표기', '지향', '이식', '하강', '하쿠', '이라', '이므로',
  '가장', '가능', '가지', '가정', '가져', '가진', '가상', '가용', '가이', '가운', '가치', '가끔', '가입', '가면', '복구', '복제', '복잡', '복사', '복수', '태그', '목적', '목표', '목록', '두번', '두가', '두개', '감지', '감소', '감사', '호출', '호스', '호환',
];
const stemList = [...new Set(everydayStems)];

/**
 * Last syllables no given name (or almost none) ends in: the endings of verbs, adjectives and
 * adverbs (…했, …됨, …적, …다, …어) and particles (…의, …에, …들, …가, …이): a name with a particle
 * is read by its stem ("김민수가" is "김민수"), so the word whole is no name when it ends so. 은 and
 * 지 end many given names (지은, 민지) and are not listed.
 */
const verbEnding = /[했됨됐될된되함합할한었았였겠습니까며면죠요서고게적히록데던든잖듯음임는을를로으다어여질키하거라냐만워뉘의에들가도과와이야]$/u;

/** Words before a title that are a role or a group, not a name ("사용자님", "고객님", "여러분"). */
const roleWord = /(?:데이터|백엔드|프론트엔드|프론트|인프라|플랫폼|보안|클라우드|머신러닝|소프트웨어|시니어|주니어|데브옵스|신입|경력|개발|운영|프로덕트|제품|테스트|사용자|고객|회원|유저|여러분|모두|관리자|운영자|개발자|담당자|작성자|팀원|팀|분들|분|사람|선생|교수|대표|회장|사장|부장|과장|팀장|매니저|엔지니어|리더|멤버|관계자|손|귀하)$/u;

/** Titles and honorifics Korean puts after a name, with or without a space. */
const titles = /^(?:님|씨|매니저|팀장|엔지니어|선생님|대표님|부장|과장|차장|대리|실장|본부장|파트장)(?:께서는|께서|에게|이랑|으로|이|가|은|는|을|를|의|과|와|도|께|랑|로)?(?!\p{sc=Hangul})/u;
/** Particles only a person takes: 께서 (honorific subject), 에게 and 한테 (to someone). */
const personParticle = /^(?:께서|에게|한테)/u;

/** Role labels of a Korean report, whose value after a colon is a person. */
const roleLabel = /(?:담당자|담당|작성자|작성|보고자|보고|연락처|책임자|대응자|처리자|발견자|기록자|검토자|승인자|온콜|당번)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?(?<value>\p{sc=Hangul}{2,4}|[A-Za-z][A-Za-z0-9_.'-]{1,30}|@[A-Za-z0-9_.-]{2,30})/gu;
/**
 * Values after a label that name a team or a role, not a person. Since round 61 of false
 * positives the rota's roles too ("담당자: 온콜", the on-call; "당번", who is on duty; the
 * administrator, the operator): the label's form says who acts, its value which duty.
 */
const teamValue = /(?:팀|파트|그룹|본부|센터|조직|개발자|엔지니어|담당자|미정|없음|전원|모두)$|^(?:온콜|당번|관리자|운영자|운영진|매니저)$/u;
/** Whether a Hangul value after a role's label names a team or a role (read by japanese-acting-names.ts' labels too). */
export const isKoreanTeamOrRole = (value: string): boolean => teamValue.test(value);

/** Latin names and handles given a title or a particle of people: "Alex님", "Priya에게", "@minsu 님". */
const latinTitled = /(?<name>(?<![A-Za-z0-9_.@-])[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|@[A-Za-z0-9_.-]{2,30})\s?(?=님|씨(?!\p{sc=Hangul})|께서|에게|한테|매니저|팀장|엔지니어)/gu;

const hangulWord = /\p{sc=Hangul}+/gu;

/** The stem of a Hangul word without its particle, the longest that leaves two syllables or more. */
function stemOf(word: string): string[] {
  const stems = [word];
  const particle = particlesLongestFirst.find((p) => word.length - p.length >= 2 && word.endsWith(p));
  if (particle) stems.push(word.slice(0, -particle.length));
  return stems;
}
const particlesLongestFirst = [...particles].sort((a, b) => b.length - a.length);

function isEverydayStem(stem: string): boolean {
  return stemList.some((known) => stem.startsWith(known));
}

/** An everyday word, or a word whose ending no given name has (a title's name is read by the list alone: "영록님"). */
export function isEverydayWord(stem: string): boolean {
  return isEverydayStem(stem) || verbEnding.test(stem);
}

/** The names of a line `isKoreanText` accepts, each once, in order. */
export function findKoreanNames(line: string): FoundName[] {
  const found: FoundName[] = [];
  const add = (text: string, index: number, why: string) => {
    if (text) addUnlessOverlapping(found, { text, index, why });
  };
  for (const m of line.matchAll(roleLabel)) {
    const value = m.groups!.value;
    if (/^[A-Z]+$/.test(value) || teamValue.test(value)) continue;
    add(value, m.index! + m[0].length - value.length, 'a name after a role\'s label');
  }
  for (const m of line.matchAll(loneWordCell)) {
    const word = m.groups!.word;
    // A word of engineering and incident response alone in a cell ("| 감지 |"; round 37 of false positives).
    if (isKoreanOfKnownWords(word)) continue;
    add(word, m.index! + m[0].indexOf(word), 'one Hangul word alone in a table cell, where a name stands alone');
  }
  for (const m of line.matchAll(latinTitled)) add(m.groups!.name, m.index!, 'a Latin name or handle with a Korean title or a particle of people');
  for (const m of line.matchAll(hangulWord)) {
    const word = m[0];
    const index = m.index!;
    const after = line.slice(index + word.length);
    const stems = stemOf(word);
    // A full name: a common surname and two syllables.
    // Not a noun and the topic particle after a closed syllable ("가격은"; adoption round 61, korean-topic-particle.ts).
    const fullName = stems.find((stem) => stem.length === 3 && surnames.has(stem[0]) && !isEverydayWord(stem) && !isKnownKoreanWord(stem) && !isKoreanOfKnownWords(stem) && !isNounWithTopicParticle(stem));
    if (fullName) {
      add(fullName, index, 'a common Korean surname and a given name');
      continue;
    }
    // A word before a title ("민수 님", "지훈씨") or a particle of people ("민수에게", "민수께서").
    const titled = (() => {
      for (const stem of stems) {
        const rest = word.slice(stem.length) + (stem === word ? after.replace(/^\s/, '') : '');
        if (stem.length >= 1 && stem.length <= 4 && (titles.test(rest) || personParticle.test(rest)) && !roleWord.test(stem) && !isEverydayStem(stem)) return stem;
      }
      return undefined;
    })();
    if (titled) add(titled, index, 'a name before a Korean title or a particle of people');
  }
  // Probe round 35: a given name with no honorific, by its place (korean-given-names.ts).
  for (const name of findKoreanGivenNames(line)) add(name.text, name.index, name.why);
  return found.sort((a, b) => a.index - b.index);
}
