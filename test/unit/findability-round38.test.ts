import { describe, expect, test } from 'vitest';
import { findAliases } from '../../src/lib/search-aliases.ts';
import { aliasSentence, noticeDocument as document, searchInventedNotices } from '../support/invented-notices.ts';

// Round 38 of docs/findability.md: a responder types the initials of a system a status page names
// in full ("tf" for "Testing Farm"), and the city of a region a smaller cloud names by a code
// ("frankfurt" for "FRA1"). The notices below are invented, in the manner of public status pages.

describe('round 38: a report carries the initials of the names its lead spells out', () => {
  test.each([
    ['Render farm outage', 'Image Build Pipeline jobs were stuck for an hour.', 'ibp'],
    ['Login failures', 'The Staff Directory Service rejected every bind after the upgrade.', 'sds'],
    ['Meetings down', 'Rooms on BlueRiverMeet could not be joined.', 'brm'],
    ['Scans stuck', 'Submitted scans waited in CodeScanHub for a day.', 'csh'],
    ['Runner outage', 'Queued jobs waited. Quality Lab provisioning was down for an hour.', 'ql'],
  ])('%s: %s → %s', (title, summary, acronym) => {
    expect(aliasSentence(document('x', title, summary, 'Resolved.').html).split(/[\s,.]+/)).toContain(acronym);
  });

  test('no initials from a title in Title Case, from a sentence\'s first word, or across a full stop', () => {
    const words = (title: string, summary: string) => aliasSentence(document('x', title, summary, 'Resolved.').html).split(/[\s,.]+/);
    // Every word of a Title Case title is capitalised, name or not: "wrci" names nothing.
    expect(words('Proxy Web Root Configuration Issue', 'Files outside the root were served.')).not.toContain('pwrci');
    // "The Fedora …": "The" starts the sentence and is not part of the name.
    expect(words('Accounts down', 'The Member Account System was down.')).not.toContain('tmas');
    expect(words('Accounts down', 'The Member Account System was down.')).toContain('mas');
    // "… Builder. We …": two sentences, no name "BW".
    expect(words('Builds slow', 'Jobs waited for Builder. We restarted it.')).not.toContain('bw');
  });

  test('initials that are a word or another abbreviation are left out, and so are those the report writes', () => {
    const words = (summary: string) => aliasSentence(document('x', 'Outage', summary, 'Resolved.').html).split(/[\s,.]+/);
    // "Ingress Service" would give "is"; "Open Shift" would give "os", the operating system's abbreviation.
    expect(words('Ingress Service returned errors.')).not.toContain('is');
    expect(words('Deploys to Open Shift failed.')).not.toContain('os');
    // The report already writes "TL": nothing to add.
    expect(words('Team Ledger (TL) was read only.')).not.toContain('tl');
  });
});

describe('round 38: a region named by a city code says its city; a compute instance says VM', () => {
  const aliasesOf = (text: string) => findAliases(text, [], { about: text });
  test.each([
    ['Storage and compute instability in FRA1.', 'frankfurt'],
    ['Degraded network performance in LON2.', 'london'],
    ['Service disruption PHX1.', 'phoenix'],
    ['Issues provisioning volumes in MUM1.', 'mumbai'],
    ['High latencies accessing NYC3 droplets.', 'new york'],
    ['Disk failures in FSN1.', 'falkenstein'],
  ])('%s → %s', (text, place) => {
    expect(aliasesOf(text)).toContain(place);
  });

  test('a code with another number, or inside a longer word, is no region', () => {
    expect(aliasesOf('Upgraded the fra9 test rig.')).not.toContain('frankfurt');
    expect(aliasesOf('The lon1x build failed.')).not.toContain('london');
  });

  test('"compute instances" says VM', () => {
    expect(aliasesOf('All compute instances restarted unexpectedly.')).toEqual(expect.arrayContaining(['vm', 'virtual machine']));
  });
});

// Against pagefind's own index: the report meant and distractors holding the query's other words.
// Without round 38 the query's acronym or city matches nothing in the report meant.
const notices = [
  { id: 'quality-lab-down', title: 'Runner outage', summary: 'Quality Lab had an outage caused by the provisioner going down.', body: 'Jobs queued until it came back.' },
  { id: 'provisioner-notes', title: 'Provisioner upgrade', summary: 'The provisioner was down for an upgrade in December.', body: 'No impact expected.' },
  { id: 'fra1-instability', title: 'Storage and compute instability in FRA1', summary: 'Storage and compute services in the FRA1 region were unstable.', body: 'Resolved.' },
  { id: 'lon1-storage', title: 'Storage instability in LON1', summary: 'Storage services in the LON1 region were unstable.', body: 'Resolved.' },
  { id: 'scheduler-down', title: 'Scheduler outage', summary: 'The scheduler was down twice in December.', body: 'Restarted by hand.' },
];
const firstFound = searchInventedNotices('findability-round38-', notices);

describe("round 38 in pagefind's index: the responder's acronym and city find the notice first", () => {
  test('"ql provisioner down" finds the Quality Lab outage, not the provisioner upgrade or the scheduler outage', async () => {
    expect(await firstFound('ql provisioner down')).toBe('/postmortems/quality-lab-down/');
  });

  test('"frankfurt storage unstable" finds the FRA1 notice, not the LON1 one', async () => {
    expect(await firstFound('frankfurt storage unstable')).toBe('/postmortems/fra1-instability/');
  });
});
