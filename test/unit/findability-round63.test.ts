import { describe, expect, test } from 'vitest';
import { searchForgiving } from '../../src/lib/forgiving-search.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { englishIncidentWords, phraseWordTranslations, translationsOf } from '../../src/lib/search-translations.ts';
import { firstFound, inventedNoticesIndex } from '../support/invented-notices.ts';

// Findability round 63 (docs/findability.md): Swedish words in the table of incident translations;
// Swedish and Russian function words as stop words; a page found only by the search of a word's
// other form is an exact result only when it holds every word. Invented notices.

describe('round 63: Swedish words of the translation table', () => {
  test.each([
    ['avbrott', 'outage'],
    ['driftstörning', 'outage'],
    ['nere', 'down'],
    ['nätverket', 'network'],
    ['natverk', 'network'],
    ['certifikatet', 'certificate'],
    ['databasen', 'database'],
    ['långsamt', 'slow'],
    ['minnet', 'memory'],
    ['inloggning', 'login'],
    ['lösenord', 'password'],
    ['överbelastning', 'overload'],
    ['anslutning', 'connection'],
    ['moln', 'cloud'],
  ])('%s → %s', (word, english) => {
    expect(translationsOf(word)).toContain(english);
  });

  test('"har gått ut" (has expired) is searched as "expired"', () => {
    const words = phraseWordTranslations('certifikatet har gått ut');
    expect(words.get('gatt')).toEqual(['expired']);
    expect(words.has('certifikatet')).toBe(false);
  });

  test('a Swedish notice indexes the English words it says', () => {
    expect(englishIncidentWords('Driftstörning: databasen var långsam och inloggning fungerar inte.')).toEqual(
      expect.arrayContaining(['outage', 'database', 'slow', 'login', 'broken']),
    );
  });

  test('words that are common English words stay out', () => {
    for (const word of ['brand', 'fil', 'till', 'med']) expect(translationsOf(word)).toEqual([]);
  });
});

describe('round 63: a Polish case of a word of the table', () => {
  test.each([
    ['usterki', 'failure'],
    ['serwerze', 'server'],
    ['serwerów', 'server'],
    ['sieciami', 'network'],
    ['logowaniu', 'login'],
  ])('%s → %s', (word, english) => {
    expect(translationsOf(word)).toContain(english);
  });
});

describe("round 63: in pagefind's own index", () => {
  const notices = [
    { id: 'cert-expired', title: 'Mirror certificate expired', summary: 'The TLS certificate of the download mirror expired; installs failed.', body: 'A new certificate was issued.' },
    // Holds words starting "har" (and "ut") and none of the certificate: first for "har" counted as a word.
    { id: 'hardware', title: 'Hardware fault on the harbor host', summary: 'A hardware fault took the harbor registry host out; utilities hardly ran.', body: 'The hardware was replaced.' },
    { id: 'dns-attack', title: 'DNS server under attack', summary: 'A denial of service attack overloaded one DNS server; panels were unreachable.', body: 'Attackers were banned.' },
  ];
  const engine = inventedNoticesIndex('findability-round63-', notices);

  test('"certifikatet har gått ut" (Swedish: the certificate has expired) finds the expired certificate', async () => {
    expect(await firstFound(engine(), 'certifikatet har gått ut', searchAlternatives)).toBe('/postmortems/cert-expired/');
  });

  test('"атака на dns сервер" (Russian: attack on a DNS server) finds the attack and does not call "на" missing', async () => {
    const found = await searchForgiving(engine(), 'атака на dns сервер', searchAlternatives);
    expect((found.exact[0] ?? found.partial[0])?.data.url).toBe('/postmortems/dns-attack/');
    // Counted, "на" was reported among the words no postmortem holds as typed.
    expect(found.missing).not.toContain('на');
  });
});

describe('round 63: a form search that lost a word no page holds makes no exact result', () => {
  const notices = [
    { id: 'network-outage', title: 'Provider incident', summary: 'A network outage at the hosting provider dropped TCP connections of the build agents.', body: 'Agents were moved to another cloud.' },
    // "outage" in the title, no network: exact for "ネットワーク 障害" when its form search
    // "ネットワーク outage" was "outage" alone (pagefind drops a word nowhere in the index).
    { id: 'wiki-outage', title: 'Wiki outage', summary: 'The wiki had an outage: its outage page showed an error.', body: 'Outage over after a restart.' },
    { id: 'tracker-outage', title: 'Tracker outage', summary: 'Outage of the issue tracker, an outage of its host.', body: 'The outage ended.' },
    { id: 'vpn-outage', title: 'VPN outage', summary: 'An outage of the VPN; outage reported by users.', body: 'VPN back.' },
    // Holds "障害" as written: "network 障害", the other form search, found no page.
    { id: 'app-start', title: 'アプリ起動の障害', summary: '更新後にアプリが起動しない障害が発生した。', body: '修正版を公開した。' },
  ];
  const engine = inventedNoticesIndex('findability-round63-forms-', notices);
  const listed = async (query: string) => {
    const found = await searchForgiving(engine(), query, searchAlternatives);
    return [...found.exact, ...found.partial].map((hit) => hit.data.url);
  };

  test('"ネットワーク 障害" (Japanese: network outage) lists the network outage above the outages of no network', async () => {
    const urls = await listed('ネットワーク 障害');
    // The Japanese notice holds "障害" as typed and stays first, as a report in the query's language.
    expect(urls[0]).toBe('/postmortems/app-start/');
    expect(urls[1]).toBe('/postmortems/network-outage/');
  });

  test('the same query typed in English finds it first', async () => {
    expect((await listed('network outage'))[0]).toBe('/postmortems/network-outage/');
  });
});
