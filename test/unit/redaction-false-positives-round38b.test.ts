import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/**
 * Round 38b of false positives (docs/redaction.md): a project's own code-host account linked by
 * its name, and a public image's content address on a media host. Every sentence is our own,
 * modelled on the shapes a desktop project's outage post and a student's postmortem hold; beside
 * each, a near miss written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const found = (text: string, rule: string) => scanPublicText('post.md', `# Outage\n\n${text}\n`, options).findings.filter((f) => f.rule === rule).map((f) => redactionFindingText(f));

describe("a project's own account linked by its name", () => {
  test.each([
    ['the link text spells the account with the code host', '* `src.kelp-desktop.org` mirrors the [Kelp Desktop GitHub](https://github.com/kelp-desktop).'],
    ['"GitLab of the …"', 'Issues stay on the [GitLab of the Kelp Desktop](https://gitlab.com/kelp-desktop) meanwhile.'],
    ['the words in another order after an Italian preposition', 'È un mirror del [GitHub del Desktop Kelp](https://github.com/kelp-desktop).'],
  ])('is no person: %s', (_, line) => {
    expect(found(line, 'redact/person')).toEqual([]);
  });

  test.each([
    ['a person named so (two words no lexicon knows)', 'Ask on the [Tavish Oberlin GitHub](https://github.com/tavish-oberlin) page.', 'tavish-oberlin'],
    ['a given name among the words', 'See the [Sofia Tools GitHub](https://github.com/sofia-tools).', 'sofia-tools'],
    ['a link text that does not spell the account', 'See the [Kelp Desktop GitHub](https://github.com/hbrekke-desktop).', 'hbrekke-desktop'],
    ['one word, which a person\'s handle may be', 'See the [Quorret GitHub](https://github.com/quorret).', 'quorret'],
  ])('a near miss is still found: %s', (_, line, account) => {
    expect(found(line, 'redact/person').join(' ')).toContain(account);
  });
});

describe("a public image's content address", () => {
  const hex = '4b1e9d07a2c35f68e0d19b7c2a4f8e31';
  test('a hex segment of an embedded image on a media host is no secret', () => {
    expect(found(`![a cat at a keyboard](https://media.gifhost.example/images/${hex}/keyboard-cat.gif)`, 'redact/secret')).toEqual([]);
  });

  test.each([
    ['a link the reader follows, not an embedded image', `[the report](https://files.vendor.example/download/${hex}/report.pdf)`],
    ['a query after the image', `![graph](https://media.gifhost.example/images/${hex}/graph.png?sig=${hex})`],
    ['the hex run as the file name itself', `![graph](https://media.gifhost.example/images/${hex}.png)`],
    ['an embedded link whose last segment is no image', `![graph](https://media.gifhost.example/hooks/${hex}/trigger)`],
  ])('a near miss is still a secret: %s', (_, line) => {
    expect(found(line, 'redact/secret')).toContain(hex);
  });
});
