import { describe, expect, test } from 'vitest';
import { isPythonDecorator } from '../../src/lib/publication/python-decorators.ts';
import { isKoreanPredicateWord } from '../../src/lib/publication/korean-predicate-words.ts';
import { isNounWithTopicParticle } from '../../src/lib/publication/korean-topic-particle.ts';
import { findKoreanGivenNames } from '../../src/lib/publication/korean-given-names.ts';
import { foundInProbe } from '../support/redaction-probe-harness.ts';

/**
 * Round 61's adoption walk (docs/adopting.md, "Walkthrough round 61"): what round 60 left on a
 * Korean engineer's lab write-ups and a Spanish service's notes. The sentences, names and systems
 * here are invented, in the shapes the walk met.
 */

const people = (found: string[]) => found.filter((f) => /^redact\/(?:possible-)?person:/.test(f));
const handles = (found: string[]) => found.filter((f) => f.startsWith('redact/handle:'));

describe('a wrapped paragraph leaves a predicate alone on its line', () => {
  const paragraph = (last: string) => ['캐시 계층을 두 번 비우고 같은 부하를 `bench/run-b.sh` 로 다시 걸었을 때 지연은', last, ''].join('\n');

  test('a verb\'s polite ending alone on a line is no finding', () => {
    for (const last of ['줄어듭니다.', '남았습니다.', '사라졌습니다.', '유지합니다.']) expect(people(foundInProbe(paragraph(last)))).toEqual([]);
  });

  test('the copula after a noun of grammar is none either; after a given name it stays held', () => {
    expect(people(foundInProbe(paragraph('때문입니다.')))).toEqual([]);
    expect(people(foundInProbe(paragraph('하나뿐입니다.')))).toEqual([]);
    expect(people(foundInProbe(paragraph('서윤입니다.')))).toEqual(['redact/possible-person:서윤입니다']);
    expect(isKoreanPredicateWord('민수입니다')).toBe(false);
    expect(isKoreanPredicateWord('현중입니다')).toBe(false);
  });

  test('a particle alone or after an acronym on a line of English or code is grammar, not a name', () => {
    expect(people(foundInProbe('| DDL만 | 3,100 | 12,400 |\n'))).toEqual([]);
    expect(people(foundInProbe('See the Vendor Guide 의 locking chapter for the isolation levels.\n'))).toEqual([]);
    // Not a Latin name's particle, nor a lone surname's syllable.
    expect(people(foundInProbe('Then Ortwin가 restarted the queue consumer.\n'))).toEqual(['redact/possible-person:Ortwin가']);
    expect(people(foundInProbe('The pager went to 도 at night.\n'))).toEqual(['redact/possible-person:도']);
  });

  test('a name alone on a line of English is held as before', () => {
    expect(people(foundInProbe('Then 김도해 restarted the queue consumer.\n'))).toEqual(['redact/possible-person:김도해']);
  });
});

describe('a noun and the topic particle is no surname and given name', () => {
  test('은 after a syllable closed by ㄱ, ㄹ or ㅂ reads as a noun and its particle', () => {
    const line = '단가표의 가격은 두 번 바뀌었고 유실은 없었으며 이득은 작았습니다.';
    expect(people(foundInProbe(`${line}\n`))).toEqual([]);
    expect(isNounWithTopicParticle('가격은')).toBe(true);
    expect(isNounWithTopicParticle('유실은')).toBe(true);
  });

  test('a given name ending in 은 after an open syllable or ㄴ, ㅇ, ㅁ stays a full name', () => {
    for (const name of ['이지은', '박영은', '김현은', '최담은']) expect(isNounWithTopicParticle(name)).toBe(false);
    expect(people(foundInProbe('장애 당일 이지은 님이 롤백을 결정했습니다.\n'))).toContain('redact/possible-person:이지은');
  });
});

describe('a thing doing a responder\'s work', () => {
  test('a word of incident notes is no given name ("실행이", "단계가")', () => {
    expect(findKoreanGivenNames('두 실행이 같은 부하를 받았는지는 기준선으로 확인했습니다.')).toEqual([]);
    expect(findKoreanGivenNames('잔여 행을 처리하는 단계가 없으면 전환이 끝나지 않습니다.')).toEqual([]);
  });

  test('after a determiner, or with the work passive only, the subject is a thing', () => {
    expect(findKoreanGivenNames('같은 고래가 배포를 진행했습니다.')).toEqual([]);
    expect(findKoreanGivenNames('고래가 끝내 적용되지 않았습니다.')).toEqual([]);
  });

  test('a given name doing the work is found, also when an earlier work is passive', () => {
    expect(findKoreanGivenNames('도윤이 서버를 재시작했습니다.').map((f) => f.text)).toEqual(['도윤']);
    expect(findKoreanGivenNames('도윤이 배포되지 않은 서버를 재시작했습니다.').map((f) => f.text)).toEqual(['도윤']);
  });
});

describe('Python decorators are no handles', () => {
  test('a framework\'s decorator, a property\'s accessor and a module\'s call in prose', () => {
    const text = [
      'La vista usa `@extend_schema` y `@login_required`; el modelo define `@estado_visible.setter`.',
      'Las escrituras van dentro de `@transaction.atomic` y las pruebas usan `@pytest.fixture`.',
      'El validador `@model_validator` corre antes que `@trace_span`.',
      '',
    ].join('\n');
    expect(handles(foundInProbe(text))).toEqual([]);
  });

  test('with a Korean particle after the code span', () => {
    expect(handles(foundInProbe('`@shared_task`는 재시도를 세 번 합니다.\n'))).toEqual([]);
  });

  test('a person\'s handle of the same shapes stays a handle', () => {
    for (const handle of ['@malte_q', '@jane_doe', '@dev', '@ines.roca']) expect(isPythonDecorator(handle)).toBe(false);
    expect(handles(foundInProbe('Pregunta a `@malte_q` y a @ines.roca antes del despliegue.\n'))).toEqual(['redact/handle:@malte_q', 'redact/handle:@ines.roca']);
  });
});

describe('a record\'s label before an identifier or a quoted message alone is no chat speaker', () => {
  const ticket = (value: string) => ['**Phiếu hỗ trợ ban đầu:**', '', '```', `Phòng: ${value}`, 'Từ: hotro@example.org', '```', ''].join('\n');

  test('a label before an identifier or a quoted message is none, nor carried to the label word elsewhere', () => {
    expect(people(foundInProbe(`${ticket('KHO-SG-2031')}Phòng này không nhận được đơn.\n`))).toEqual([]);
    expect(people(foundInProbe(ticket('"Service unavailable - try later"')))).toEqual([]);
  });

  test('a label before a sentence is still a speaker', () => {
    expect(people(foundInProbe(ticket('restarted the pool after the alert')))).toContain('redact/person:Phòng');
  });
});
