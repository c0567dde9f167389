import { describeTrackerLink } from './link.ts';

/**
 * The first address in `text` (a Markdown link's target or a bare address) that points at one
 * issue of a tracker, with a short label, or undefined. Bad input round 50: a follow-up of the
 * body linking its ticket (`- [PAY-7](https://linear.app/…/issue/PAY-7) Add a canary stage`) was
 * "tracked nowhere". Read by the address's shape, not by a list of vendors: a path segment that
 * names an item (`issues`, `tickets`, `_workitems/edit`, `story`, `browse`, …) followed by one
 * holding a digit (GitHub, GitLab's `/-/issues/41`, Gitea, Redmine, Azure DevOps, Shortcut), a
 * segment that is a ticket's key (`OPS-12`, `SHOP-88`: Jira on any host, Linear, YouTrack), a
 * Phabricator task (`/T4521`) or a bug's number in the query (`show_bug.cgi?id=12345`). A page of
 * documentation or a dashboard (`/d/abc123/pool`) is not one.
 */
export function issueLinkIn(text: string): { url: string; label: string } | undefined {
  for (const [address] of text.matchAll(/https?:\/\/[^\s)<>"'\]|]+/gi)) {
    const url = address.replace(/[.,;:!?]+$/, '');
    const label = issueLabel(url);
    if (label) return { url, label };
  }
  return undefined;
}

const itemSegment = /\/(?:issues?|tickets?|bugs?|tasks?|stor(?:y|ies)|work_?items?|_workitems\/edit|work_packages|merge_requests|pulls?|cards?|browse|t|c)\/([A-Za-z0-9_-]*\d[A-Za-z0-9_-]*)(?=\/|$)/i;
const keySegment = /\/([A-Z][A-Z0-9_]{1,9}-\d+)(?=\/|$)/;

/** A label for an issue's address ("Jira OPS-12", "gitlab.acme.example #41"), or undefined when the address is not one issue's. */
function issueLabel(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  const known = describeTrackerLink(url);
  if (known.tracker !== 'link') return known.label;
  const key = keySegment.exec(path)?.[1];
  if (key) return `${parsed.hostname} ${key}`;
  const item = itemSegment.exec(path)?.[1] ?? /^\/(T\d+)$/.exec(path)?.[1] ?? (/show_bug\.cgi$/i.test(path) ? /[?&]id=(\d+)/.exec(parsed.search)?.[1] : undefined);
  return item ? `${parsed.hostname} ${/^\d+$/.test(item) ? `#${item}` : item}` : undefined;
}
