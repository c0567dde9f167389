/**
 * Text in angle brackets that a chat export or a hurried author wrote as a link, which neither
 * Markdown nor MDX reads as one (bad input round 15): an address without its scheme
 * (`<docs.acme.example/x>`: CommonMark makes a link only of `<https://…>`, so the page showed the
 * brackets and the text; MDX stopped with "Unexpected character `x` after self-closing slash"),
 * and Slack's markup as an export keeps it: `<@U024BE7LH>` (a member, by an id no reader knows),
 * `<#C024BE7LR|incidents>` (a channel), `<!here>` (a notification; in a `.md` post an HTML
 * declaration, shown as nothing) and `<https://x|label>` (a link with its label). Pure text, no Astro.
 */

export interface AngleBracketMistake {
  /** Offset of the `<` in the text. */
  index: number;
  message: string;
  fix: string;
  /** The mistake shows words an `<Internal>` was written to hold back (a full-width `＜Internal＞`): in a public post, an error. */
  showsInternalText?: true;
}

/** `<docs.acme.example/x>`: a host (a last label of letters) and maybe a path, in angle brackets. */
const schemelessAddress = /<((?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,63}(?::\d+)?(?:[/?#][^<>\s]*)?)>/gi;

/** A file name in brackets (`<config.yaml>`) is no address. */
const fileName = /\.(?:ya?ml|json|md|mdx|txt|log|conf|cfg|ini|toml|sh|py|js|ts|go|rs|rb|java|png|jpe?g|gif|svg|pdf|html?|csv|xml|sql|lock|tar|gz|zip)$/i;

const patterns: { pattern: RegExp; describe: (match: RegExpExecArray) => { message: string; fix: string } }[] = [
  {
    pattern: /<@([UW][A-Z0-9]{6,})(?:\|([^>\n]*))?>/g,
    describe: (m) => ({
      message: `${m[0]} is a Slack mention as a chat export writes it: the page shows ${m[0]}, a member's id no reader can look up${m[2] ? '' : ' (and a way to find the person)'}.`,
      fix: 'write the role instead (the on-call engineer, the incident commander), as the rest of a blameless report does.',
    }),
  },
  {
    pattern: /<#([CG][A-Z0-9]{6,})(?:\|([^>\n]*))?>/g,
    describe: (m) => ({
      message: `${m[0]} is a Slack channel as a chat export writes it: the page shows the brackets and the channel's id, not its name.`,
      fix: m[2] ? `write #${m[2]} (as text, or in backticks).` : 'write the channel\'s name, #name, as text.',
    }),
  },
  {
    pattern: /<!(here|channel|everyone|subteam\^[A-Z0-9]+)(?:\|([^>\n]*))?>/g,
    describe: (m) => ({
      message: `${m[0]} is a Slack notification (@${m[2] ?? m[1]}) as a chat export writes it: the page shows it as text, or (read as an HTML declaration) not at all.`,
      fix: `write @${m[2]?.replace(/^@/, '') ?? m[1]} as text, or delete it.`,
    }),
  },
  {
    pattern: /<(https?:\/\/[^|>\s]+)\|([^>\n]+)>/g,
    describe: (m) => ({
      message: `${m[0]} is a Slack link (address, "|", label): Markdown does not read it, so the page shows the brackets, the address and the label as text${/\s/.test(m[2]) ? '' : ', or links to an address ending in "|' + m[2] + '"'}.`,
      fix: `write it as a Markdown link: [${m[2]}](${m[1]}).`,
    }),
  },
];

/**
 * `<docs.acme.example/x>`. Its fix in an `.mdx` body is the address alone (round 18): round 15's
 * `<https://…>` is a Markdown link that MDX refuses as a broken tag, so the fix failed again.
 */
const schemelessAddressPattern = (mdx: boolean) => ({
  pattern: schemelessAddress,
  describe: (m: RegExpExecArray) => ({
    message: `<${m[1]}> is an address without its scheme in angle brackets: only <https://…> is made a link, so the page shows the brackets and the text (an .mdx body reads it as a broken tag).`,
    fix: mdx ? `write it with its scheme and without the brackets: https://${m[1]} (an .mdx body makes a link of the address alone).` : `write it with its scheme: <https://${m[1]}>.`,
  }),
});

/**
 * `<!— … —>`: an HTML comment whose `--` an editor's smart punctuation made a dash (round 39 for
 * `.mdx`, where MDX's "Unexpected character `!`" named neither; round 39b for `.md`, where it is no
 * comment to HTML either and the page showed the reviewer's note as typed).
 */
const dashedCommentPattern = (mdx: boolean) => ({
  pattern: /<!([\u2012-\u2015])/g,
  describe: (m: RegExpExecArray) => ({
    message: `<!${m[1]} is an HTML comment whose two hyphens an editor's smart punctuation turned into a dash (${m[1]}, U+${m[1].charCodeAt(0).toString(16).toUpperCase()}): it is no comment even in HTML, ${mdx ? 'and an .mdx body reads the < as the start of a component and does not parse.' : 'so the page shows it and the note inside it as typed.'}`,
    fix: mdx
      ? 'write the comment as {/* … */}, which MDX leaves out of the page (and turn off smart dashes for .mdx files in your editor), or delete it.'
      : 'write it with two hyphens, <!-- … --> (and turn off smart dashes for .md files in your editor), or delete it.',
  }),
});

/**
 * What Markdown reads in angle brackets and MDX does not (bad input round 18): a link
 * `<https://…>`, an e-mail address `<ops@acme.example>` and an HTML comment `<!-- … -->`. An
 * `.mdx` body stopped at each with the parser's words ("Unexpected character `/` before local
 * name") and a fix about closing tags.
 */
const mdxOnlyPatterns: typeof patterns = [
  {
    pattern: /<((?:https?|mailto|ftp):[^<>\s]+)>/gi,
    describe: (m) => ({
      message: `<${m[1]}> is an address in angle brackets: Markdown makes it a link, but an .mdx body reads the < as the start of a component and does not parse.`,
      fix: `write the address without the brackets, ${m[1]} (an .mdx body makes a link of it as it is), or as a link with its text: [text](${m[1]}).`,
    }),
  },
  {
    pattern: /<([\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)>/gi,
    describe: (m) => ({
      message: `<${m[1]}> is an e-mail address in angle brackets: Markdown makes it a link, but an .mdx body reads the < as the start of a component and does not parse.`,
      fix: `write the address without the brackets, ${m[1]} (an .mdx body makes a mail link of it as it is).`,
    }),
  },
  {
    pattern: /<!--/g,
    describe: () => ({
      message: 'an HTML comment (<!-- … -->) is not read in an .mdx body: MDX reads the < as the start of a component and does not parse.',
      fix: 'write the comment as {/* … */}, which MDX leaves out of the page, or delete it (a note for reviewers belongs in the pull request).',
    }),
  },
];

/** Each such mistake in `text`, by its offset; `mdx` adds what only an `.mdx` body refuses. */
export function findAngleBracketMistakes(text: string, mdx = false): AngleBracketMistake[] {
  if (!text.includes('<')) return [];
  const found: AngleBracketMistake[] = [];
  for (const { pattern, describe } of [...patterns, schemelessAddressPattern(mdx), dashedCommentPattern(mdx), ...(mdx ? mdxOnlyPatterns : [])]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (pattern === schemelessAddress && fileName.test(match[1].split(/[/?#:]/)[0])) continue;
      found.push({ index: match.index, ...describe(match) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A link written so that Markdown does not read it (round 15): `[docs] (https://…)`, a space
 * before the parenthesis, and `(docs)[https://…]`, the brackets swapped. The page shows the
 * brackets and the address as text.
 */
export function findUnreadLinks(text: string): AngleBracketMistake[] {
  const found: AngleBracketMistake[] = [];
  for (const match of text.matchAll(/\[([^\[\]\n]+)\][ \t]+\((https?:\/\/[^()\s]+|\.{0,2}\/[^()\s]*)\)/g)) {
    found.push({ index: match.index, message: `[${match[1]}] (${match[2]}) is not read as a link: a space stands between the ] and the (, so the page shows the brackets and the address as text.`, fix: `write [${match[1]}](${match[2]}).` });
  }
  for (const match of text.matchAll(/\(([^()\n]+)\)\[(https?:\/\/[^\[\]\s]+|\.{0,2}\/[^\[\]\s]*)\]/g)) {
    found.push({ index: match.index, message: `(${match[1]})[${match[2]}] is not read as a link: the brackets are swapped, so the page shows them and the address as text.`, fix: `write [${match[1]}](${match[2]}).` });
  }
  // Round 39b: an editor's smart quotes around a link's address (`[x](“https://…”)`) make the
  // quotes part of the address: the page linked to a relative address that does not exist, unsaid.
  for (const match of text.matchAll(/\]\(\s*([“‘„«])([^()\n]*?)([”’“»])\s*\)/g)) {
    found.push({ index: match.index, message: `](${match[1]}${match[2]}${match[3]}) is a link whose address is wrapped in ${match[1]}…${match[3]}, a word processor's quotes: they are read as part of the address, so the link leads nowhere.`, fix: `write the address without them: ](${match[2].trim()}).` });
  }
  // Round 48: a title in smart quotes after the address (`[x](https://… “Status”)`): Markdown reads
  // a title only in straight quotes, so the whole was no link, shown as typed, unsaid.
  for (const match of text.matchAll(/(!?)\[([^\[\]\n]*)\]\(\s*([^\s()“‘„«]+)\s+([“‘„«])([^()\n]*?)([”’“»])\s*\)/g)) {
    found.push({ index: match.index, message: `${match[1] ? 'the image' : 'the link'} [${match[2]}](${match[3]} ${match[4]}${match[5]}${match[6]}) is not read as ${match[1] ? 'an image' : 'a link'}: its title, after the address, is in ${match[4]}…${match[6]}, a word processor's quotes, and Markdown reads a title only in straight quotes, so the page shows the brackets and the address as text.`, fix: `write the title in straight quotes, ${match[1]}[${match[2]}](${match[3]} "${match[5]}"), or leave it out: ${match[1]}[${match[2]}](${match[3]}).` });
  }
  return found;
}

/**
 * The mistakes `find` sees in a Markdown body, each at its 1-based line and column, outside fenced code and code spans.
 * `find` gets the line with its code spans blanked and, second, the line as written (the same length), for
 * words to quote whole (round 51: the title a follow-up's fix suggests lost its code, `Add  to the deployment`), and,
 * third, its 0-based index among the body's lines.
 */
export function mistakesOutsideCode(body: string, find: (text: string, written: string, index: number) => AngleBracketMistake[] = (text) => findAngleBracketMistakes(text), options: { inListsIndentedIsText?: boolean } = {}): { line: number; column: number; mistake: AngleBracketMistake }[] {
  const found: { line: number; column: number; mistake: AngleBracketMistake }[] = [];
  let fence: string | undefined;
  // Round 52: a line indented four spaces under an item of a list is a part of that item (`* Short
  // term` over `    * Add a canary stage`), not code: read as text when the caller asks.
  let inList = false;
  body.split('\n').forEach((line, index) => {
    // Round 53: a file saved with CRLF line endings kept each line's \r, and no pattern ending at `$`
    // matched (`##Timeline\r`, a heading of follow-ups): the lines are read without it.
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (fence) return;
    if (text.trim()) inList = options.inListsIndentedIsText === true && (/^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/.test(text) || (inList && /^(?: {2}|\t)/.test(text)));
    if (/^(?: {4}|\t)/.test(text) && !inList) return;
    // Code spans keep their length, blanked, so that columns stay right.
    const prose = text.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));
    for (const mistake of find(prose, text, index)) found.push({ line: index + 1, column: mistake.index + 1, mistake });
  });
  return found;
}
