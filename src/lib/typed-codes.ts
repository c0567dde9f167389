/**
 * Codes a responder pastes or types as one token: letters and digits joined by hyphens, such as an
 * advisory id ("CVE-2025-4366", "RUSTSEC-2025-0024"), a challenge ("dns-01") or a severity
 * ("SEV-1"). pagefind splits such a token at its hyphens and finds the pages holding every part,
 * anywhere; a page that writes the code itself, as typed, is the one the query names (round 49 of
 * docs/findability.md: an advisory listing "CVE-2025-4366" among its aliases was moved below the
 * advisory of the `cve-rs` crate, whose title holds "cve").
 */

/** A token of letters and digits joined by hyphens, with no letter, digit or hyphen either side. */
const hyphenatedToken = /(?<![\p{L}\p{N}-])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;

/** The codes of a query, lower case, once each: hyphenated tokens holding a letter and a digit ("out-of-memory" is no code). */
export function typedCodes(query: string): string[] {
  const tokens = query.match(hyphenatedToken) ?? [];
  return [...new Set(tokens.filter((token) => /\p{L}/u.test(token) && /\p{N}/u.test(token)).map((token) => token.toLowerCase()))];
}

/** Whether `text` writes `code` as one token, in any letter case ("cve-2025-4366" in "aliases = [\"CVE-2025-4366\"]", not in "CVE-2025-43661"). */
export function writesCode(text: string, code: string): boolean {
  const at = text.toLowerCase();
  for (let from = at.indexOf(code); from !== -1; from = at.indexOf(code, from + 1)) {
    const before = at[from - 1] ?? ' ';
    const after = at.slice(from + code.length, from + code.length + 2);
    if (!/[\p{L}\p{N}-]/u.test(before) && !/^(?:[\p{L}\p{N}]|-[\p{L}\p{N}])/u.test(after)) return true;
  }
  return false;
}
