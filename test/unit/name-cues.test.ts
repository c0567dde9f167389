import { describe, expect, it } from 'vitest';
import { lineAcronyms, nameAcronyms, nameCue } from '../../src/lib/name-acronyms.ts';
import { camelCaseCue, camelCasePartsOfHyphenated } from '../../src/lib/compound-name-parts.ts';
import { seededRandom } from '../../scripts/lib/synthetic-postmortems.ts';

// The search documents read a line for acronyms, and a text for CamelCase parts, only where a cue
// says one may be (docs/performance.md, session 47): a cue that missed one would drop an alias.

/** Lines of words, capitals and the marks that end a clause or do not, in every order. */
const pieces = ['Testing', 'Farm', 'Big', 'BigBlueButton', 'GitHub', 'IFCA', 'RedIris', 'Ärger', 'Über', 'API', 'the', 'The', 'x1', 'k8s', 'der',
  ' ', ' ', ' ', '.', ',', ';', ':', '!', '?', '*', '_', '(', ')', '"', '“', '/', '|', '-', "'", '’', '\t', '\r', '#', '  '];
function fuzzedLines(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
}
const lines = fuzzedLines(4000, 47);

/** The CamelCase parts as read before the cue and the look-behind: every hyphenated word, split. */
function camelCasePartsRead(text: string): string[] {
  const parts = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? []) {
    for (const part of word.split('-')) if (/^\p{L}*\p{Ll}{2}\p{Lu}\p{Ll}+\p{L}*$/u.test(part)) parts.add(part.toLowerCase());
  }
  return [...parts];
}

describe('the cue for a name the acronyms are read from', () => {
  it.each([
    ['Testing Farm had an outage', ['tf']],
    ['the workers of Fedora Account System stopped', ['fas']],
    ['rooms on BigBlueButton dropped', ['bbb']],
    ['the Foo.Bar Baz cluster', ['fbb']],
    ['see Testing\tFarm', ['tf']],
  ])('is found in %j, which gives %j', (line, acronyms) => {
    expect(nameCue.test(line)).toBe(true);
    expect(nameAcronyms(line)).toEqual(acronyms);
  });

  it.each([
    'the on-call engineer rolled back the release',
    'Redis. Kafka lag grew',
    'Severity: High',
    'We restarted Redis, Kafka and the API gateway',
    'Root cause',
  ])('is not found in %j, which is not read', (line) => {
    expect(nameCue.test(line)).toBe(false);
    expect(lineAcronyms(line)).toEqual([]);
  });

  it('is found in every generated line that gives an acronym, and the lines read give the same acronyms', () => {
    const giving = lines.filter((line) => lineAcronyms(line).length > 0);
    expect(giving.length).toBeGreaterThan(100);
    expect(giving.filter((line) => !nameCue.test(line))).toEqual([]);
    for (let at = 0; at < lines.length; at += 8) {
      const text = lines.slice(at, at + 8).join('\n');
      expect(nameAcronyms(text)).toEqual([...new Set(lines.slice(at, at + 8).flatMap(lineAcronyms))]);
    }
  });
});

describe('the cue for a CamelCase part of a hyphenated word', () => {
  it('is not in prose without one, which gives none', () => {
    const text = 'The on-call engineer rolled back the web-frontend release in eu-west-1.';
    expect(camelCaseCue.test(text)).toBe(false);
    expect(camelCasePartsOfHyphenated(text)).toEqual([]);
  });

  it('gives the same parts as every hyphenated word read, on generated text', () => {
    const texts = fuzzedLines(4000, 41).map((line, i) => (i % 3 ? line : `${line}-IFCA-RedIris`));
    const found = texts.filter((text) => camelCasePartsRead(text).length > 0);
    expect(found.length).toBeGreaterThan(100);
    for (const text of texts) expect(camelCasePartsOfHyphenated(text)).toEqual(camelCasePartsRead(text));
  });
});
