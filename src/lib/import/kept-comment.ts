/**
 * Words a report hides from its own readers (a comment, a block its format never exports, an
 * element hidden in a saved page), kept in the draft as an HTML comment: the import keeps every
 * sentence, and neither site shows a comment (the import writes it as an MDX comment). Shown as
 * text, they reached a public post made of the draft (canary round 39, docs/architecture.md). A
 * run of hyphens would end the comment early, so each is spaced.
 */
export function keptAsComment(words: string): string {
  return `<!-- ${words.trim().replace(/-(?=-)/g, '- ')} -->`;
}
