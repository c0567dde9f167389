import { withoutComments } from '../unshown-comments.ts';
import { withoutPublicOnlyBlocks } from '../postmortem-text.ts';

/**
 * How much of a published post's text its public page withholds. `npm run redact` wraps what the
 * guard flags in `<Internal>` and writes a stand-in (`<PublicOnly>an engineer</PublicOnly>`); a
 * post is published once nothing is left. A post in a script the name check cannot read had every
 * run of that script flagged and replaced (session 32: a homelab's Chinese postmortems published
 * with 85 to 231 runs each read as "an engineer"), and the walk counted it as published like any
 * other. Counting the share withheld says which published posts a customer cannot read.
 */

/** A published post whose public page withholds at least half of its words' letters. */
export interface MostlyWithheld {
  file: string;
  /** Letters and digits inside `<Internal>`, of all the body's (stand-ins not counted), 0..1. */
  share: number;
  /** `<Internal>` elements in the body (the import's copy of the original frontmatter aside). */
  wrapped: number;
}

/** The share from which a post is listed: more withheld than shown. */
export const mostlyWithheldFrom = 0.5;

/**
 * The import's copy of a report's own frontmatter (`## Imported metadata` inside `<Internal>`,
 * src/lib/import/import-report.ts): fields the original page never showed as text either, so it
 * is neither withheld nor shown text. Counted, it made every imported status post read as mostly
 * withheld (session 41: 108 of jenkins-status's posts, whose every sentence is published).
 */
const importedMetadata = /<Internal>\s*## Imported metadata\n[\s\S]*?<\/Internal>/g;

const letters = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

/**
 * The share of `source`'s body (frontmatter aside) withheld from the public page: letters and
 * digits inside `<Internal>…</Internal>`, of those of the body without its `<PublicOnly>` stand-ins
 * (which only the public page shows), comments and the import's metadata copy aside. Tags nested in
 * a withheld span count once, with it.
 */
export function withheldShare(source: string): { share: number; wrapped: number } {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const internalOnly = withoutComments(withoutPublicOnlyBlocks(body).replace(importedMetadata, ''));
  let withheld = 0;
  let wrapped = 0;
  for (const match of internalOnly.matchAll(/<Internal>([\s\S]*?)<\/Internal>/g)) {
    withheld += letters(match[1]);
    wrapped++;
  }
  const total = letters(internalOnly.replace(/<\/?Internal>/g, ''));
  return { share: total ? withheld / total : 0, wrapped };
}

/** The published posts that withhold at least {@link mostlyWithheldFrom} of their text, most withheld first, then by file. */
export function mostlyWithheldPosts(posts: readonly { file: string; source: string }[]): MostlyWithheld[] {
  return posts
    .map(({ file, source }) => ({ file, ...withheldShare(source) }))
    .filter(({ share }) => share >= mostlyWithheldFrom)
    .sort((a, b) => b.share - a.share || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
