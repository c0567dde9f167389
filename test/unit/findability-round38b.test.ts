import { describe, expect, test } from 'vitest';
import { findAliases } from '../../src/lib/search-aliases.ts';
import { wordFamilyForms } from '../../src/lib/word-families.ts';
import { aliasSentence, noticeDocument as document, searchInventedNotices } from '../support/invented-notices.ts';

// Round 38b of docs/findability.md: a responder types another member of a word's family than a
// notice in German, Spanish, French, Portuguese or Italian writes ("gestört" for "Störung",
// "ausgefallen" for "Ausfall", "caída" for "caído"). The notices below are invented.

/** The words of the hidden "Also spelt as:" sentence of a search document, lower case. */
const aliasWords = (html: string) => aliasSentence(html).split(/[\s,.]+/);

describe('round 38b: the other members of a word family, by language', () => {
  test.each([
    ['de', 'Der Kalender ist seit heute früh gestört.', ['störung', 'stören']],
    ['de', 'Eine Störung des Kalenders.', ['gestört']],
    ['de', 'Ausfall des Druckdienstes.', ['ausgefallen']],
    ['de', 'Der Druckdienst ist ausgefallen.', ['ausfall']],
    ['de', 'Die Wartung der Router dauert an.', ['gewartet']],
    ['de', 'Die Router wurden gewartet.', ['wartung']],
    ['de', 'Der Upload ist eingeschränkt.', ['einschränkung']],
    ['de', 'Das Portal ist nicht erreichbar.', ['erreichbarkeit']],
    ['es', 'El portal está caído.', ['caída', 'caídos']],
    ['es', 'El servicio está indisponible.', ['indisponibilidad']],
    ['fr', 'Le portail est indisponible.', ['indisponibilité']],
    ['fr', "L'indisponibilité du portail.", ['indisponible']],
    ['fr', 'Le réseau est dégradé.', ['dégradation']],
    ['pt', 'O portal está indisponível.', ['indisponibilidade']],
    ['it', 'Il portale non è disponibile.', ['disponibilità']],
  ])('%s: %s → %j', (language, text, forms) => {
    expect(wordFamilyForms(text, language)).toEqual(expect.arrayContaining(forms));
  });

  test('no forms for English or a language without known families, nor a form the text writes', () => {
    expect(wordFamilyForms('The calendar was gestört after the Wartung.', undefined)).toEqual([]);
    expect(wordFamilyForms('Der Kalender is offline.', 'da')).toEqual([]);
    expect(wordFamilyForms('Störung: der Kalender ist gestört.', 'de')).not.toContain('gestört');
  });
});

describe('round 38b: a report in another language carries its words\' family members', () => {
  test('a German notice writing "Störung" carries "gestört"; "Ausfall" carries "ausgefallen"', () => {
    const words = aliasWords(document('x', 'Störung des Kalenders', 'Der Kalender ist derzeit nicht nutzbar, wir arbeiten an der Behebung des Problems.', 'Die Störung ist behoben.').html);
    expect(words).toContain('gestört');
    expect(aliasWords(document('y', 'Ausfall der Druckdienste', 'Die Druckdienste sind derzeit nicht nutzbar, wir arbeiten an der Behebung.', 'Behoben.').html)).toContain('ausgefallen');
  });

  test('a Spanish notice writing "caído" carries "caída"', () => {
    expect(aliasWords(document('x', 'Portal de pagos caído', 'El portal de pagos no responde y estamos trabajando en la solución.', 'Resuelto.').html)).toContain('caída');
  });

  test('an English report quoting a German word gets none of its family', () => {
    expect(aliasWords(document('x', 'Calendar outage', 'The calendar showed "Störung" to every user for an hour and the team restarted it.', 'Resolved.').html)).not.toContain('gestört');
  });

  test('a cloud\'s "instances and volumes" say VM and disk', () => {
    const aliases = findAliases('Issues provisioning instances and volumes in the AMS2 region.', [], { about: 'Issues provisioning instances and volumes in the AMS2 region.' });
    expect(aliases).toEqual(expect.arrayContaining(['vm', 'disk']));
    expect(findAliases('A high volume of requests slowed the API.', [], { about: 'A high volume of requests slowed the API.' })).not.toContain('disk');
  });
});

// Against pagefind's own index: the notice meant writes the other family member; a distractor
// holds the query's other word more often. Without round 38b the family word matches nothing there.
const notices = [
  { id: 'kalender-storung', title: 'Störung Kalender', summary: 'Der Kalender lädt derzeit keine Termine, wir arbeiten an der Behebung des Problems.', body: 'Die Störung ist behoben.' },
  { id: 'kalender-update', title: 'Kalender: Update am Abend', summary: 'Der Kalender erhält am Abend ein Update, der Kalender ist dann kurz nicht nutzbar.', body: 'Das Update ist abgeschlossen.' },
  { id: 'druck-ausfall', title: 'Ausfall Druckdienst', summary: 'Der Druckdienst ist derzeit nicht nutzbar, wir arbeiten an der Behebung.', body: 'Behoben.' },
  { id: 'druck-neu', title: 'Druckdienst: neue Version', summary: 'Der Druckdienst wird auf eine neue Version gebracht, der Druckdienst bleibt nutzbar.', body: 'Erledigt.' },
  { id: 'pagos-caido', title: 'Portal de pagos caído', summary: 'El portal de pagos no responde y estamos trabajando en la solución.', body: 'Resuelto.' },
  { id: 'pagos-nuevo', title: 'Portal de pagos: nueva versión', summary: 'El portal de pagos tendrá una nueva versión y el portal de pagos seguirá en línea.', body: 'Hecho.' },
];
const firstFound = searchInventedNotices('findability-round38b-', notices);

describe("round 38b in pagefind's index: a family member finds the notice that writes another", () => {
  test.each([
    ['kalender gestört', 'kalender-storung'],
    ['druckdienst ausgefallen', 'druck-ausfall'],
    ['portal de pagos caída', 'pagos-caido'],
  ])('"%s" finds %s first', async (query, id) => {
    expect(await firstFound(query)).toBe(`/postmortems/${id}/`);
  });
});
