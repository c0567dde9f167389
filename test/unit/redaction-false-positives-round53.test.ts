import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex, type KnownName } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { findLeaks } from '../../src/lib/adoption/leak-search.ts';

/**
 * Round 53 of false positives (docs/redaction.md): session 52's leftovers. An internal name before
 * a system's part ("the `x` sidecar") read "an internal system sidecar"; a laptop's operating
 * system and an edition ("Zorin OS 18.1 Pro", "DOTween Pro") were listed people. Every line is
 * our own; beside each relaxation, a near miss written the same way.
 */
const optionsWith = (names: readonly string[]): RedactionOptions => {
  const listed: KnownName[] = names.map((name) => ({ name, origin: 'git author' }));
  return { internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex(listed) };
};
const post = (body: string) => `# Outage\n\nThe laptop failed to boot after an update.\n\n${body}\n`;
const found = (names: readonly string[], body: string) => scanPublicText('post.md', post(body), optionsWith(names)).findings.filter((f) => f.rule.endsWith('person')).map((f) => redactionFindingText(f));

describe('an internal name before a system\'s part reads "an internal <part>"', () => {
  const options: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]), internalNames: ['korvash'], configuredInternalNames: ['korvash'] };
  const publicText = (source: string) => stripInternalFromSource(applyRedactionFixes(source, scanPublicText('post.mdx', source, options).findings, { isMdx: true }).source, 'public').replace(/<\/?PublicOnly>/g, '').trim();
  test.each([
    ['The `korvash` sidecar restarted twice.\n', 'An internal sidecar restarted twice.'],
    ['Logs stopped when the `korvash` container was evicted.\n', 'Logs stopped when an internal container was evicted.'],
    ['We drained the `korvash` pods first.\n', 'We drained the internal pods first.'],
    ['Our korvash repository holds the manifests.\n', 'Our internal repository holds the manifests.'],
  ])('%s', (source, read) => {
    expect(publicText(source)).toBe(read);
  });
  test.each([
    ['The `korvash` shim restarted twice.\n', 'An internal system shim restarted twice.'],
    ['Memory use doubled on the `korvash`.\n', 'Memory use doubled on an internal system.'],
  ])('no noun of a system or its part after it: the phrase, as before: %s', (source, read) => {
    expect(publicText(source)).toBe(read);
  });
  test('the part\'s noun does not make two capitalised words a product\'s: a listed person before "Host" is still found', () => {
    expect(found(['Tove Host'], 'Tove Host restarted the ledger.')).toContain('Tove Host');
  });
});

describe('an operating system\'s name and an edition are software, not a listed name', () => {
  test.each([
    ['Orlan Vesk', 'The laptop runs Vesk OS 18.1 with full-disk encryption.'],
    ['Orlan Vesk', 'We reinstalled Vesk OS from the live image.'],
    ['Pro Tamsin', 'The laptop runs Vesk OS 18.1 Pro with full-disk encryption.'],
    ['Pro Tamsin', 'We bought [EASEkit Pro](https://example.com/easekit) for the easing.'],
    ['Ultra Brennick', 'The router runs firmware 2.4.1 Ultra now.'],
  ])('%s: %s', (listed, body) => {
    expect(found([listed], body)).toEqual([]);
  });
  test.each([
    ['Orlan Vesk', 'Vesk restarted the laptop at 10:04.', 'Vesk'],
    ['Orlan Vesk', 'Orlan Vesk reinstalled the OS.', 'Orlan Vesk'],
    // The last of a series before "OS upgrade" is a machine's name, as round 21 decided for guesses.
    ['Orlan Vesk', '* 10:02 - Quarvel and Vesk OS upgrade.', 'Vesk'],
    ['Pro Tamsin', 'We thanked Pro for the patch.', 'Pro'],
    ['Pro Tamsin', 'Pro Tamsin bought TweenKit.', 'Pro Tamsin'],
    // An edition's word that is a given name is still judged as one.
    ['Max Brennick', 'The router runs firmware 2.4.1 Max now.', 'Max'],
  ])('still found: %s: %s', (listed, body, name) => {
    expect(found([listed], body)).toContain(name);
  });
});

describe('the adoption measurement stays stricter than the guard for listed names (review, session 53)', () => {
  test('a listed "The <word>" is counted in any case on the public site, where the guard matches it only whole and capitalised', () => {
    const files = [{ file: 'posts/wallets/index.html', text: '<p>Then the TOKs were reissued, and the CATS were too.</p>' }];
    expect(found(['The Cats'], 'Then the TOKs were reissued, and the CATS were too.')).toEqual([]);
    expect(findLeaks([{ term: 'The Cats', kind: 'person', origin: '--names FILE' }], files).map((hit) => [hit.term, hit.occurrences])).toEqual([['The Cats', 1]]);
  });
});
