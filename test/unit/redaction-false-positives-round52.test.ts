import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex, type KnownName } from '../../src/lib/publication/people.ts';

/**
 * Round 52 of false positives (docs/redaction.md): how a names list's entry matches a post. The
 * adoption walk of session 51 held a post on a blockchain's "CATs" (its asset tokens) for the git
 * author "The Cats" of the names list. Every line is our own; beside each relaxation, a near miss
 * written the same way is still found.
 */
const optionsWith = (names: readonly string[]): RedactionOptions => {
  const listed: KnownName[] = names.map((name) => ({ name, origin: 'git author' }));
  return { internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex(listed) };
};
const post = (body: string) => `# Outage\n\nThe wallet service stalled and the team restarted it.\n\n${body}\n`;
const found = (names: readonly string[], body: string) => scanPublicText('post.md', post(body), optionsWith(names)).findings.filter((f) => f.rule.endsWith('person')).map((f) => redactionFindingText(f));

describe('a listed name the article "The" opens, left with one word of the dictionary, is matched whole', () => {
  test.each([
    'A TOK is a Torvale Asset Token. TOKs move between wallets, and CATs did too.',
    'If you hold any CATs, upgrade before the block height.',
    'Then the Cats were reissued to every wallet.',
    'Cats and dogs were fed.',
  ])('the word is no one: %s', (body) => {
    expect(found(['The Cats'], body)).toEqual([]);
  });
  test.each([
    ['We thank The Cats for the patch.', 'The Cats'],
    ['Thanks to The Cats, the wallet came back at 10:04.', 'The Cats'],
  ])('the whole name is still found: %s', (body, name) => {
    expect(found(['The Cats'], body)).toContain(name);
  });
  test.each([
    ['Nguyen restarted the wallet node at 10:04.', 'The Vinh Nguyen', 'Nguyen'],
    ['Thanks to Nystic for the patch.', 'The Nystic', 'Nystic'],
  ])('a person\'s name opening with "The", or a coined nickname, keeps its parts: %s', (body, listed, name) => {
    expect(found([listed], body)).toContain(name);
  });
});

describe('capitals with a plural "s" are an acronym\'s plural, not a listed name', () => {
  test.each([
    ['Cats', 'Both CATs were reissued.'],
    ['Vems', 'Two VEMs restarted at 10:04.'],
  ])('%s: %s', (listed, body) => {
    expect(found([listed], body)).toEqual([]);
  });
  test.each([
    ['Cats', 'Cats restarted the wallet node.', 'Cats'],
    ['Vems', 'VEMS restarted the wallet node.', 'VEMS'],
  ])('the name as written, or in capitals, is still found: %s', (listed, body, name) => {
    expect(found([listed], body)).toContain(name);
  });
});

describe('"user" before what a user can do to the noun after it', () => {
  const foundBare = (body: string) => scanPublicText('post.md', post(body), { internalDomains: ['.internal'], serviceIds: [], people: [] }).findings.map((f) => redactionFindingText(f));
  test.each([
    'A feed reader with user customizable filters.',
    'The exporter has user configurable thresholds.',
    'Both panels have user customisable layouts.',
  ])('no login: %s', (body) => {
    expect(foundBare(body)).toEqual([]);
  });
  test.each([
    ['The bug was reported by user zorvable yesterday.', 'zorvable'],
    ['Ask user configurable.', 'configurable'],
    ['We paged user hbrekke about the filters.', 'hbrekke'],
  ])('a login after "user" is still found: %s', (body, login) => {
    expect(foundBare(body)).toContain(login);
  });
});
