import { describe, expect, test } from 'vitest';
import { reportLanguage } from '../../src/lib/report-language.ts';

// Session 30 (ui32): imported German status notices were read out as English. Fixtures written anew.
describe('the language of a report\'s own words, for its lang attribute', () => {
  test('a German notice is "de"; an English report, and one whose words do not tell, have none', () => {
    expect(reportLanguage({ title: 'Lernplattform: Ausfall', summary: 'Der Zugang zur Lernplattform ist derzeit gestört, wir arbeiten an der Behebung.' })).toBe('de');
    expect(reportLanguage({ title: 'Queue outage', summary: 'The queue was down for an hour and we restarted it.' })).toBeUndefined();
    expect(reportLanguage({ title: 'Ausfall', summary: '' })).toBeUndefined();
  });
  test('a site in another language marks the English report instead', () => {
    expect(reportLanguage({ title: 'Queue outage', summary: 'The queue was down for an hour and we restarted it.' }, 'de')).toBe('en');
    expect(reportLanguage({ title: 'Lernplattform: Ausfall', summary: 'Der Zugang ist derzeit gestört, wir arbeiten an der Behebung.' }, 'de')).toBeUndefined();
  });
  test('a report asked again is told by its words as they are now: an edited summary changes the answer', () => {
    const title = 'Lernplattform: Ausfall';
    expect(reportLanguage({ title, summary: 'Der Zugang zur Lernplattform ist derzeit gestört, wir arbeiten an der Behebung.' })).toBe('de');
    expect(reportLanguage({ title, summary: 'The platform was down for an hour and we restarted it.' })).toBeUndefined();
    expect(reportLanguage({ title, summary: 'Der Zugang zur Lernplattform ist derzeit gestört, wir arbeiten an der Behebung.' })).toBe('de');
    // The same words asked for another site language: the site's language is not part of what is kept.
    expect(reportLanguage({ title, summary: 'Der Zugang zur Lernplattform ist derzeit gestört, wir arbeiten an der Behebung.' }, 'de')).toBeUndefined();
  });
});
