import { isPublicTerm } from './public-terms.ts';

/**
 * A public project's issue tracker on the project's own domain (`jira.mongodb.org/browse/SERVER-…`,
 * `jira.mariadb.org/browse/MDEV-…`; round 40b of false positives, docs/redaction.md: a non-profit's journal
 * citing MongoDB's bug). The guard reads `jira.<domain>` as an organisation's own Jira, as it is
 * for `jira.acme.io`; what tells them apart is the domain's name: a product the public terms know
 * (`mongodb`, `mariadb`) is someone else's project, and its tracker is where its bugs are
 * public. A domain the post's organisation owns (`orgScopes`) stays its own tool, and a coined
 * name (`jira.kelpworks.org`) is an organisation's, as before.
 */
// Of trackers, the guard reads only Jira's first label as a tool's host (`internalToolHosts`).
const trackerLabel = /^jira$/i;
const publicTopLevel = /^(?:com|net|org|io|dev)$/i;

/** Whether `host` is a public project's tracker: three labels, the project a public term. */
export function isPublicProjectTracker(host: string, orgScopes: ReadonlySet<string>): boolean {
  const labels = host.toLowerCase().split('.');
  if (labels.length !== 3 || !trackerLabel.test(labels[0]) || !publicTopLevel.test(labels[2])) return false;
  return !orgScopes.has(labels[1]) && isPublicTerm(labels[1]);
}
