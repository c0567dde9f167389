import { describe, expect, test } from 'vitest';
import { dataValueMayHoldWords } from '../../src/lib/publication/data-attribute-values.ts';
import { letterLanguageOf } from '../../src/lib/publication/letter-languages.ts';
import { linkAround, withheldSpan, wordsStandAlone } from '../../src/lib/publication/withheld-links.ts';
import { isCompanyName } from '../../src/lib/publication/organisation-names.ts';
import { shownAsPublicProduct } from '../../src/lib/publication/public-product-signs.ts';
import { isBroadcastMention } from '../../src/lib/publication/mention-words.ts';
import { foundInProbe, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';

/** The parts of redact round 36 (docs/redaction.md, "Redact round 36"); the command's own run is test/cli/redact-round36.test.ts. */

describe('data- attribute values', () => {
  test.each(['wide', 'open', 'dark primary', '640px', '1.5rem', '50%', '#ffcc00', '2025-03-01T10:00:00Z', 'true', '3'])('%s is a setting, no hidden text', (value) => {
    expect(dataValueMayHoldWords(value)).toBe(false);
  });
  test.each(['the runbook', 'ledger', 'falcon wide', 'ask ops', 'Ekaterina', 'a b c d e'])('%s may hold words: refused', (value) => {
    expect(dataValueMayHoldWords(value)).toBe(true);
  });
});

describe('the language of a line, for a placeholder', () => {
  test.each([
    ['zrestartował serwer o 03:10.', 'pl'],
    ['restartoval server a ověřil, že běží.', 'cs'],
    ['sunucuyu yeniden başlattı.', 'tr'],
    ['перезапустил сервис в 03:10.', 'ru'],
    ['перезапустив сервіс о 03:10.', 'uk'],
    ['επανεκκίνησε την υπηρεσία', 'el'],
  ])('%s: %s', (line, language) => {
    expect(letterLanguageOf(line)).toBe(language);
  });
  test.each(['restarted the server at 03:10.', 'рестартира сървъра в 03:10.', 'рестартовао је сервер и њега'])('%s: none', (line) => {
    expect(letterLanguageOf(line)).toBeUndefined();
  });
});

describe('withheld links', () => {
  const source = 'The cause was found [here](https://wiki.acme.corp/x). See [the runbook](https://wiki.acme.corp/y) now.';
  test('the link around an address, and whether its words stand alone', () => {
    const at = source.indexOf('wiki.acme.corp/x');
    expect(linkAround(source, at, at + 16)).toEqual({ start: source.indexOf('[here]'), end: source.indexOf(').') + 1, words: 'here' });
    expect(wordsStandAlone('here')).toBe(false);
    expect(wordsStandAlone('this link')).toBe(false);
    expect(wordsStandAlone('the runbook')).toBe(true);
    expect(wordsStandAlone('`docs/rules.md`')).toBe(true);
  });
  test('the space, a preposition at the sentence\'s end, or brackets holding nothing else go with it', () => {
    const span = (text: string, what: string) => withheldSpan(text, text.indexOf(what), text.indexOf(what) + what.length);
    expect(span('It is tracked in X.', 'X')).toEqual([13, 18]);
    expect(span('Ticket X is open.', 'X')).toEqual([6, 8]);
    expect(span('It was found (see X).', 'X')).toEqual([12, 20]);
    expect(span('It is in X, which we follow.', 'X')).toEqual([8, 10]);
    expect(span('### X', 'X')).toEqual([4, 5]);
    expect(span('1. X', 'X')).toEqual([3, 4]);
  });
  test('npm run redact in an .mdx body', () => {
    expect(publicTextAfterRedact('The cause was found [here](https://wiki.acme.corp/x).\n')).toBe('The cause was found.\n');
    expect(publicTextAfterRedact('The steps are in [the runbook](https://wiki.acme.corp/x) we keep.\n')).toBe('The steps are in the runbook we keep.\n');
    expect(publicTextAfterRedact('Details were found (see https://grafana.acme.corp/d/abc).\n')).toBe('Details were found.\n');
  });
});

describe('no person, no internal name', () => {
  test.each(['Genesis Trading', 'Quell Capital Partners', 'Acme Holdings', 'Nordwind GmbH'])('%s is a company', (name) => {
    expect(isCompanyName(name)).toBe(true);
  });
  test.each(['Anna Holm', 'Tyra Banks', 'Genesis'])('%s is not', (name) => {
    expect(isCompanyName(name)).toBe(false);
  });
  test('a name opening a company\'s name on its line', () => {
    expect(isCompanyName('Genesis', 'with Genesis Trading Ltd to', 5)).toBe(true);
    expect(isCompanyName('Genesis', 'with Genesis to', 5)).toBe(false);
  });
  test('a product after a cloud vendor\'s name, not after "Cloud" alone', () => {
    expect(shownAsPublicProduct('Filestore', 'On Tuesday Google Cloud Filestore failed.')).toBe(true);
    expect(shownAsPublicProduct('Beanstalk', 'We deploy to AWS Elastic Beanstalk.')).toBe(true);
    expect(shownAsPublicProduct('Zarnith', 'The Cloud Zarnith service failed.')).toBe(false);
  });
  test('the scan: a field label, a company, a vendor\'s product, the verb @mention', () => {
    expect(foundInProbe('Verantwortlich: Torsten Maiwald')).toEqual(['redact/person:Torsten Maiwald']);
    expect(foundInProbe('We worked with Genesis Trading to restore the feed.')).toEqual([]);
    expect(foundInProbe('Google Cloud Filestore failed. The Filestore API was throttled and Filestore recovered.')).toEqual([]);
    expect(isBroadcastMention('@mention')).toBe(true);
    expect(isBroadcastMention('@mentioned')).toBe(true);
    expect(foundInProbe('The bot never responds when you `@mention` it.')).toEqual([]);
    expect(foundInProbe('Ping @mentionbot about it.')).toEqual(['redact/handle:@mentionbot']);
  });
});

describe('npm run redact: the placeholder of the line\'s language, and text of a script no rule reads', () => {
  test.each([
    ['Jan Kowalski zrestartował serwer o 03:10.\n', '[Imię usunięte] zrestartował serwer o 03:10.\n'],
    ['Mehmet Yılmaz sunucuyu yeniden başlattı.\n', '[Ad kaldırıldı] sunucuyu yeniden başlattı.\n'],
    ['Ivan Petrov перезапустил сервис.\n', '[Имя удалено] перезапустил сервис.\n'],
    ['Thanks to Иван Петров for the fix.\n', 'Thanks to an engineer for the fix.\n'],
    ['Alert routed to ekaterinд first.\n', 'Alert routed to an engineer first.\n'],
    ['Иван Петров перезапустил сервис в 03:10.\n', 'Иван Петров перезапустил сервис в 03:10.\n'],
    ['        <td>一次対応の担当</td>\n', '        <td>一次対応の担当</td>\n'],
  ])('%s', (source, expected) => {
    expect(publicTextAfterRedact(source)).toBe(expected);
  });
});

describe('a placeholder in another script, after redact (found by the leak corpus after the merges of session 36)', () => {
  const homoglyphLine = 'Ekaterina restarted the Сost-janitor on db2 and Zielinski watched.';
  test('one look-alike Cyrillic letter does not make an English line Russian', () => {
    expect(letterLanguageOf(homoglyphLine)).toBeUndefined();
    expect(letterLanguageOf('The on-call engineer Дмитрий Соколов restarted the pool at 03:10.')).toBeUndefined();
    expect(letterLanguageOf('Сервер перезапустил дежурный инженер в 03:10.')).toBe('ru');
  });
  test('redact writes the English role there, and its output passes the guard', () => {
    const after = publicTextAfterRedact(homoglyphLine);
    expect(after).not.toMatch(/\p{sc=Cyrillic}/u);
    expect(after).toMatch(/^An engineer restarted/);
    expect(foundInProbe(after)).toEqual([]);
  });
  test('a placeholder in its brackets is no name; the same words without them still are text to read', () => {
    expect(foundInProbe('Вчера [имя удалено] перезапустил сервер.')).not.toContain('redact/possible-person:имя удалено');
    expect(foundInProbe('Вчера имя удалено перезапустил сервер.').length).toBeGreaterThan(0);
  });
});
