import { describe, expect, test } from 'vitest';
import { findKoreanGivenNames } from '../../src/lib/publication/korean-given-names.ts';
import { foundInProbe } from '../support/redaction-probe-harness.ts';

/**
 * A writer introducing themself by a Latin given name in Korean text (ui44 saw "DevOps 팀의 …입니다"
 * published on an imported Korean retrospective). Our own sentences, in the shapes Korean tech
 * blogs open with.
 */
describe('a Latin given name introducing the writer, in Korean text (korean-given-names.ts)', () => {
  test.each([
    ['after a team and 의', '안녕하세요, 플랫폼 팀의 Jorvin입니다. 지난주 장애를 정리했습니다.', 'Jorvin'],
    ['after a team with no particle', '안녕하세요, SRE 팀 Talvey입니다.', 'Talvey'],
    ['after "in charge of"', '결제 SDK를 담당하고 있는 Mireth입니다.', 'Mireth'],
    ['after a greeting', '안녕하세요, Quessa입니다. 오늘은 DB 장애를 돌아봅니다.', 'Quessa'],
    ['after an English team word and 의', 'Search Dev Team의 Brannic입니다.', 'Brannic'],
  ])('found: %s', (_, line, name) => {
    expect(findKoreanGivenNames(line).map((n) => n.text)).toContain(name);
    expect(foundInProbe(`${line}\n`).join('\n')).toContain(name);
  });

  test.each([
    ['an acronym', '아래는 문제가 되는 SQL입니다.'],
    ['a product in capitals', 'AWS가 제작한 OS입니다.'],
    ["a team's own name", '안녕하세요, 하이퍼커넥트 DevRel Team입니다.'],
    ['a value', '기본값은 True입니다.'],
  ])('not read as a name: %s', (_, line) => {
    expect(findKoreanGivenNames(line)).toEqual([]);
  });
});
