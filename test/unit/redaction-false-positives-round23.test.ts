import { describe, expect, test } from 'vitest';
import { discoverPeople, redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/**
 * Round 23 of false positives (docs/redaction.md): companies a disclosure names by one word, towns
 * after a saint's title, and a project's own account on a code host. Every text is our own,
 * modelled on what the collections hold; beside each negative a person written the same way is
 * still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const team = { ...options, people: ['Louis Brekke', 'Clara Ondarra'] };
const people = (text: string, opts: RedactionOptions = options) =>
  scanPublicText('post.md', text, opts).findings.filter((f) => f.rule === 'redact/person' || f.rule === 'redact/possible-person').map((f) => redactionFindingText(f));

describe('a company named by one word', () => {
  test.each([
    ['written before an organisation\'s noun elsewhere in the post', 'On May 2nd Morvane Finance was drained through a price oracle.\n\nTwo of our vaults had lent to Morvane. Morvane paused the markets an hour later.'],
    ['as a pair of a word and such a noun', 'At 22:25 Tessim Protocol, who run a fork of the vulnerable vault, were warned.'],
    ['as the author of an audit', 'The new trie was audited by Quillwright before the upgrade.\n\n- 09:49: Quillwright notified'],
    ['beside "audit" in a linked report\'s file name', 'The contracts were reviewed by [Ostrava](https://example.org/audits/Vault-v3-Ostrava-audit-report.pdf). Ostrava found two high-severity issues.'],
    ['in a report filed under its name in another case', 'Reviewed by [Brightkeel](https://example.org/docs/2024-02-01_Trie_Security_Audit_BrightKeel.pdf).\n\n- 05:41: Brightkeel notified\n- 06:10: Brightkeel proposed a workaround for the trie'],
  ])('is no person %s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test.each([
    ['acting with no sign of a company', 'Morvane paused the markets an hour later.', ['Morvane']],
    ['a given name as an audit\'s author', 'The new trie was audited by Ingrid before the upgrade.\n\nIngrid paused the markets an hour later.', ['Ingrid', 'Ingrid']],
  ])('is still found %s', (_, text, found) => {
    expect(people(text)).toEqual(found);
  });
});

describe('a town after a saint\'s title', () => {
  test.each([
    ['a listed part after "St."', '| **node-a** | Primary | St. Louis | Edgehost |\n\n**Location:** St. Louis, USA'],
    ['a listed part after "Santa", read as a full name', 'The second validator runs in Santa Clara, the third in San Jose.'],
  ])('is the place: %s', (_, text) => {
    expect(people(text, team)).toEqual([]);
  });

  test('the same names are still found as people in the same post', () => {
    expect(people('The node runs in St. Louis.\n\nThanks to Louis for the fix. Clara Ondarra joined.', team)).toEqual(['Louis', 'Clara Ondarra']);
  });
});

describe('a repository named as its account', () => {
  test('is the project\'s when the post links its wiki or issues', () => {
    expect(people('File names follow https://github.com/cstate/cstate/wiki/Usage#creating-incidents, as the template says.')).toEqual([]);
  });

  test.each([
    ['another repository of the account', 'See https://github.com/jkowalczyk/notes/wiki/Usage for the steps.'],
    ['a profile repository named as its account', 'See https://github.com/jkowalczyk/jkowalczyk for the profile.'],
  ])('still reads the owner as a person\'s account: %s', (_, text) => {
    expect(people(text)).toEqual(['jkowalczyk']);
  });
});

describe('a listed part or a full name in a heading\'s run of title words', () => {
  const listed = { ...options, people: ['Brisk Validation', 'Tove Vold'] };
  test.each([
    ['a title in title case', '# Chain Halt due to Transaction Receipts Validation Skip Post-Mortem\n\nThe sequencer skipped the check.'],
    ['after "&" in a heading', '### 1:42-1:59 PM: Client Releases & Validation\n\nThe clients shipped a fix.'],
    ['a bold label', '- **Monitoring Validation**: metrics confirmed the scope'],
    ['a title field\'s text in title case', 'Chain Halt due to Transaction Receipts Validation Skip Post-Mortem'],
  ])('is the title\'s word: %s', (_, text) => {
    expect(people(text, listed)).toEqual([]);
  });

  test.each([
    ['in prose', 'Validation restarted the sequencer at 10:02.', ['Validation']],
    ['with its whole name in a heading', '### Notes From Brisk Validation', ['Brisk Validation']],
  ])('is still found %s', (_, text, found) => {
    expect(people(text, listed)).toEqual(found);
  });
});

describe('a listed given name in capitals as a product\'s acronym', () => {
  const listed = { ...options, people: ['Kim Vold'] };
  test.each([
    ['joined by a hyphen', 'Der Empfang von KIM-Nachrichten kann kurz unterbrochen sein.'],
    ['before a capitalised word of the product', 'Das KIM Clientmodul (KCM) wird heute auf die aktuelle Version aktualisiert.'],
  ])('is the acronym: %s', (_, text) => {
    expect(people(text, listed)).toEqual([]);
  });

  test.each([
    ['in capitals with the surname', 'KIM VOLD restarted the relay.', ['KIM VOLD']],
    ['in capitals beside the surname', 'KIM Vold joined the call.', ['KIM Vold']],
    ['in mixed case', 'Kim paged the on-call engineer.', ['Kim']],
  ])('is still found %s', (_, text, found) => {
    expect(people(text, listed)).toEqual(found);
  });
});

describe('a listed part that is a function word of the line\'s language', () => {
  const listed = { ...options, people: ['Rahul Das'] };
  test('opening a German sentence is the article', () => {
    expect(people('Das KIM Clientmodul (KCM) wird auf die aktuelle Version aktualisiert.', listed)).toEqual([]);
  });

  test.each([
    ['on an English line', 'Das restarted the relay and the queue.', ['Das']],
    ['as a full name on a German line', 'Rahul Das hat den Server neu gestartet.', ['Rahul Das']],
  ])('is still found %s', (_, text, found) => {
    expect(people(text, listed)).toEqual(found);
  });
});

describe('the language of a post whose comments are in English', () => {
  const summary = 'Am 4. September führen wir von 10:00 bis 11:00 Uhr geplante Wartungsarbeiten am Terminportal durch. In der Zeit kann es zu kurzen Unterbrechungen kommen.';
  const body = '{/* The opening paragraph is the summary, which the page shows above the body: not repeated here. */}\n\nWenn die Verbindung zum Terminportal nicht wieder aufgebaut wird, hilft ein Neustart des Programms.';
  const placeholder = 'Not stated in the original report (a placeholder).';

  test('is read without the comments the page never shows: a German title\'s nouns are no full name', () => {
    expect([...discoverPeople(['Geplante Wartungsarbeiten Terminportal', summary, body, placeholder], options).keys()]).toEqual([]);
  });

  test('a full name in such a title is still found', () => {
    expect([...discoverPeople(['Herr Brekke hat die Wartung verschoben', summary, body, placeholder], options).keys()]).toContain('Brekke');
  });
});
