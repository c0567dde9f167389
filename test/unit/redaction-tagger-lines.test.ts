import { describe, expect, test } from 'vitest';
import { findTaggedPeople, linesForTagger } from '../../src/lib/publication/person-patterns.ts';

/** The tagged names of `lines` as [line, text], and the lines the tagger is given something of. */
function tag(lines: string[]) {
  const found = [...findTaggedPeople(lines, new Set())].flatMap(([line, matches]) => matches.map((m) => [line, m.text]));
  const given = linesForTagger(lines, new Set());
  return { found, readLines: lines.filter((_, i) => given[i].trim() !== '') };
}

/**
 * Session 40 (docs/performance.md): a line whose capitalised words can make no name the checks of
 * `findTaggedPeople` keep is not given to the tagger (a quarter of what it read in the bench's
 * posts), and the names found stay the same.
 */
describe('the tagger reads no line where no name it could tag is kept', () => {
  test('a line whose capitalised words are an opening article, acronyms and English words that are no one\'s name is not read', () => {
    const lines = [
      'The database on-call paused all deploys to the Payments service while the investigation continued.',
      'Later that day Jonah Brekke restarted the pool.',
      'A support lead paused all deploys to the Checkout service.',
      'The SMS provider was paused by the database on-call.',
    ];
    const { found, readLines } = tag(lines);
    expect(readLines).toEqual([lines[1]]);
    expect(found).toEqual([[1, 'Jonah Brekke']]);
  });

  test.each([
    ['two capitalised words of which the first is not dropped', 'Dashboards for the Payments service showed errors once the panel was found.'],
    ['a known first name', 'The release was checked by Grace before the rollout.'],
    ['a word that is not English', 'The pool was restarted by Tovenhal at noon.'],
    ['an acronym before a word that is not dropped', 'The SMS provider for Payments was paused by the database on-call.'],
    ['a hyphen the tagger splits at', 'The Sign-in service was paused by the platform on-call.'],
    ['an apostrophe the tagger keeps', 'The Payments\' queue was drained by the platform on-call.'],
    ['a slash the tagger joins words across', 'The Payments and/or Checkout services were paused.'],
    ['a bracket, over which the tagger joins sentences', 'The Payments service (the old one) was paused.'],
  ])('a line with %s is still read', (_, line) => {
    expect(tag([line]).readLines).toEqual([line]);
  });

  test('a line between an opening bracket and its closing one is still read: blanked, it would join them into one sentence', () => {
    const lines = ['The Quorvex fix (see the note', 'The Payments service was paused.', 'below) was applied by Jonah Brekke.'];
    expect(tag(lines).readLines).toEqual(lines);
  });

  test('a name on a line that is read is still found, beside a line that is not', () => {
    const lines = ['The Payments service was paused.', 'Several customers wrote in. Later that day John Smith restarted the Checkout pool.'];
    const { found, readLines } = tag(lines);
    expect(readLines).toEqual([lines[1]]);
    expect(found).toEqual([[1, 'John Smith']]);
  });
});
