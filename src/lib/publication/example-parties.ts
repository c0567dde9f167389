import { escapeRegExp } from '../regexp.ts';

/**
 * The conventional cast of a protocol's or an exploit's walk-through: Alice and Bob exchange,
 * Carol, Charlie and Dave join, Eve listens, Mallory and Trudy attack, Trent is trusted. A post that
 * explains an attack step by step ("Alice deposits LP tokens … Bob (attacker) calls the contract")
 * names no one by them (since the twelfth round of false positives).
 */
const cast = new Set(['Alice', 'Bob', 'Carol', 'Charlie', 'Dave', 'Eve', 'Mallory', 'Trudy', 'Trent']);

/** The word alone, not the first name of a full name ("Alice Henshaw" is a person). */
const alone = (name: string) => new RegExp(String.raw`(?<![\p{L}\p{N}_@.-])${escapeRegExp(name)}(?![\p{L}\p{N}_-]|\s+\p{Lu}\p{Ll})`, 'u');

/**
 * True when `word` is one of the cast and the post writes both leads, Alice and Bob, each alone:
 * one of them could be a colleague ("Bob restarted the pool"), the pair of them is the example's.
 */
export function exampleParty(word: string, text: string): boolean {
  return cast.has(word) && alone('Alice').test(text) && alone('Bob').test(text);
}

/**
 * A party a report anonymised by a role and a letter or a number ("Vendor C", "Customer A",
 * "Partner 2"), with maybe the team or product of it after ("Vendor C DevOps", "Vendor B
 * Integrations"): a redacted report's placeholder, no one's name (since the eighteenth round of
 * false positives). A given name after it ("Vendor C Hallvard") is a person's, as ever.
 */
const anonymisedParty = /^(?:Vendor|Customer|Client|Partner|Supplier|Provider|Company|Organi[sz]ation|Tenant|Merchant|Carrier|Agency|Bank|Exchange|Contractor|Third[- ]party)\s+(?:[A-Z]|\d{1,2})(?:\s+(\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*)*))?$/u;

export function isAnonymisedParty(text: string, isGivenName: (word: string) => boolean): boolean {
  const m = anonymisedParty.exec(text);
  return m !== null && !(m[1] ?? '').split(/\s+/).some((word) => word && isGivenName(word));
}
