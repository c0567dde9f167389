/**
 * A word in a series of services (round 25 of false positives, docs/redaction.md): "including
 * Lambda, ELB, Kinesis and SQS", "EC2, EBS, Lambda". A status page lists the products an outage hit
 * so, and a listed person's part ("Lambda" of someone's name) was read as that person. Where two
 * or more of the word's fellow members are acronyms of systems (all capitals, maybe digits:
 * `ELB`, `SQS`, `EC2`), the series is of products; people's roles written in capitals (SRE, DBA,
 * IC, CTO …) are not counted, so "Paged: Tove, SRE, and the DBA" is read as before, as is a series
 * of names ("Santiago, Tove and Ines").
 */
import { escapeRegExp } from '../regexp.ts';

/** Capitals that name people's roles, not systems. */
const roleAcronyms = new Set(['SRE', 'SRES', 'DBA', 'DBAS', 'IC', 'CTO', 'CEO', 'CIO', 'CISO', 'COO', 'CFO', 'VP', 'SVP', 'EVP', 'PM', 'EM', 'TL', 'QA', 'HR', 'IT', 'OPS', 'DEVOPS', 'SME', 'SMES', 'POC', 'DRI', 'DRIS', 'TPM', 'SWE', 'SDE', 'MD', 'PR', 'CSM', 'AM', 'TAM']);
const systemAcronym = /^[A-Z][A-Z0-9]{1,7}$/;

/** Whether `text` at `index` of `line` is one member of a series whose fellows are mostly systems' acronyms. */
export function isInSeriesOfServices(line: string, index: number, text: string): boolean {
  // The clause holding the word: up to a sentence's end, a colon, a semicolon or a bracket.
  const before = line.slice(0, index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf(':'), before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf('[')) + 1;
  const rest = line.slice(index);
  const ends = [rest.search(/\.(?:\s|$)/), rest.indexOf(';'), rest.indexOf(')'), rest.indexOf(']'), rest.indexOf(':')].filter((n) => n >= 0);
  const clause = line.slice(start, index + (ends.length ? Math.min(...ends) : rest.length));
  const members = clause.split(/,|\s(?:and|or|&)\s/).map((m) => m.trim().replace(/^(?:and|or)\s+/, '').replace(/[*_`]/g, ''));
  // The word must be a member by itself (not "Lambda functions" beside "ELB"): the last word of the
  // first member may follow words of the sentence ("including Lambda").
  const own = members.findIndex((m) => new RegExp(String.raw`(?:^|\s)${escapeRegExp(text)}$`, 'u').test(m));
  if (own < 0) return false;
  const fellows = members.filter((_, i) => i !== own);
  return fellows.filter((m) => systemAcronym.test(m) && !roleAcronyms.has(m)).length >= 2;
}

/** "And" in the languages of the collections measured: English, Danish and Norwegian, Swedish, German, Dutch, French, Spanish, Italian and Portuguese. */
const andWord = String.raw`(?:and|og|och|und|en|et|y|e|&|\+)`;
/** A product's run-together name with a capital inside (`ComicPlus`, `PressReader`), not a surname's `McKay` or `DeWitt`. */
const runTogetherProduct = String.raw`\p{Lu}\p{Ll}{2,}\p{Lu}[\p{L}\p{N}]*`;

/**
 * A word the language model takes for a given name, paired by "and" with a product's
 * run-together name (round 47 of false positives): "Digitale artikler fra Gale og ComicPlus
 * virker igen", the Danish libraries' status log naming two publishers whose articles came back.
 * A person is not written beside a product so; the word must be an English word too ("Gale"), so
 * that a given name no dictionary holds ("fra Tove og ComicPlus") is still found.
 */
export function isPairedWithProduct(line: string, index: number, text: string, isWord: (word: string) => boolean): boolean {
  if (/\s/.test(text) || !isWord(text)) return false;
  const after = line.slice(index + text.length);
  const before = line.slice(0, index);
  return new RegExp(String.raw`^[\s\u00a0]+${andWord}[\s\u00a0]+${runTogetherProduct}(?![\p{L}\p{N}])`, 'u').test(after)
    || new RegExp(String.raw`(?<![\p{L}\p{N}])${runTogetherProduct}[\s\u00a0]+${andWord}[\s\u00a0]+$`, 'u').test(before);
}
