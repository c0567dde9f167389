import { slugFromTitle } from '../slug.ts';

/**
 * A draft's file name is its day and a slug of its title in lowercase ASCII letters, digits and
 * hyphens (src/lib/slug.ts): a title written mostly in another script (Japanese, Chinese, Greek,
 * Cyrillic) kept only its ASCII fragments ("v1.4.0リリースで発生した障害について" gave
 * `v1-4-0.mdx`, an accessibility report's title `cocoa.mdx`), which say nothing of the incident.
 * Such a title's file name takes its words from the report's own file name when that has some
 * (`accident_v140.md` gives `accident-v140`), as its author named it in ASCII; a file given as a
 * part of an export (`status.json#3`), or named only `index.md`, has no words of its own, and the
 * title's ASCII fragments stay. Nothing is transliterated: a reader would not recognise a guess.
 */
const genericFileNames = /^(?:index|_index|readme|page|post|content|report|reports|incident|untitled|document|doc|draft|text)$/;

function letters(text: string): { latin: number; other: number } {
  const all = text.match(/\p{L}/gu) ?? [];
  const latin = all.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  return { latin, other: all.length - latin };
}

/** The slug of a draft's file name, and a note when it came from the report's file name. */
export function draftFileSlug(title: string, sourceName: string): { slug: string; note?: string } {
  const slug = slugFromTitle(title);
  const { latin, other } = letters(title);
  if (other <= latin || sourceName.includes('#')) return { slug };
  const base = (sourceName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]+$/, '').replace(/\.(?:md|markdown|html?)$/i, '');
  // A post's file opening with its day (Jekyll's `2020-05-30-mena-service-cautions.md`): the draft's
  // name opens with the day already ("2020-05-30-2020-05-30-mena-…" in 43 drafts of a Korean blog, import round 46).
  const words = base.replace(/^\d{4}-\d{2}-\d{2}[-_ ]+(?=\S)/, '');
  const fromFile = slugFromTitle(words, '');
  if ((fromFile.match(/[a-z]/g)?.length ?? 0) < 3 || genericFileNames.test(fromFile)) return { slug };
  return { slug: fromFile, note: `the file name takes its words from the report's own file name ("${words}"): the title is written mostly in another script, of which a file name keeps ASCII letters only ("${slug}"); rename the draft if another name says more` };
}
