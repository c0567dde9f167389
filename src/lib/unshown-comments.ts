/**
 * The text without its MDX and HTML comments, which no page shows (`npm run import` notes in
 * English what it did: "{/* The opening paragraph is the summary … *\/}"). Each comment becomes a
 * space, so the words on either side stay apart.
 */
export function withoutComments(text: string): string {
  return text.replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, ' ');
}
