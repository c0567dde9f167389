/**
 * A host a translation broke with spaces after its dots (round 50 of false positives,
 * docs/redaction.md): Let's Encrypt's Spanish and Italian pages link
 * `https://datatracker. ietf. org/doc/rfc8555/` and `https://esempio. om/`, where a translating
 * tool put a space after each dot. The link rules read the first label alone, a host of one label,
 * which only a network's own resolver answers for, and the carried hosts then found `datatracker`
 * in every post linking the IETF's tracker (19) and Italian's "ad esempio" ("for example", 16).
 *
 * What follows the label says it: a dot, spaces, and labels joined by dots (spaces after them
 * allowed) up to a path's slash, a port or the link's end bracket, with no space there: a
 * sentence that ends after a host of one label ("open http://grafana. Then restart it") goes on
 * with words, not with `org/doc/…`.
 */
const spacedRest = /^\.[ \t]+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[ \t]?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*[/:?#)\]>]/iu;

/** Whether `after`, the text right after a URL's first label, goes on as the rest of a host broken by spaces. */
export function continuesAsSpacedHost(after: string): boolean {
  return spacedRest.test(after);
}
