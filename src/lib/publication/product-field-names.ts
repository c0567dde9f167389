import { escapeRegExp } from '../regexp.ts';

/**
 * A word the post gives as a product's name in a field: "Product: Versiondog", `"product_name":
 * "Versiondog"` (round 41 of false positives, docs/redaction.md: a vulnerability database's
 * post-mortem quoting an advisory, whose "> Versiondog: All versions prior to v8.0" read as a chat
 * line's speaker, and nine findings of the product followed). An advisory, a CVE record and a
 * vendor's notice name the affected software so, and no one writes a colleague as a product. Only
 * the product's own field counts: "Product owner: Tavish" and "Owner: Tavish" name a person, and a
 * word the post never gives so is judged as before.
 */
export function usedAsProductName(word: string, evidence: string): boolean {
  if (!/product/i.test(evidence) || !evidence.includes(word)) return false;
  const name = escapeRegExp(word);
  return new RegExp(String.raw`(?:^|[\s>|*_])(?:[Aa]ffected\s+)?[Pp]roducts?(?:\s+[Nn]ame)?(?:\*\*|__)?\s*:\s*(?:\*\*|__)?${name}(?![\p{L}\p{N}])|"product_name"\s*:\s*"${name}"`, 'mu').test(evidence);
}
