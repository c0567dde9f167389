import { describe, expect, test } from 'vitest';
import { otherLanguageLines } from '../../src/lib/publication/other-languages.ts';

/**
 * A field is judged with the whole post (`${text}\n\n${post}`), and every field of a post carries
 * the same post: its function words are counted once and added to the field's (session 23 of
 * docs/performance.md). The language must be the one the whole text gives.
 */
const linesOf = (text: string) => text.split('\n');
const judged = (text: string, post: string) => Object.fromEntries(otherLanguageLines(linesOf(text), `${text}\n\n${post}`));

const germanPost = 'Die Wartung der Server wurde mit dem Team durchgeführt, und die Daten sind wieder da.';
const englishPost = 'The database was restarted and the service is back for all of the customers.';

describe("a field takes the post's language", () => {
  test('a label of a German post is German; of an English post, not', () => {
    expect(judged('Wartung', germanPost)).toEqual({ 0: 'de' });
    expect(judged('Wartung', englishPost)).toEqual({});
  });

  test('fields of one post after another, and another post after them: each its own post', () => {
    expect(judged('Neue Funktionen', germanPost)).toEqual({ 0: 'de' });
    expect(judged('Ausfall', germanPost)).toEqual({ 0: 'de' });
    expect(judged('Ausfall', englishPost)).toEqual({});
    expect(judged('Ausfall', germanPost)).toEqual({ 0: 'de' });
  });

  test("a code span the field opens and the post closes hides the post's words, as in the whole", () => {
    // The whole reads `abc … von dem den` as code: no German word is left.
    const post = 'der die das und mit von dem den` restarted.';
    expect(judged('Wartung `abc', post)).toEqual({});
    expect(otherLanguageLines(['Wartung'], post)).toEqual(new Map([[0, 'de']]));
    // Closed in the field, the post's words count.
    expect(judged('Wartung `abc`', post.replace('`', ''))).toEqual({ 0: 'de' });
  });

  test("a code span that runs from one line into the next hides the words between, as in the whole text", () => {
    // The text's own counts are its lines' only when no code span crosses a line.
    const lines = ['Wartung `a', 'der die das und mit von dem` restarted', 'Ausfall'];
    expect(Object.fromEntries(otherLanguageLines(lines, lines.join('\n')))).toEqual({ 1: 'de' });
    const closed = ['Wartung', 'der die das und mit von dem restarted', 'Ausfall'];
    expect(Object.fromEntries(otherLanguageLines(closed, closed.join('\n')))).toEqual({ 0: 'de', 1: 'de', 2: 'de' });
  });

  test('the same text judged again with the same post, and with another', () => {
    expect(judged('Wartung', germanPost)).toEqual({ 0: 'de' });
    expect(judged('Wartung', germanPost)).toEqual({ 0: 'de' });
    expect(Object.fromEntries(otherLanguageLines(['Wartung', 'Ausfall'], `Wartung\n\n${germanPost}`))).toEqual({ 0: 'de', 1: 'de' });
  });

  test('the post alone, and a text that is not the start of the evidence', () => {
    expect(Object.fromEntries(otherLanguageLines(['Wartung'], germanPost))).toEqual({ 0: 'de' });
    expect(Object.fromEntries(otherLanguageLines(['Wartung'], `Other words\n\n${germanPost}`))).toEqual({ 0: 'de' });
  });

  // Session 43: a post's counts are the sum of its lines' counts, each kept by the line.
  test("a code span that runs from one of the post's lines into the next hides the words between, as in the whole post", () => {
    // Counted line by line, "der die das und mit von dem" would be German words.
    const post = 'Status `a\nder die das und mit von dem` restarted.';
    expect(judged('Wartung', post)).toEqual({});
    expect(judged('Wartung', post.replace('`a', 'a'))).toEqual({ 0: 'de' });
  });

  test("of two languages with as many words in the post, the one its earlier line writes first, as in the whole post", () => {
    expect(judged('Wartung', 'het een niet\nund oder aber')).toEqual({ 0: 'nl' });
    expect(judged('Wartung', 'und oder aber\nhet een niet')).toEqual({ 0: 'de' });
  });
});
