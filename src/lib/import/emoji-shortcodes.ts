import { emojiOfShortcode, emojiShortcodes } from '../other-dialect-marks.ts';
import { mapOutsideCode } from './mdx-safe.ts';

/**
 * GitHub's and Slack's emoji shortcodes (`## :warning: Leadup`) written as the emoji they show
 * there (`## ⚠️ Leadup`): this site's Markdown shows a shortcode as typed, in the heading and in
 * "On this page" (look round 42, on a chat community's post-mortems). Only the names
 * src/lib/other-dialect-marks.ts knows; any other (a chat's own `:partyparrot:`) stays, and
 * `npm run check` says it. Code, fenced or inline, stays as written.
 */
export function emojiShortcodesAsCharacters(markdown: string): { markdown: string; count: number } {
  if (!/:[a-z0-9_+-]+:/.test(markdown)) return { markdown, count: 0 };
  let count = 0;
  const written = mapOutsideCode(markdown, (text) => text.replace(emojiShortcodes, (code, name: string) => {
    const emoji = emojiOfShortcode(name);
    if (emoji === undefined) return code;
    count += 1;
    return emoji;
  }));
  return { markdown: written, count };
}
