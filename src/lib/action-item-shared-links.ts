/**
 * Action items whose `link` leads to the same ticket as an earlier item's (bad input round 62): `CHK-412` linked from
 * AI-1 and AI-2, maybe once with a slash at its end, a `#comment-1` or the host in capitals. The follow-up tracker reads
 * each item's status apart, so when the ticket is closed for one, the other looks open or done by a ticket that is not
 * its own; mostly the second link was pasted from the first. Two addresses are one ticket when they differ only by the
 * host's letter case, a fragment, a final slash, or a query parameter that points inside a page or says where the link
 * was found (`?focusedCommentId=…` of Jira, `utm_source=…`); any other query is kept (`show_bug.cgi?id=12` and
 * `?id=13` are two tickets).
 * Pure: no Astro.
 */
export function findSharedActionItemLinks(items: readonly { id?: string; link?: string }[]): { index: number; first: number; link: string }[] {
  const seen = new Map<string, number>();
  const found: { index: number; first: number; link: string }[] = [];
  items.forEach((item, index) => {
    if (typeof item.link !== 'string') return;
    const key = ticketKey(item.link);
    if (key === undefined) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else found.push({ index, first, link: item.link });
  });
  return found;
}

/** Query parameters that never choose the ticket: a comment or work log to scroll to (Jira), where the link was shared. */
const pointerParameter = /^(?:focused(?:Comment|Worklog)?Id|utm_\w+)$/;

/** An address as the ticket it names: scheme, host (lower case), path without a final slash, query without pointers. */
function ticketKey(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  for (const name of [...url.searchParams.keys()]) if (pointerParameter.test(name)) url.searchParams.delete(name);
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}
