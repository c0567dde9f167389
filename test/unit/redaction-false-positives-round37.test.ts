import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { isKoreanOfKnownWords } from '../../src/lib/publication/korean-known-words.ts';

/**
 * Round 37 of false positives (docs/redaction.md): a Korean team's headings and labels of one
 * word, a public build service named where a machine stands, two products before a noun they
 * qualify, and a surname touching a Japanese or Korean particle. Every text is our own, modelled
 * on the shapes the collections hold (no real sentence or name); beside each negative a person or
 * a machine written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const findings = (text: string) => scanPublicText('post.md', text, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);
const people = (text: string) => scanPublicText('post.md', text, options).findings.filter((f) => f.rule === 'redact/person' || f.rule === 'redact/possible-person').map((f) => redactionFindingText(f));

describe('Korean words of engineering and incident response alone', () => {
  test.each([
    ['a heading of one word', '## 배경'],
    ['a label before a bracket and a colon', '- 심각도(Sev):'],
    ['a status label', '- 상태(Resolved / Monitoring):'],
    ['a word alone in a timeline cell', '| 00:00 | 감지 |  |'],
    ['a heading after a number', '### 2) API 제공'],
    ['a word with an ordering suffix in a sentence', '- Kafka 인기순과 같은 캐시 정합성'],
    ['a word with a particle', '## 목표는'],
  ])('is no person: %s', (_, line) => {
    expect(people(line)).toEqual([]);
  });

  test.each([
    ['a given name as a heading', '## 서윤', ['서윤']],
    ['a given name alone in a cell', '| 00:00 | 서윤 |  |', ['서윤']],
    ['a given name with a particle', '## 서윤은', ['서윤은']],
    ['a surname and a given name in a sentence', '- 박서윤과 같은 엔지니어', ['박서윤']],
  ])('a name written the same way is still found: %s', (_, line, found) => {
    expect(people(line)).toEqual(expect.arrayContaining(found));
  });

  test('only the listed words, with one particle at most', () => {
    expect(isKoreanOfKnownWords('배경')).toBe(true);
    expect(isKoreanOfKnownWords('배경은')).toBe(true);
    expect(isKoreanOfKnownWords('서윤')).toBe(false);
    expect(isKoreanOfKnownWords('배경은는')).toBe(false);
  });
});

describe('a public build service where a machine stands', () => {
  test('a word the post runs as a command is the service, not a machine ("builds in Vexlor")', () => {
    expect(findings('Avoid release builds in Vexlor until the upgrade ends.\n\nRetrigger them with `/vexlor build` afterwards.')).toEqual([]);
  });
  test('a word the post writes before a team or a frontend is the service', () => {
    expect(findings('Package builds in Ferrow were slow.\n\nThe Ferrow team fixed its frontend.')).toEqual([]);
  });
  test('a machine the post says nothing else of is still found', () => {
    expect(findings('Package builds in Ferrow were slow.')).toEqual(['redact/internal-host:Ferrow']);
    expect(findings('Avoid release builds in Vexlor until the upgrade ends.')).toEqual(['redact/internal-host:Vexlor']);
    expect(findings('The nightly builds in Vadrek failed.\n\nWe restarted them.')).toEqual(['redact/internal-host:Vadrek']);
  });
});

describe('two products before a noun they qualify', () => {
  test('a series before a compound of two nouns that a verb follows is no one ("Quorret and Lamsel download sync confirmed working")', () => {
    expect(people('| 21:33 | the pod is ready; Quorret and Lamsel download sync confirmed working |')).toEqual([]);
    expect(people('Quorret and Lamsel download sync confirmed working.')).toEqual([]);
  });
  test('people acting so are still found', () => {
    expect(people('Quorret and Lamsel download the logs.')).toEqual(['Quorret', 'Lamsel']);
    expect(people('Quorret and Lamsel paused sync jobs.')).toEqual(['Quorret', 'Lamsel']);
    expect(people('Quorret and Lamsel download sync jobs.')).toEqual(['Quorret', 'Lamsel']);
  });
  test('one name, or names and a preposition, before a noun and a verb are people ("Ms. Okafor from support relayed …")', () => {
    expect(people('Ms. Okafor from support relayed the complaint.')).toEqual(['Ms. Okafor']);
    expect(people('Quorret and Lamsel from support relayed the complaint.')).toEqual(['Quorret', 'Lamsel']);
  });
});

describe('a surname touching a particle of Japanese or Korean', () => {
  test('is part of the name found, so its fix leaves none of it', () => {
    expect(people('その本の中で、Margaret Brandvikは障害の見方を二つ挙げています。')).toEqual(['Margaret Brandvik']);
  });
  test('a Latin word running on is not taken in', () => {
    expect(people('Ottilie Brandvikson restarted the pool.')).toEqual(['Ottilie Brandvikson']);
    expect(people('Ottilie restarted the pool with Brandvik2.')).not.toContain('Ottilie Brandvik2');
  });
});
