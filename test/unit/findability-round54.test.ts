import { describe, expect, test } from 'vitest';
import { rareWordFactor, rareWordPages, rareWordShare, rareWordWeight } from '../../src/lib/rare-word-weight.ts';
import { searchForgiving } from '../../src/lib/forgiving-search.ts';
import { inventedNoticesIndex } from '../support/invented-notices.ts';

// Findability round 54 (docs/findability.md): a name hardly any page holds counts more in a partial
// match's rank than an everyday word of other notices' titles. Invented notices and names.

describe('round 54: the weight of a word hardly any page holds', () => {
  test('a word one or two of a hundred pages hold counts twice', () => {
    expect([rareWordPages, rareWordShare]).toEqual([2, 0.02]);
    expect(rareWordFactor(1, 100)).toBe(rareWordWeight);
    expect(rareWordFactor(2, 100)).toBe(rareWordWeight);
    expect(rareWordFactor(2, 222)).toBe(rareWordWeight);
    expect(rareWordWeight).toBeGreaterThan(1);
  });

  test('a word three pages hold, a word no page holds, and a word of a small knowledge base count as before', () => {
    expect(rareWordFactor(3, 1000)).toBe(1);
    expect(rareWordFactor(40, 222)).toBe(1);
    expect(rareWordFactor(0, 222)).toBe(1);
    expect(rareWordFactor(1, 40)).toBe(1);
    expect(rareWordFactor(2, 99)).toBe(1);
    expect(rareWordFactor(1, 0)).toBe(1);
  });
});

describe("round 54: in pagefind's own index", () => {
  const notices = [
    {
      id: 'login-nodes-security-may',
      title: 'Login nodes unavailable during a critical security update',
      summary: 'The login nodes of the tier-2 clusters were closed while a kernel update was applied.',
      body: 'Log in was not working for four hours. Jobs kept running on the compute nodes.',
    },
    {
      id: 'login-nodes-security-april',
      title: 'Login nodes unavailable after a critical security fix',
      summary: 'All login nodes were taken offline to patch a vulnerability.',
      body: 'Log in was refused until the patched image was rolled out on every login node.',
    },
    {
      id: 'login-page-stalls',
      title: 'Web login page stalls in the browser',
      summary: 'The web login page kept loading and never showed the form.',
      body: 'A script of the page looped; it was rolled back.',
    },
    {
      id: 'campus-power-interruption',
      title: 'Campus power interruption',
      summary: 'A power cut in the data centre stopped part of the cluster.',
      body: 'The Kestrel nodes went down with the power. Users of Kestrel were asked to log in via Osprey, whose login nodes stayed up, until the power came back.',
    },
    // Routine notices holding no word of the queries, so the names are rare among a hundred pages.
    ...Array.from({ length: 96 }, (_, i) => ({
      id: `routine-window-${i}`,
      title: `Routine storage maintenance window ${i}`,
      summary: 'Planned work on the storage shelves; nothing was affected.',
      body: 'The shelves were patched and checked.',
    })),
  ];
  const engine = inventedNoticesIndex('findability-round54-', notices);

  test('"kestrel login nodes not working, log in via osprey" finds the notice naming both clusters first', async () => {
    const found = await searchForgiving(engine(), 'kestrel login nodes not working, log in via osprey');
    expect((found.exact[0] ?? found.partial[0])?.data.url).toBe('/postmortems/campus-power-interruption/');
  });

  test('"login nodes not working" still finds a login nodes notice first', async () => {
    const found = await searchForgiving(engine(), 'login nodes not working');
    expect((found.exact[0] ?? found.partial[0])?.data.url).toMatch(/^\/postmortems\/login-/);
  });
});
