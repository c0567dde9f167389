/**
 * True when the text before a `#word` ends where a Markdown reference definition's destination
 * begins (`[part3]: #what-to-do`, `[faq]: <#faq>`): the `#word` is a link to a heading of the same
 * page, as `[text](#what-to-do)` is, not a chat channel (since the thirteenth round of false
 * positives). The heading's own words are scanned where the post writes them.
 */
export function isSamePageLinkTarget(before: string): boolean {
  return /^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?$/.test(before);
}
