/**
 * A field's label in bold opening a line, its colon inside the emphasis (`**Stack:** Next.js 16 ·
 * pnpm · Vercel`, `- **Status:** resolved`): a report's header of facts, one label a line
 * (adoption round 54, docs/adopting.md). A listed surname that is an English word ("… Stack", a
 * git author) was read as a chat line's speaker there, and a post-mortem's header published
 * "**An engineer:** Next.js 16 · pnpm 11.0.8". A speaker is written `**Dana**: on it` or with a
 * given name (`**Grant:** on it`); the caller asks this only of a listed part that is a word, after
 * a given name's reading (word-as-name.ts).
 */
const labelOpening = /^[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:\*\*|__)$/;
const colonInside = /^[:：](?:\*\*|__)/;

/** Whether the word between `before` and `after` (the rest of its line each side) is a bold field label's. */
export function isBoldFieldLabel(before: string, after: string): boolean {
  return colonInside.test(after) && labelOpening.test(before);
}
