import { isBlankHeadingOrBreak } from './empty-body.ts';
import { withoutComments } from './unshown-comments.ts';

/**
 * The address a body links to when a link is all it holds (bad input round 63): `See
 * https://docs.google.com/document/d/…/edit`, `[Postmortem doc](…)`, `Full write-up: <wiki page>`, under headings or
 * none. A team that writes its postmortems in a shared document and files a stub here published a page with the facts
 * and no account, which neither the site nor its search keeps, and which a reader outside cannot open; `body/empty`
 * read the line of the link as an account. Pure: the text alone.
 */
export function onlyLinkOfBody(body: string): string | undefined {
  // Cheap first look: a body with no address, or a long one, is not a stub.
  if (!body.includes('://') || body.length > 2_000) return undefined;
  const lines = withoutComments(body).split(/\r?\n/).filter((line) => !isBlankHeadingOrBreak(line));
  if (lines.length === 0 || lines.length > 3) return undefined;
  // Every line holds an address, or leads to one (`Full write-up:`): a line of its own words is an account, however short.
  if (!lines.every((line) => line.includes('://') || /:\s*$/.test(line))) return undefined;
  const text = lines.join(' ');
  const address = /\bhttps?:\/\/[^\s)>\]]+/.exec(text)?.[0];
  if (!address) return undefined;
  // What is left once the addresses are taken out: a few words ("See", "Full write-up:", a link's text) at most.
  const words = text.replace(/\]\(\s*https?:\/\/[^)]*\)/g, ' ').replace(/<?https?:\/\/[^\s)>\]]+>?/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= 8 ? address : undefined;
}
