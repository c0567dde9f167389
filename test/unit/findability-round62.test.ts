import { describe, expect, test } from 'vitest';
import { cjkIncidentWords } from '../../src/lib/cjk-incident-words.ts';
import { negatedOutageWordsBlanked } from '../../src/lib/negated-outage-words.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { englishIncidentWords, phraseWordTranslations, translationsOf } from '../../src/lib/search-translations.ts';
import { firstFound, inventedNoticesIndex } from '../support/invented-notices.ts';

// Findability round 62 (docs/findability.md): Dutch, Polish and Vietnamese words in the table of
// incident translations, with "problem" and "cloud"; "服务" (service) no longer read inside "服务器"
// (server) or "服务商" (provider); "not", a verb and "any" read as a denial ("will not cause any
// downtime"). Invented notices.

describe('round 62: Dutch, Polish and Vietnamese words of the translation table', () => {
  test.each([
    ['awaria', 'outage'],
    ['awarii', 'outage'],
    ['chmury', 'cloud'],
    ['uitval', 'outage'],
    ['storingen', 'outage'],
    ['wachtwoord', 'password'],
    ['uwierzytelnianiem', 'authentication'],
    ['traag', 'slow'],
    ['nube', 'cloud'],
  ])('%s → %s', (word, english) => {
    expect(translationsOf(word)).toContain(english);
  });

  test('a Dutch compound of two words of the table is split', () => {
    expect(translationsOf('netwerkproblemen').sort()).toEqual(['network', 'problem']);
  });

  test("a Vietnamese or Polish phrase is searched as the phrase's English word", () => {
    const words = phraseWordTranslations('sự cố cơ sở dữ liệu postgres');
    expect(words.get('co')).toEqual(expect.arrayContaining(['outage', 'database']));
    expect(words.get('lieu')).toContain('database');
    expect(words.has('postgres')).toBe(false);
    expect(phraseWordTranslations('awaria bazy danych').get('bazy')).toEqual(['database']);
  });

  test('a Polish notice indexes the English words it says', () => {
    expect(englishIncidentWords('Awaria chmury: logowanie niedostępne, błąd połączenia z bazą danych.')).toEqual(
      expect.arrayContaining(['outage', 'cloud', 'login', 'unavailable', 'error', 'connection', 'database']),
    );
  });
});

describe('round 62: "服务" (service) is not read inside "服务器" (server) or "服务商" (provider)', () => {
  test.each([
    ['服务器宕机', ['outage', 'down', 'server']],
    ['云服务商故障', ['outage', 'failure', 'provider']],
    ['服务中断', ['outage', 'disruption', 'service']],
    ['服务器宕机后服务中断', ['outage', 'down', 'disruption', 'server', 'service']],
    // "数据" (data) keeps its meaning inside "数据库" (database).
    ['数据库故障', ['outage', 'failure', 'database', 'data']],
  ])('%s → %j', (text, english) => {
    expect(cjkIncidentWords(text).sort()).toEqual([...english].sort());
  });
});

describe('round 62: "not", a verb and "any" deny the outage word', () => {
  test.each([
    ['the upgrade will not cause any downtime.', 'the upgrade will not cause any         .'],
    ['customers did not see any outage', 'customers did not see any       '],
    ['there will not be any downtime', 'there will not be any         '],
  ])('%s', (text, blanked) => {
    expect(negatedOutageWordsBlanked(text)).toBe(blanked);
  });

  test('"the", "an" or "from" after the verb leave the outage said', () => {
    for (const text of ['we did not notice the outage', 'we did not cause an outage alone', 'could not recover from outage', 'did not cause any user downtime']) {
      expect(negatedOutageWordsBlanked(text)).toBe(text);
    }
  });
});

describe("round 62: in pagefind's own index", () => {
  const notices = [
    { id: 'cloud-outage', title: 'Cloud outage', summary: 'The cloud service had an outage after a proxy configuration change.', body: 'The change was reverted.' },
    { id: 'store-outage', title: 'App store listing outage', summary: 'The app was removed from the store: an outage of new installs, an outage of updates.', body: 'Outage over once the listing was restored.' },
    { id: 'network-issue', title: 'Network issue', summary: 'Workers lost the network; rsync and kerberos failed.', body: 'A task runner was restarted.' },
    { id: 'database-move', title: 'Database problems after the move', summary: 'After the move to a new cluster the database dropped connections.', body: 'The database pool was resized.' },
    // Holds "database" once and words starting "na": first for "na" counted as a word.
    { id: 'name-change', title: 'Renamed hosts', summary: 'A rename of the hosts changed the names in the database of a namespace.', body: 'Names were restored.' },
  ];
  const engine = inventedNoticesIndex('findability-round62-', notices);

  test('"awaria chmury" (Polish: outage of the cloud) finds the cloud outage first', async () => {
    // Without "chmury" in the table only "awaria" (outage) was searched in English.
    expect(await firstFound(engine(), 'awaria chmury', searchAlternatives)).toBe('/postmortems/cloud-outage/');
  });

  test('"netwerkproblemen" (Dutch: network problems) finds the network issue', async () => {
    expect(await firstFound(engine(), 'netwerkproblemen', searchAlternatives)).toBe('/postmortems/network-issue/');
  });

  test('"database na verhuizing" (Dutch: database after the move) does not count "na"', async () => {
    // Counted, "na" matched "names" and "namespace" as a word start and put the rename first.
    expect(await firstFound(engine(), 'database na verhuizing', searchAlternatives)).toBe('/postmortems/database-move/');
  });
});
