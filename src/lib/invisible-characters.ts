/** Names of the invisible characters refused, for messages. */
const names: Record<string, string> = {
  '\u202A': 'left-to-right embedding', '\u202B': 'right-to-left embedding', '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override', '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate', '\u2067': 'right-to-left isolate', '\u2068': 'first strong isolate', '\u2069': 'pop directional isolate',
  '\u200B': 'zero-width space', '\u2060': 'word joiner', '\uFEFF': 'zero-width no-break space',
};

const hex = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first invisible character of a postmortem that changes what a reader sees or what a value
 * is, with its message and fix; undefined when there is none.
 *
 * - Bidirectional controls (U+202A-U+202E, U+2066-U+2069), anywhere: "Checkout \u202Eerrors" is
 *   shown as "Checkout srorre" on every page, while the source and the review diff read otherwise
 *   (the "Trojan Source" trick). Text in a right-to-left language needs none of them.
 * - Zero-width characters (U+200B, U+2060, U+FEFF after the start) in the frontmatter, before
 *   `bodyStartLine` (0: no frontmatter): a service id, a name or a title that looks right and is
 *   not. In the body they are left to the redaction guard, which reads names through them.
 */
export function findInvisibleCharacter(source: string, bodyStartLine: number): { index: number; message: string; fix: string } | undefined {
  const bidi = /[\u202A-\u202E\u2066-\u2069]/.exec(source);
  let frontmatterEnd = 0;
  if (bodyStartLine > 1) {
    for (let line = 1, index = 0; line < bodyStartLine && index !== -1; line++) {
      index = source.indexOf('\n', index);
      if (index !== -1) index += 1;
      frontmatterEnd = index === -1 ? source.length : index;
    }
  }
  const zeroWidth = /[\u200B\u2060\uFEFF]/.exec(source.slice(0, frontmatterEnd).replace(/^\uFEFF/, ' '));
  const first = [bidi, zeroWidth].filter((match): match is RegExpExecArray => match !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  const character = first[0];
  if (first === bidi) {
    return {
      index: first.index,
      message: `the file has the invisible character ${hex(character)} (${names[character]}), which changes the direction of the text after it: the page shows it in another order than the file and the review read it.`,
      fix: 'delete it (retype the text around it); text in a right-to-left language needs no such character.',
    };
  }
  return {
    index: first.index,
    message: `the frontmatter has the invisible character ${hex(character)} (${names[character]}): the value holding it is another id, name or text than the one it looks like.`,
    fix: 'delete it: retype the value around it.',
  };
}
