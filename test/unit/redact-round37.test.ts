import { describe, expect, test } from 'vitest';
import { foundInProbe, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';
import { spacelessLanguageOfClause } from '../../src/lib/publication/spaceless-script-clauses.ts';
import { guessOrganisationName, namesGuessedOrganisation } from '../../src/lib/organisation-name-guess.ts';
import type { Finding } from '../../src/lib/findings.ts';

/**
 * The parts of redact round 37 (docs/redaction.md, "False positives, round 37"): a name in Latin
 * letters in a Chinese, Japanese or Korean clause, the phrases and roles written there, and the
 * organisation's own name when it is also a listed author's surname. Our own sentences, modelled
 * on a Chinese author's footer, a Japanese guide citing an author and a company's own posts.
 */

describe('a Latin name in a clause of Chinese, Japanese or Korean', () => {
  test.each([
    ['a Chinese footer: the name and its address, one role in Chinese (before: "作者: an engineer (the responsible team)")', '**页脚**: Quillon 项目 | 作者: Tomas Verlind (tverlind@example.org) | 更新: 2026-01', '**页脚**: Quillon 项目 | 作者: 同事 | 更新: 2026-01'],
    ['a Japanese sentence: the whole name, a Japanese role (before: "An engineer Verlind")', 'その本の中で、Margaret Verlindは障害の見方を説明しています。', 'その本の中で、担当者は障害の見方を説明しています。'],
    ['a Korean sentence: the particle kept after a role that ends as it asks', 'Margaret Verlind는 원인을 설명했습니다.', '담당자는 원인을 설명했습니다.'],
  ])('%s', (_, source, published) => {
    expect(publicTextAfterRedact(source)).toBe(published);
  });

  test('a Latin name in an English clause keeps the English role and phrase', () => {
    // One person with their address is one role since adoption round 46 (person-address-runs.ts).
    expect(publicTextAfterRedact('Author: Tomas Verlind (tverlind@example.org)')).toBe('Author: An engineer');
    expect(spacelessLanguageOfClause('Contact Tomas Verlind today.', 8, 21)).toBeUndefined();
  });

  test('what redact wrote there is no finding again, and a name beside it still is', () => {
    for (const written of ['**页脚**: Quillon 项目 | 作者: 同事 ([联系方式已移除]) | 更新: 2026-01', '담당 직원이 서버를 재시작했습니다', 'その本の中で、担当者は障害の見方を説明しています。']) expect(foundInProbe(written)).toEqual([]);
    expect(foundInProbe('**页脚**: Quillon 项目 | 作者: 同事 王秀英 | 更新: 2026-01')).toContain('redact/possible-person:王秀英');
    expect(foundInProbe('**页脚**: Quillon 项目 | 作者: [联系方式已移除王秀英] | 更新: 2026-01')).toContain('redact/possible-person:王秀英');
  });
});

describe("the organisation's own name when a listed author's surname is the same word", () => {
  const finding = (text: string): Finding => ({ file: 'a.md', line: 1, column: 1, severity: 'error', rule: 'redact/person', message: `a known name would be published: "${text}".`, fix: 'replace it by a role.' });
  const post = (text: string, ...names: string[]) => ({ text, findings: names.map((name) => finding(name)) });
  const collection = [
    post('See https://docs.quorvane.io/wallet for the fix.', 'Quorvane'),
    post('The Quorvane wallet showed a wrong balance.', 'Quorvane'),
    post('Quorvane operations alarms fired at 03:10.', 'Quorvane'),
    post('Nothing named here.'),
  ];

  test('is proposed, and redact leaves it with the proposal, when the posts also write the surname as an organisation ("The Quorvane wallet")', () => {
    const guess = guessOrganisationName(collection, 'Acme', ['Dagny Quorvane']);
    expect(guess?.name).toBe('Quorvane');
    expect(namesGuessedOrganisation(finding('Quorvane'), guess)).toBe(true);
    expect(namesGuessedOrganisation(finding('Dagny Quorvane'), guess)).toBe(false);
  });

  test('a surname no post writes as an organisation is never proposed, and redact replaces it', () => {
    const asPerson = collection.map((p) => ({ ...p, text: p.text.replace('The Quorvane wallet', 'Quorvane restarted the wallet') }));
    const guess = guessOrganisationName(asPerson, 'Acme', ['Dagny Quorvane']);
    expect(guess).toBeUndefined();
    expect(namesGuessedOrganisation(finding('Quorvane'), guess)).toBe(false);
  });
});
