import type { DraftPostmortem } from './postmortem-schema.ts';

/**
 * Frontmatter texts are shown as plain text on every page, in search results and the feed: an
 * HTML tag or entity written in one is printed as typed ("Sign-in <b>broke</b>", "AT&amp;T").
 * Only the names of HTML elements count as tags, so "<NULL>", "<title>" of a quoted template or
 * "p99 < 200 ms > target" are text.
 */
const htmlTag = /<\/?(?:a|abbr|b|blockquote|br|cite|code|del|div|em|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strong|sub|sup|table|td|th|tr|u|ul)(?:\s[^<>]*)?\/?>/i;
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
