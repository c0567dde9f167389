/**
 * Korean words of engineering and incident response (round 37 of false positives), for the runs of
 * Hangul the guard holds whole where no Korean sentence is read for names: a heading, a list
 * item's label or a table cell of one word ("## 배경", "- 심각도(Sev):", "| 감지 |") was an error in
 * every document of a Korean team's notes, as Japanese headings were before round 36
 * (japanese-known-words.ts).
 *
 * Fail closed: a run is no name only when it is one of these words exactly, with at most one
 * particle or ordering suffix after it ("목표는", "인기순"). A Korean given name is no word of this
 * list, so a run that holds one ("민준", "민준은") is held as before.
 */

const words = new Set(`
배경 목표 목적 핵심 원칙 접근 전략 상태 감지 탐지 제공 심각도 영향 원인 근본 대응 조치 복구 완화 요약 개요
결론 교훈 개선 후속 예방 재발 방지 일정 일시 발생 해결 분석 검토 회고 장애 사고 인시던트 포스트모템
타임라인 모니터링 알림 경보 배포 롤백 테스트 아키텍처 설계 구현 운영 관측 관측성 로그 지표 메트릭
대시보드 어댑터 타임존 캐시 정합성 일관성 데이터베이스 서버 클러스터 노드 네트워크 보안 암호화 인증
권한 정산 메시징 재시도 성능 부하 트래픽 용량 확장 가용성 안정성 신뢰성 품질 범위 문제 현상 증상
결과 참고 부록 질문 답변 기타 설명 예시 템플릿 체크리스트 책임 역할 우선순위 인기 정렬 검색 추천
모든 프로젝트 문서 가이드 요구사항 기능 릴리스 릴리즈 버전 환경 스테이징 프로덕션 이벤트 처리 흐름 구조
날짜 항목 관측 관측값 존재 없음 있음 기록 내용 발견 진단 수정 확인 추정 감시 시점 사건 발화 소진 어긋남 이면 않았다 않음
재현 재현성 재계측 재측정 측정 해소 한계 대조 대조군 실험군 균등 파일 페이지 예 아니오 방법 환경 절차 검증 가설 관찰
실행 단계 세션 요청 스캔 코드 쿼리 수치 회차 항목 슬롯 곡선 계정 읽기 쓰기 실험 엔진 승격 시퀀스 호스트 데이터 통과 성공 정합 일치 기준 경로
출처 컨테이너 트랜잭션 인스턴스 소요 기본값 거부 포함 전후 인덱스 에러 비용 구간 테이블 사유 같음 죽음 걸림 끊김 깨짐 정상 논리
`.split(/\s+/).filter(Boolean));

/** Particles and suffixes a listed word may take in a heading or a label. */
// Since adoption round 60 the words of a reproduced incident's write-up ("## 2. 재현", reproduction;
// "재계측", re-measurement; "해소", resolved; "| 예 | 아니오 |", yes and no), which held every one of 34.
// Since adoption round 61 the words a lab's write-ups held most often as given names or lone cells
// ("실행이", "단계가", "| 호스트 |": run, step, host), 119 and 182 findings of round 59's collection.
// '해' and '돼' since round 56: a verb noun's "do" and "become" ("변경을 감시해", "소진돼").
const endings = ['으로', '에서', '은', '는', '이', '가', '을', '를', '의', '와', '과', '도', '로', '에', '순', '별', '해', '돼'];

/** Whether a run of Hangul is a word of the list, alone or with one particle or suffix. */
export function isKoreanOfKnownWords(run: string): boolean {
  if (words.has(run)) return true;
  const ending = endings.find((e) => run.endsWith(e));
  return Boolean(ending) && words.has(run.slice(0, run.length - ending!.length));
}
