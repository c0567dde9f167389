import { emojiOfShortcode, emojiShortcodes } from './other-dialect-marks.ts';
import { findLookalikeInternalTag } from './component-tag-lookalikes.ts';
import { publicOptInLists, type DraftPostmortem } from './postmortem-schema.ts';
import { withLatinLookalikesReplaced } from './confusables.ts';

/**
 * Frontmatter texts are shown as plain text on every page, in search results and the feed: an
 * HTML tag or entity written in one is printed as typed ("Sign-in <b>broke</b>", "AT&amp;T").
 * Only the names of HTML elements count as tags, so "<NULL>", "<title>" of a quoted template or
 * "p99 < 200 ms > target" are text. Since canary round 37 also the elements that hide their text
 * (`<template>`, `<dialog>`, SVG's `<desc>`, MathML's `<annotation>`), printed as typed in a field.
 */
export const htmlTag = /<\/?(?:a|abbr|b|blockquote|br|cite|code|del|div|em|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strong|sub|sup|table|td|th|tr|u|ul|script|style|iframe|font|center|details|summary|button|input|form|noscript|svg|video|audio|object|embed|marquee|template|dialog|textarea|math|annotation|desc|metadata|meta|canvas|picture|slot|bdo|xmp|plaintext)(?:\s[^<>]*)?\/?>/i;
const htmlEntity = /&(?:amp|lt|gt|quot|apos|nbsp|mdash|ndash|hellip|rsquo|lsquo|rdquo|ldquo|#\d{1,7}|#x[0-9a-f]{1,6});/i;

export interface MarkupInPlainText {
  path: (string | number)[];
  /** The tag or entity as written. */
  markup: string;
}

/** Every plain-text field of `pm` with its path: what every page, the feed and search show as typed. */
function plainTextFields(pm: DraftPostmortem): [(string | number)[], string | undefined][] {
  return [
    [['title'], pm.title],
    [['summary'], pm.summary],
    [['impact', 'description'], pm.impact?.description],
    [['public', 'title'], pm.public?.title],
    [['public', 'summary'], pm.public?.summary],
    // Shown on the internal page as typed, and passed: `commander: "<b>IC</b>"`.
    [['commander'], pm.commander],
    [['impact', 'slo'], pm.impact?.slo],
    ...pm.timeline.map((entry, i): [(string | number)[], string] => [['timeline', i, 'event'], entry.event]),
    ...pm.actionItems.map((item, i): [(string | number)[], string] => [['actionItems', i, 'title'], item.title]),
    // Canary round 34: a risk holding <Internal> was published as typed once `public.include` opted it in.
    ...publicOptInLists.flatMap((list) => (pm[list] ?? []).map((text, i): [(string | number)[], string] => [[list, i], text])),
  ];
}

/** Each plain-text field that holds an HTML tag or entity, with the first one found. */
export function findMarkupInPlainText(pm: DraftPostmortem): MarkupInPlainText[] {
  return plainTextFields(pm).flatMap(([path, text]) => {
    const markup = text === undefined ? undefined : findMarkup(text);
    return markup ? [{ path, markup }] : [];
  });
}

const typographicQuotePairs: Record<string, string> = { '“': '”', '‘': '’', '„': '“', '«': '»', '「': '」' };

/**
 * Each plain-text field but the titles (findTitleProblem says theirs) wrapped whole in a word
 * processor's quotes (bad input round 39): an editor's smart quotes turned `summary: 'x'` into
 * `summary: ‘x’`, which YAML reads as text, so every page showed the quotes; a title so written
 * was refused already. With the quotes and the text inside them.
 */
export function findTypographicallyQuotedTexts(pm: DraftPostmortem): { path: (string | number)[]; open: string; close: string; inner: string }[] {
  return plainTextFields(pm).flatMap(([path, text]) => {
    const value = text?.trim() ?? '';
    const close = typographicQuotePairs[value[0]];
    if ((path.at(-1) === 'title' && path.length <= 2) || close === undefined || value.length <= 2 || !value.endsWith(close)) return [];
    const inner = value.slice(1, -1);
    return inner.includes(close) ? [] : [{ path, open: value[0], close, inner }];
  });
}

/**
 * The body's own components, written in a frontmatter text (bad input round 25): `summary: Pool
 * exhausted on <Internal>db-7</Internal>` passed, and every page, the public one included, printed
 * the tags and the name between them, which the author meant to hide. Any letter case, as the
 * body's check reads it.
 */
const variantTag = /<\/?\s*(?:internal|publiconly)\b[^<>]*>/i;

/**
 * A comment of the body written in a frontmatter text (canary round 36): `<!-- … -->` and
 * `{/* … *\/}` hide their text in the body, but a frontmatter field is plain text, so every page,
 * the feed and the search index printed the comment and the note inside it. Since canary round 37
 * also what a browser reads as a comment (`<![CDATA[ … ]]>`, `<? … >`, `<!x …>`): printed as typed
 * in a public title.
 */
const commentMarkup = /<!--[\s\S]*?(?:-->|$)|\{\s*\/\*[\s\S]*?(?:\*\/\s*\}|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:>|$)|<![A-Za-z][^<>]*>?/;

/**
 * `<Internal>` percent-encoded (`%3CInternal%3E`, canary round 39): printed as typed like the
 * entity-spelt tag, and the author may take it for the component.
 */
const percentVariantTag = /%3C\s*(?:\/|%2F)?\s*(?:internal|publiconly)\b[^<>]*?%3E/i;

/**
 * A data: address (canary round 39): in a plain-text field every page prints its encoded bytes,
 * which no reader can read and no reviewer reads either (base64 carried internal words to the
 * public page and search index).
 */
const dataAddress = /(?<![\w.+-])data:[a-z]+\/[\w.+-]+(?:;[\w.+=-]+)*,\S*/i;

/** Whether a markup `findMarkup` found is a data: address. */
export const isDataAddress = (markup: string) => /^data:/i.test(markup);

const nonAscii = /[^\x00-\x7F]/;

/**
 * `text` as a reader sees its letters (canary round 36): `<Ｉｎｔｅｒｎａｌ>` (full-width letters),
 * `<İnternal>` (a combining dot) and `<Inte\u200Brnal>` (an invisible character) passed the
 * check of the component's tag written in a plain-text field, and were published as typed.
 */
function lettersAsRead(text: string): string {
  // ASCII has no look-alike, no compatibility form, no mark and no format character: read as
  // written. Most texts are ASCII (the 1,000's fields: 0.08 s of CPU -> 0.01 s, session 37).
  if (!nonAscii.test(text)) return text;
  return (withLatinLookalikesReplaced(text) ?? text).normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, '').normalize('NFKC');
}

/** `<lnternal>` (a lower-case L for the I, canary round 40) and other names only read as the component, as written. */
function lookalikeVariantTag(text: string): [string] | null {
  const found = text.includes('<') ? findLookalikeInternalTag(text) : undefined;
  return found ? [found.written] : null;
}

/** The first HTML tag, entity, comment, data: address or `<Internal>`/`<PublicOnly>` tag of a plain text (also one written in look-alike letters or percent-encoded), as written (`<b>`, `&amp;`), if any. */
export function findMarkup(text: string): string | undefined {
  return (variantTag.exec(text) ?? variantTag.exec(lettersAsRead(text)) ?? lookalikeVariantTag(text) ?? percentVariantTag.exec(text) ?? commentMarkup.exec(text) ?? htmlTag.exec(text) ?? htmlEntity.exec(text) ?? dataAddress.exec(text))?.[0];
}

/** Whether a markup `findMarkup` found is a comment (`<!-- … -->`, `{/* … *\/}`). */
export function isComment(markup: string): boolean {
  return /^(?:<!|<\?|\{\s*\/\*)/.test(markup);
}

/** Whether a markup `findMarkup` found is one of the body's components rather than HTML (also percent-encoded). */
export function isVariantTag(markup: string): boolean {
  return variantTag.test(markup) || percentVariantTag.test(markup) || findLookalikeInternalTag(markup) !== undefined;
}

/**
 * Markdown in a title (bad input round 15): `title: "**DB** outage"` was shown with its asterisks
 * on every page, in the feed and in search results; a title is plain text. Bold (`**x**`,
 * `__x__`), a link (`[x](url)`), an image (`![`), strike-through (`~~x~~`), and `*x*` or `_x_` as
 * whole words (so `max_pool_size`, `2*3` and a backticked name pass: a code name in a title is
 * common and shown as written). None of the corpora's 4,283 titles holds one.
 */
export function findMarkdownInTitle(text: string): { markup: string; plain: string } | undefined {
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^#{1,6}\s+/, () => ''],
    [/!\[([^\]]*)\]\([^)]*\)/, (m) => m[1]],
    [/\[([^\]]+)\]\((?:https?:\/\/|\/|\.)[^)]*\)/, (m) => m[1]],
    [/\*\*(?=\S)([^*]+?)\*\*/, (m) => m[1]],
    [/(?<![\w_])__(?=\S)([^_]+?)__(?![\w_])/, (m) => m[1]],
    [/~~(?=\S)([^~]+?)~~/, (m) => m[1]],
    [/(?<![\w*])\*(?=[^\s*\d])([^*]*?[^\s*])\*(?![\w*])/, (m) => m[1]],
    [/(?<![\w_])_(?=[^\s_])([^_]*?[^\s_])_(?![\w_])/, (m) => m[1]],
  ];
  for (const [pattern, text_] of patterns) {
    const match = pattern.exec(text);
    if (match) return { markup: match[0], plain: text.replace(match[0], text_(match)) };
  }
  // Round 42: an emoji shortcode (`Checkout errors :fire:`), which the body shows as its character
  // (src/lib/other-dialect-marks.ts) and a title as typed. Only the names known, so `10:30:` is no
  // shortcode; the body's pattern, so a title and a body read the same words as shortcodes (round 43).
  for (const code of text.includes(':') ? text.matchAll(emojiShortcodes) : []) {
    const emoji = emojiOfShortcode(code[1]);
    if (emoji) return { markup: code[0], plain: text.replace(code[0], emoji) };
  }
  return undefined;
}

/**
 * A title that does not say what broke (bad input round 15), each passed: a placeholder left by a
 * template or a converter (`Untitled`, `Title`, `N/A`, `null` in quotes, `TBD`), a day and generic
 * words only (`Incident Report - 2025-07-08`, `2025-07-08`: every list would show a column of
 * days), a status tool's mark (`[RESOLVED] …`, what the status field says), and a title wrapped in
 * typographic quotes (`“Checkout errors”`, a word processor's quotes, which YAML keeps as text; or
 * quotes inside the quotes, `"'Checkout errors'"`). None of the corpora's 4,283 titles is one (82
 * begin with a scope in brackets, `[get.jenkins.io] …`, which passes).
 */
/**
 * The words of a status tool's mark a title may not begin with, in brackets (`[RESOLVED] …`), as
 * regular-expression alternatives. The import strips the same marks from the titles it reads
 * (src/lib/import/publishable-title.ts builds its list from this one), so a word added here is
 * both refused by the review and taken off an imported title.
 */
export const titleStatusMarkWords: readonly string[] = ['resolved', 'investigating', 'identified', 'monitoring', 'update', 'updated', 'scheduled', 'completed', 'draft', 'wip', 'closed', 'open', 'post-?mortem', 'rca'];
const titleStatusMark = new RegExp(String.raw`^\[(${titleStatusMarkWords.join('|')})\]\s*`, 'i');

export function findTitleProblem(text: string): { kind: 'placeholder' | 'status-mark' | 'quoted'; message: string; fix: string } | undefined {
  const title = text.trim();
  if (/^(?:untitled(?: document| incident)?|title|(?:the )?title here|n\/?a|null|none|nil|tbd|tbc|placeholder|new postmortem|post-?mortem|incident|incident report|outage|todo|fixme|xxx|\?+)$/i.test(title)) {
    return { kind: 'placeholder', message: `is ${JSON.stringify(title)}, a placeholder, not a title: every list, search result and the feed would show it.`, fix: 'write what broke and where, e.g. "Checkout errors after a config push".' };
  }
  if (/^(?:(?:incident|post-?mortem|outage|report|rca|review|summary|on|of|for|from|the|[-–—:,#])\s*)*\d{4}-\d{2}-\d{2}(?:\s*(?:incident|post-?mortem|outage|report|rca|review))*$/i.test(title)) {
    return { kind: 'placeholder', message: `is ${JSON.stringify(title)}, a day and no more: lists and search results would show a column of days, none saying what broke (the day is shown beside every title already).`, fix: 'write what broke and where, e.g. "Checkout errors after a config push".' };
  }
  const mark = titleStatusMark.exec(title);
  if (mark) return { kind: 'status-mark', message: `begins with ${mark[0].trim()}, a status tool's mark: the postmortem's state is its status field, and the mark would stay in the title on every page.`, fix: `write the title without it: ${JSON.stringify(title.slice(mark[0].length))}.` };
  const pairs: Record<string, string> = { '“': '”', '‘': '’', '«': '»', '„': '“', '"': '"', "'": "'", '「': '」' };
  const open = title[0];
  if (title.length > 2 && pairs[open] !== undefined && title.endsWith(pairs[open]) && !title.slice(1, -1).includes(pairs[open])) {
    return { kind: 'quoted', message: `is wrapped in quotes (${open}…${pairs[open]}), which every page and the feed would show: ${/["']/.test(open) ? 'quotes inside the quotes are part of the text' : 'typographic quotes are text to YAML, not the quotes around a value'}.`, fix: `write it without them: title: ${JSON.stringify(title.slice(1, -1))}.` };
  }
  return undefined;
}
