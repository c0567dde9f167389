import { mapOutsideCode } from './mdx-safe.ts';

/**
 * The one pattern of a status site's shortcode of an update's time (below), for every reader of it (the timeline's rows, the summary, the
 * latest update, the offset of local times, the sentences kept): `{{< track "…" >}}` or
 * `{{% track "…" %}}`, its time (group 1) one line and not empty. Before round 24 each reader had a
 * pattern of its own, which differed in what the quotes may hold (a line break, nothing): a
 * template's `{{< track "" >}}` holds no time, and a time is never two lines.
 */
const trackShortcodeSource = String.raw`\{\{[<%]\s*track\s+"([^"\n]+)"\s*[>%]\}\}`;

/** A new RegExp of the shortcode (`flags` as RegExp takes them: `g` to find them all). */
export const trackShortcode = (flags = ''): RegExp => new RegExp(trackShortcodeSource, flags);

/**
 * A status page kept in git (cState and the Hugo themes grown from it) ends each update with the
 * moment it was posted as a Hugo shortcode, `{{< track "2026-03-25 02:14:00" >}}`, which only that
 * site's templates turn into a time. Kept as written, the draft's page showed the raw
 * `{{< track “…” >}}` after every update, on the public post too (session 26, a flathub-style
 * status issue). The draft keeps the moment as the author wrote it, in words any page can show:
 * `(posted 2026-03-25 02:14:00)`. The timeline row is read from the original before this (the
 * zone, unstated, is the import's: so the time is kept as written, not converted). Code is left alone.
 */
export function readableTrackShortcodes(markdown: string): { markdown: string; replaced: number } {
  let replaced = 0;
  const out = mapOutsideCode(markdown, (text) => text.replace(trackShortcode('g'), (_whole, at: string) => {
    replaced += 1;
    return `(posted ${at.trim()})`;
  }));
  return { markdown: out, replaced };
}
