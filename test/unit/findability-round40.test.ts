import { describe, expect, test } from 'vitest';
import { findAliases } from '../../src/lib/search-aliases.ts';
import { acronymOfVerbed } from '../../src/lib/verbed-acronyms.ts';
import { otherFormsOf, searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { searchInventedNotices } from '../support/invented-notices.ts';

// Round 40 of docs/findability.md: an acronym a responder turns into a verb ("getting ddosed"),
// which pagefind's stemmer turns into a stem no page holds, and two chat words for what a notice
// writes otherwise ("web ui" for a web interface, "crawler" for scrapers). The notices below are invented.

const aliasesOf = (text: string) => findAliases(text, [], { about: text });

describe('round 40: the bare acronym of a verbed one', () => {
  test.each([
    ['ddosed', 'ddos'],
    ['DDoSing', 'ddos'],
    ['ddoses', 'ddos'],
  ])('%s → %s', (word, bare) => {
    expect(acronymOfVerbed(word)).toEqual([bare]);
    expect(otherFormsOf(word)).toContain(bare);
  });

  test.each(['ddos', 'deployed', 'restarted', 'speed', 'failing', 'throttled'])('none for %s', (word) => {
    expect(acronymOfVerbed(word)).toEqual([]);
  });

  test('a word keeps its other English spelling among its other forms', () => {
    expect(otherFormsOf('cancelled')).toContain('canceled');
  });
});

describe('round 40: a web ui and a crawler', () => {
  test('a web interface is a web ui', () => {
    expect(aliasesOf('The billing web interface is not loading for some users.')).toContain('web ui');
  });

  test('scrapers are crawlers, and the reverse', () => {
    expect(aliasesOf('Aggressive scrapers are hitting the package mirror.')).toContain('crawler');
    expect(aliasesOf('A crawler ignored robots.txt and slowed the forum.')).toContain('scraper');
  });

  test('an interface of another kind is no web ui', () => {
    expect(aliasesOf('The network interface of the database host flapped.')).not.toContain('web ui');
  });
});

describe('round 40: in pagefind\'s own index', () => {
  const notices = [
    { id: 'resolver-flood', title: 'Resolver attack', summary: 'Our name servers are under a DDoS and answer slowly; mitigation is in place.', body: 'Filtering was added upstream.' },
    // A page writing the verbed form: pagefind then matches "ddosed" on it alone, not as the start of "DDoS".
    { id: 'mirror-release', title: 'Mirror slow after the release', summary: 'The download mirror got DDoSed by its own users on release day; capacity was added.', body: 'No attack took place.' },
    { id: 'resolver-records', title: 'Resolver records removed', summary: 'A cleanup job removed DNS records of two internal zones; lookups failed for an hour.', body: 'The records were restored from backup.' },
    { id: 'ledger-interface', title: 'Ledger outage', summary: 'The ledger web interface is not working; exports still run.', body: 'A bad release was rolled back.' },
    { id: 'ledger-redesign', title: 'Ledger redesign', summary: 'The ledger is upgraded to its next release during the window.', body: 'The release brings a few UI changes and a faster export.' },
    { id: 'archive-scrapers', title: 'Archive slow', summary: 'Scrapers are hammering the archive, making downloads slow for users.', body: 'Rate limits were added.' },
    { id: 'archive-disk', title: 'Archive slow', summary: 'A failing disk is making the archive slow; downloads time out.', body: 'The disk was replaced.' },
  ];
  const first = searchInventedNotices('findability-round40-', notices, searchAlternatives);

  test.each([
    ['dns getting ddosed', 'resolver-flood'],
    ['ledger web ui broken', 'ledger-interface'],
    ['archive slow crawlers', 'archive-scrapers'],
  ])('"%s" finds %s first', async (query, id) => {
    expect(await first(query)).toBe(`/postmortems/${id}/`);
  });
});
