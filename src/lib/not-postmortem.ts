import { basename, extname } from 'node:path';

/**
 * Why a file named where a postmortem is read (`npm run check`, `review`, `redact`, `fill`) is not
 * one, or undefined for an `.mdx` or `.md` file (bad input round 25). A vocabulary given so was
 * "the file has no frontmatter block", fixed by starting it with `---`, which would have broken it;
 * fill said "left alone: it has no frontmatter". `shown` is the file as the command names it,
 * `postmortemsDir` the postmortems folder as it names that.
 */
export function notPostmortemProblem(file: string, shown: string, postmortemsDir: string): { message: string; fix: string } | undefined {
  // `x.mdx ` and `x.mdx.` are postmortems misnamed, which the check says as such (corpus/not-read).
  if (/\.mdx?[\s.]*$/i.test(file)) return undefined;
  const vocabulary = /^(services|teams|tags|triggers|compliance)\.ya?ml$/.exec(basename(file))?.[1];
  const example = `${postmortemsDir}/<id>.mdx`;
  return vocabulary
    ? { message: `${shown} is the vocabulary of ${vocabulary}, not a postmortem: it is read, and checked, with every postmortem that uses it.`,
      fix: `name a postmortem (${example}), or run npm run check with no file to check every postmortem and the vocabularies.` }
    : { message: `${shown} is not a postmortem: postmortems are .mdx or .md files${extname(file) ? `, not ${extname(file)}` : ''}.`,
      fix: `name a postmortem (${example}); a report in another format becomes one with npm run import -- ${shown}.` };
}
