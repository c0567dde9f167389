import { describe, expect, test } from 'vitest';
import { findAliases } from '../../src/lib/search-aliases.ts';
import { startedMonthAndYear } from '../../src/lib/search-when.ts';
import { factsSentenceRange } from '../../src/lib/search-excerpt.ts';
import { wordFamilyForms } from '../../src/lib/word-families.ts';
import { aliasSentence, noticeDocument as document, searchInventedNotices } from '../support/invented-notices.ts';

// Round 39 of docs/findability.md: what an on-call engineer types that a status notice writes
// otherwise: the month the incident started ("registry down march"), mail by its direction
// ("outgoing mail"), a refused certificate ("bad cert"), a vendor's short name ("fb") and a data
// center by its country's code ("germany" for "DE-DC"); and, for a notice in another language, the
// parts of a German compound ending in an incident noun ("Datenbankausfall") and irregular word
// families ("Abbruch" / "abgebrochen", "interrompu" / "interruption"). The notices below are invented.

const aliasesOf = (text: string) => findAliases(text, [], { about: text });
/** The words of a search document's text, tags removed, as the excerpt code reads them. */
const documentWords = (html: string) => html.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean);

describe('round 39: the month and year an incident started', () => {
  test.each([
    ['2022-01-17T10:00:00Z', 'January 2022'],
    ['2025-05-31T23:59:00Z', 'May 2025'],
    // The start as the report page shows it: in UTC, whatever zone it was written in.
    ['2021-12-31T23:30:00-02:00', 'January 2022'],
  ])('%s → %s', (started, words) => {
    expect(startedMonthAndYear(started)).toBe(words);
  });

  test("the month names, formatted once, are the formatter's for every day of a leap year and the next", () => {
    const format = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2026, 0, 1); day += 86_400_000) {
      const started = new Date(day + 86_399_000).toISOString();
      expect(startedMonthAndYear(started)).toBe(`${format.format(new Date(started))} ${started.slice(0, 4)}`);
    }
  });

  test('no words for a value that is not a date', () => {
    expect(startedMonthAndYear('soon')).toBeUndefined();
  });

  test('the search document holds the month and year in its facts sentence, which excerpts leave out', () => {
    const html = document('x', 'Package registry unreachable', 'The package registry answered every request with an error page for forty minutes.', 'Restarted.', '2023-03-14T08:00:00Z').html;
    const words = documentWords(html);
    const [from, to] = factsSentenceRange(words) ?? [0, 0];
    const facts = words.slice(from, to).join(' ');
    expect(facts).toContain('March 2023');
    expect(facts).toMatch(/^SEV-\d\./);
  });
});

describe('round 39: a responder\'s words for mail, certificates and vendors', () => {
  test('sending emails is outgoing mail; receiving emails is incoming mail', () => {
    expect(aliasesOf('Issues with sending emails from customer accounts.')).toEqual(expect.arrayContaining(['outgoing mail', 'outgoing']));
    expect(aliasesOf('Issues with receiving emails at customer accounts.')).toEqual(expect.arrayContaining(['incoming mail', 'incoming']));
    expect(aliasesOf('Issues with receiving emails at customer accounts.')).not.toContain('outgoing');
  });

  test('a notice that only mentions mailing customers is no mail incident', () => {
    expect(aliasesOf('We emailed every affected customer and will send emails when the queue drains.')).not.toContain('outgoing');
  });

  test('an invalid certificate is a bad cert', () => {
    expect(aliasesOf('Outage on the downloads site: invalid certificate after the renewal.')).toEqual(expect.arrayContaining(['bad cert', 'bad certificate']));
    expect(aliasesOf('Certificate renewed ahead of its expiry, no impact.')).not.toContain('bad cert');
  });

  test('Facebook and fb are one vendor, both ways', () => {
    expect(aliasesOf('Facebook service outage delayed fetching messages.')).toContain('fb');
    expect(aliasesOf('The fb integration stopped fetching messages.')).toContain('facebook');
  });
});

describe('round 39: a data center by its country\'s or state\'s code', () => {
  test.each([
    ['We are investigating an outage in our DE datacenter.', 'germany'],
    ['Performance issues on DE-DC.', 'germany'],
    ['Connectivity issues in the SG data center.', 'singapore'],
    ['Performance issues on TX-DC.', 'texas'],
    ['Call center outage in the UK data centre.', 'united kingdom'],
  ])('%s → %s', (text, place) => {
    expect(aliasesOf(text)).toContain(place);
  });

  test('a code alone, or a word before "dc", is no place', () => {
    expect(aliasesOf('Several DE accounts could not log in.')).not.toContain('germany');
    expect(aliasesOf('The queue in DC filled up.')).not.toContain('germany');
    expect(aliasesOf('Traffic moved to the new dc at noon.').filter((word) => ['germany', 'texas', 'singapore'].includes(word))).toEqual([]);
  });
});

describe('round 39: German compounds and irregular families', () => {
  test.each([
    ['de', 'Datenbankausfall seit heute früh.', ['datenbank', 'ausfall', 'ausgefallen']],
    ['de', 'Verbindungsstörung im Schulnetz.', ['verbindung', 'störung', 'gestört']],
    ['de', 'Komplettabschaltung der Druckserver.', ['komplett', 'abschaltung', 'abgeschaltet']],
    ['de', 'Verbindungsabbruch bei Videokonferenzen.', ['verbindung', 'abbruch', 'abgebrochen']],
    ['de', 'Die Anmeldung wurde abgebrochen.', ['abbruch']],
    ['fr', 'Le service de messagerie est interrompu.', ['interruption']],
    ['fr', "Interruption du service de messagerie.", ['interrompu']],
    ['es', 'El servicio de correo está interrumpido.', ['interrupción']],
    ['it', 'Il servizio di posta è interrotto.', ['interruzione']],
    ['pt', 'O serviço de e-mail está interrompido.', ['interrupção']],
  ])('%s: %s → %j', (language, text, forms) => {
    expect(wordFamilyForms(text, language)).toEqual(expect.arrayContaining(forms));
  });

  test('a compound of other nouns, a short word and an English report stay as written', () => {
    expect(wordFamilyForms('Die Schulbibliothek ist geschlossen.', 'de')).not.toContain('schul');
    expect(wordFamilyForms('Ein Fehler im Portal.', 'de')).not.toContain('fehler');
    expect(wordFamilyForms('The mail service was interrompu for an hour.', undefined)).toEqual([]);
  });
});

describe('round 39: in pagefind\'s own index', () => {
  const notices = [
    { id: 'mail-sending', title: 'Issues with sending emails at customer accounts', summary: 'Some customers could not send replies to their tickets.', body: 'The mail relay queue was drained.', started: '2022-02-01T09:00:00Z' },
    { id: 'mail-receiving', title: 'Issues with receiving emails at customer accounts', summary: 'Some customers did not get new tickets from their mailboxes.', body: 'The fetcher was restarted.', started: '2022-02-01T09:00:00Z' },
    { id: 'dc-de', title: 'Performance issues on DE-DC', summary: 'Agent panels loaded slowly for accounts hosted there.', body: 'A noisy neighbour was moved away.', started: '2022-04-01T09:00:00Z' },
    { id: 'dc-uk', title: 'Performance issues on UK-DC', summary: 'Agent panels loaded slowly for accounts hosted there.', body: 'A noisy neighbour was moved away.', started: '2022-04-01T09:00:00Z' },
    { id: 'datenbankausfall', title: 'Datenbankausfall im Lernportal', summary: 'Seit 8 Uhr sind keine Kurse im Lernportal erreichbar, wir arbeiten an der Behebung.', body: 'Behoben.', started: '2022-05-01T09:00:00Z' },
    { id: 'datenbank-wartung', title: 'Wartung der Datenbank im Lernportal', summary: 'Die Datenbank des Lernportals wird gewartet, die Datenbank ist danach schneller.', body: 'Abgeschlossen.', started: '2022-05-01T09:00:00Z' },
  ];
  const first = searchInventedNotices('findability-round39-', notices);

  test.each([
    ['outgoing mail failing for customers', 'mail-sending'],
    ['panel slow germany', 'dc-de'],
    ['lernportal datenbank ausgefallen', 'datenbankausfall'],
  ])('"%s" finds %s first', async (query, id) => {
    expect(await first(query)).toBe(`/postmortems/${id}/`);
  });

  test('a notice\'s hidden sentence carries the place of its country-coded data center, not the month', () => {
    const html = document('x', 'Performance issues on DE-DC', 'Agent panels loaded slowly for accounts hosted there.', 'Moved.', '2022-04-01T09:00:00Z').html;
    expect(aliasSentence(html)).toContain('germany');
    expect(aliasSentence(html)).not.toContain('april');
  });
});
