import { mapOutsideCode } from './mdx-safe.ts';

/**
 * A status page kept in git (cState and the Hugo themes grown from it) ends each update with the
 * moment it was posted as a Hugo shortcode, `{{< track "2026-03-25 02:14:00" >}}`, which only that
 * site's templates turn into a time. Kept as written, the draft's page showed the raw
 * `{{< track “…” >}}` after every update, on the public post too (session 26, a flathub-style
 * status issue). The draft keeps the moment as the author wrote it, in words any page can show:
 * `(posted 2026-03-25 02:14:00)`. The timeline row is read from the original before this (the
 * zone, unstated, is the import's: so the time is kept as written, not converted). Code is left alone.
 */
const trackShortcode = /\{\{[<%]\s*track\s+"([^"\n]+)"\s*[>%]\}\}/g;

export function readableTrackShortcodes(markdown: string): { markdown: string; replaced: number } {
  let replaced = 0;
  const out = mapOutsideCode(markdown, (text) => text.replace(trackShortcode, (_whole, at: string) => {
    replaced += 1;
    return `(posted ${at.trim()})`;
  }));
  return { markdown: out, replaced };
}
