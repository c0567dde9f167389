/**
 * The classes a public post may give its raw HTML (since the fifteenth probe round). A class is
 * how a style sheet hides text (`sr-only`, `offscreen`, `a11y-hidden`, `hidden-xs`, a theme's own
 * `u-hide`): no list of hiding classes is complete, so the public build fails closed and refuses
 * every class not named here, whether the site's style sheet defines it or not. None of the 51
 * collections of real reports in /work/corpora writes a class in a report's Markdown (only a
 * Jekyll index page does, `<ul class="posts">`), nor does any bundled post; the list is what the
 * site shows as it is written (docs/redaction.md, "Fifteenth probe round"). Pure text rules, no
 * Astro.
 */

/** Classes that only style text the page shows: the site's own and the callout words authors use. */
export const publicPostClasses: readonly string[] = [
  // Callouts: no style sheet of ours hides them (GitHub's alert words).
  'note',
  'tip',
  'important',
  'warning',
  'caution',
  // The site's own style sheet (src/styles/global.css), each shown.
  'lead',
  'muted',
  'nowrap',
  'table-scroll',
  'two-col',
];

/** A code block's language (`<code class="language-sql">`), as Markdown writes it and highlighters read it. */
const codeLanguageClass = /^language-[a-z0-9+#._-]+$/i;

const allowed = new Set(publicPostClasses.map((name) => name.toLowerCase()));

/** The first class of `names` that a public post may not use, or `undefined` when all are listed. */
export function unlistedClass(names: readonly string[]): string | undefined {
  return names.find((name) => name !== '' && !allowed.has(name.toLowerCase()) && !codeLanguageClass.test(name));
}

/** Why `name` is refused, for the message ("… in a public post uses …"): the class may hide its text or not. */
export function unlistedClassReason(name: string): string {
  return `the class "${name}", which is not on the list of classes a public post may use (${publicPostClasses.join(', ')}, language-*; src/lib/public-classes.ts): a style sheet may hide its text (sr-only, offscreen and the like), while the public site publishes it in the page source`;
}
