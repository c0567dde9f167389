/**
 * Korean words of three syllables that open with a common surname's syllable (round 33), for
 * `korean-prose-names.ts`: a word of a surname and two syllables ("이영수") is held as a full name
 * unless it is known to be something else. Round 32 knew words by their first two syllables
 * (이번, 정상, 조치, …) and verbs by their last; 108 of the 110 such findings in a Korean
 * engineering blog were still words ("가독성", "하거나", "이집트", "마음껏").
 *
 * Fail closed: a word is published only when it is known to be no name — it is one of the listed
 * words exactly (not by its start: "정서법" is listed, so "정서연", a common name, stays held), or a
 * syllable of it is one no Korean given name is written with (the forms of verbs and adverbs: 켜,
 * 겨, 었, 았, 껏, 렵, …), or its last two syllables are a verb's ending (…거나, …는지, …하기).
 * Everything else of that shape stays held, so a name missing here is never published by this
 * module; a person whose name is exactly a listed word (a 고구마) is published (the limit).
 */

/** Three-syllable words of technical and everyday Korean opening with a surname's syllable. */
const threeSyllableWords = new Set(`
가독성 가성비 가시성 가비지 가용성 가능성 가상화 가중치 가이드 가속도 가속기 가로축 가계부 가정법 가치관
강화도 고구마 고객사 고성능 고정값 고정비 고유값 고도화 고해상 고차원 고양이 고질병
공동체 공유기 공개키 공급자 공급망 공무원 공통점 공학자 공정성 공모전 구두점 구미권 구성원 구성도
구현체 구독자 구조체 구조도 구글링 구매자 구세대 기지국 기억력 기준점 기준값 기댓값 기본값 기본형
기술자 기술력 기여자 기여도 기울기 기대치 기록물 나머지 나눗셈 나침반 노트북 노하우 노동자 노이즈
도메인 도서관 도식화 도입부 마운트 마이크 마케팅 마무리 마지막 마음껏 마감일 마스크 마법사 모니터
모티브 모델링 모바일 모음집 목소리 목적지 목표치 문자열 문제점 문서화 민감도 박물관 반나절 반도체
반응형 반환값 반복문 반올림 반대편 방정식 방화벽 방문자 방향성 방법론 배포판 배포본 배터리 백엔드
백분율 백업본 변곡점 변수명 변환기 변동성 변경점 변화량 복원력 복잡도 복잡성 복제본 복호화 부동산
부하량 부가세 부작용 부등식 사투리 사용자 사용량 사용성 사이트 사이클 사무실 사생활 서비스 서명자
서브넷 서포터 선순환 선지자 선입견 선형성 선택지 설계도 설명서 설문지 설득력 성공률 성숙도 성장률
소숫점 소수점 소프트 소비자 소유자 소요량 손실률 송신자 신뢰도 신뢰성 신경망 신입생 안정성 안전성
안내문 양자화 양방향 어차피 어쩌면 여러분 여유분 연구자 연구소 연산자 연결망 연관성 예컨대 예측값
예측력 예산안 오라클 오로지 오류율 오차율 왕복선 용어집 우승팀 우상향 우클릭 우리말 우주선 원격지
원동력 원자성 위구르 위험성 유효성 유연성 유사도 유튜브 유전자 이집트 이로써 이메일 이벤트 이상치
이용자 이진법 이더넷 이미지 이웃집 이동식 인프라 인터넷 인증서 인코딩 인덱스 인터뷰 인덱싱 임베딩
임계값 임계치 장난감 장단점 전세계 전처리 전문가 전화기 전자책 전환율 전달자 정서법 정량화 정확도
정규식 정규화 정확성 정합성 정답률 정보량 제네릭 제작기 제조사 제공자 제어기 제로샷 조건문 조직도
조직원 조회수 조력자 주황색 주최측 주선자 주도성 주관성 주피터 주소록 주의점 주차장 지구본 지도자
지름길 지식인 지원자 지원금 지연율 진단서 진입점 진행자 진정성 차별화 채팅방 천재성 최댓값 최솟값
최적화 최신판 추천인 추론기 추상화 추적기 태동기 태블릿 편의성 편집기 편향성 표준화 표현력 표현식
피드백 한단계 한가지 한국어 한계점 한계치 허용치 현주소 형광펜 형태소 호출자 호환성 호스트 황금기
`.split(/\s+/u).filter(Boolean));

/** Syllables of verbs' and adverbs' forms that no Korean given name is written with. */
const syllablesNoGivenNameHas = /[켜겨었았였겠했됐렸졌쳤켰봤왔줬껏렵깊낼줄텐랬떨듯없있같좋싶많않짧숫뀌]/u;

/** Last two syllables that are a verb's ending (…하거나, …가는지, …피하기, …두렵지): no given name ends so. */
const verbEndingPair = /(?:거나|는지|하기|키기|르기|이기|시기|하지|해지|어지|겨지|아지)$/u;

/** True when the three-syllable `stem` (a surname's syllable first) is known to be a word, not a name. */
export function isKnownKoreanWord(stem: string): boolean {
  if (threeSyllableWords.has(stem)) return true;
  const givenName = stem.slice(1);
  return syllablesNoGivenNameHas.test(givenName) || verbEndingPair.test(stem);
}
