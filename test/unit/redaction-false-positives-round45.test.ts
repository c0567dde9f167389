import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/**
 * Round 45 of false positives (docs/redaction.md): what a demanding adopter's first public build
 * still held back in public collections (a package manager's release notes, a blockchain's
 * post-mortems and disclosures, a hypervisor's bulletins, a home lab's post-mortems in Chinese, a
 * developer platform's blog). Every line is our own, modelled on what those posts hold; beside
 * each relaxation, a near miss written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const post = (body: string) => `# Outage\n\nThe storage pool lost a disk and the team rebuilt it.\n\n${body}\n`;
const foundText = (body: string, with_: RedactionOptions = options) => scanPublicText('post.md', post(body), with_).findings.map((f) => redactionFindingText(f));
const holds = (body: string, text: string, with_?: RedactionOptions) => foundText(body, with_).includes(text);

describe('a researcher who reports a bug for a bounty', () => {
  test('"Whitehat" acting is the role', () => {
    expect(holds('Whitehat submits a report via the bounty platform about a flaw in the vault.', 'Whitehat')).toBe(false);
  });
  test('a near miss is still found: a given name acting so', () => {
    expect(holds('Tavish submits a report via the bounty platform about a flaw in the vault.', 'Tavish')).toBe(true);
  });
});

describe('a term spelled out before its acronym', () => {
  test.each([
    ['in the same sentence', 'If the processor does not support Extended Page Tables (EPT), the hypervisor falls back.'],
    ['elsewhere in the post', 'The Extended Page Tables (EPT) code was reviewed.\n\nThe older Shadow Page Tables approach is slower.'],
  ])('is no person: %s', (_, body) => {
    expect(foundText(body).filter((f) => f.includes('Page'))).toEqual([]);
  });
  test("a near miss is still found: a person's initials in brackets", () => {
    expect(foundText('The review was led by Hallvard Brekke (HB) on Monday.').some((f) => f.startsWith('Hallvard Brekke'))).toBe(true);
  });
});

describe('software named by a given name, and its vendor acting', () => {
  test.each([
    ['a whole-number release closing the sentence', 'We recommend running the toolchain under Intel emulation with Rosetta 2.', 'Rosetta'],
    ['a whole-number release before a preposition', 'Rosetta 2 on the new laptops still runs the old binaries.', 'Rosetta'],
    ['a kind of software after it', '- 07:32: Greta block explorer begins to show the correct chain.\n- 08:10: The validators resynced based on Greta.', 'Greta'],
  ])('is no person: %s', (_, body, text) => {
    expect(holds(body, text)).toBe(false);
  });
  test.each([
    ['a count beside other counts', 'Tickets closed on Monday: Rosetta 2, Hallvard 3.', 'Rosetta'],
    ['the name acting', '- 07:32: Greta restarted the explorer.', 'Greta'],
    ['a given name acting beside a product named after it', 'Affected: the Greta browser extension.\n\n* 2031-11-17: Greta acknowledges the issue and starts on a fix.', 'Greta'],
    ['the vendor acting with no product named so', '* 2031-11-17: Quorvex acknowledges the issue and starts on a fix.', 'Quorvex'],
  ])('a near miss is still found: %s', (_, body, text) => {
    expect(holds(body, text)).toBe(true);
  });
});

describe("a decentralised finance token in its protocol's spelling", () => {
  test.each([
    ['a liquidity pool token', 'The whole balance of 1,204,331 lp-qUSDv2 tokens was swapped.', 'lp-qUSDv2'],
    ['a staking contract', 'Yield is minted to the `st-qETH` contract at each harvest.', 'st-qETH'],
  ])('is no identifier: %s', (_, body, text) => {
    expect(holds(body, text)).toBe(false);
  });
  test('a near miss is still found: a coined system in mixed case', () => {
    expect(holds('Yield is minted by the `st-KelpWorks` job at each harvest.', 'st-KelpWorks')).toBe(true);
  });
});

describe('an Ethereum address in its checksummed case', () => {
  test('is no secret', () => {
    expect(holds('Please return the funds to the treasury multisig `vault.eth` (0x7A3fB2c4D9e1F0a8B6c5d4E3f2A1b0C9d8E7f6A5).', '0x7A3fB2c4D9e1F0a8B6c5d4E3f2A1b0C9d8E7f6A5')).toBe(false);
  });
  test.each([
    ['a 32-byte run named as a key', 'The signing key was 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 until Monday.', '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'],
    ['a mixed run of another length', 'The bot used Zx9QvB7mK2pL4nR8sT1wY6uE3oI5aD0fGhJkLz to log in.', 'Zx9QvB7mK2pL4nR8sT1wY6uE3oI5aD0fGhJkLz'],
  ])('a near miss is still found: %s', (_, body, text) => {
    expect(holds(body, text)).toBe(true);
  });
});

describe("a standard's name with its number joined to a word", () => {
  test('is no identifier', () => {
    expect(holds('The outage came from a badly base64-encoded secret, so we stopped base64-encoding them by hand.', 'base64-encoded')).toBe(false);
  });
  test('a near miss is still found: a numbered host joined to a word', () => {
    expect(holds('The outage came from a badly ledger7-encoded secret.', 'ledger7-encoded')).toBe(true);
  });
});

describe('words of engineering in Chinese and Korean labels and headings', () => {
  test.each([
    ['a bold label of the date', '**日期**: 2026-04-03'],
    ['a heading of the root cause', '## 根因'],
    ['the user after a role label', '**发现人**: 用户'],
    ['"all" before an English word', '- allow-api-egress (모든 egress)'],
  ])('is no name: %s', (_, body) => {
    expect(foundText(body).filter((f) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(f))).toEqual([]);
  });
  test.each([
    ['a name after a role label', '**负责人**: 王秀英', '王秀英'],
    ['a name in a heading', '## 王伟', '王伟'],
  ])('a near miss is still found: %s', (_, body, text) => {
    expect(holds(body, text)).toBe(true);
  });
});

describe("a listed name's ordinary-word part in a label", () => {
  const listed: RedactionOptions = { ...options, people: ['Tavish Last'] };
  test.each([
    ['before a colon', 'Last updated: 2026-05-02'],
    ['before a date', 'Last modified 2026-05-02 by the platform team.'],
  ])('is no person: %s', (_, body) => {
    expect(holds(body, 'Last', listed)).toBe(false);
  });
  test('a near miss is still found: the part acting', () => {
    expect(holds('Last restarted the pool at 10:02.', 'Last', listed)).toBe(true);
  });
});

describe("a distribution's development package on a continued install line", () => {
  const dockerfile = (packages: string) => `\`\`\`dockerfile\nRUN sudo apt-get update \\\n && sudo apt-get install -y \\\n${packages}\n && sudo rm -rf /var/lib/apt/lists/*\n\`\`\``;
  test.each([
    ['a soname in the name', 'libasound2-dev'],
    ['a soname after a hyphen', 'libgtk-3-dev'],
    ["Debian's zlib", 'zlib1g-dev'],
  ])('is no identifier: %s', (_, name) => {
    expect(holds(dockerfile(`  ${name} \\`), name)).toBe(false);
  });
  test.each([
    ['a coined library on the continued line', dockerfile('  libkelpworks-ledger2-dev \\'), 'libkelpworks-ledger2-dev'],
    ['a soname package in prose, off any install line', 'The build failed on a missing `libkelpworks2-dev`.', 'libkelpworks2-dev'],
  ])('a near miss is still found: %s', (_, body, text) => {
    expect(holds(body, text)).toBe(true);
  });
});

describe('a command a released product ships', () => {
  const bulletin = (release: string) => `${release}Install the updates via the quorvel-dom0-update command:\n\n    $ sudo quorvel-dom0-update`;
  test('is no identifier where the post gives the product a release', () => {
    expect(holds(bulletin('For Quorvel 4.1:\n\n'), 'quorvel-dom0-update')).toBe(false);
  });
  test('a near miss is still found: no release of the product', () => {
    expect(holds(bulletin(''), 'quorvel-dom0-update')).toBe(true);
  });
});

describe('the other packages a security advisory names', () => {
  const header = '```toml\n[advisory]\nid = "RUSTSEC-2031-0042"\npackage = "quorvel-yml"\n```\n\n';
  test.each([
    ['a fork in code', 'Use `quorvel-libyaml-ng`, a maintained fork of `quorvel-libyaml`.', 'quorvel-libyaml'],
    ['a crate by its noun', 'It depended on the `tarnwick-units` crate, which stole keys.', 'tarnwick-units'],
    ['a cargo line', 'To upgrade:\n\n```sh\ncargo add quorvel tarnwick-object\n```', 'tarnwick-object'],
  ])('is a public package: %s', (_, body, text) => {
    expect(holds(header + body, text)).toBe(false);
  });
  test('a near miss is still found: the same text in a post with no advisory header', () => {
    expect(holds('Use `quorvel-libyaml-ng`, a maintained fork of `quorvel-libyaml`.', 'quorvel-libyaml')).toBe(true);
  });
});

describe("another organisation's name the post gives by its business word", () => {
  const lineOf = (body: string, text: string) => scanPublicText('post.md', post(body), options).findings.filter((f) => f.line === 7 && redactionFindingText(f) === text);
  const body = (company: string) => `${company} was exploited via a flash loan, and the Quorvel incident hit two vaults.\n\nMost of the pool's USDC was invested in Quorvel.`;
  test('is no code name of the post wherever the post writes it', () => {
    expect(lineOf(body('On March 13, Quorvel Finance'), 'Quorvel')).toEqual([]);
  });
  test('a near miss is still found: the code name with no such word', () => {
    expect(lineOf(body('On March 13, the pool'), 'Quorvel').length).toBe(1);
  });
});

describe('words after "user" that name no account', () => {
  test.each([
    ['a Latin abbreviation', 'The attacking VM can modify the file after the user e.g. inspected it with an editor.', 'e.g'],
    ['a negated English word in brackets opening a line', 'The converter takes an\n(untrusted) PDF file and turns it into a trusted one.', 'untrusted'],
  ])('is no person: %s', (_, body, text) => {
    expect(holds(body, text)).toBe(false);
  });
  test.each([
    ['a handle after "user"', 'The attacking VM can modify the file after user hbrekke42 inspected it with an editor.', 'hbrekke42'],
    ['a handle in brackets opening a line', 'The converter takes an\n(hbrekke) PDF file and turns it into a trusted one.', 'hbrekke'],
  ])('a near miss is still found: %s', (_, body, text) => {
    expect(holds(body, text)).toBe(true);
  });
});
