/**
 * A repository's reference written as the text of its own link (round 44 of false positives,
 * docs/redaction.md): a blockchain's post-mortem lists its fixes as
 * `[ethereum/go-ethereum#31247](https://github.com/ethereum/go-ethereum/pull/31247)`, and
 * `go-ethereum` in the link's text was an identifier while the link was not (a public code host's
 * address is no finding). The text names what the link's address names: `owner/repo` (with an
 * issue's or pull request's number, or alone) on a line that links the same `owner/repo` on a
 * public code host. A repository named in text with no such link, or linked under another owner,
 * is judged as before.
 */
import { escapeRegExp } from '../regexp.ts';

const reference = /(?<![\w.\/@-])([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*?)(?=#\d|[\s\]\)\x60,;:]|$)/g;

/** Whether `text` at `index` of `line` is inside an `owner/repo` that the line links on GitHub, GitLab or Codeberg. */
export function isRepositoryOfLinkOnLine(line: string, index: number, text: string): boolean {
  if (!/github\.com|gitlab\.com|codeberg\.org/i.test(line)) return false;
  for (const m of line.matchAll(reference)) {
    const start = m.index!;
    if (index < start || index + text.length > start + m[0].length) continue;
    const linked = new RegExp(String.raw`(?:github\.com|gitlab\.com|codeberg\.org)\/${escapeRegExp(m[1])}\/${escapeRegExp(m[2])}(?![\w.-])`, 'i');
    if (linked.test(line.slice(0, start)) || linked.test(line.slice(start + m[0].length))) return true;
  }
  return false;
}
