/**
 * A path inside a repository's file view on a code host is the repository's own file, not a page
 * of a person (round 24 of false positives, docs/redaction.md). The guard reads `/accounts/<name>`,
 * `/users/<name>`, `/~<name>` and `/@<name>` in a URL as a profile page, and a report linking a line
 * of code, `github.com/pypi/warehouse/blob/6d4b…/warehouse/accounts/forms.py#L389`, was held back
 * for a person "forms.py". What follows `/<owner>/<repository>/blob/<ref>/` (or `tree`, `raw`,
 * `blame`, `src`, GitLab's `/-/blob/`) on any host is a folder or a file of the repository; the
 * owner itself is read by the profile rules as before, and a profile page outside such a view
 * (`example.org/users/hbrekke`) stays a finding.
 */

const fileView = /^[a-z][a-z0-9+.-]*:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+(?:\/-)?\/(?:blob|tree|raw|blame|src)\/[^\s]*$/i;

/** The text before `index` on the line is a URL inside a repository's file view. */
export function isInRepositoryFileView(line: string, index: number): boolean {
  const before = line.slice(0, index);
  const start = before.search(/[a-z][a-z0-9+.-]*:\/\/[^\s]*$/i);
  return start >= 0 && fileView.test(before.slice(start));
}
