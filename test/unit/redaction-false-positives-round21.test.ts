import { describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanBuiltSite } from '../../scripts/lib/redaction-check.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { isBrandNotGivenName, isBrandPhrase, isWellKnownBrand, shownAsPublicProduct } from '../../src/lib/publication/public-product-signs.ts';

/**
 * Round 21 of false positives (docs/redaction.md): public products and companies held by the
 * code-name rules, and the signs that show them public. Every text is our own, modelled on what
 * the collections hold; beside each negative a code name written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const people = (text: string) =>
  scanPublicText('post.md', text, options).findings.filter((f) => f.rule === 'redact/person' || f.rule === 'redact/possible-person').map((f) => redactionFindingText(f));
const codeNames = (text: string) =>
  scanPublicText('post.md', text, options).findings.filter((f) => f.rule === 'redact/internal-name').map((f) => redactionFindingText(f));
/** Findings of listed people, with `team` as the list. */
const listedIn = (team: string[]) => (text: string) =>
  scanPublicText('post.md', text, { ...options, people: team }).findings.filter((f) => f.rule === 'redact/person').map((f) => redactionFindingText(f));
/** Code names and people: a word acting at a sentence's start is a guess of a person first. */
const named = (text: string) => [...codeNames(text), ...people(text)];

describe('a product of a general list of brands is no code name', () => {
  test.each([
    ['before a system noun', 'At 09:12 the Immich service stopped answering the phone apps.'],
    ['a company before a database', 'The id column of a Synology database table reached its limit.'],
    ['acting with an outage verb', 'At 09:00 Mullvad went down for most of the morning, so the tunnels fell back to the office line.'],
    ['restarted by us', 'We restarted Portainer twice before the stacks showed up again.'],
  ])('%s', (_, text) => {
    expect(named(text)).toEqual([]);
  });

  test('the list is general: brands of many kinds, and no made-up code name', () => {
    for (const brand of ['Mullvad', 'Immich', 'Synology', 'Forgejo', 'Grafana']) expect(isWellKnownBrand(brand), brand).toBe(true);
    for (const codeName of ['Zarnith', 'Quorvane', 'Velkanor', 'Brathmoor', 'Ostravel']) expect(isWellKnownBrand(codeName), codeName).toBe(false);
  });

  test('a made-up code name written the same way is still found', () => {
    expect(codeNames('At 09:12 the Quellory service stopped answering the phone apps.')).toEqual(['Quellory']);
    expect(named('At 09:00 Vorrindel went down for most of the morning.')).toEqual(['Vorrindel']);
  });

  test('a brand the post calls its own is still its own system', () => {
    expect(codeNames('Our Immich service timed out when the controller restarted.')).toEqual(['Immich']);
  });
});

describe('a domain of the name, written capitalised', () => {
  test.each([
    ['a domain after the outage', 'The Quellory service was unreachable for 40 minutes (status at Quellory.io).'],
    ['a www domain', 'Vorrindel returned 502s until 10:40; see www.Vorrindel.com for their notice.'],
  ])('%s', (_, text) => {
    expect(codeNames(text)).toEqual([]);
  });

  test.each([
    ['an internal domain', 'The Quellory service at Quellory.internal timed out.', ['Quellory']],
    ['another name\'s domain', 'The Quellory service timed out; Vorrindel.io was fine.', ['Quellory']],
  ])('is not read in %s', (_, text, found) => {
    expect(codeNames(text)).toEqual(found);
  });
});

describe('a word of buying someone else\'s product beside the name', () => {
  test.each([
    ['a support ticket with it', 'The Quellory API timed out; we opened a support ticket with Quellory at 10:05.'],
    ["its status page", "Quellory's status page showed the outage at 10:12, after the Quellory service had timed out."],
    ['SaaS in brackets', 'At 10:02 the Vorrindel API returned 503s; Vorrindel (SaaS) posted a notice.'],
    ['self-hosted before it', 'Our self-hosted Vorrindel crashed after the upgrade.'],
    ['a paid plan', 'The Quellory free tier caps requests, and the Quellory API started returning errors.'],
  ])('%s', (_, text) => {
    expect(codeNames(text)).toEqual([]);
  });

  test.each([
    ['such a word further away', 'The Quellory service timed out while the self-hosted runners were busy.', ['Quellory']],
    ['a subscription service of its own', 'The Quellory subscription service timed out.', ['Quellory']],
    ['a status page that is not its', 'Our status page said all was well while Vorrindel returned 503s.', ['Vorrindel']],
  ])('%s is no such sign', (_, text, found) => {
    expect(codeNames(text)).toEqual(found);
  });

  test('the sign is read for the name it stands beside', () => {
    expect(shownAsPublicProduct('Quellory', 'A support ticket with Quellory is open.')).toBe(true);
    expect(shownAsPublicProduct('Vorrindel', 'A support ticket with Quellory is open. Vorrindel timed out.')).toBe(false);
  });
});

describe('a well-known brand acting is no guess of a person', () => {
  test.each([
    ['going down', 'Mullvad went down for most of the morning, so the tunnels fell back to the office line.'],
    ['going down after a time', 'At 10:02 Forgejo went down again.'],
    ['timing out', 'Immich timed out on every upload.'],
  ])('%s', (_, text) => {
    expect(named(text)).toEqual([]);
  });

  test.each([
    ['a made-up word acting the same way', 'Vorrindel went down for most of the morning.', ['Vorrindel']],
    ['a brand thanked as people are', 'Thanks to Forgejo for the quick fix.', ['Forgejo']],
    ['a brand that is a given name, acting', 'Otto restarted the job at 10:02.', ['Otto']],
  ])('%s is still found', (_, text, found) => {
    expect(people(text)).toEqual(found);
  });

  test('only one word of the list that no lexicon knows as a given name', () => {
    expect(isBrandNotGivenName('Mullvad')).toBe(true);
    expect(isBrandNotGivenName("Forgejo's")).toBe(true);
    for (const text of ['Hugo', 'Claude', 'Mullvad Vold', 'mullvad', 'Vorrindel']) expect(isBrandNotGivenName(text), text).toBe(false);
  });
});

describe('a listed name whose part is a word for a program', () => {
  const listed = listedIn(['Agent Tarvik', 'Orla Hennessy']);

  test.each([
    ['a product named with the word', 'The Odin-Agent bridge dropped its session at 10:02.'],
    ["the word as a noun", "The Agent's token expired; the Agent logs show a 401."],
  ])('%s', (_, text) => {
    expect(listed(text)).toEqual([]);
  });

  test.each([
    ['the full name', 'Agent Tarvik restarted the bridge at 10:04.', ['Agent Tarvik']],
    ['the other part alone', 'Tarvik restarted the bridge at 10:04.', ['Tarvik']],
  ])('%s is still found', (_, text, found) => {
    expect(listed(text)).toEqual(found);
  });
});

describe("a listed name's part in lower case on a line of another language", () => {
  const listed = listedIn(['Manuel Brekkevold', 'Orla Hennessy']);

  test('is the language\'s word', () => {
    expect(listed('Le passage en mode manuel a été fait pour la sauvegarde et la restauration des données.')).toEqual([]);
  });

  test.each([
    ['capitalised on that line', 'Manuel a redémarré le serveur et la base de données pour la restauration.', ['Manuel']],
    ['in lower case on an English line', 'The rollback was done by manuel at 10:04.', ['manuel']],
    ['the full name on that line', 'Le serveur a été redémarré par Manuel Brekkevold pour la restauration.', ['Manuel Brekkevold']],
  ])('%s is still found', (_, text, found) => {
    expect(listed(text)).toEqual(found);
  });
});

describe('a brand of several words is no full name', () => {
  test.each([
    ['read by the language model', '**Affected:** Asahi Linux build hosts — the kernel upgrade.'],
    ['a product of two words acting', 'Uptime Kuma went down at 10:02, so no alert fired.'],
  ])('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test('a company named after a person, with a surname no dictionary knows, is still a name', () => {
    expect(people('We met Albert Heijn at 10:00 to plan the failover.')).toEqual(['Albert Heijn']);
  });

  test('only a whole title of the list', () => {
    for (const text of ['Asahi Linux', 'Uptime Kuma', "Home Assistant's"]) expect(isBrandPhrase(text), text).toBe(true);
    for (const text of ['Albert Heijn', 'Asahi Vold', 'Linux', 'Zarnith Quorvane']) expect(isBrandPhrase(text), text).toBe(false);
  });
});

describe('an abbreviation of mixed case is no listed name part', () => {
  const listed = listedIn(['Pok Tarvik']);

  test('"PoK" beside a listed "Pok"', () => {
    expect(listed('The outage came from a PoK replay against the signer.')).toEqual([]);
  });

  test.each([
    ['the part as names are written', 'Pok restarted the signer at 10:04.', ['Pok']],
    ['the full name', 'Pok Tarvik restarted the signer at 10:04.', ['Pok Tarvik']],
  ])('%s is still found', (_, text, found) => {
    expect(listed(text)).toEqual(found);
  });
});

describe('a town and a region before a country', () => {
  test.each([
    ['in a table of sites', '| Site | Racks | Location |\n| --- | --- | --- |\n| south | 1 | Preston, Victoria, Australia |'],
    ['a town, a county and a country', '| Site | Racks | Location |\n| --- | --- | --- |\n| west | 2 | Douglas, Cork, Ireland |'],
  ])('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test.each([
    ['a person thanked, then a country', 'Thanks to Preston, Australia was back online by noon.', ['Preston']],
    ['a name before a word that is no country', 'At 10:02 Preston, Victoria and Douglas joined the bridge.', ['Preston', 'Victoria', 'Douglas']],
  ])('%s is still found', (_, text, found) => {
    expect(people(text)).toEqual(found);
  });
});

test('a brand in a series beside a word no list knows is still a guess (machines are named so)', () => {
  expect(people('* 10:02 - Quarvel and Mullvad OS upgrade.')).toEqual(['Quarvel', 'Mullvad']);
});

describe("a link's text that repeats the transaction of its target, on a built page", () => {
  const tempDir = temporaryFolders('kb-fp21-built-');
  const hash = '7C41E0B9D2A35F86C1E04B97A2D3F5E6081B9C4DA7E2F3051B6C8D9E0A1F2B3C';
  const other = '9E0A1F2B3C7C41E0B9D2A35F86C1E04B97A2D3F5E6081B9C4DA7E2F3051B6C8D';
  const secrets = (html: string) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'p'), { recursive: true });
    writeFileSync(join(dir, 'p', 'index.html'), html);
    return scanBuiltSite(dir, options).leaks(new Set()).filter((f) => f.rule === 'redact/secret').map((f) => redactionFindingText(f));
  };

  test('is the public id of its link', () => {
    expect(secrets(`<main><p>The refund can be checked with the transaction hash : <a href="https://explorer.example.org/ledger/txs/${hash}">${hash}</a></p></main>`)).toEqual([]);
  });

  test.each([
    ['another hex string beside such a link', `<main><p>Key ${other}; see <a href="https://explorer.example.org/ledger/txs/${hash}">the refund</a>.</p></main>`, [other]],
    ['the same string with no digest link', `<main><p>The signing key was ${hash} until noon.</p></main>`, [hash]],
  ])('%s is still a secret', (_, html, found) => {
    expect(secrets(html)).toEqual(found);
  });
});
