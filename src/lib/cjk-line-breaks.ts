import type { HastPluginDefinition } from 'satteri';
import { cjkCharacter } from './cjk-words.ts';

/**
 * A paragraph written over several lines in Markdown keeps its line breaks in the HTML, and a
 * browser draws each as a space. Between two English words that is the space they need; between
 * two Japanese or Chinese characters, which are written without spaces, it is a gap that was never
 * written: "11月4日の 午前2時に", "代行会社への すべての接続" (session 46, Japanese and Chinese
 * reports looked at by eye). CSS Text 3's segment-break rule removes such a break, but Chromium
 * and Safari do not implement it (Firefox does), so the break is taken out when the body is
 * rendered. Korean is written with spaces between words, and a break beside Hangul stays a space.
 * Code keeps its text exactly as written.
 */

/** Han, kana, the CJK punctuation (、。「」) and the full-width forms (！？（）), not Hangul (src/lib/cjk-words.ts). */
const wideLetter = `[${cjkCharacter}]`;
const breakBetweenWideLetters = new RegExp(`(?<=${wideLetter})[ \\t]*\\r?\\n[ \\t]*(?=${wideLetter})`, 'gu');
/** Elements whose text is shown as written. */
const asWritten = /<(pre|code|kbd|samp|script|style|textarea)\b[\s\S]*?<\/\1>/gi;

/** The text of a paragraph with its line breaks between two Chinese or Japanese characters taken out. */
export function joinWideLetterLines(text: string): string {
  return text.includes('\n') ? text.replace(breakBetweenWideLetters, '') : text;
}

/** The same over HTML written by Astro's Markdown renderer (Sätteri): code and preformatted text untouched. */
export function joinCjkLineBreaks(html: string): string {
  if (!html.includes('\n')) return html;
  let out = '';
  let last = 0;
  for (const match of html.matchAll(asWritten)) {
    out += joinWideLetterLines(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + joinWideLetterLines(html.slice(last));
}

const asWrittenTags = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'textarea']);

/** The same for a body compiled by `@astrojs/mdx`, as a Sätteri hast plugin. */
export const cjkLineBreaksPlugin: HastPluginDefinition = {
  name: 'postmortem-kb:cjk-line-breaks',
  text(node, ctx) {
    const joined = joinWideLetterLines(node.value);
    if (joined === node.value) return;
    for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
      if (asWrittenTags.has(parent.tagName)) return;
    }
    ctx.replaceNode(node, { type: 'text', value: joined });
  },
};
