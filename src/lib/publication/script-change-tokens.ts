/**
 * Where an identifier ends in a language written without spaces (false positives round 31).
 * Japanese, Chinese and Thai put no space between words, so a token of Latin letters, digits and
 * hyphens runs on into the sentence after it: "Sev-2の場合は5営業日以内に…" was one
 * identifier-shaped name, the whole clause reported as an internal system. The identifier is the
 * part before the first letter of such a script ("Sev-2"), judged as any other token.
 */

/** A letter of a script written without spaces between words. */
const unspacedScriptLetter = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/** The part of `token` before the first letter of an unspaced script, without a separator left dangling. */
export function cutAtUnspacedScript(token: string): string {
  const at = token.search(unspacedScriptLetter);
  if (at < 0) return token;
  return token.slice(0, at).replace(/[-_]+$/, '');
}
