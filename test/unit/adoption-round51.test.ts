import { describe, expect, it } from 'vitest';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { runTogetherSpellingsOf, findListedNamesRunTogetherInLinks } from '../../src/lib/publication/listed-names-run-together.ts';
import { accentedNameRunStart } from '../../src/lib/publication/accented-name-runs.ts';
import { isCountryOfPair } from '../../src/lib/publication/address-places.ts';
import { isSaintPlace } from '../../src/lib/publication/saint-places.ts';
import { namesMachineInSentence } from '../../src/lib/publication/machine-named-like-people.ts';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { listedPeopleProbe } from '../support/listed-people-probe.ts';
import { publicBodyAfterRedact } from '../support/public-body-after-redact.ts';

/**
 * Round 51's adoption walk (docs/adopting.md, "Walkthrough round 51"). Names, hosts, accounts and
 * posts invented here, modelled on what the walk and session 50's leftovers met.
 */
const listed = ['Mira Vėlkon', 'Tobiah Quarrel', 'Sao Lindqvist', 'Paulo Arriaga', 'Israel Obuya', 'Grace Hollin', 'Wei Zhaoran', 'Franz Odeger', 'Trần Duyên', 'Hedda Minor'];
const { peopleFound, publicLine } = listedPeopleProbe(listed);

/** Left by session 50: a listed name's account on a site the guard knew as no profile host (a leak). */
describe('a listed full name run together in a link\'s address', () => {
  it.each([
    ['a donation page with a suffix', 'Funded through the [ko-fi](https://ko-fi.com/miravelkonlive) donation page.', 'Funded through the ko-fi donation page.'],
    ['a stream', 'Watch the [stream](https://www.twitch.tv/tobiahquarrel) tonight.', 'Watch the stream tonight.'],
    ['an account page with an at sign', 'See [the thread](https://social.example/@miravelkon/1123) for more.', 'See the thread for more.'],
  ])('%s is withheld, its words kept', (_, line, expected) => {
    expect(publicLine(line)).toBe(expected);
    expect(publicLine(line)).not.toMatch(/miravelkon|tobiahquarrel/i);
  });

  it('finds the segment holding the name, not the host or another segment', () => {
    const spellings = runTogetherSpellingsOf(buildPeopleIndex(listed.map((name) => ({ name, origin: 'vocabulary' as const }))));
    expect(spellings).toContain('miravelkon');
    const line = 'Give at https://ko-fi.com/miravelkonlive/shop today.';
    expect(findListedNamesRunTogetherInLinks(line, spellings)).toEqual([{ text: 'miravelkonlive', index: line.indexOf('miravelkonlive') }]);
    expect(findListedNamesRunTogetherInLinks('The [foundation](https://ko-fi.com/nivenfold) page.', spellings)).toEqual([]);
  });

  it('an organisation\'s page there is no one\'s', () => {
    expect(publicLine('Give at the [foundation\'s Ko-fi](https://ko-fi.com/nivenfold) page.')).toBe('Give at the [foundation\'s Ko-fi](https://ko-fi.com/nivenfold) page.');
  });
});

/** Left by session 50: a second redact round wrapped a name inside a link's kept words in <Internal>. */
describe('a later round\'s finding inside <PublicOnly> words', () => {
  const options: RedactionOptions = {
    internalDomains: ['.internal'], serviceIds: [], people: [], configuredInternalNames: ['Quarrydesk'],
    peopleIndex: buildPeopleIndex(listed.map((name) => ({ name, origin: 'vocabulary' as const }))),
  };
  const lead = 'The wiki served a bad link for an hour.';
  const afterRedact = (body: string) => publicBodyAfterRedact(`${lead}\n\n${body}`, options).slice(lead.length).trim();

  it('an internal name the first round kept in a link\'s words is replaced there, not shown nowhere', () => {
    const firstRound = 'Recently I <Internal>[stepped down as admin of Quarrydesk](https://social.example/@someone/1)</Internal><PublicOnly>stepped down as admin of Quarrydesk</PublicOnly>. More below.';
    expect(afterRedact(firstRound)).toBe('Recently I stepped down as admin of an internal system. More below.');
  });

  it('a person there takes a role', () => {
    const firstRound = 'Recently <Internal>[Tobiah Quarrel wrote](https://social.example/@someone/1)</Internal><PublicOnly>Tobiah Quarrel wrote</PublicOnly> about it.';
    expect(afterRedact(firstRound)).toBe('Recently an engineer wrote about it.');
  });
});

/** Left by session 50: wrong holds and stand-ins of the guard's rules. */
describe('places, words and whole names', () => {
  it.each([
    ['a town after "Sao", in a list of regions', '* Sao Paulo, BR'],
    ['a pair of countries', 'The post on the Israel-Palestine war drew reports.'],
    ['an escaped marker\'s line', '\\* Minor edit to call out deceptive linking.'],
    ['a word after "with"', 'Everything we said about leading with grace still holds.'],
  ])('%s names no one', (_, line) => {
    expect(peopleFound(line)).toEqual([]);
    expect(publicLine(line)).toBe(line);
  });

  it.each([
    ['the listed title alone', 'Sao fixed it.', 'An engineer fixed it.'],
    ['a listed part after a greeting', 'Thanks Israel for the fix.', 'Thanks an engineer for the fix.'],
    ['a listed surname acting', '\\* Minor fixed the edit.', '\\* An engineer fixed the edit.'],
    ['a part no word after "by"', 'The patch was reviewed by wei and merged.', 'The patch was reviewed by an engineer and merged.'],
  ])('%s is still the person', (_, line, expected) => {
    expect(publicLine(line)).toBe(expected);
  });

  it('given names of another language before a listed surname go with it', () => {
    expect(peopleFound('In 2013, writer and organizer Ngọc Lam Trần published an essay.')).toEqual(['Ngọc Lam Trần']);
    expect(publicLine('In 2013, writer and organizer Ngọc Lam Trần published an essay.')).toBe('In 2013, writer and organizer an engineer published an essay.');
    expect(publicLine('From Ngọc Lam Trần\'s 2013 essay.')).toBe('From an engineer\'s 2013 essay.');
    const line = 'The Éclair Trần build failed.';
    expect(accentedNameRunStart(line, line.indexOf('Trần'))).toBe(line.indexOf('Éclair'));
    expect(accentedNameRunStart('Thanks Lam Trần.', 'Thanks Lam '.length)).toBe('Thanks Lam '.length);
  });

  it('reads the places\' signs', () => {
    expect(isCountryOfPair('the Israel-Palestine war', 4, 'Israel')).toBe(true);
    expect(isCountryOfPair('Israel-Obuya fixed it', 0, 'Israel')).toBe(false);
    expect(isSaintPlace('* Sao Paulo, BR', 2, 'Sao')).toBe(true);
    expect(isSaintPlace('San Chen fixed it', 0, 'San')).toBe(false);
  });

  it.each([
    ['after a host, in a list', 'Found the bad file on cdn-lyon-1, franz', 'Found the bad file on an internal system, an internal host'],
    ['before "and" a host', 'The cause was a bad file on franz and web-02.', 'The cause was a bad file on an internal host and an internal system.'],
  ])('a lower-case listed name %s is a server', (_, line, expected) => {
    expect(publicLine(line)).toBe(expected);
  });

  it('a capitalised name beside a host is still read as before', () => {
    const source = 'Franz, cdn-1 and the team met.';
    expect(namesMachineInSentence(source, 0, 5)).toBe(false);
    expect(namesMachineInSentence('on cdn-lyon-1, franz', 15, 20)).toBe(true);
  });
});

/** Met on the walk: an infrastructure post's raw HTML lists and its recommendations. */
describe('markup, services and kinds of thing', () => {
  it('an element\'s name in a raw HTML list is markup, not a person named across the post', () => {
    expect(peopleFound('<li>Git <PublicOnly>an engineer</PublicOnly></li>')).toEqual([]);
  });

  it.each([
    ['a service of English words in a raw HTML list', '<li>Object Source Control</li>'],
    ['an organisation\'s account run on "cloud"', 'Consider a self-hosted solution like https://github.com/filecloud.'],
    ['a compound made an adjective', 'Consider putting SSH behind a VPN or other SSH-type bastion/proxy.'],
  ])('%s reads as written', (_, line) => {
    expect(publicLine(line)).toBe(line);
  });

  it('a person\'s account on a code host and a language model\'s full name are still found', () => {
    expect(publicLine('See https://github.com/hbrekke for it.')).toBe('See an engineer for it.');
    expect(peopleFound('<li>Dana Whitfield</li>')).toEqual(['Dana Whitfield']);
  });
});

/** Met on the walk: a cloud team's post-mortems (a timeline item). */
describe('withheld code in a timeline and a sentence', () => {
  const { options } = listedPeopleProbe(listed);
  const withServices: RedactionOptions = { ...options, serviceIds: ['ledger-shipper'] };
  const lead = 'The wiki served a bad link for an hour.';
  const afterRedact = (body: string) => publicBodyAfterRedact(`${lead}\n\n${body}`, withServices).slice(lead.length).trim();

  it('an ARN in code keeps the sentence\'s stop outside what is withheld', () => {
    expect(afterRedact('- **20:30 UTC**: Policy updated to include `arn:aws:s3:::ledger-archive/*`.\n- **20:45 UTC**: Uploads resumed.'))
      .toBe('- **20:30 UTC**: Policy updated to include an internal account.\n- **20:45 UTC**: Uploads resumed.');
  });

});
