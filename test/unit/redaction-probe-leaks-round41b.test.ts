import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findRomanisedHonorificPeople } from '../../src/lib/publication/romanised-honorific-people.ts';
import { findCjkInternalSystemNames } from '../../src/lib/publication/cjk-internal-system-names.ts';
import { findOtherLanguageSystemNouns } from '../../src/lib/publication/other-language-system-nouns.ts';
import { findOtherLanguagePeople } from '../../src/lib/publication/other-language-people.ts';
import { foundBeforeRound41b, leakProbesRound41b, notLeaksRound41b, stillPublishedRound41b } from '../support/redaction-probes-round41b.ts';

/**
 * The probe round 41b (docs/redaction.md, "Probe round 41b"): people and internal systems in
 * reports not written in English, as the Portuguese, Spanish, German, French, Korean, Japanese and
 * Chinese collections of /work/corpora name them. Every probe and negative is text of our own
 * writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound41b, foundBefore: foundBeforeRound41b, stillPublished: stillPublishedRound41b, atLeast: { probes: 40, gotThroughBefore: 12 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound41b.filter((p) => !stillPublishedRound41b.has(p.kind)),
);

describeNotLeaks('not findings: roles, public products, defaults and words in the same languages and shapes, without and with the organisation configured', notLeaksRound41b);
describeLeaksGoneAfterRedact(leakProbesRound41b, stillPublishedRound41b);

describe('a romanised name with a Japanese or Korean honorific (romanised-honorific-people.ts)', () => {
  const texts = (line: string) => findRomanisedHonorificPeople(line).map((m) => m.text);
  test.each([
    ['-san before Japanese', 'Kuga-sanがサービスを再起動しました。', 'Kuga'],
    ['-san in English', 'Thanks to Hasumi-san for the quick fix.', 'Hasumi'],
    ['-nim in Korean', 'Doyun-nim이 승인했습니다.', 'Doyun'],
  ])('found: %s', (_, line, name) => {
    expect(texts(line)).toEqual([name]);
  });
  test.each([
    ['a lower-case word', 'the x-san build'],
    ['no hyphen', 'Kuga san'],
    ['a longer word after the hyphen', 'Kuga-sandbox is a host'],
  ])('not found: %s', (_, line) => {
    expect(texts(line)).toEqual([]);
  });
});

describe('an in-house system named in quotes in Japanese, Chinese or Korean (cjk-internal-system-names.ts)', () => {
  const texts = (line: string, isPublicName: (t: string) => boolean = () => false) => findCjkInternalSystemNames(line, isPublicName).map((m) => ({ text: m.text, at: line.indexOf(m.text) === m.index }));
  test.each([
    ['Japanese corner brackets', '社内システム「ホシガラス」が停止しました。', 'ホシガラス'],
    ['Chinese curly quotes', '内部系统“青鸾”的订单服务不可用。', '青鸾'],
    ['Korean single quotes with a space', "사내 시스템 '누리'가 중단되었습니다.", '누리'],
  ])('found: %s', (_, line, name) => {
    expect(texts(line)).toEqual([{ text: name, at: true }]);
  });
  test.each([
    ['a public product', '社内システム「Prometheus」が停止しました。'],
    ['no noun of the organisation\'s own', '監視システム「ホシガラス」が停止しました。'],
  ])('not found: %s', (_, line) => {
    expect(texts(line)).toEqual([]);
  });
  test('a name the team lists as public', () => {
    expect(texts('社内ツール「ホシガラス」', (t) => t === 'ホシガラス')).toEqual([]);
  });
});

describe('a one-word machine after a noun of another language (other-language-system-nouns.ts, round 41b)', () => {
  const texts = (line: string) => findOtherLanguageSystemNouns(line, () => false).map((m) => m.text);
  test.each([
    ['a Spanish server with a number', 'El servidor urdanbe02 dejó de responder.', 'urdanbe02'],
    ['a German machine with a number', 'Der Rechner hollerbach7 war aus.', 'hollerbach7'],
    ['a capitalised coined service in Portuguese', 'O serviço Caravelim parou.', 'Caravelim'],
  ])('found: %s', (_, line, name) => {
    expect(texts(line)).toEqual([name]);
  });
  test.each([
    ['a verb after the noun', 'El servidor respondió tarde.'],
    ['a German noun after the noun', 'Der Server Neustart dauerte lange.'],
    ['a public product', 'O serviço Kubernetes parou.'],
    ['an English word', 'O servidor Principal parou.'],
  ])('not found: %s', (_, line) => {
    expect(texts(line)).toEqual([]);
  });
});

describe('Portuguese article before a name, and more of a responder\'s acts (other-language-people.ts, round 41b)', () => {
  const texts = (line: string) => findOtherLanguagePeople(line).map((m) => m.text);
  test.each([
    ['according to', 'Segundo o Everaldo, o certificado expirou.', 'Everaldo'],
    ['escalated to', 'Escalei para o Jairo às 3h.', 'Jairo'],
    ["a team of someone's", 'A equipe do Tarcísio revisou o runbook.', 'Tarcísio'],
    ['German informed', 'Jannik hat die Kollegen informiert.', 'Jannik'],
    ['French noticed', 'Clémence a constaté la saturation.', 'Clémence'],
  ])('found: %s', (_, line, name) => {
    expect(texts(line)).toEqual([name]);
  });
  test.each([
    ['a public product', 'Segundo a Microsoft, o certificado expirou.'],
    ['a team by its function', 'A equipe de SRE revisou o runbook.'],
    ['a Portuguese word', 'Segundo o Manual, o certificado expira.'],
  ])('not found: %s', (_, line) => {
    expect(texts(line)).toEqual([]);
  });
});
