/**
 * A heading's text as HTML: its dates, times and durations on one line (src/lib/unbroken.ts), and
 * each hyphenated word or identifier ("Post-mortem", "us-east-1", "ingress-nginx") kept whole
 * where the line has room for it. A browser breaks a line after any hyphen, and CSS cannot forbid
 * that for some words only: titles broke "Post-" / "mortem" and "us-east-" / "1" (look rounds 42
 * and 43). Each such word is a `<span class="hyphenated">`, an inline block (src/styles/global.css):
 * it goes to the next line whole, and breaks at its hyphens only when it is wider than a line.
 * The text itself is unchanged (no non-breaking characters to trip search or copy and paste).
 * Pages and the plain functions of src/lib/post-page/, src/lib/list-page/ and src/lib/follow-up-page/
 * call this: titles, cards, the tracker's "From" link and the insights figures' labels.
 */
import { boundedMemo } from './bounded-memo.ts';
import { escapeHtmlEveryQuote } from './html-entities.ts';
import { runsCacheLimit, unbreakableRuns } from './unbroken.ts';

/** Letters and digits joined by hyphens, each part possibly dotted ("k8s.io-prow", "us-east-1"). */
const hyphenatedWord = /[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*(?:-[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)+/gu;

const wordsHtml = (text: string) => {
  let html = '';
  let at = 0;
  for (const match of text.matchAll(hyphenatedWord)) {
    html += `${escapeHtmlEveryQuote(text.slice(at, match.index))}<span class="hyphenated">${escapeHtmlEveryQuote(match[0])}</span>`;
    at = match.index + match[0].length;
  }
  return html + escapeHtmlEveryQuote(text.slice(at));
};

/** The heading's HTML, remembered by its text: a title is set on every list page it appears on. */
export const headingHtml: (text: string) => string = boundedMemo(
  (text) => unbreakableRuns(text).map((run) => (run.keep ? `<span class="nowrap">${escapeHtmlEveryQuote(run.text)}</span>` : wordsHtml(run.text))).join(''),
  runsCacheLimit,
);
