/**
 * A host named by a self-hosted tool's first label that is the tool's own public site, not an
 * organisation's installation (since the eighteenth round of false positives). The guard reads
 * `grafana.`, `jira.`, `confluence.`, `airflow.`, … as a team's own tool on a domain of its own
 * (`grafana.acme.io`, `jira.acme.io`); the same first label is also how the tools' makers name
 * their public documentation, trackers and project pages:
 *
 * - the tool's own domain, its name and a public top-level domain (`grafana.com`, `jenkins.io`);
 * - its maker's domain (`confluence.atlassian.com`, Atlassian's documentation and security
 *   advisories; `jira.atlassian.com`, its public issue tracker; `pve.proxmox.com`, Proxmox VE's wiki);
 * - the project's pages on a public pages or documentation host (`grafana.github.io`,
 *   `argo-cd.readthedocs.io`), three labels, the first the project's;
 * - an Apache Software Foundation project's site (`airflow.apache.org`, `superset.apache.org`):
 *   the foundation serves its projects' public sites under its domain.
 *
 * Not Sentry: `sentry.io/organizations/<org>/…` is an organisation's own workspace on the maker's
 * domain. An organisation's own tracker on its own domain (`jira.acme.io`) stays a tool's host; a
 * public project's (`jira.mongodb.org`) is told apart by its domain's name since round 40b
 * (public-project-trackers.ts).
 */

/**
 * Self-hosted operations tools a team names its own installation after, as the first label of a
 * host (`jenkins.acme.io`, `argocd.acme.io`): the one list of the guard's two host rules
 * (redaction-guard.ts, with a scheme and without) and of the tools' public sites below, each of
 * which adds its own words (the guard its bastions and code hosts, this file the tools whose
 * makers serve them under another name). Session 56's review: the three lists were written out
 * apart, the same 34 words in the same order.
 */
export const selfHostedToolNames: readonly string[] = [
  'jenkins', 'argocd', 'argo-cd', 'vault', 'prometheus', 'alertmanager', 'thanos', 'consul', 'nomad', 'rundeck', 'airflow',
  'superset', 'metabase', 'redash', 'graylog', 'sonarqube', 'nexus', 'artifactory', 'harbor', 'awx', 'pgadmin', 'phpmyadmin',
  'adminer', 'traefik', 'portainer', 'netdata', 'proxmox', 'pve', 'rancher', 'keycloak', 'backstage', 'sourcegraph', 'gitea', 'forgejo',
];

/** A tool's name as a host's first label, with the tools whose makers serve their sites under another name. */
const toolLabel = new RegExp(`^(?:${selfHostedToolNames.join('|')}|grafana|kibana|jira|confluence)$`, 'i');

/** Each tool's maker, where the maker's domain is not the tool's own name. */
const makerDomain: Readonly<Record<string, string>> = {
  jira: 'atlassian.com',
  confluence: 'atlassian.com',
  kibana: 'elastic.co',
  vault: 'hashicorp.com',
  consul: 'hashicorp.com',
  nomad: 'hashicorp.com',
  sonarqube: 'sonarsource.com',
  nexus: 'sonatype.com',
  artifactory: 'jfrog.com',
  harbor: 'goharbor.io',
  rancher: 'rancher.com',
  argocd: 'argoproj.io',
  'argo-cd': 'argoproj.io',
  // Proxmox VE's wiki and documentation (`pve.proxmox.com/wiki/…`; round 40 of false positives:
  // nine links of a non-profit's infrastructure journal).
  pve: 'proxmox.com',
};

const publicTopLevel = /^(?:com|net|org|io|dev|app|co|cloud|tech|ai|sh)$/i;
const projectPagesHost = /^(?:github\.io|gitlab\.io|readthedocs\.io|apache\.org)$/i;

export function isToolProjectSite(host: string): boolean {
  const labels = host.toLowerCase().split('.');
  const tool = labels[0];
  if (!toolLabel.test(tool)) return false;
  if (labels.length === 2) return publicTopLevel.test(labels[1]);
  if (labels.length !== 3) return false;
  const domain = labels.slice(1).join('.');
  return makerDomain[tool] === domain || projectPagesHost.test(domain);
}
