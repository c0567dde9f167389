import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildPeopleIndex, findKnownNames } from '../../src/lib/publication/people.ts';
import { codeOwners, frontmatterPeople, gitAuthors, vocabularyInternalNames, vocabularyPeople } from '../../scripts/lib/redaction-settings.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';

describe('where names come from', () => {
  test('git authors of the content folder: names and e-mail local parts, no bots, no no-reply addresses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-git-authors-'));
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
    git('init', '-q');
    const commit = (name: string, email: string, file: string) => {
      writeFileSync(join(dir, file), file);
      git('add', file);
      git('-c', `user.name=${name}`, '-c', `user.email=${email}`, 'commit', '-qm', file);
    };
    commit('Ekaterina Ivanova', 'eivanova@acme.example', 'a');
    commit('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com', 'b');
    commit('jkowalski', '12345+jkowalski@users.noreply.github.com', 'c');
    expect(gitAuthors(dir).map((n) => n.name)).toEqual(['Ekaterina Ivanova', 'eivanova', 'jkowalski']);
  });

  test('no git repository: no authors, no error', () => {
    expect(gitAuthors(mkdtempSync(join(tmpdir(), 'kb-no-git-')))).toEqual([]);
  });

  test('CODEOWNERS: users are people, team handles give the organisation scope', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-owners-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/CODEOWNERS'), '# comment @nobody\n/content/ @acme/sre @mnowak tomasz.z@acme.example\n');
    const owners = codeOwners(dir);
    expect(owners.people.map((n) => n.name)).toEqual(['mnowak', 'tomasz.z']);
    expect(owners.scopes).toEqual(['acme']);
  });

  test('people-valued frontmatter: full names count, roles and handles do not', () => {
    const data = { reviewers: ['Priya Raman', 'payments on-call', '@acme/sre'], commander: 'IC: Marta Nowak' } as unknown as Postmortem;
    expect(frontmatterPeople([{ data }]).map((n) => n.name)).toEqual(['Marta Nowak', 'Priya Raman']);
  });

  test('vocabularies: team members are people; ids and names are internal unless public', () => {
    const vocabulary = parseVocabulary({
      teams: 'sre: { name: Site Reliability, handle: "@acme/sre", members: [Jan Kowalski] }\n',
      services: 'checkout-api: { name: Checkout API, owner: sre, tier: 1, publicName: Checkout }\norion-db: { name: Orion cluster, owner: sre, tier: 1 }\n',
      tags: '', triggers: '',
    });
    expect(vocabularyPeople(vocabulary).map((n) => n.name)).toEqual(['Jan Kowalski']);
    const names = vocabularyInternalNames(vocabulary);
    expect(names.internal).toEqual(['checkout-api', 'orion-db', 'Orion cluster', 'sre', 'Site Reliability', '@acme/sre']);
    expect(names.public).toEqual(['Checkout']);
    expect(names.scopes).toEqual(['acme']);
  });

  test("a team handle's team part is an internal name of its own (`ledger-guild` of `@acme/ledger-guild`)", () => {
    const vocabulary = parseVocabulary({
      services: '',
      teams: 'ledger:\n  name: Ledger\n  handle: "@acme/ledger-guild"\n',
      tags: '', triggers: '',
    });
    expect(vocabularyInternalNames(vocabulary).internal).toEqual(['ledger', 'Ledger', '@acme/ledger-guild', 'ledger-guild']);
  });
});

describe('matching names in context', () => {
  const index = buildPeopleIndex([
    { name: 'Jan Kowalski', origin: 'git author' },
    { name: 'May Chen', origin: 'configured' },
    { name: 'Founding engineer', origin: 'git author' },
    { name: 'dev', origin: 'git author' },
  ]);
  const found = (line: string) => findKnownNames(line, index).map((m) => m.text);

  test.each([
    ['Jan restarted the pool.', ['Jan']],
    ['On Jan 14 the pool filled; on 14 Jan 2025 again; in Jan 2025 too.', []],
    ['jan is lower case: not the name', []],
    ['Jan Kowalski and Kowalski alone', ['Jan Kowalski', 'Kowalski']],
    ['May Chen fixed it; Chen confirmed; May we apologise?', ['May Chen', 'Chen', 'May']],
    ['It may happen in May 2025.', []],
    ['The founding engineer and the dev team', []],
  ])('%s', (line, expected) => {
    expect(found(line)).toEqual(expected);
  });
});
