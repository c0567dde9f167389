/**
 * Frontmatter opened or closed otherwise than with a line of exactly `---`, as reports converted
 * from other tools write it (bad input round 13): `...` (YAML's own end of document), an indented
 * or a four-dash `---`, `***`, an em dash an editor made of `--`, `--- end`, `---yaml`, an HTML
 * comment, a JSON block, a fenced `yaml` block, a Pandoc title block, MultiMarkdown fields with no
 * `---` at all, a `# Title` line above the block. Each was "the file has no frontmatter block" or
 * "is never closed: there is no line with only `---`", with the line at fault not named. Pure text.
 */

/** The line meant, its text as shown, what is wrong with it and the fix. */
export interface DelimiterHint {
  line: number;
  message: string;
  fix: string;
}

const dashLike = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const invisibleInLine = /[\uFEFF\u200B\u200C\u200D\u2060\u00A0\u00AD]/;

/** How a line that was surely meant as `---` differs from it, or undefined. */
function notQuiteThreeDashes(text: string): string | undefined {
  const line = text.replace(/\r$/, '');
  if (line === '---') return undefined;
  if (line.trim() === '...') return 'is `...`, which ends a YAML document but does not close frontmatter';
  if (invisibleInLine.test(line) && line.replace(new RegExp(invisibleInLine.source, 'g'), '').trim() === '---') {
    const character = [...line].find((c) => invisibleInLine.test(c))!;
    return `holds the invisible character U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} beside its \`---\``;
  }
  if (/^\s+---\s*$/.test(line)) return 'is `---` indented: the line must start with the dashes';
  if (/^---[ \t]+$/.test(line)) return undefined; // closes it (spaces after are allowed)
  if (/^-{4,}\s*$/.test(line)) return `is \`${line.trim()}\` (${line.trim().length} dashes), not three`;
  if (/^(?:\*{3,}|_{3,}|\+{3})\s*$/.test(line)) return `is \`${line.trim()}\`, not \`---\``;
  if (/^---\s*\S/.test(line)) return `is \`${line.trim().slice(0, 40)}\`, with text after the dashes on the same line`;
  if (dashLike.test(line) && /^[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]{1,3}\s*$/.test(line)) {
    const character = [...line].find((c) => dashLike.test(c))!;
    return `is \`${line.trim()}\`, which holds U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (a dash an editor or a word processor put for hyphens), not three hyphens`;
  }
  return undefined;
}

/**
 * For a file whose line 1 is `---` and that has no closing `---` line: the line meant to close it
 * (`...`, `----`, an indented `---`, ...), or the first heading, where the body begins.
 */
export function unclosedFrontmatterHint(source: string): DelimiterHint | undefined {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  for (let index = 1; index < lines.length; index++) {
    const wrong = notQuiteThreeDashes(lines[index]);
    if (wrong) return { line: index + 1, message: `line ${index + 1} ${wrong}, so the frontmatter opened on line 1 is never closed and its fields would be shown as text.`, fix: `make line ${index + 1} exactly \`---\`.` };
  }
  const heading = lines.findIndex((line, index) => index > 0 && /^#{1,6}\s/.test(line));
  if (heading > 0) {
    return { line: heading + 1, message: `the frontmatter opened on line 1 is never closed: the body begins at line ${heading + 1} (\`${lines[heading].trim().slice(0, 40)}\`) with no \`---\` line before it, so the fields would be shown as text.`, fix: `add a line of exactly \`---\` after the last field, before line ${heading + 1}.` };
  }
  return undefined;
}

/** For a file with no frontmatter block: what line 1 is, when it is a frontmatter written another way. */
export function missingFrontmatterHint(source: string): DelimiterHint | undefined {
  const lines = source.replace(/^\uFEFF/, '').split('\n').map((line) => line.replace(/\r$/, ''));
  const first = lines[0] ?? '';
  const shown = `\`${first.trim().slice(0, 40)}\``;
  const wrong = notQuiteThreeDashes(first);
  if (wrong && !/^-{4,}\s*$|^\+{3}\s*$/.test(first)) {
    return { line: 1, message: `line 1 ${wrong.replace('does not close frontmatter', 'does not open frontmatter')}: frontmatter opens with a line of exactly \`---\`, so these fields would be shown as text.`, fix: 'make line 1, and the line that closes the fields, exactly `---`.' };
  }
  if (/^<!--/.test(first)) return { line: 1, message: `line 1 is ${shown}, an HTML comment: fields in a comment are not read (frontmatter is YAML between two \`---\` lines), and in .mdx the comment does not parse.`, fix: 'replace `<!--` and `-->` around the fields with lines of `---`.' };
  if (/^\{\s*$|^\{\s*"/.test(first)) return { line: 1, message: `line 1 is ${shown}: JSON frontmatter is not read, only YAML between two \`---\` lines.`, fix: 'write the fields as YAML (`title: ...`) between two lines of `---`; `npm run new` writes a complete block.' };
  if (/^(?:```|~~~)\s*ya?ml\s*$/i.test(first)) return { line: 1, message: `line 1 is ${shown}, a fenced code block: its fields would be shown as code, not read as frontmatter.`, fix: 'replace the fence lines around the fields with lines of exactly `---`.' };
  if (/^%\s/.test(first)) return { line: 1, message: `line 1 is ${shown}, a Pandoc title block: it is not read (frontmatter is YAML between two \`---\` lines), so it would be shown as text.`, fix: 'write `title: ...` (and the other fields) between two lines of `---` instead.' };
  if (/^[A-Za-z][\w-]*:\s+\S/.test(first) && lines.slice(1, 4).some((line) => /^[A-Za-z][\w-]*:\s/.test(line))) {
    return { line: 1, message: `line 1 is the field ${shown} with no \`---\` line above it: fields are read only between two \`---\` lines, so these would be shown as text.`, fix: 'add a line of exactly `---` before the first field and one after the last.' };
  }
  const opening = lines.findIndex((line, index) => index > 0 && index < 20 && line === '---');
  if (opening > 0 && /^[A-Za-z][\w-]*:/.test(lines[opening + 1] ?? '') && lines.slice(0, opening).some((line) => line.trim())) {
    return { line: opening + 1, message: `the frontmatter's \`---\` is on line ${opening + 1}, after ${shown}: frontmatter is read on line 1 only, so its fields would be shown as text.`, fix: `move the lines above it below the frontmatter, or delete them (a \`# Title\` line repeats the title field, which is the page's title).` };
  }
  return undefined;
}

/** A line separator (U+2028, U+2029) or next-line character (U+0085) in the frontmatter, which an editor may show as a line break and YAML does not take as one. */
export function foreignLineBreak(frontmatter: string, firstLine: number): DelimiterHint | undefined {
  const found = /[\u2028\u2029\u0085]/.exec(frontmatter);
  if (!found) return undefined;
  const names: Record<string, string> = { '\u2028': 'line separator', '\u2029': 'paragraph separator', '\u0085': 'next line' };
  const line = frontmatter.slice(0, found.index).split('\n').length + firstLine - 1;
  const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { line, message: `line ${line} holds ${code} (${names[found[0]]}), which some editors show as a line break but YAML reads as a character inside the line: the fields after it would be read as part of this value.`, fix: `replace it with a line break (save the file with LF line endings).` };
}
