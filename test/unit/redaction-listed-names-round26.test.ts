import { describe, expect, test } from 'vitest';
import { probeOptions, publicTextAfterRedact, scanProbe, uncoveredOccurrences } from '../support/redaction-probe-harness.ts';
import { redactionFindingText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { proposedFileName } from '../../src/lib/publication/file-name.ts';

/**
 * Listed names, round 26 (docs/redaction.md): a name the team configured in
 * `redaction.internalNames` is found in any identifier it is a part of, also when it is an English
 * word; a name listed in `redaction.publicNames` is kept whole, its parts no findings inside it.
 * Every name here is our own: `magpie` stands for a system named by an English word.
 */
const withMagpie: RedactionOptions = { ...probeOptions, configuredInternalNames: ['magpie'] };

const published = (text: string, leak: string, options: RedactionOptions) =>
  uncoveredOccurrences(text.toLowerCase(), leak, scanProbe(text, options).map((f) => ({ line: f.line, column: f.column, text: redactionFindingText(f).toLowerCase() })));

describe('a configured internal name that is an English word, inside any identifier', () => {
  const forms: [string, string][] = [
    ['in a code span, inside <…> and joined by hyphens', 'First run `ping <ip-of-magpie>` from the bastion.'],
    ['joined by a hyphen, first', 'The magpie-relay queue filled up.'],
    ['joined by an underscore', 'We raised `magpie_worker_count` to 12.'],
    ['in CamelCase, first', 'MagpieRelay stopped answering.'],
    ['in lowerCamelCase, last', 'The call to `restartMagpie()` timed out.'],
    ['in capitals, joined by a hyphen', 'The MAGPIE-PRIMARY node was fenced.'],
    ['with a number', 'magpie2 took over the writes.'],
    ['as a label of a host', 'It resolved magpie.example.net to the old address.'],
    ['in a path', 'The logs under /var/log/magpie/ filled the disk.'],
    ['in a file name', 'See `magpie-failover.sh` for the steps.'],
    ['in fenced code', '```\nsystemctl restart magpie-relay\n```'],
  ];
  test.each(forms)('%s', (_, text) => {
    expect(published(text, 'magpie', withMagpie)).toEqual([]);
  });

  test('the English word in prose is found too (fail closed: a line the team means is allowed with a marker)', () => {
    expect(published('The printer went the way of the magpie.', 'magpie', withMagpie)).toEqual([]);
    expect(scanProbe('The printer went the way of the magpie. {/* redaction-allow redact/internal-name "magpie" -- the bird */}', withMagpie)).toEqual([]);
  });

  test('a longer word that holds the letters is no part (`magpies`), and without the setting nothing is found', () => {
    expect(scanProbe('Two magpies sat on the `magpiesque` rack.', withMagpie)).toEqual([]);
    expect(scanProbe('First run `ping <ip-of-magpie>` from the bastion.', probeOptions)).toEqual([]);
  });

  test('npm run redact replaces the identifier whole, leaving no part of it', () => {
    const after = publicTextAfterRedact('First run `ping <ip-of-magpie>` and check `magpie_worker_count`.', withMagpie);
    expect(after.toLowerCase()).not.toContain('magpie');
    expect(after).not.toMatch(/ip-of-|_worker_count/);
  });

  test("a file name whose only words besides the name are 'on' and 'the' gets no proposal: the author names it", () => {
    expect(proposedFileName('2026-03-02-magpie-on-the-magpie', ['magpie'])).toBeUndefined();
    expect(proposedFileName('2026-03-02-magpie-disk-full', ['magpie'])).toBe('2026-03-02-disk-full');
  });
});

describe('a listed public name of two words is kept whole', () => {
  const people: RedactionOptions = { ...probeOptions, people: ['Ezra Holm'], peopleIndex: buildPeopleIndex([{ name: 'Ezra Holm', origin: 'configured' }]) };
  const listed: RedactionOptions = { ...people, publicNames: ['Ezra Paddock'] };
  const text = 'Ezra Paddock, our chat server, dropped its queue.\nThe Ezra Paddock instance came back at 10:40.';

  test('a listed person sharing its first word does not make that word a finding inside it', () => {
    expect(scanProbe(text, people).length).toBeGreaterThan(0);
    expect(scanProbe(text, listed)).toEqual([]);
  });

  test('npm run redact leaves it as written, and still replaces the person', () => {
    const after = publicTextAfterRedact(`${text}\nEzra restarted the writer.`, listed);
    expect(after).toContain('Ezra Paddock, our chat server');
    expect(after).toContain('The Ezra Paddock instance');
    expect(after).not.toMatch(/an engineer Paddock|Ezra restarted/);
  });

  test('a word the post names as a person elsewhere is found there, not inside the listed name', () => {
    const found = scanProbe('Ezra restarted the writer.\nEzra Paddock came back.', { ...probeOptions, publicNames: ['Ezra Paddock'] });
    expect(found.map((f) => f.line)).toEqual([1]);
  });

  test('the name misspelt is not the listed name', () => {
    expect(scanProbe('Ezra Padock, our chat server, dropped its queue.', listed).map(redactionFindingText).join(' ')).toContain('Ezra');
  });
});
