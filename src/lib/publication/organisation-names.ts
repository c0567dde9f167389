/**
 * Companies a post names by one word, as people are (round 23 of false positives,
 * docs/redaction.md): "Euler was exploited" beside "Euler Finance", "Gro Protocol, who use a fork
 * of the contract", "audited by [Chainlight](…_Security_Audit_ChainLight.pdf)", "Quantstamp found
 * 4 issues" beside a link to `…-Quantstamp-audit-report.pdf`. Disclosures and chain post-mortems
 * name the protocols they depend on and the firms that audited them, and each acts in a sentence
 * as a person would. The signs, read in the whole post as the other uses of a guess are:
 *
 * - the word before a noun only organisations carry ("Finance", "Protocol", "Labs", "Capital",
 *   "Foundation", "DAO", "Inc", "Ltd", "LLC", "GmbH", "Technologies", "Ventures", "Holdings",
 *   "Corp"), and a pair of a word and such a noun itself;
 * - the word as an audit's author: "audited by X", "audit(s) by/from X", "X's audit", "X audit
 *   report", or beside "audit" in a linked report's file name (an audit report is filed under
 *   its firm's name).
 *
 * A given name is not read so ("audited by Tove" is a person who audited): only words no list of
 * given names knows.
 */
import { escapeRegExp } from '../regexp.ts';
import { isKnownFirstName } from './people.ts';

const organisationNoun = String.raw`(?:Finance|Protocol|Labs|Capital|Foundation|DAO|Inc\.?|Ltd\.?|LLC|GmbH|Technologies|Ventures|Holdings|Corp\.?|Corporation)`;
const pairWithNoun = new RegExp(String.raw`^\p{Lu}[\p{L}\p{N}]+[\s\u00a0]+${organisationNoun}$`, 'u');

/** Whether the post writes `word` as an organisation's name: before an organisation's noun or as an audit's author. */
export function writtenAsOrganisation(word: string, text: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}]+$/u.test(word) || isKnownFirstName(word)) return false;
  const w = escapeRegExp(word);
  if (new RegExp(String.raw`(?<![\p{L}\p{N}])${w}[\s\u00a0]+${organisationNoun}(?![\p{L}])`, 'u').test(text)) return true;
  if (new RegExp(String.raw`\baudit(?:ed|s)?[\s\u00a0]+(?:by|from)[\s\u00a0]+\[?${w}(?![\p{L}])|(?<![\p{L}])${w}(?:[’']s)?[\s\u00a0]+(?:security[\s\u00a0]+)?audit(?:s|[\s\u00a0]+reports?)?\b`, 'iu').test(text)) return true;
  // A linked report's file name: the word and "audit" in one path segment (`…-Quantstamp-audit-report.pdf`).
  return new RegExp(String.raw`\/[^\s/)]*(?:(?<![a-z])${w}(?![a-z])[^\s/)]*audit|audit[^\s/)]*(?<![a-z])${w}(?![a-z]))[^\s/)]*`, 'i').test(text);
}

/**
 * The words that close a company's legal or trading name, and no one's surname ("Genesis
 * Trading", "Quell Capital Partners", "Acme Holdings"): read after a given name too, which
 * {@link isOrganisationGuess} does not ("with Genesis Trading" was replaced as a person, "with an
 * engineer", since "Genesis" is a given name; redact round 36).
 */
const companyClosingNoun = String.raw`(?:Trading|Holdings|Capital|Ventures|Technologies|Labs|Securities|Investments|Partners|Exchange|Inc\.?|Ltd\.?|LLC|LLP|GmbH|AG|PLC|plc|S\.?A\.?|B\.?V\.?|Corp\.?|Corporation|Limited)`;
const companyName = new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{N}&'’-]*[\s\u00a0]+){1,3}${companyClosingNoun}$`, 'u');

const companyNameRest = new RegExp(String.raw`^(?:[\s\u00a0]+\p{Lu}[\p{L}\p{N}&'’-]*){0,2}[\s\u00a0]+${companyClosingNoun}(?![\p{L}\p{N}])`, 'u');

/**
 * Whether a name found at `index` of `line` is a company's by its closing word: the name itself
 * ("Genesis Trading", "Acme Holdings") or the name and the capitalised words after it on its line
 * ("Genesis" of "Genesis Trading Ltd").
 */
export function isCompanyName(text: string, line = '', index = -1): boolean {
  const name = text.replace(/['’]s$/, '');
  if (companyName.test(name)) return true;
  return index >= 0 && line.slice(index, index + text.length) === text && companyNameRest.test(line.slice(index + text.length));
}

/** Whether a guessed name is an organisation's: a word so written, or a pair of a word and an organisation's noun ("Gro Protocol"). */
export function isOrganisationGuess(text: string, evidence: string): boolean {
  if (pairWithNoun.test(text)) return true;
  const words = text.replace(/[’']s$/, '').split(/[\s\u00a0]+/);
  return writtenAsOrganisation(words[0], evidence);
}
