import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/**
 * Round 24 of false positives (docs/redaction.md): shapes of real reports by other organisations
 * that the guard held or `npm run redact` rewrote. Every text is our own, modelled on what the
 * collections hold; beside each negative a person written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const people = (text: string, opts: RedactionOptions = options) =>
  scanPublicText('post.md', text, opts).findings.filter((f) => f.rule === 'redact/person' || f.rule === 'redact/possible-person').map((f) => redactionFindingText(f));

describe('a listed part that is a quantifier opening a noun phrase', () => {
  const team = { ...options, people: ['Tova Most', 'Eric Halvorsen'] };
  test.each([
    ['a list item', '- Most affected vaults only held deposits from other pools, so the fix was a migration.'],
    ['a sentence', 'The oracle lagged by two blocks. Most impacted strategies recovered within the hour.'],
  ])('is the word in %s', (_, text) => {
    expect(people(text, team)).toEqual([]);
  });

  test.each([
    ['acting on an object with an article', '- Most restarted the indexer at 10:02.', ['Most']],
    ['acting on a person', 'Most paged Eric at 10:05.', ['Most', 'Eric']],
    ['acting on a number of things', 'Most migrated 3 vaults before noon.', ['Most']],
  ])('is still found %s', (_, text, found) => {
    expect(people(text, team)).toEqual(found);
  });
});

describe('a listed part on one side of a comparison of things', () => {
  const team = { ...options, people: ['Rune Bias', 'Tove Vold'] };
  test.each([
    ['after "vs"', '5. Slope vs Bias: https://notes.example.org/slope-bias'],
    ['before "versus"', 'We charted Bias versus Latency for each pool.'],
  ])('is the word %s', (_, text) => {
    expect(people(text, team)).toEqual([]);
  });

  test.each([
    ['against a given name', 'The review was Eric vs Bias on the rollback.', ['Eric', 'Bias']],
    ['against another listed part', 'The review was Vold vs Bias on the rollback.', ['Vold', 'Bias']],
  ])('is still found %s', (_, text, found) => {
    expect(people(text, team)).toEqual(found);
  });
});

describe('a configured internal name inside an identifier the team listed as public', () => {
  // `quarry` and `relay` stand for two systems a team named itself; `ridgeline-relay` and
  // "Quarry Agent" for a public project's component and product that contain those words.
  const configured: RedactionOptions = { ...options, configuredInternalNames: ['quarry', 'relay'], publicNames: ['ridgeline-relay', 'Quarry Agent'] };
  const internal = (text: string, opts: RedactionOptions = configured) =>
    scanPublicText('post.md', text, opts).findings.filter((f) => f.rule === 'redact/internal-name').map((f) => redactionFindingText(f));

  test.each([
    ['in the form listed', 'The `ridgeline-relay` pod lost its peers after the upgrade.'],
    ['with another separator', 'Logs of ridgeline_relay showed the same timeout.'],
    ['with a hyphen where the listed name has a space', 'Quarry-Agent polled the feed every minute.'],
    ['run together in CamelCase', 'QuarryAgent polled the feed every minute.'],
  ])('is no finding %s', (_, text) => {
    expect(internal(text)).toEqual([]);
  });

  test.each([
    ['without the public name listed', 'The `ridgeline-relay` pod lost its peers after the upgrade.', { ...configured, publicNames: [] }, ['ridgeline-relay']],
    ['in a longer identifier around the listed name', 'We restarted `ridgeline-relay-east` first.', configured, ['ridgeline-relay-east']],
    ['in another identifier', 'The `relay-primary` node and quarry_worker were fenced.', configured, ['relay-primary', 'quarry_worker']],
  ])('is still found %s', (_, text, opts, found) => {
    expect(internal(text, opts)).toEqual(found);
  });
});

describe('a listed part that is a cloud region\'s place, as a status page writes it', () => {
  // Our own team: each surname or given name is also a place in the providers' region lists.
  const team = { ...options, people: ['Halvard Warsaw', 'Santiago Brekke', 'Ines Ireland', 'Tove Vold'] };
  test.each([
    ['before its region code in a list of locations', 'Affected locations: Finland (europe-north1), Warsaw (europe-central2), Santiago (southamerica-west1), Zurich (europe-west6).'],
    ['after its region code', 'Replication from eu-west-1 (Ireland) to the other regions lagged.'],
    ['in brackets after a service\'s name, in a title', 'Increased Error Rates (Amazon ElastiCache (Ireland))'],
  ])('is the place %s', (_, text) => {
    expect(people(text, team)).toEqual([]);
  });

  test.each([
    ['acting', 'Warsaw restarted the broker at 10:02.', ['Warsaw']],
    // Found as a person once, the name is carried to the post's other lines, the region's too.
    ['thanked, in a post that lists the region too', 'Affected: Santiago (southamerica-west1).\n\nThanks to Santiago for the rollback.', ['Santiago', 'Santiago']],
    ['in a series of places without codes', 'Paged: Santiago, Tove and Ines.', ['Santiago', 'Tove', 'Ines']],
  ])('is still found %s', (_, text, found) => {
    expect(people(text, team)).toEqual(found);
  });
});

describe('a folder of a repository\'s file view named like a profile page', () => {
  test.each([
    ['a GitHub blob link into an accounts folder', 'We check each password against a breach list ([the form](https://github.com/quillon/shopfront/blob/4f1c2a9e/shopfront/accounts/forms.py#L40-L52)).'],
    ['a GitLab blob link into a users folder', 'The handler lives in https://gitlab.example.org/quillon/shopfront/-/blob/main/src/users/authz.rb for the check.'],
  ])('is no person: %s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test.each([
    ['a profile page outside a file view', 'See https://forum.example.org/users/hbrekke for the report.', ['/users/hbrekke']],
    ['a home page under a tilde', 'The write-up is at https://www.example.ac.uk/~kvold/notes.html.', ['/~kvold']],
  ])('is still found: %s', (_, text, found) => {
    expect(people(text)).toEqual(found);
  });
});

describe('a listed part naming an organisation\'s body', () => {
  const team = { ...options, people: ['Julia Brekke', 'Tove Vold'] };
  test.each([
    ['after "the", before a capitalised team', 'Thanks to the Julia Security Team for disclosing this to us.'],
    ['before a foundation', 'The fix was reviewed with the Vold Foundation before the release.'],
  ])('is the body %s', (_, text) => {
    expect(people(text, team)).toEqual([]);
  });

  test.each([
    ['without the article', 'Julia Security Team members were paged.', ['Julia']],
    ['before a team in lower case', 'Thanks to the Julia team for the fix.', ['Julia']],
    ['acting', 'Julia restarted the pool.', ['Julia']],
  ])('is still found %s', (_, text, found) => {
    expect(people(text, team)).toEqual(found);
  });
});

describe('a package the post shows as published on a public registry', () => {
  const identifiers = (text: string, opts: RedactionOptions = options) =>
    scanPublicText('post.md', text, opts).findings.filter((f) => f.rule === 'redact/identifier').map((f) => redactionFindingText(f));
  const advisory = '```toml\n[advisory]\nid = "RUSTSEC-2031-0007"\npackage = "qlx-worktree-state"\ndate = "2031-02-11"\n```\n\n# qlx-worktree-state follows symlinks out of the root\n\nThe `qlx-worktree-state` crate walks outside the checkout.';
  test.each([
    ['named in an advisory\'s header', advisory],
    ['linked on the registry', 'Use [`brx-pool-guard`](https://crates.io/crates/brx-pool-guard) instead; `brx-pool-guard` keeps the old API.'],
    ['linked on a package registry of another language', 'The fix is in [ldgx-core](https://www.npmjs.com/package/ldgx-core) 2.4.1; pin `ldgx-core` until then.'],
  ])('is public %s', (_, text) => {
    expect(identifiers(text)).toEqual([]);
  });

  test('is still found named in a manifest of the team\'s own', () => {
    expect(identifiers('```toml\n[package]\nname = "qlx-worktree-state"\n```\n\nThe `qlx-worktree-state` service crashed.')).toEqual(['qlx-worktree-state', 'qlx-worktree-state']);
  });

  test('is still found configured as internal, though linked', () => {
    const found = scanPublicText('post.md', 'Use [`brx-pool-guard`](https://crates.io/crates/brx-pool-guard) instead.', { ...options, internalNames: ['brx-pool-guard'] }).findings.map((f) => redactionFindingText(f));
    expect(found).toContain('brx-pool-guard');
  });
});
