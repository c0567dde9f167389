import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { pluralOfCompound, usedAsFileName, usedAsModifier } from '../../src/lib/publication/person-patterns.ts';

/**
 * False positives of the eighth round: words of real reports that stopped them as people (a
 * component's name acting in its sentences, a product's name read as a full name, a plural
 * label, a placeholder account in a link, a file's name). Every text here is our own, shaped like
 * what the corpora showed; each positive has a negative with a person written the same way.
 */
const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** The texts of the person findings, in order. */
const people = (text: string) =>
  scanPublicText('post.mdx', text, options).findings.filter((f) => /person/.test(f.rule)).map((f) => redactionFindingText(f));

describe('a first name the post writes as a component', () => {
  const component = [
    'Ramon wrote the wrong value on the edge nodes after the restart.',
    '',
    'The outage was a Ramon sync failure: the Ramon route table was never refreshed.',
  ].join('\n');

  test('a first name acting, written twice as a noun\'s modifier after an article, is a thing', () => {
    expect(usedAsModifier('Ramon', component)).toBe(true);
    expect(people(component)).toEqual([]);
  });

  test('written so once, the first name acting is still a person', () => {
    const once = ['Ramon wrote the wrong value after the restart.', '', 'The outage was a Ramon sync failure.'].join('\n');
    expect(usedAsModifier('Ramon', once)).toBe(false);
    expect(people(once)).toContain('Ramon');
  });

  test('a first name after an article and "and" or a verb is no modifier', () => {
    expect(usedAsModifier('Ramon', 'the Ramon and Tove rota; the Ramon said it twice')).toBe(false);
  });

  test('a phrasing about people still finds the name the post also writes as a component', () => {
    expect(people(`${component}\n\nThanks, Ramon, for the late review.`)).toContain('Ramon');
  });

  test('a person acting with nothing written as a thing is found everywhere', () => {
    expect(people('Ramon restarted the routes. Later Ramon checked the nodes.')).toEqual(['Ramon', 'Ramon']);
  });
});

describe('two unknown capitalised words whose first the post writes as a thing', () => {
  test('a product and a word of it ("Vorna Ctrl") are no full name when "the Vorna …" names a thing', () => {
    const text = ['After the move the Vorna CSI node plugin refused to stage the volume.', '', 'Related runbook: Vorna Ctrl Eviction and recovery.'].join('\n');
    expect(people(text)).toEqual([]);
  });

  test('the same two words without such a use are a full name, and each is looked for alone', () => {
    const text = ['Related notes: Vorna Ctrl Eviction and recovery.', '', 'Vorna restarted the plugin.'].join('\n');
    expect(people(text)).toEqual(expect.arrayContaining(['Vorna Ctrl', 'Vorna']));
  });

  test('a known first name before an unknown surname stays a name, even after an article elsewhere', () => {
    const text = ['Related notes by Sarah Qalandrix and recovery.', '', 'The Sarah dashboard was slow.'].join('\n');
    expect(people(text).join(' ')).toContain('Sarah');
  });
});

describe('a plural noun made of two English words as a line\'s label', () => {
  test('a compound plural is no chat speaker', () => {
    expect(pluralOfCompound('Rackslots')).toBe(true);
    expect(people('Rackslots: please write them in lower case, without the domain')).toEqual([]);
  });

  test('names ending in "s" are no compound plural, and stay speakers', () => {
    for (const name of ['Williams', 'Nicholas', 'Marcus', 'Fields']) expect(pluralOfCompound(name)).toBe(false);
    expect(people('Nicholas: please restart the hosts')).toEqual(['Nicholas']);
  });

  test('an unknown word as a speaker is still one', () => {
    expect(people('Yelmar: please restart the hosts')).toEqual(['Yelmar']);
  });
});

describe('an account said not to exist in a link', () => {
  test.each(['doesntexist', 'does-not-exist', 'nonexistent-user', 'no_such_user'])('/user/%s is a placeholder', (segment) => {
    expect(people(`We checked the proxy by visiting https://hub.example.org/user/${segment} by hand.`)).toEqual([]);
  });

  test('a real account in the same place is still a possible person', () => {
    expect(people('We checked the proxy by visiting https://hub.example.org/user/hbrekke by hand.')).toEqual(['/user/hbrekke']);
  });
});

describe('a capitalised word the post writes as a file\'s name', () => {
  const fileText = [
    'We also want to move Vance file and the images into the data folder.',
    '',
    '```bash',
    'cp /srv/old/Vance.example.org.sto /mnt/data/',
    '```',
  ].join('\n');

  test('a guess written as a file in a path is the file', () => {
    expect(usedAsFileName('Vance', fileText)).toBe(true);
    expect(people(fileText)).not.toContain('Vance');
  });

  test('a folder of a person\'s account names the person', () => {
    expect(usedAsFileName('Vance', 'ls /Users/Vance/Desktop and /home/Vance/notes')).toBe(false);
  });

  test('without the path, the same guess is still found', () => {
    expect(usedAsFileName('Vance', fileText.replace('/Vance.example.org.sto', '/vance-data.sto'))).toBe(false);
  });
});

describe('a name the post runs as a command', () => {
  test('a first name acting whose lower-case form the post runs with arguments is a tool', () => {
    expect(people('Tobias wrote the wrong value into the table.\n\nA fresh start (or `tobias reload --all`) was needed.')).toEqual([]);
  });

  test('the same name alone in a code span is still a handle, and the person is found', () => {
    expect(people('Tobias wrote the wrong value into the table.\n\nThe account `tobias` was locked.')).toEqual(['Tobias', 'tobias']);
  });

  test('a public project before a word the post runs as a command is the project\'s component', () => {
    expect(people('Calico Tobias confirmed the rules were missing on the node.\n\nA fresh start (or `tobias reload --all`) was needed.')).toEqual([]);
  });

  test('without the command, the public project before a first name is a full name', () => {
    expect(people('Calico Tobias confirmed the rules were missing on the node.\n\nA fresh start was needed.')).toEqual(['Calico Tobias']);
  });
});
