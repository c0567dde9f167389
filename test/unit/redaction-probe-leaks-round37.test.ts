import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findNoteShorthandPeople } from '../../src/lib/publication/note-shorthand-people.ts';
import { findOtherLanguagePeople } from '../../src/lib/publication/other-language-people.ts';
import { findPeopleInStatusForms } from '../../src/lib/publication/person-status-forms.ts';
import { findImageFilePeople } from '../../src/lib/publication/image-file-people.ts';
import { findChineseGivenNames } from '../../src/lib/publication/chinese-given-names.ts';
import { findUnownedCodeNames } from '../../src/lib/publication/unowned-code-names.ts';
import { findBoardTitles } from '../../src/lib/publication/board-titles.ts';
import { foundBeforeRound37, leakProbesRound37, notLeaksRound37, stillPublishedRound37 } from '../support/redaction-probes-round37.ts';

/**
 * The probe round 37 (docs/redaction.md, "Probe round 37"): what round 36 left in "Limits" and
 * shapes read in real reports (on-call hand-offs, @-mentions in quotations, initials in brackets,
 * acknowledgements, follow-up owners in other languages' tables, accounts in paths, namespaces,
 * internal DNS names, buckets, dashboards, chat channels, names in German, French, Spanish,
 * Portuguese, Japanese and Chinese sentences). Every probe and negative is text of our own
 * writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound37, foundBefore: foundBeforeRound37, stillPublished: stillPublishedRound37, atLeast: { probes: 70, gotThroughBefore: 28 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound37.filter((p) => !stillPublishedRound37.has(p.kind)),
);

describeNotLeaks('not findings: ordinary public text (dates, products, companies, places), without and with the organisation configured', notLeaksRound37);
describeLeaksGoneAfterRedact(leakProbesRound37, stillPublishedRound37);

const texts = (found: readonly { text: string }[]) => found.map((m) => m.text);

describe('work handed to someone', () => {
  test.each([
    ['At 09:00 the incident was handed to Oriana for the day shift.', ['Oriana']],
    ['Handed the pager over to Tavish at 08:00.', ['Tavish']],
    ['- 08:00 handover to Bettina', ['Bettina']],
    ['The ticket was reassigned to Tavish.', ['Tavish']],
  ])('found: %s', (line, names) => {
    expect(texts(findPeopleInStatusForms(line))).toEqual(names);
  });
  test.each(['The incident was handed to Legal on Monday.', 'We handed the investigation over to Google.', 'The load was handed to Kubernetes.'])('not found: %s', (line) => {
    expect(findPeopleInStatusForms(line)).toEqual([]);
  });
});

describe("notes' initials in brackets and owners after an arrow", () => {
  test.each([
    ['The replica was promoted at 04:10 (JD).', ['JD']],
    ['- Add an alert on replica lag (TK)', ['TK']],
    ['- Rotate the bucket keys (JD/TK)', ['JD', 'TK']],
    ['- Add a disk alert → Oriana', ['Oriana']],
    ['- [ ] Rotate the keys -> tokoro', ['tokoro']],
  ])('found: %s', (line, names) => {
    expect(texts(findNoteShorthandPeople(line))).toEqual(names);
  });
  test.each([
    'The recovery time objective (RTO) was met.',
    '- Put the API behind the load balancer (ELB)',
    'Traffic moved at 04:10 (UTC).',
    '- Tell customers (ASAP)',
    'The RTO was four hours (RTO).',
    '- Move the work queue → Kafka',
    '- Retry the request -> backoff',
    'Latency → Oriana is no list item.',
    '- See [the incident guide](https://example.com/guide.pdf) (PDF).',
    '- The report by the institute [here](https://example.edu/asset) (CMU)',
    '- Required steps: cordon → restart → wait → uncordon.',
  ])('not found: %s', (line) => {
    expect(findNoteShorthandPeople(line)).toEqual([]);
  });
});

describe("a name doing a responder's work, or handed the incident, in another language", () => {
  test.each([
    ['Tavish hat den Dienst um 04:10 neu gestartet.', ['Tavish']],
    ['Tavish a redémarré le service à 04h10.', ['Tavish']],
    ['Tavish reinició el servicio a las 04:10.', ['Tavish']],
    ['Oriana reiniciou o serviço às 04:10.', ['Oriana']],
    ['Übergabe an Bettina um 08:00.', ['Bettina']],
    ['El incidente fue traspasado a Oriana.', ['Oriana']],
  ])('found: %s', (line, names) => {
    expect(texts(findOtherLanguagePeople(line))).toEqual(names);
  });
  test.each([
    'Kubernetes hat den Pod um 04:10 neu gestartet.',
    'Die Datenbank hat den Dienst neu gestartet.',
    'Cloudflare a redémarré le service à 04h10.',
    'Amazon reinició las instancias.',
    'Die Übergabe an das Team erfolgte um 08:00.',
    'Tavish hat den Bericht gelesen.',
  ])('not found: %s', (line) => {
    expect(findOtherLanguagePeople(line)).toEqual([]);
  });
});

test('a Chinese hand-off names whom the incident went to, not the duty team', () => {
  expect(texts(findChineseGivenNames('交接给沐阳后继续排查。'))).toEqual(['沐阳']);
  expect(findChineseGivenNames('交接给值班团队后继续排查。')).toEqual([]);
});

describe("a coined word opening or closing an image's file name", () => {
  test.each([
    ['![Queue depth](./img/morvish-queue-depth.png)', 'morvish'],
    ['![Rack 14](./img/rack-swap-morvish-tallec.jpg)', 'morvish-tallec'],
    // A system's code name opening a diagram's name, round 34's negative, is as much a leak.
    ['![Flow](./img/zarnith-sync-flow.png)', 'zarnith'],
  ])('found: %s', (line, name) => {
    expect(texts(findImageFilePeople(line))).toEqual([name]);
  });
  test.each(['![x](./img/grafana-memory-usage.png)', '![x](./img/queue-depth-at-peak.png)', '![x](./img/morvish-a1b2c3.png)', '![x](./logs/morvish-queue-depth.log)'])('not found: %s', (line) => {
    expect(findImageFilePeople(line)).toEqual([]);
  });
});

test('a code name before a namespace or a bucket, and before a title word and a noun', () => {
  const none = () => false;
  const found = (line: string) => findUnownedCodeNames([line], line, none).map((m) => m.text);
  expect(found('Every pod in the Zarnith namespace was evicted.')).toEqual(['Zarnith']);
  expect(found('The Kestrith bucket was public for an hour.')).toEqual(['Kestrith']);
  expect(found('Every pod in the Zarnith Payments namespace was evicted.')).toEqual(['Zarnith']);
  expect(found('The Kubernetes namespace and the Amazon S3 bucket were fine.')).toEqual([]);
  expect(found('We reported it in the Quillon validator channel.')).toEqual([]);
});

test("leaks37b: a place, a lower-case namespace, a channel's title and a dashboard tool's folder as code names", () => {
  const none = () => false;
  const found = (line: string) => findUnownedCodeNames([line], line, none).map((m) => m.text);
  expect(found('We drained the Grimsby cluster at 04:00.')).toEqual(['Grimsby']);
  expect(found('We drained the Frankfurt cluster at 04:00.')).toEqual([]);
  expect(found('Every pod in the zarnith namespace was evicted.')).toEqual(['zarnith']);
  expect(found('Every pod in the monitoring namespace was evicted.')).toEqual([]);
  expect(found('Every pod in the zarnith namespace was evicted; see zarnith.io.')).toEqual([]);
  expect(found('Updates went to the Zarnith On-Call channel.')).toEqual(['Zarnith']);
  expect(found('Updates went to the Zarnith channel.')).toEqual([]);
  expect(found('We posted in the Quillon Discord channel.')).toEqual([]);
  expect(found('See Grafana → Zarnith / Latency for the graph.')).toEqual(['Zarnith']);
  expect(found('See Grafana > Kestrith > Zarnith Errors.')).toEqual(['Kestrith', 'Zarnith']);
  expect(found('See Grafana → Explore / Latency.')).toEqual([]);
});

test("leaks37b: a code name before a kind of board is a dashboard's title, not a person's name", () => {
  const titles = (line: string) => findBoardTitles(line, () => false).map((m) => m.text);
  expect(titles('The Kestrith Overview dashboard went red.')).toEqual(['Kestrith Overview']);
  expect(titles('The Grafana Overview dashboard was fine.')).toEqual([]);
  expect(titles('The Sarah Qalandri dashboard was fine.')).toEqual([]);
});

test("leaks37b: a name that managed to do a person's act, and a channel on a public community's chat", () => {
  expect(texts(findPeopleInStatusForms('The fix was fast once Tavish managed to sit down with the logs.'))).toEqual(['Tavish']);
  expect(texts(findPeopleInStatusForms('Oriana finally managed to get hold of the vendor.'))).toEqual(['Oriana']);
  expect(findPeopleInStatusForms('Zarnith managed to reconnect at 04:10.')).toEqual([]);
  expect(foundInProbe('Ask in #kubernetes-users on the Kubernetes Slack.')).toEqual([]);
  expect(foundInProbe('Ask in #ledger-ops on the Zarnith Slack.')).toEqual(['redact/channel:#ledger-ops']);
});

test('the folder of a user on a shared disk is an account', () => {
  expect(foundInProbe('The export went to `/scratch/users/tokoro/dump.sql`.')).toContain('redact/person:tokoro');
  expect(foundInProbe('Every request to /api/v1/users/42 returned 500.')).toEqual([]);
});

test('a phrasing that leaves no doubt keeps a name a guess of the same words would drop', () => {
  expect(foundInProbe('Danke an Bettina für die schnelle Hilfe.')).toEqual(['redact/person:Bettina']);
});

test("an owner column in another language reads a name, not a team named in that language's words", () => {
  const table = (cell: string) => `| Action | Responsable |\n|---|---|\n| Rotate the keys | ${cell} |`;
  expect(foundInProbe(table('Tavish'))).toEqual(['redact/person:Tavish']);
  expect(foundInProbe(table('Equipo SRE'))).toEqual([]);
  expect(foundInProbe(table('Équipe produit'))).toEqual([]);
});

test("npm run redact writes a role for a colleague's mail written as its local part and a bare @", () => {
  expect(publicTextAfterRedact('Send questions to faith.o@ before Friday.')).toBe('Send questions to an engineer before Friday.');
  expect(publicTextAfterRedact('Questions to dagny.r@ or the on-call engineer.')).toBe('Questions to an engineer or the on-call engineer.');
});
