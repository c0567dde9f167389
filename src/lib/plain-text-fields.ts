import type { DraftPostmortem } from './postmortem-schema.ts';

/**
 * Frontmatter texts are shown as plain text on every page, in search results and the feed: an
 * HTML tag or entity written in one is printed as typed ("Sign-in <b>broke</b>", "AT&amp;T").
 * Only the names of HTML elements count as tags, so "<NULL>", "<title>" of a quoted template or
 * "p99 < 200 ms > target" are text.
 */
const htmlTag = /<\/?(?:a|abbr|b|blockquote|br|cite|code|del|div|em|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strong|sub|sup|table|td|th|tr|u|ul|script|style|iframe|font|center|details|summary|button|input|form|noscript|svg|video|audio|object|embed|marquee)(?:\s[^<>]*)?\/?>/i;
const htmlEntity = /&(?:amp|lt|gt|quot|apos|nbsp|mdash|ndash|hellip|rsquo|lsquo|rdquo|ldquo|#\d{1,7}|#x[0-9a-f]{1,6});/i;

export interface MarkupInPlainText {
  path: (string | number)[];
  /** The tag or entity as written. */
  markup: string;
}

/** Each plain-text field that holds an HTML tag or entity, with the first one found. */
export function findMarkupInPlainText(pm: DraftPostmortem): MarkupInPlainText[] {
  const fields: [(string | number)[], string | undefined][] = [
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
  ];
  return fields.flatMap(([path, text]) => {
    const markup = text === undefined ? undefined : findMarkup(text);
    return markup ? [{ path, markup }] : [];
  });
}

/** The first HTML tag or entity of a plain text, as written (`<b>`, `&amp;`), if any. */
export function findMarkup(text: string): string | undefined {
  return (htmlTag.exec(text) ?? htmlEntity.exec(text))?.[0];
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
  return undefined;
}
