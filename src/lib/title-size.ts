/**
 * How large a page's title is set. Imported reports carry titles of a paragraph's length (a
 * status-page entry: 149 characters, seven lines at 375px in the h1 size written for titles of
 * eight words). Long titles get a smaller heading (global.css, `.title--long` and
 * `.title--very-long`), each still a clamp between a phone's and a laptop's size and still larger
 * than the text under it; every word stays.
 */
export const longTitleChars = 60;
export const veryLongTitleChars = 100;

/** The class of a title's heading by its length in characters; undefined for a title of usual length. */
export function titleSizeClass(title: string): 'title--long' | 'title--very-long' | undefined {
  const length = [...title.trim()].length;
  if (length > veryLongTitleChars) return 'title--very-long';
  if (length > longTitleChars) return 'title--long';
  return undefined;
}
