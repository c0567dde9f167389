import { isPublicTerm } from './public-terms.ts';

/**
 * Public names of blockchains that the false-positive rounds left as findings (docs/redaction.md,
 * "Sixteenth probe round"): a token standard written as a ticket's key (`SNIP-20`, Secret
 * Network's token standard, beside Ethereum's `ERC-20`, which `publicTicketPrefixes` knows), and a
 * chain id named as a network without a "Chain id:" label ("the `nibiru-itn-2` network halted").
 * Both name public ledgers that anyone's node or wallet uses, not a system of the publisher's.
 */

/**
 * Token standards of public chains: Secret Network (SNIP), BNB Chain (BEP), Tron (TRC),
 * CosmWasm (CW), NEAR (NEP), Bitcoin's ordinals (BRC), Algorand (ARC), the XRP Ledger (XLS), LUKSO
 * (LSP), with the number of a standard (one to four digits, no leading zero). A project keyed so
 * in a tracker (`CW-1234`) is then published: docs/redaction.md, "Limits".
 */
const tokenStandard = /^(?:SNIP|BEP|TRC|CW|NEP|BRC|ARC|XLS|LSP)-[1-9]\d{0,3}$/i;

/** True when `token` is a public chain's token standard (`SNIP-20`, `BEP-20`, `CW-721`). */
export function isTokenStandardId(token: string): boolean {
  return tokenStandard.test(token);
}

/**
 * A chain id: a name, maybe a network's kind (`itn`, `testnet`, `mainnet`, `devnet`), and the
 * chain's number (`nibiru-itn-2`, `secret-4`). One without the kind is taken for one only before
 * or after "chain": "network" names networks of machines too (`ledger-2 network`).
 */
const chainIdWithKind = /^[a-z][a-z0-9]*-(?:itn|testnet|mainnet|devnet|betanet|localnet)-\d{1,3}$/;
const chainIdPlain = /^[a-z][a-z0-9]*-\d{1,3}$/;

/**
 * Since round 44 of false positives: a network's kind and its number alone (`devnet-7`,
 * `testnet-6`; a blockchain's list of its public devnets, a chain's RCA), and a public term before
 * them (`Pectra-devnet-7`, the upgrade's), are a network's name anywhere: they hold no name of the
 * publisher's. A name before them (`cheqd-testnet-6`) is one where the line names a network or a
 * chain anywhere ("* Network: cheqd testnet (`cheqd-testnet-6`)"), not only beside it;
 * `kelpworks-devnet-2` on a line that names none is still found.
 */
const networkKindAndNumber = /^(?:([a-z][a-z0-9]*)-)?(?:testnet|mainnet|devnet|betanet|localnet)-\d{1,3}$/i;
const networkWordOnLine = /\b(?:network|chain|testnet|mainnet|devnet)s?\b/i;

/** True when the token at `index` of `line` is a chain id named as a network or chain, without a label. */
export function isNamedChainId(line: string, index: number, token: string): boolean {
  const kindAndNumber = networkKindAndNumber.exec(token);
  if (kindAndNumber && (kindAndNumber[1] === undefined || isPublicTerm(kindAndNumber[1]))) return true;
  if (kindAndNumber && networkWordOnLine.test(line.slice(0, index) + ' ' + line.slice(index + token.length))) return true;
  const withKind = chainIdWithKind.test(token);
  if (!withKind && !chainIdPlain.test(token)) return false;
  const after = line.slice(index + token.length, index + token.length + 16);
  const before = line.slice(Math.max(0, index - 16), index);
  const word = withKind ? '(?:network|chain|testnet|mainnet)' : 'chain';
  return new RegExp(`^[\`"'*_]*\\s+${word}\\b`, 'i').test(after) || new RegExp(`\\b${word}\\s+[\`"'*_]*$`, 'i').test(before);
}
