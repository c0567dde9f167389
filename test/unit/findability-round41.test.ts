import { describe, expect, test } from 'vitest';
import { camelCasePartsOfHyphenated } from '../../src/lib/compound-name-parts.ts';
import { aliasSentence, noticeDocument, searchInventedNotices } from '../support/invented-notices.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { findAliases } from '../../src/lib/search-aliases.ts';

// Round 41 of docs/findability.md: a name written in CamelCase inside a hyphenated word
// ("CAMP-NorthLink"). pagefind indexes such a word joined and by its parts, and splits the CamelCase
// part further ("north", "link"), so the name a responder types ("northlink") was not on that page,
// while a page writing it whole was listed. The notices below are invented.

describe('round 41: the whole name of a CamelCase part of a hyphenated word', () => {
  test.each([
    ['The uplink CAMP-NorthLink lost its second fibre.', ['northlink']],
    ['Both Lab-GridStore and Lab-TapeVault were read-only.', ['gridstore', 'tapevault']],
    ['The Campus-SeaLions-Relay route flapped.', ['sealions']],
  ])('%s', (text, parts) => {
    expect(camelCasePartsOfHyphenated(text)).toEqual(parts);
  });

  test.each([
    'The NorthLink uplink lost its second fibre.', // a CamelCase word alone is indexed whole
    'Calls to api.HarborDesk.example timed out.', // and so is one between dots
    'The read-only replica of db-main lagged.', // no CamelCase part
    'Move to IPv6-only networking and the e-Mail relay.', // no two lower-case letters before the capital
  ])('none in: %s', (text) => {
    expect(camelCasePartsOfHyphenated(text)).toEqual([]);
  });

  test('the search document carries the whole name once, a name written alone not at all', () => {
    const hyphenatedName = noticeDocument('uplink', 'Topology change CAMP-NorthLink', 'Connectivity was restored at 08:35.', 'The CAMP-NorthLink route moved.').html;
    expect(aliasSentence(hyphenatedName).split(/[ ,.]+/).filter((word) => word === 'northlink')).toHaveLength(1);
    const alone = noticeDocument('uplink', 'Topology change NorthLink', 'Connectivity was restored at 08:35.', 'The route moved.').html;
    expect(aliasSentence(alone)).not.toContain('northlink');
  });
});

describe('round 41: an unexpected restart is a reboot on its own', () => {
  const aliasesOf = (text: string) => findAliases(text, [], { about: text });

  test.each([
    'Unexpected restarts of a few ledger instances in the east zone.',
    'Two storage hosts restarted unexpectedly overnight.',
  ])('%s', (text) => {
    expect(aliasesOf(text)).toEqual(expect.arrayContaining(['rebooted on its own', 'rebooted by themselves']));
  });

  test('a planned restart is not', () => {
    expect(aliasesOf('The ledger instances are restarted tonight to apply the new settings.')).not.toContain('rebooted on its own');
  });
});

describe("round 41: in pagefind's own index", () => {
  const notices = [
    { id: 'uplink-topology', title: 'Topology change CAMP-NorthLink', summary: 'Connectivity was restored at 08:35.', body: 'The route moved to the new router.' },
    { id: 'grid-topology', title: 'Grid topology change', summary: 'A topology change of the grid network may disturb batch jobs.', body: 'Jobs were drained first; the link was lost for a minute.' },
    // A page writing the name whole, as one word: the search page then looks for no other form of it.
    { id: 'uplink-upgrade', title: 'Uplink upgrade', summary: 'The northlink uplink gets a faster port next week.', body: 'No outage is expected.' },
    { id: 'mirror-sync', title: 'Mirror sync stalled on Lab-TapeVault', summary: 'Nightly sync to the archive stopped; files were copied again.', body: 'A full disk was the cause.' },
    { id: 'mirror-plan', title: 'Mirror sync plan', summary: 'Nightly sync moves to the tapevault next month.', body: 'Nothing changes for users.' },
    { id: 'ledger-restarts', title: 'Unexpected instance restarts', summary: 'A few ledger instances in the east zone went through an unexpected restart.', body: 'They are running again.' },
    { id: 'ledger-planned', title: 'Ledger instance restarts', summary: 'The ledger instances are restarted tonight to apply new settings.', body: 'Expect a minute of errors.' },
    { id: 'mirror-stall', title: 'Mirror sync stalled', summary: 'Nightly sync stopped for a day; files were copied again.', body: 'A full disk was the cause.' },
  ];
  const first = searchInventedNotices('findability-round41-', notices, searchAlternatives);

  test.each([
    ['northlink topology change', 'uplink-topology'],
    ['tapevault sync stalled', 'mirror-sync'],
    ['ledger vms rebooted by themselves', 'ledger-restarts'],
  ])('"%s" finds %s first', async (query, id) => {
    expect(await first(query)).toBe(`/postmortems/${id}/`);
  });
});
