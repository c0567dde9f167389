import { isEnglishWord, isKnownFirstName } from './people.ts';

/**
 * Shapes of a security advisory's own vocabulary that read as names (the fourteenth round of false
 * positives, curl's advisories): functions named in words, example passwords, compound adjectives
 * and mechanisms, the title of a public weakness, a company named with a number. Each is a shape
 * a secret, an account, an internal system or a person is not written in; docs/redaction.md
 * ("False positives, round 14") lists what is published so.
 */

/** A word of a function's name: a word and an optional number (`type3`, `md5`), in one letter case or capitalised. */
const namePart = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)\d*$/u;

/**
 * A function or constant named in words joined by underscores
 * (`Curl_sasl_create_digest_md5_message`, `Curl_auth_create_ntlm_type3_message`): three parts or
 * more, each a word and maybe a number, at least two of them and half of all English words of
 * four letters or more. A key or token of that length is random letters (`sk_live_4eC39HqLy…`),
 * whose parts are neither. Hyphens part the words too.
 */
export function isNameOfWords(token: string): boolean {
  const parts = token.split(/[_-]/);
  if (parts.length < 3 || !parts.every((part) => namePart.test(part) || /^\d+$/.test(part))) return false;
  const words = parts.filter((part) => {
    const letters = part.replace(/\d+$/, '').toLowerCase();
    return letters.length >= 4 && isEnglishWord(letters);
  });
  if (words.length >= 2 && words.length * 2 >= parts.length) return true;
  // Since round 41 of false positives also a file named by an id and words, every part a word, a
  // number or an acronym (`CVE-2021-no-affected-version-raw-list`): three words of four letters or more.
  return words.length >= 3 && parts.every((part) => /^\d+$/.test(part) || /^\p{Lu}{2,5}$/u.test(part) || isEnglishWord(part.toLowerCase()));
}

/**
 * An example password with `@` for an `a` or an `o` (`passw@rd123`, `p@ssword`, `P@ssw0rd!`):
 * read with the letters it stands for, an English word and maybe digits. No account at a host is written so
 * (`hbrekke@bastion` reads "hbrekkeabastion").
 */
export function isExamplePassword(text: string): boolean {
  if (!text.includes('@')) return false;
  const stem = text.toLowerCase().replace(/[\d!?#*]+$/, '').replace(/0/g, 'o').replace(/\$/g, 's');
  return ['a', 'o'].some((letter) => {
    const read = stem.replace(/@/g, letter);
    return read.length >= 6 && /^\p{Ll}+$/u.test(read) && isEnglishWord(read);
  });
}

/**
 * A compound adjective: an English word capitalised, or a protocol's acronym with its version,
 * and an English past participle ("Negotiate-authenticated", "OAUTH2-authenticated",
 * "Kerberos-authenticated" once the name is public). A made-up name so joined
 * (`Zorblat-authenticated`) is still judged as a compound.
 */
export function isParticipleCompound(parts: readonly string[]): boolean {
  if (parts.length !== 2 || !/^\p{Ll}{4,}ed$/u.test(parts[1]) || !isEnglishWord(parts[1])) return false;
  const [first] = parts;
  return (/^\p{Lu}\p{Ll}+$/u.test(first) && isEnglishWord(first.toLowerCase()) && !isKnownFirstName(first)) || /^\p{Lu}{2,}v?\d{1,2}$/u.test(first);
}

/** A hash function's name at the end of a mechanism's name (`-MD5`, `-SHA256`, `-SHA-256`). */
const hashSuffix = /-(?:MD[245]|SHA-?(?:1|224|256|384|512)|SHA3-?(?:224|256|384|512)?|CRC32|RIPEMD-?160)$/;

/**
 * A mechanism named after its hash, in capitals (`DIGEST-MD5`, `CRAM-MD5`, `HMAC-SHA256`,
 * `SCRAM-SHA-256`): SASL's and TLS's vocabulary. The words before the hash must be English words
 * or acronyms of five letters or fewer, without digits: `LEDGERD-SHA256` and `PDX-DC-001` are names
 * as before.
 */
export function isHashMechanism(parts: readonly string[]): boolean {
  const token = parts.join('-');
  const hash = hashSuffix.exec(token);
  if (!hash || hash.index === 0) return false;
  const before = token.slice(0, hash.index).split('-');
  return before.every((part) => /^\p{Lu}+$/u.test(part) && (part.length <= 5 || isEnglishWord(part.toLowerCase())));
}

/**
 * The title of a weakness in MITRE's public catalogue after its id (`CWE-294: Authentication
 * Bypass by Capture-replay`): its words are the catalogue's, capitalised as it writes them. True
 * when `before` (the line up to a word) opens with the id (after list, quote or table marks) and
 * no sentence or clause has ended since (`CWE-294: …, see Cost-janitor` is judged as ever).
 */
export function inWeaknessTitle(before: string): boolean {
  return /^\s*(?:[-*+>|]\s*)*(?:\*\*|__)?CWE-\d{1,4}:(?:\*\*|__)?\s(?:(?![.;,:]\s)[^|])*$/.test(before);
}

