import { describe, expect, test } from 'vitest';
import { compoundPartsOf, translationsOf } from '../../src/lib/search-translations.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { searchForgiving } from '../../src/lib/forgiving-search.ts';
import { inventedNoticesIndex } from '../support/invented-notices.ts';

// Round 44 of docs/findability.md: a Spanish responder's "cortes de luz, servicios caídos" and
// "apagón por tormenta" found nothing of a status page's English notices: the table held "corte"
// and "caído" but not their plurals, and neither "luz" (the light, as Spanish names a power cut)
// nor "tormenta". A plural -s of another language's word is now read as the table's word, and
// the missing words are entries. And a German compound of two words of the table
// ("Datenbankausfall") was searched in its English words only, so German notices writing its parts
// apart ("Ausfall der Datenbank") were not found: its two German words are now searched too. The
// notices and words below are invented.

describe('round 44: Spanish plurals and words of the translation table', () => {
  test('a Spanish plural is read as the singular the table holds', () => {
    expect(translationsOf('cortes')).toContain('outage');
    expect(translationsOf('caidos')).toContain('down');
    expect(translationsOf('caídas')).toContain('outage');
  });

  test('the light, a storm and a UPS are translated', () => {
    expect(translationsOf('luz')).toContain('power');
    expect(translationsOf('tormenta')).toEqual(expect.arrayContaining(['storm', 'weather']));
    expect(translationsOf('usv')).toContain('ups');
    expect(translationsOf('ups')).toContain('usv');
  });

  test('an English plural is not read as a word of the table', () => {
    // "errors" is no word of another language: its -s is not taken off to reach "error".
    expect(translationsOf('errors')).toEqual([]);
    expect(translationsOf('servers')).toEqual([]);
  });
});

describe('round 44: the German words of a compound', () => {
  test('a compound of two words of the table gives them as the table writes them', () => {
    expect(compoundPartsOf('Datenbankausfall')).toEqual(['datenbank', 'ausfall']);
    expect(compoundPartsOf('Netzwerkstorung')).toEqual(['netzwerk', 'störung']);
    expect(compoundPartsOf('Sicherheitsvorfall')).toEqual(['sicherheit', 'vorfall']);
    expect(searchAlternatives.alternativesOf('Datenbankausfall')).toEqual(expect.arrayContaining(['database', 'outage', 'datenbank', 'ausfall']));
  });

  test('a word of the table, a word of unknown parts or an English word gives none', () => {
    expect(compoundPartsOf('Stromausfall')).toEqual([]);
    expect(compoundPartsOf('ausfall')).toEqual([]);
    expect(compoundPartsOf('Videokonferenzausfall')).toEqual([]);
    expect(compoundPartsOf('networkerror')).toEqual([]);
  });
});

describe("round 44: in pagefind's own index", () => {
  const notices = [
    { id: 'mains-failure', title: 'Mains power failure in hall C', summary: 'A mains power failure at 05:10 left the hall without power; the batch services were down until noon.', body: 'The generator did not start on its own.' },
    { id: 'weather-power', title: 'Electrical failure during bad weather', summary: 'Bad weather caused an electrical failure at the edge site overnight.', body: 'Power came back at 07:00.' },
    { id: 'queue-services', title: 'Queue services restarted', summary: 'The queue services were restarted after a configuration change.', body: 'No message was lost.' },
    { id: 'dns-cortex', title: 'Cortex DNS records wrong', summary: 'The records of the cortex zone pointed at an old address.', body: 'They were corrected by hand.' },
    { id: 'kursbuch-datenbank', title: 'Ausfall der Datenbank', summary: 'Die Datenbank des Kursbuchs war von 7 bis 9 Uhr nicht erreichbar.', body: 'Ein voller Datenträger hielt sie an.' },
    { id: 'kursbuch-wartung', title: 'Kursbuch: Wartung am Montag', summary: 'Das Kursbuch ist am Montag von 18 bis 20 Uhr nicht erreichbar.', body: 'Im Kursbuch wird ein neues Betriebssystem eingespielt.' },
  ];
  const engine = inventedNoticesIndex('findability-round44-', notices);
  const first = async (query: string) => {
    const found = await searchForgiving(engine(), query, searchAlternatives);
    return (found.exact[0] ?? found.partial[0])?.data.url.replace(/^\/postmortems\/|\/$/g, '');
  };

  test('"cortes de luz servicios caidos" finds the power failure notice', async () => {
    // Without the plurals and "luz" the one word held ("servicios" through "services") put the
    // notice of restarted queue services first.
    expect(await first('cortes de luz servicios caidos')).toBe('mains-failure');
  });

  test('"apagón por tormenta" finds the notice of the failure in bad weather', async () => {
    expect(await first('apagón por tormenta')).toBe('weather-power');
  });

  test('"Datenbankausfall kursbuch" finds the German notice writing "Ausfall der Datenbank"', async () => {
    // Through "database" and "outage" alone no German notice holds the compound, and the notice
    // of planned work, holding "Kursbuch" in its title and body, came first.
    expect(await first('Datenbankausfall kursbuch')).toBe('kursbuch-datenbank');
  });
});
