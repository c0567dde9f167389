import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex, isKnownFirstName } from '../../src/lib/publication/people.ts';
import { isOtherLanguageGivenName } from '../../src/lib/publication/other-language-given-names.ts';

/**
 * Given names of other languages on lines of those languages (the round after the seventeenth
 * false-positive round): the English lexicon knows Klaus and Giuseppe but not Jürgen, Søren or
 * François, so these were published. Every surname here is invented.
 */
const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** The text of every person finding. */
const people = (text: string) =>
  scanPublicText('post.md', text, options).findings.filter((f) => /person/.test(f.rule)).map((f) => redactionFindingText(f));

describe('a given name of the line’s language is a person', () => {
  test.each([
    ['de', 'Jürgen Vold hat den Server neu gestartet und die Dienste sind wieder erreichbar.', 'Jürgen Vold'],
    ['de', 'Juergen Vold hat den Server neu gestartet und die Dienste sind wieder erreichbar.', 'Juergen Vold'],
    ['de', 'Die Wartung wurde von Bärbel Quandrit durchgeführt, und die Dienste sind wieder erreichbar.', 'Bärbel Quandrit'],
    ['nl', 'Sjoerd Vlamink heeft de server opnieuw gestart en de dienst is weer beschikbaar.', 'Sjoerd Vlamink'],
    ['da', 'Søren Holmvik har genstartet poolen, og det er nu løst.', 'Søren Holmvik'],
    ['da', 'Soeren Holmvik har genstartet poolen, og det er nu løst.', 'Soeren Holmvik'],
    ['nb', 'Bjørn Aasvik: restarter poolen nå, og det er ikke noe tap av data.', 'Bjørn Aasvik'],
    ['nb', 'Hallvard Brekke har startet tjenesten på nytt, og den virker igjen.', 'Hallvard Brekke'],
    ['nb', 'Vi har snakket med Dagfinn Trølsvik og Tove Quarnes om feilen på siden.', 'Dagfinn Trølsvik'],
    ['sv', 'Göran Lindqvör har startat om tjänsten och den fungerar nu igen, efter att felet rättades.', 'Göran Lindqvör'],
    ['fr', 'François Lemaistrel a redémarré le serveur et le service est de nouveau disponible.', 'François Lemaistrel'],
    ['fr', 'Herve Lemaistrel a redémarré le serveur et le service est de nouveau disponible.', 'Herve Lemaistrel'],
    ['es', 'Íñigo Zubelzain reinició el servidor y el servicio está disponible de nuevo.', 'Íñigo Zubelzain'],
    ['it', 'Gianluca Ferrapozzi ha riavviato il server e il servizio è di nuovo disponibile.', 'Gianluca Ferrapozzi'],
    ['pt', 'João Quintarelo reiniciou o servidor e o serviço está disponível de novo para os clientes.', 'João Quintarelo'],
    ['pl in de', 'Małgorzata Wrzoskiewicz hat den Server neu gestartet und die Dienste sind wieder erreichbar.', 'Małgorzata Wrzoskiewicz'],
    ['cs in de', 'Zdeněk Hromátko hat die Datenbank neu gestartet, und wir beobachten die Lage.', 'Zdeněk Hromátko'],
    ['fi in sv', 'Jukka Mäkivorsa har startat om tjänsten och den fungerar nu igen.', 'Jukka Mäkivorsa'],
    ['is in da', 'Guðmundur Þorvarðsen har genstartet poolen, og det er nu løst.', 'Guðmundur Þorvarðsen'],
    ['tr in de', 'Gökhan Yıldırımcı hat den Server neu gestartet und die Dienste sind wieder erreichbar.', 'Gökhan Yıldırımcı'],
  ])('%s: %s', (_language, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('words first, and words of the line, are still no people', () => {
  test('a name that is first a word or a product is not listed, in any spelling', () => {
    for (const word of ['Per', 'Bo', 'Till', 'Stein', 'Dag', 'Liv', 'Ernst', 'Art', 'Maria', 'Hugo', 'Pascal', 'Claude', 'Rosa', 'Massimo', 'Bård', 'Pål', 'Milan']) {
      expect(isOtherLanguageGivenName(word), word).toBe(word === 'Bård' || word === 'Pål');
    }
    // Their plain spellings are words ("bard", "pal"), so only the written name is listed.
    expect(isOtherLanguageGivenName('Bard')).toBe(false);
    expect(isOtherLanguageGivenName('Pal')).toBe(false);
  });

  test('every spelling: diacritics, their transcription, and the plain letter', () => {
    for (const word of ['Jürgen', 'Juergen', 'Jurgen', 'Søren', 'Soeren', 'Soren', 'Åse', 'Aase', 'Ase', 'Þórður', 'Thordur', 'İbrahim', 'Ibrahim', 'MAŁGORZATA']) {
      expect(isOtherLanguageGivenName(word), word).toBe(true);
    }
    // The names this list is for are names the English lexicon does not know.
    expect(['Jürgen', 'Søren', 'Bjørn', 'François', 'Hallvard', 'Dagfinn', 'Tove'].filter((name) => isKnownFirstName(name))).toEqual([]);
  });

  test('a word opening a line of another language is not taken for a name', () => {
    // Words first that the English lexicon does not know as names either: with them listed, each line had a person.
    expect(people('Per E-Mail: die Kunden sind informiert, und die Wartung ist abgeschlossen.')).toEqual([]);
    expect(people('Endre Passord: siden er nede, og vi jobber med saken.')).toEqual([]);
    expect(people('Massimo Impegno: stiamo lavorando per risolvere il problema.')).toEqual([]);
    expect(people('Dag Två: tjänsten är nere och vi arbetar med det.')).toEqual([]);
  });
});
