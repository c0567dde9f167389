import { domainToASCII, domainToUnicode } from 'node:url';
import { escapeRegExp } from './regexp.ts';

/**
 * A host name, or a domain suffix (`.bücher.example`), has two spellings: Unicode, as people
 * write it, and ASCII (punycode, `.xn--bcher-kva.example`), as DNS and address bars carry it.
 * Round 37 left a post writing `db7.bücher.example` unmatched by `internalDomains:
 * ['.xn--bcher-kva.example']`: it was published (bad input round 38). Every place that compares
 * hosts compares their ASCII spellings, and the guard looks for both.
 */

/** The ASCII spelling in lower case (a leading dot kept), or the text lower-cased when it is not a host. */
export function asciiHostSpelling(hostOrSuffix: string): string {
  const text = hostOrSuffix.trim().normalize('NFC').toLowerCase();
  if (/^[\x00-\x7f]*$/.test(text) && !/(?:^|\.)xn--/.test(text)) return text;
  const dot = text.startsWith('.') ? '.' : '';
  const ascii = domainToASCII(text.slice(dot.length));
  return ascii ? dot + ascii : text;
}

/**
 * Both spellings of a host or suffix, ASCII first, without repeats; the Unicode one composed and
 * decomposed (NFC, NFD), as editors and macOS file names write an accent (round 32 did so for names).
 */
export function hostSpellings(hostOrSuffix: string): string[] {
  const ascii = asciiHostSpelling(hostOrSuffix);
  const dot = ascii.startsWith('.') ? '.' : '';
  const unicode = /(?:^|\.)xn--/.test(ascii) ? domainToUnicode(ascii.slice(dot.length)) : '';
  return unicode ? [...new Set([ascii, dot + unicode, dot + unicode.normalize('NFD')])] : [ascii];
}

/** True when `host` is under `suffix` (`db7.corp` under `.corp` or `corp`), whichever spelling each is written in. */
export function isHostUnderSuffix(host: string, suffix: string): boolean {
  const end = asciiHostSpelling(suffix);
  return asciiHostSpelling(host).endsWith(end.startsWith('.') ? end : `.${end}`);
}

/**
 * The pieces of a pattern that finds hosts under `domains` in text, in both spellings: the
 * suffixes as one alternation (longest first, with their dot) and the letters beyond ASCII a
 * host's labels may hold, `\p{L}\p{M}` (the pattern then needs the `u` flag) only where a suffix
 * is so spelled, so that the common pattern stays ASCII.
 */
export function hostSuffixPattern(domains: readonly string[]): { suffixes: string; letters: string } {
  const spelled = [...new Set(domains.flatMap((d) => hostSpellings(d.startsWith('.') ? d : `.${d}`)))];
  return {
    suffixes: spelled.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'),
    letters: spelled.some((d) => /[^\x00-\x7f]/.test(d)) ? '\\p{L}\\p{M}\\p{Extended_Pictographic}\\ufe0f' : '',
  };
}
