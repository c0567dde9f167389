/**
 * The line `npm run fill -- --trigger-from-text` opens its list with. It reads a trigger only for
 * a file that has none; after `npm run import`, which already suggests one from the same words,
 * most files have one, and "Triggers read from the reports' own words (0)" read as "none found"
 * (session 29's adoption walk: the import had set 31 of 41). The line says how many files were
 * read, how many already had a trigger (left as they are), and what the count means.
 */
export function triggersReadHeading(counts: { files: number; read: number; alreadySet: number }): string {
  const { files, read, alreadySet } = counts;
  const without = files - alreadySet;
  const kept = alreadySet
    ? `${alreadySet} of ${files} file(s) already had a trigger (the import suggests one from the same words, or it was set by hand): left as they are, not read again`
    : `no file had a trigger yet`;
  const found = without
    ? `of the ${without} without one, ${read} set from their own words${read ? '; review each in git diff:' : '.'}`
    : 'none is without one, so there was nothing to read.';
  return `Triggers read from the reports' own words: ${kept}; ${found}`;
}
