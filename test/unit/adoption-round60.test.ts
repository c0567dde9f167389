import { describe, expect, test } from 'vitest';
import { scanPublicText } from '../../src/lib/redaction-guard.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { pageLanguageOfText } from '../../src/lib/publication/other-languages.ts';
import { isWideTableHeaderRow } from '../../src/lib/publication/table-header-cells.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { postStandInLanguage } from '../../src/lib/publication/post-stand-in-language.ts';
import { foundInProbe, probeOptions } from '../support/redaction-probe-harness.ts';

/**
 * Round 60's adoption walk (docs/adopting.md, "Walkthrough round 60"): what round 59 left on a
 * Korean engineer's write-ups and a French wiki. The tables, names and systems here are invented,
 * in the shapes the walk met.
 */

const people = (found: string[]) => found.filter((f) => /^redact\/(?:possible-)?person:/.test(f));

describe('a wide table header row names columns, not people', () => {
  const table = [
    '실험은 세 번 반복했고 결과는 아래 표와 같습니다.',
    '',
    '| 조건 | 파티션 | 대기열 | 지연 |',
    '|---|---|---|---|',
    '| A | 4 | 120 | 35ms |',
    '',
  ].join('\n');

  test('the header row of Hangul words is no finding', () => {
    expect(people(foundInProbe(table))).toEqual([]);
  });

  test('the same words in a body row are still guessed as names alone in cells', () => {
    const body = table.replace('| A | 4 | 120 | 35ms |', '| 10:02 | 파티션 | 대기열 | 지연 |');
    expect(people(foundInProbe(body))).toEqual(['redact/possible-person:파티션', 'redact/possible-person:대기열', 'redact/possible-person:지연']);
  });

  test('a two-column header may be a fact (a role and who held it) and stays found', () => {
    const facts = ['보고서 정보는 아래와 같습니다.', '', '| 당번 | 도윤해 |', '|---|---|', '| 작성일 | 2026-03-02 |', ''].join('\n');
    expect(people(foundInProbe(facts))).toContain('redact/possible-person:도윤해');
    expect(isWideTableHeaderRow(facts.split('\n'), 2)).toBe(false);
  });

  test('a row without the delimiter row under it is no header', () => {
    expect(isWideTableHeaderRow(['| 조건 | 파티션 | 대기열 |', '| 1 | 2 | 3 |'], 0)).toBe(false);
    expect(isWideTableHeaderRow(['| 조건 | 파티션 | 대기열 |', '|:--|--:|:-:|'], 0)).toBe(true);
  });
});

describe('a Korean counter after a number names no one', () => {
  test('"[2번째]", "12.8초" and "3배" on lines of code and English', () => {
    expect(people(foundInProbe('    [2번째] INSERT ok'))).toEqual([]);
    expect(people(foundInProbe('ALTER took 12.8초 and 3배 the lock time'))).toEqual([]);
  });

  test('a word that is no counter after a number, or a counter after no number, is held as before', () => {
    expect(people(foundInProbe('    [2민수] INSERT ok'))).toEqual(['redact/possible-person:민수']);
    expect(people(foundInProbe('    [번째] INSERT ok'))).toEqual(['redact/possible-person:번째']);
  });
});

describe('the words of a reproduced incident\'s write-up alone on a line', () => {
  test('"## 2. 재현" (reproduction), "재계측" (re-measurement) and "| 예 | 아니오 |" are no names', () => {
    expect(people(foundInProbe('## 2. 재현\n\n### 재계측\n\n| 예 | 아니오 | 4 |\n'))).toEqual([]);
  });

  test('a given name alone on a heading is held as before', () => {
    expect(people(foundInProbe('## 2. 민준\n'))).toEqual(['redact/possible-person:민준']);
  });
});

describe("a framework's annotation in Korean prose is no chat handle", () => {
  test('`@Transactional`이, `@Id` 만, `@PostLoad` with or without a particle', () => {
    const found = foundInProbe('`@Transactional`이 붙은 빈은 프록시로 감싸이고, `@Id` 만 있고 `@PostLoad` 가 없으면 저장이 느려집니다.');
    expect(found.filter((f) => f.startsWith('redact/handle') || f.includes('Transactional') || f.includes('PostLoad'))).toEqual([]);
  });

  test('a handle that is no annotation, and one written as a given name, are found', () => {
    expect(foundInProbe('배포는 @dohyun-k 님이 맡았습니다.').some((f) => f.includes('dohyun-k'))).toBe(true);
    expect(foundInProbe('Ping @Max when the deploy finishes.')).toContain('redact/handle:@Max');
    expect(foundInProbe('`@Quorvath`이 배포를 맡았습니다.').some((f) => f.includes('Quorvath'))).toBe(true);
  });
});

describe("a page's language decides its stand-ins", () => {
  const french = [
    '# ADR-004 : Stockage partagé',
    '',
    'Nous avons choisi le stockage partagé pour les agents, car la solution est simple et elle est déjà en place dans le réseau.',
    'La décision a été prise avec le client et les agents de la mission.',
    '',
  ].join('\n');

  test('a French page whose title names only products is French by its words', () => {
    expect(pageLanguageOfText(french)).toBe('fr');
    expect(pageLanguageOfText('We chose the shared storage because it is simple and it is already in place on the network.')).toBeUndefined();
  });

  test('a person on a line of the French page whose words tell no language takes the French placeholder', () => {
    const source = `---\ntitle: "ADR-004 : Quillbox vs Sharedeck"\n---\n\n${french}\n- Validation : Quorvath\n`;
    const options = { ...probeOptions, people: ['Quorvath'], peopleIndex: buildPeopleIndex([{ name: 'Quorvath', origin: 'git author' }]) };
    const findings = scanPublicText('post.mdx', source, options).findings;
    const language = postStandInLanguage({ title: 'ADR-004 : Quillbox vs Sharedeck' }, source);
    expect(language).toBe('fr');
    const fixed = applyRedactionFixes(source, findings, { isMdx: true, language }).source;
    expect(fixed).toContain('- Validation : <Internal>Quorvath</Internal><PublicOnly>[nom retiré]</PublicOnly>');
  });

  test("a line leaning to another language by one word takes the post's language where the post has one", () => {
    // The body's English (a pasted log's notes) leaves the line untold by the post; "en" is Dutch's word as well.
    const source = [
      '---',
      'title: Accès au portail',
      '---',
      '',
      'The portal was restarted and the logs were checked for the new accounts in the morning.',
      '',
      '- Client Quorvath accès OK en 10 min',
      '',
    ].join('\n');
    const options = { ...probeOptions, people: ['Quorvath'], peopleIndex: buildPeopleIndex([{ name: 'Quorvath', origin: 'git author' }]) };
    const findings = scanPublicText('post.mdx', source, options).findings;
    const fixed = applyRedactionFixes(source, findings, { isMdx: true, language: 'fr' }).source;
    expect(fixed).toContain('<PublicOnly>[nom retiré]</PublicOnly> accès OK');
    expect(fixed).not.toContain('verwijderd');
  });

  test('a Latin name on a Korean page takes the Korean role, on an English page the English one', () => {
    const korean = [
      '---',
      'title: 커넥션 풀 고갈',
      '---',
      '',
      '이 세션은 커넥션 풀이 고갈되는 상황을 재현합니다.',
      '풀 크기를 줄이고 부하를 올렸습니다.',
      '',
      '- Owner: Quorvath',
      '',
    ].join('\n');
    const fixedKorean = applyRedactionFixes(korean, scanPublicText('post.mdx', korean, probeOptions).findings, { isMdx: true }).source;
    expect(fixedKorean).toContain('<PublicOnly>담당자</PublicOnly>');
    const english = korean.replace('이 세션은 커넥션 풀이 고갈되는 상황을 재현합니다.\n풀 크기를 줄이고 부하를 올렸습니다.', 'This session reproduces the pool running dry.\nWe shrank the pool and raised the load.');
    const fixedEnglish = applyRedactionFixes(english, scanPublicText('post.mdx', english, probeOptions).findings, { isMdx: true }).source;
    expect(fixedEnglish).toMatch(/<PublicOnly>an engineer<\/PublicOnly>/i);
    expect(fixedEnglish).not.toContain('담당자');
  });
});
