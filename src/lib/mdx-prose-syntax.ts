import { quoteSnippet } from './quoted-snippet.ts';
import { findForeignMarkup } from './foreign-markup.ts';
/**
 * Prose that is valid Markdown but that the MDX parser reads as code (bad input round 19), said as
 * what the author wrote instead of the parser's words: a comparison (`<5 ms`, `p99 <= 200 ms`,
 * `client <- db`, `a<b`), where MDX reads every `<` as the start of a component ("Unexpected
 * character `5` (U+0035) before name"); a brace in a sentence (`the config was {pool: 8}`), which
 * MDX runs as JavaScript ("Could not parse expression with acorn"); and a heading id in braces as
 * Docusaurus and kramdown write it (`## Why it happened {#why}`). The fix each time is the text
 * that parses. Pure text, no Astro.
 */

export interface ProseSyntaxMistake {
  /** Column (1-based) of the character that made the line code. */
  column: number;
  message: string;
  fix: string;
}

/** Code spans are text to MDX: a `<` or `{` inside one is none of these mistakes. */
function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));
}

/**
 * The mistake on `line` that made the MDX parser stop with `reason`, if it is one of the above;
 * undefined leaves the parser's own message.
 */
export function describeProseSyntax(line: string, reason: string): ProseSyntaxMistake | undefined {
  const text = withoutCodeSpans(line);
  // Round 40b: another dialect's mark that MDX reads as code (Pandoc's `{.class}` and fenced div
  // `::: {.note}`, AsciiDoc's `<<id>>`): said as that dialect, with its Markdown.
  const foreign = /\{[.#]|\{[\w-]+=|<<[A-Za-z]/.test(text) && !/^#{1,6}\s.*?\s*\{#[\w-]+\}\s*$/.test(text) ? findForeignMarkup(text).find((mistake) => /[{<]/.test(text.slice(mistake.index))) : undefined;
  if (foreign) return { column: foreign.index + 1, message: `${foreign.message} Here, in an .mdx body, the line does not even parse: MDX reads ${/<</.test(text) ? '< as the start of a component' : '{ … } as JavaScript'}.`, fix: foreign.fix };
  if (/^Unexpected character .* (?:before name|in attribute name|after name|before attribute)/.test(reason) || /^Unexpected (?:closing slash|lazy line)/.test(reason)) {
    // A `<` before what no tag starts with: a digit, `=`, `-`, a space, another `<` or `>`.
    const lessThan = /<(?=[\d=\-\s<>.]|$)/.exec(text) ?? /(?<=[\p{L}\p{N}_)\]])<(?=[\p{L}\p{N}])/u.exec(text);
    if (!lessThan) return undefined;
    // The word the < stands in (`a<b`, `<5`, `<->`), as the author wrote it.
    const start = lessThan.index - (/\S*$/.exec(line.slice(0, lessThan.index))?.[0].length ?? 0);
    const shown = quoteSnippet(line.slice(start, lessThan.index + 1 + (/^\S*/.exec(line.slice(lessThan.index + 1))?.[0].length ?? 0)).replace(/[.,;:]$/, ''), 40);
    return {
      column: lessThan.index + 1,
      message: `the < in "${shown}" is meant as text (a comparison or an arrow), but an .mdx body reads every < as the start of a component, and the line does not parse.`,
      fix: `write the < as \\< (the backslash keeps it as text): ${shown.replace(/</g, '\\<')}; or put it in backticks (\`${shown}\`), or say it in words ("under", "at most").`,
    };
  }
  if (/^Could not parse expression with acorn|^Unexpected content after expression/.test(reason)) {
    const headingId = /^(#{1,6}\s.*?)\s*\{#([\w-]+)\}\s*$/.exec(text);
    if (headingId) {
      return {
        column: text.indexOf('{#') + 1,
        message: `{#${headingId[2]}} is a heading id as Docusaurus and kramdown write it, but an .mdx body reads { … } as JavaScript, and the line does not parse.`,
        fix: `delete {#${headingId[2]}}: the site gives every heading an id from its words (${headingId[1].trim()} → #${slugOf(headingId[1])}).`,
      };
    }
    const template = describeTemplateSyntax(text);
    if (template) return template;
    const brace = /\{(?!\/\*)[^{}]*\}?/.exec(text);
    if (!brace) return undefined;
    const shown = quoteSnippet(brace[0], 40);
    return {
      column: brace.index + 1,
      message: `${shown} is meant as text, but an .mdx body reads { … } as JavaScript run when the site is built, and it does not parse as such.`,
      fix: `write the brace as \\{ (the backslash keeps it as text), or put the text in backticks (\`${shown}\`); a comment is written {/* … */}.`,
    };
  }
  return undefined;
}

/**
 * Another site generator's template syntax (bad input round 40): a Hugo shortcode (`{{< figure … >}}`,
 * `{{% notice %}}`), a Liquid tag of Jekyll (`{% include x.html %}`), a template variable
 * (`{{ site.url }}`, Liquid, Hugo or Helm) and a kramdown attribute list (`{:toc}`, `{: .warning}`).
 * Each got "is meant as text … write the brace as \{", which would publish the markup as typed,
 * where the author meant what it stood for.
 */
function describeTemplateSyntax(text: string): ProseSyntaxMistake | undefined {
  const shortcode = /\{\{[<%]\s*(\/?)([\w-]+)([^}]*?)[>%]\}\}/.exec(text);
  if (shortcode) {
    const source = /\bsrc="([^"]+)"/.exec(shortcode[3])?.[1];
    const alt = /\b(?:title|alt|caption)="([^"]+)"/.exec(shortcode[3])?.[1] ?? 'what it shows';
    return {
      column: shortcode.index + 1,
      message: `${quoteSnippet(shortcode[0], 50)} is a Hugo shortcode, which this site does not run: an .mdx body reads { … } as JavaScript, and the line does not parse.`,
      fix: source ? `write the image in Markdown, ![${alt}](${source}) (the file beside the postmortem, e.g. media/<id>/), and delete the shortcode.` : `write what it stands for in Markdown (a note as > **Note:** …, an image as ![text](path)), and delete the shortcode${shortcode[1] ? '' : ' and its closing one'}.`,
    };
  }
  const liquid = /\{%-?\s*([\w-]+)[^}]*%\}/.exec(text);
  if (liquid) {
    return {
      column: liquid.index + 1,
      message: `${quoteSnippet(liquid[0], 50)} is a Liquid tag of Jekyll, which this site does not run: an .mdx body reads { … } as JavaScript, and the line does not parse.`,
      fix: liquid[1] === 'include' ? 'write what the included file says here, as text, and delete the tag.' : 'delete the tag, and write what it stood for as text.',
    };
  }
  const variable = /\{\{-?\s*[\w.$][^{}]*\}\}/.exec(text);
  if (variable) {
    return {
      column: variable.index + 1,
      message: `${quoteSnippet(variable[0], 50)} is a template variable (Liquid, Hugo or Helm), which this site does not fill in: an .mdx body reads { … } as JavaScript, and the line does not parse.`,
      fix: `write its value itself (the address or the name it stands for); to show the variable as written, put it in backticks (\`${quoteSnippet(variable[0], 50)}\`).`,
    };
  }
  const attributes = /\{:[^{}]*\}/.exec(text);
  if (attributes) {
    return {
      column: attributes.index + 1,
      message: `${quoteSnippet(attributes[0], 40)} is a kramdown attribute list, which this site does not read: an .mdx body reads { … } as JavaScript, and the line does not parse.`,
      fix: /toc/i.test(attributes[0]) ? 'delete it and the list item above it (* TOC): the page needs no table of contents written in it.' : 'delete it; the text keeps its meaning without the class.',
    };
  }
  return undefined;
}

/** The id the site gives a heading, as its pages write it: lower case, words joined by hyphens. */
function slugOf(heading: string): string {
  return heading.replace(/^#+\s*/, '').trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s+/g, '-');
}

/**
 * A block that opens with a `{` on an earlier line than the one the parser stopped at (JSON or a
 * configuration pasted as it is: `{` on a line, `"pool": 8` below it): MDX reads the whole block
 * as one JavaScript expression and says "Could not parse expression with acorn" at a line with no
 * brace, so the prose reading above finds nothing there (bad input round 21). The line of the
 * `{` (1-based, in `lines`) is looked for back from `line` to the paragraph's start.
 */
export function describeBracedBlock(lines: readonly string[], line: number, reason: string): (ProseSyntaxMistake & { line: number }) | undefined {
  if (!/^Could not parse expression with acorn|^Unexpected content after expression/.test(reason)) return undefined;
  for (let index = line - 1; index >= 0 && index >= line - 200 && lines[index]?.trim(); index--) {
    const text = withoutCodeSpans(lines[index]);
    const opens = (text.match(/\{/g) ?? []).length;
    if (opens <= (text.match(/\}/g) ?? []).length) continue;
    let last = line - 1;
    while (last + 1 < lines.length && lines[last + 1].trim()) last++;
    return {
      line: index + 1,
      column: text.lastIndexOf('{') + 1,
      message: `the { on this line opens a block of ${last - index + 1} lines (JSON or a configuration pasted as it is?) that is meant as text, but an .mdx body reads { … } as JavaScript run when the site is built, and it does not parse as such.`,
      fix: 'put the block in a fenced code block, a line of ```json (or ```yaml, ```) before it and ``` after it, which shows it as written; or write each { as \\{.',
    };
  }
  return undefined;
}
