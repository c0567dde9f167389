import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/**
 * A `0x` key of 32 bytes named as a key, secret, token, password or seed is a secret (false
 * positives round 43 saw "The api key was 0x…" published: the long-hex rule never read a `0x`
 * run); the same shape named as a transaction's or block's hash, in an explorer's link, as a
 * public key, or with no word for it at all, stays public, as chain reports name such hashes.
 */
const options: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: [] };
const key = '0x' + '3f9a1c7e5b2d8046'.repeat(4);
const secretsFound = (line: string) =>
  scanPublicText('post.md', `# Outage\n\nThe signer stopped for an hour.\n\n${line}\n`, options)
    .findings.filter((f) => f.rule === 'redact/secret')
    .map((f) => redactionFindingText(f));

describe('a 0x key of 32 bytes', () => {
  test.each([
    ['after "api key was"', `The api key was ${key} until the rotation.`],
    ['after "private key:"', `The bot's private key: ${key}`],
    ['after "seed"', `Its seed, ${key}, sat in the deploy log.`],
    ['after "signing_key ="', `\`signing_key = ${key}\``],
  ])('is a secret when named as one: %s', (_, line) => {
    expect(secretsFound(line).some((text) => text.includes(key.slice(0, 20)))).toBe(true);
  });

  test.each([
    ['a transaction named as such', `The withdrawal went through in transaction ${key}.`],
    ['a block hash', `Block hash ${key} was finalised late.`],
    ["an explorer's link after a token word", `Users withdrew tokens [here](https://etherscan.io/tx/${key}).`],
    ['a public key', `The validator's public key ${key} was slashed.`],
    ['no word for it', `The deposit ${key} was included two epochs late.`],
    ['a key word in an earlier sentence', `The key was rotated. Then ${key} was mined.`],
  ])('stays public otherwise: %s', (_, line) => {
    expect(secretsFound(line)).toEqual([]);
  });
});
