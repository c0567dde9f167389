import { describe, expect, it } from 'vitest';
import { shownPublicTitle, shownTitle, titleWithoutShownDay } from '../../src/lib/title-shown-day.ts';

// Titles shaped like those of imported reports (session 31), with invented systems.
describe('titleWithoutShownDay', () => {
  it('drops an opening day the page shows, in any notation, with the words "Incident report"', () => {
    expect(titleWithoutShownDay('2020-08-28 - Memory overload on the render cluster', '2020-08-28')).toBe('Memory overload on the render cluster');
    expect(titleWithoutShownDay('Incident report May 12 2025 - Ledger provisioning issue', '2025-05-12T09:00:00Z')).toBe('Ledger provisioning issue');
    expect(titleWithoutShownDay('14-02-2025 - ledger outage', '2025-02-14')).toBe('Ledger outage');
  });

  it('drops a closing day, after a dash, a space or in brackets, and keeps a label before it', () => {
    expect(titleWithoutShownDay('Retrospective: DNS outage 2018-08-27', '2018-08-27')).toBe('Retrospective: DNS outage');
    expect(titleWithoutShownDay('Retrospective: Credentials in logs - March 20, 2019', '2019-03-20')).toBe('Retrospective: Credentials in logs');
    expect(titleWithoutShownDay('Queue VPN connectivity 7-14-2016', '2016-07-14')).toBe('Queue VPN connectivity');
    expect(titleWithoutShownDay('Nachrichten: Störung der Zustellung (08.07.2026)', '2026-07-08')).toBe('Nachrichten: Störung der Zustellung');
    expect(titleWithoutShownDay('Retrospective: 2021-10-08 Worker pool outage', '2021-10-08')).toBe('Retrospective: Worker pool outage');
  });

  it('keeps what the brackets say beside the day', () => {
    expect(titleWithoutShownDay('Kursraum Störung (27.05.2026, 14:30 - 15:10)', '2026-05-27')).toBe('Kursraum Störung (14:30 - 15:10)');
  });

  it('keeps a day that is not the one shown: it says something the card does not', () => {
    expect(titleWithoutShownDay('Retrospective: Token logged - Aug 4, 2019', '2014-07-20')).toBe('Retrospective: Token logged - Aug 4, 2019');
    expect(titleWithoutShownDay('Level 1 to 3 incident 2018-08-10 - 2018-08-30', '2018-08-10')).toBe('Level 1 to 3 incident 2018-08-10 - 2018-08-30');
  });

  it('keeps a title that would be left with no words, and one with no day', () => {
    expect(titleWithoutShownDay('2024-01-05 — Q1', '2024-01-05')).toBe('2024-01-05 — Q1');
    expect(titleWithoutShownDay('Checkout latency after the 2.3 release', '2024-01-05')).toBe('Checkout latency after the 2.3 release');
  });

  it('reads the shown day from times.started', () => {
    expect(shownTitle({ title: 'Search down 2023-03-01', times: { started: '2023-03-01T22:10:00Z' } })).toBe('Search down');
  });
});

describe('shownPublicTitle', () => {
  it("reads the shown day from the public post's date", () => {
    expect(shownPublicTitle({ title: 'Kursraum: Ausfall (25.06.2026)', date: '2026-06-25' })).toBe('Kursraum: Ausfall');
  });
});
