import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';

/**
 * Makes Markdown written for other tools compile as MDX without changing its text: `<https://…>`
 * autolinks become links, an `<iframe>` a link to the page it embedded, `<br>` and other void tags close themselves, HTML comments become MDX
 * comments, and a stray `<`, `{` or `}` is escaped. Code (fenced blocks and inline spans) is left
 * alone. Whatever still does not parse has its `<` or `{` escaped where the parser stops.
 */

const voidTags = ['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'];

/** Applies `transform` to every stretch of text outside code, keeping code byte for byte. */
export function mapOutsideCode(markdown: string, transform: (text: string) => string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  let prose: string[] = [];
  const flush = () => {
    if (prose.length) out.push(transformProse(prose.join('\n'), transform));
    prose = [];
  };
  for (const line of lines) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    } else if (marker) {
      flush();
      fence = marker;
      out.push(line);
    } else {
      prose.push(line);
    }
  }
  flush();
  return out.join('\n');
}

/** Inline code spans (`x`, ``x``) stay as written. */
function transformProse(text: string, transform: (text: string) => string): string {
  let result = '';
  let rest = text;
  for (;;) {
    const match = /(`+)[^`][\s\S]*?\1(?!`)/.exec(rest);
    if (!match) return result + transform(rest);
    result += transform(rest.slice(0, match.index)) + match[0];
    rest = rest.slice(match.index + match[0].length);
  }
}

function escapeProse(text: string): string {
  const kept: string[] = [];
  const keep = (value: string) => `\u0000${kept.push(value) - 1}\u0000`;
  // A `<` already escaped (`\<TAB>` of a plain-text report) is text: none of the rules below applies to it.
  let out = text
    .replace(/<!--([\s\S]*?)-->/g, (_all, inner: string) => keep(`{/*${inner.replace(/\*\//g, '*\u200b/')}*/}`))
    // An embedded page (a dashboard panel in an <iframe>) is not shown by the site, which refuses
    // it (rule body/active-content): its address is kept as a link.
    .replace(/(?<!\\)<iframe\b([^<>]*)>(?:\s*<\/iframe>)?/gi, (tag, attributes: string) => {
      const src = /\bsrc\s*=\s*(["'])(https?:[^"']+)\1/i.exec(attributes)?.[2];
      return src ? keep(`[Embedded page, not shown in the draft: ${src.replace(/[[\]]/g, '\\$&')}](${src.replace(/[()\s]/g, encodeURIComponent)})`) : tag;
    })
    .replace(/(?<!\\)<((?:https?|ftp|mailto):[^\s<>]+)>/gi, (_all, url: string) => keep(`[${url}](${url})`))
    .replace(/(?<!\\)<([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/g, (_all, mail: string) => keep(`[${mail}](mailto:${mail})`))
    .replace(new RegExp(`(?<!\\\\)<(${voidTags.join('|')})\\b([^<>]*?)\\s*/?>`, 'g'), (_all, tag: string, attributes: string) => keep(`<${tag}${attributes} />`))
    // Lowercase tags are HTML and stay; a capitalised one (<Link>, <Username>) would be read as a
    // component, so it is shown as text.
    .replace(/(?<!\\)<\/?[A-Z][\w.-]*(?:\s+[^<>]*)?\/?>/g, (tag) => keep(`\\${tag}`))
    .replace(/(?<!\\)<\/?[a-z][\w-]*(?:\s+[^<>]*)?\/?>/g, (tag) => keep(tag));
  out = out
    .replace(/(?<!\\)([{}])/g, '\\$1')
    .replace(/(?<!\\)<(?![A-Za-z/\u0000])/g, '\\<')
    .replace(/^(\s{0,3})(import|export)(\s)/gm, (_all, indent: string, word: string, space: string) => `${indent}&#${word.charCodeAt(0)};${word.slice(1)}${space}`);
  return out.replace(/\u0000(\d+)\u0000/g, (_all, index: string) => kept[Number(index)]);
}

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

function parseError(markdown: string): { line: number; column: number } | undefined {
  try {
    mdxParser.parse(markdown);
    return undefined;
  } catch (error) {
    const place = error as { line?: number; column?: number; place?: any };
    return { line: place.line ?? place.place?.line ?? place.place?.start?.line ?? 1, column: place.column ?? place.place?.column ?? place.place?.start?.column ?? 1 };
  }
}

/** Escapes the last unescaped `<` or `{` at or before the error on its line (outside code). */
function escapeAt(markdown: string, line: number, column: number): string | undefined {
  const lines = markdown.split('\n');
  const text = lines[line - 1];
  if (text === undefined) return undefined;
  for (let i = Math.min(column - 1, text.length - 1); i >= 0; i--) {
    if ((text[i] === '<' || text[i] === '{') && text[i - 1] !== '\\') {
      lines[line - 1] = `${text.slice(0, i)}\\${text.slice(i)}`;
      return lines.join('\n');
    }
  }
  return undefined;
}

export interface MdxSafeResult {
  mdx: string;
  /** Places the first pass could not make safe and were escaped where the parser stopped. */
  escapedAtError: number;
  /** True when every tag had to be shown as text for the body to parse. */
  tagsShownAsText: boolean;
}

export function makeMdxSafe(markdown: string): MdxSafeResult {
  let mdx = mapOutsideCode(markdown, escapeProse);
  let escapedAtError = 0;
  for (let attempt = 0; attempt < 200; attempt++) {
    const error = parseError(mdx);
    if (!error) return { mdx, escapedAtError, tagsShownAsText: false };
    const fixed = escapeAt(mdx, error.line, error.column);
    if (!fixed) break;
    mdx = fixed;
    escapedAtError++;
  }
  // Last resort: every tag outside code is shown as the text it is.
  mdx = mapOutsideCode(mapOutsideCode(markdown, escapeProse), (text) => text.replace(/(?<!\\)<(?=[A-Za-z/])/g, '\\<'));
  return { mdx, escapedAtError, tagsShownAsText: parseError(mdx) === undefined };
}
