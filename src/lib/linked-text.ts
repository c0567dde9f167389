/**
 * Web addresses written in a plain-text field, as links. A timeline row is text, not Markdown, so
 * an address in it ("Announce on Mastodon - Back Online - https://en.osm.town/@osm_tech/1147…",
 * OpenStreetMap's postmortem of June 2025 imported: 8 of its 71 rows) was drawn as text a
 * responder could not follow, broken over lines at any letter, beside the same address as a link
 * in the body. Only `http:` and `https:` addresses are linked; the text itself is unchanged.
 */
export interface LinkedRun { text: string; href?: string }

// An address runs to white space or a character that cannot stand in one unescaped.
const address = /\bhttps?:\/\/[^\s<>"'`]+/g;
// Punctuation that ends a sentence or closes a bracket around the address, not part of it.
const trailing = /[.,;:!?'"*_]+$/;

/** Trims what closes the sentence around an address; a ")" only when the address has no "(" of its own (Wikipedia's "…_(disambiguation)"). */
function trimAddress(candidate: string): string {
  let text = candidate;
  for (;;) {
    const before = text;
    text = text.replace(trailing, '');
    if (text.endsWith(')') && (text.match(/\(/g)?.length ?? 0) < (text.match(/\)/g)?.length ?? 0)) text = text.slice(0, -1);
    if (text.endsWith(']') && !text.includes('[')) text = text.slice(0, -1);
    if (text === before) return text;
  }
}

/** `text` as runs of plain text and of addresses (each with its `href`), in order; joined they are `text`. */
export function linkedRuns(text: string): LinkedRun[] {
  const runs: LinkedRun[] = [];
  let last = 0;
  for (const match of text.matchAll(address)) {
    const url = trimAddress(match[0]);
    if (!/^https?:\/\/[^/?#]+\.[^/?#]/.test(url) && !/^https?:\/\/localhost\b/.test(url)) continue;
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: url, href: url });
    last = match.index + url.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
