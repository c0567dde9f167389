import { escapeRegExp } from '../regexp.ts';

/**
 * A title made of a file name is written in its case (`mtu.markdown`: "mtu"; `177-acme-cloud.md`:
 * "acme cloud"), which is how file names are written, not how the report writes its words
 * (five-authors' "mtu", and danluu's one-line summaries titled "stack exchange" or "strava" where
 * their link says "Stack Exchange", "Strava": import round 23). `prose` is the report's words
 * without its code. When the report writes the whole title as a phrase, and never all in lower
 * case, the title is spelled as the report writes it most often; once is enough (a title opens with
 * a capital anyway). A word alone is not respelled: a log's "ERRORS" is no spelling of "errors".
 */
export function spelledAsTheReport(title: string, prose: string): string {
  const spellings = (words: string) => {
    const found = new Map<string, number>();
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.split(/\s+/).map(escapeRegExp).join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'giu');
    for (const [written] of prose.matchAll(pattern)) found.set(written, (found.get(written) ?? 0) + 1);
    return found;
  };
  const mostWritten = (found: Map<string, number>) => [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))[0];
  if (!/^[a-z0-9 ]+$/.test(title) || !/[a-z]/.test(title)) return title;
  const whole = spellings(title);
  const lower = [...whole.keys()].some((written) => written === written.toLowerCase());
  return whole.size && !lower ? mostWritten(whole)[0].replace(/\s+/g, ' ') : title;
}

/** A file's own name that says what kind of file it is, not what it reports: a page bundle's or a post folder's. */
const genericPageName = /^(?:readme|index|_index|page|post|content)$/i;

/**
 * The name that names the report: the file's, or its folder's when the file's is a page's generic
 * name (Next.js's `blog/2025-11-28-incident-post-mortem/readme.mdx` beside its `page.tsx`, Hugo's
 * `posts/<slug>/index.md`): the folder's name is then the post's slug and day (import round 36:
 * Firezone's post was titled "readme", its day read from its timeline only). Without extension.
 */
export function namingFileName(sourceName: string): string {
  const parts = sourceName.split(/[\\/]/);
  const own = (parts.pop() ?? sourceName).replace(/\.[a-z]{2,8}$/i, '');
  const folder = parts.pop();
  return genericPageName.test(own) && folder && /\p{L}{3,}/u.test(folder) ? folder : own;
}
