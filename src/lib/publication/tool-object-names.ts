/**
 * Objects inside the organisation's tools, named after the tool's noun (since the system-name
 * probe round 29, docs/redaction.md, "System names, probe round 29"): "Jenkins job
 * build-ledger-prod", "Terraform workspace `prod-eu-core`", "Kafka topic orders.v2.events",
 * "Sentry project acme-web-frontend", "Datadog monitor 12345678", "Vault path
 * secret/data/ledger/prod", "the Prometheus alert `LedgerLagHigh`", and a resource that
 * `kubectl` acts on in a namespace of one environment (`kubectl -n billing-prod rollout restart
 * deploy/ledger-writer`). The noun names the tool; the object's name is the organisation's when
 * it shows an environment, a version, a word no one knows or the organisation's own name, as the
 * kinds of named-systems.ts are read. Public tools' own objects (`kube-system`, `metrics-server`,
 * kube-prometheus's `KubePodCrashLooping`) show none of these.
 *
 * With the organisation configured, an identifier that opens with its name and two more parts or an
 * environment (`acme-billing-worker`, `acme-prod-backups-eu`) is its system's, unless the post links a repository of that name on a
 * code host (an open-source organisation names its public repositories so) or a list calls it
 * public.
 */
import { allMatches } from '../regexp.ts';
import { environmentPart, identifierParts, isUnknownSystemWord, type NamedSystemMatch } from './named-systems.ts';
import { isPublicTerm } from './public-terms.ts';
import { addUnlessOverlapping } from './first-finding-keeps.ts';

const versionPart = /^v\d+$/i;

/** The tools' nouns: what is named after them is an object the organisation made in that tool. */
const toolNoun = String.raw`(?:(?:Jenkins|GitLab|CircleCI|Buildkite|TeamCity|Bamboo|Rundeck|Airflow|Nomad)\s+(?:job|pipeline|DAG)|Sentry\s+project|Terraform\s+(?:workspace|stack)|(?:Kafka|Pub\/Sub|SNS|Kinesis|NATS|Pulsar)\s+(?:topic|stream|subject)|Argo\s*CD\s+app(?:lication)?|(?:Helmfile|[Hh]elm)\s+release|Consul\s+service|(?:SQS|RabbitMQ|Service\s+Bus|Cloud\s+Tasks|Celery|Sidekiq)\s+(?:queue|exchange|topic))`;
/** A name after the noun: a code span, or a bare compound of parts joined by `-`, `_` or `.`. */
const objectName = String.raw`(?:\x60([^\x60\s]{3,80})\x60|(?<![\p{L}\p{N}_.\/@#-])([\p{L}][\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+)(?![\p{L}\p{N}_\/-]|\.[\p{L}\p{N}]))`;
const toolObject = new RegExp(String.raw`\b${toolNoun}(?:\s+(?:called|named))?:?\s+${objectName}`, 'gu');

/** "Datadog monitor 12345678", "New Relic alert policy 4412207": an id inside the organisation's account. */
const monitorId = /\b(?:Datadog|New\s+Relic|Grafana|Opsgenie|PagerDuty|Pingdom|Uptime\s*Robot|Honeycomb)\s+(?:monitor|alert(?:\s+policy)?|check|SLO|incident)\s+(?:(?:ID|id|#)\s*)?(\d{5,})\b/g;

/**
 * A Vault secret's path: named as one, or a KV v2 path (`secret/data/ledger/prod`) whose parts the
 * organisation chose; since probe round 32 also the path a `vault` command reads or writes
 * (`vault kv get kv/platform/stripe-live`, `vault read secret/payouts`).
 */
/** A KV version 1 path (`secret/payments/prod/stripe`): the mount and two parts or more the organisation chose. */
const vaultV1Path = /(?<![\w.\/:-])\x60?(secret\/(?!data\/|metadata\/)[\w.-]+(?:\/[\w.-]+)+)(?![\w\/-])/g;
const vaultPath = /\bVault\s+(?:path|secret|mount|key)\s+\x60?([a-z][\w-]*(?:\/[\w.-]+){2,})\x60?|(?<![\w.\/:-])\x60?((?:secret|kv)\/(?:data|metadata)\/[\w.-]+(?:\/[\w.-]+)*)|\bvault\s+(?:kv\s+)?(?:get|put|read|write|list|delete|patch|destroy|undelete)\s+(?:-[\w-]+(?:=\S+)?\s+)*\x60?([a-z][\w-]*(?:\/[\w.-]+)+)/g;

/**
 * A Prometheus or Alertmanager alert named in PascalCase: an organisation names its alerts after
 * its systems (`LedgerLagHigh`); the public rule sets name theirs after the exporter's subject
 * (kube-prometheus' `KubePodCrashLooping`, `NodeFilesystemSpaceFillingUp`, `TargetDown`).
 */
const alertName = /\b(?:Prometheus|Alertmanager|alerting|Grafana)\s+(?:rule|alert)(?:\s+(?:called|named))?:?\s+(?:\x60([A-Z][A-Za-z0-9]+)\x60|"([A-Z][A-Za-z0-9]+)"|([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+){2,})\b)/g;
const publicAlertSubject = /^(?:Kube|Kubelet|Kubernetes|Node|Host|Prometheus|Alertmanager|Target|Watchdog|Info|Etcd|Cpu|CPU|Config|Container|Pod|Thanos|Loki|Grafana|Blackbox|Probe|Cert|Core|Dns|Ceph|Velero|Argo|Flux|Cilium|Calico|Mysql|Postgres|Postgresql|Redis|Mongodb|Rabbitmq|Kafka|Elasticsearch|Nginx|Haproxy|Traefik|Jvm|Disk|Memory|Instance|Job|Endpoint|Ssl|Http|Up)$/;

/** `kubectl … -n billing-prod`: a namespace of one environment, and the resources the command names in it. */
const kubectlNamespace = /\bkubectl\b[^\n|;&]*?(?:\s-n\s*|\s--namespace[=\s])([a-z0-9][a-z0-9-]*[a-z0-9])\b/g;
const kubectlResource = /(?<![\w\/.-])(?:deploy(?:ment)?s?|po(?:d|ds)?|sts|statefulsets?|ds|daemonsets?|svc|services?|cronjobs?|cj|jobs?|cm|configmaps?|secrets?|ingress(?:es)?|ing|rs|replicasets?|hpa)\/([a-z0-9][a-z0-9.-]*[a-z0-9])(?![\w\/-])/g;

/** Whether a name shows it is one organisation's: an environment, a version, a word no one knows, or the organisation's name. */
function isOwnObjectName(name: string, isPublicName: (text: string) => boolean, orgScopes: ReadonlySet<string>): boolean {
  if (isPublicName(name) || isPublicTerm(name) || /^(?:my|your|example|sample|foo|test)[-_.]/i.test(name)) return false;
  const parts = identifierParts(name).filter((part) => /\p{L}/u.test(part));
  if (parts.length < 2 && !/\d/.test(name)) return false;
  return name.split(/[-_.]/).some((part) => versionPart.test(part)) || parts.some((part) => environmentPart.test(part) || orgScopes.has(part.toLowerCase()) || isUnknownSystemWord(part, isPublicName));
}

/** The objects of the organisation's tools one line names. */
export function findToolObjectNames(line: string, isPublicName: (text: string) => boolean, orgScopes: ReadonlySet<string>): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  const push = (text: string, index: number, why: string) => addUnlessOverlapping(found, { rule: 'redact/internal-name', text, index, why });
  const at = (m: RegExpExecArray, text: string) => m.index + m[0].lastIndexOf(text);
  if (/(?:job|pipeline|DAG|project|workspace|stack|topic|stream|subject|app|release|service|queue|exchange)\b/i.test(line)) {
    for (const m of allMatches(toolObject, line)) {
      const name = m[1] ?? m[2];
      if (isOwnObjectName(name, isPublicName, orgScopes)) push(name, at(m, name), "an object in one of the organisation's tools");
    }
  }
  if (/monitor|alert|check|SLO|incident/i.test(line)) for (const m of allMatches(monitorId, line)) push(m[1], at(m, m[1]), "an id in the organisation's monitoring account");
  if (/secret|[Vv]ault|kv\//.test(line)) {
    // A KV version 1 path of three parts or more on a line that names Vault (since probe round 32: "under secret/payments/prod/stripe in Vault").
    if (/\b[Vv]ault\b/.test(line)) for (const m of allMatches(vaultV1Path, line)) if (!/\/(?:my|your|example|foo|test|hello|demo|sample)(?:[-_\/]|$)/i.test(m[1])) push(m[1], at(m, m[1]), "a secret's path in the organisation's Vault");
    for (const m of allMatches(vaultPath, line)) {
      const path = m[1] ?? m[2] ?? m[3];
      if (!/\/(?:my|your|example|foo|test|hello|demo|sample)(?:[-_\/]|$)|<|\{/i.test(`/${path}`)) push(path, at(m, path), "a secret's path in the organisation's Vault");
    }
  }
  if (/rule|alert/.test(line)) {
    for (const m of allMatches(alertName, line)) {
      const name = m[1] ?? m[2] ?? m[3];
      const parts = identifierParts(name);
      if (parts.length >= 2 && !publicAlertSubject.test(parts[0]) && !isPublicName(name)) push(name, at(m, name), "an alert of the organisation's monitoring");
    }
  }
  if (line.includes('kubectl')) {
    for (const m of allMatches(kubectlNamespace, line)) {
      // A namespace of one word (`prod`) names an environment, not a system of it.
      const parts = identifierParts(m[1]);
      if (parts.length < 2 || !parts.some((part) => environmentPart.test(part)) || isPublicName(m[1])) continue;
      push(m[1], at(m, m[1]), "a namespace of one of the organisation's environments");
      // What the command names in that namespace is the organisation's too.
      for (const r of allMatches(kubectlResource, line.slice(m.index))) push(r[1], m.index + r.index + r[0].lastIndexOf(r[1]), "a resource in one of the organisation's namespaces");
    }
  }
  return found;
}

/** Repositories a text links on a code host (`github.com/chia-network/chia-blockchain`): public names of the organisation's. */
const codeHostRepository = /(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|sr\.ht)\/~?([\w.-]+)(?:\/([\w.-]+))?/gi;
let linkedIn: { text: string; names: Set<string> } | undefined;
function linkedRepositories(text: string): Set<string> {
  if (linkedIn?.text !== text) linkedIn = { text, names: new Set([...text.matchAll(codeHostRepository)].flatMap((m) => [m[1], m[2] ?? ''].map((name) => name.replace(/\.git$/, '').toLowerCase()))) };
  return linkedIn.names;
}

/** An identifier of parts joined by `-` or `_`, not inside a URL, a path, a host or a handle. */
const joinedIdentifier = /(?<![\w.\/@:#-])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+(?![\w\/-]|\.[A-Za-z0-9]|:\/\/)/g;

/**
 * Identifiers that open with the organisation's name (`acme-billing-worker`, `acme_orders_dlq`,
 * `acme-prod-3141`): its deployments, queues, buckets and projects. `text` is the whole post, whose
 * links to code hosts say which such names are public repositories.
 */
export function findOrganisationIdentifiers(line: string, text: string, isPublicName: (text: string) => boolean, orgScopes: ReadonlySet<string>): NamedSystemMatch[] {
  if (!orgScopes.size) return [];
  const lower = line.toLowerCase();
  if (![...orgScopes].some((scope) => lower.includes(`${scope}-`) || lower.includes(`${scope}_`))) return [];
  const found: NamedSystemMatch[] = [];
  for (const m of allMatches(joinedIdentifier, line)) {
    const [first, ...rest] = m[0].split(/[-_]/);
    // One word after the name is how open-source organisations name public repositories
    // (`openfoodfacts-server`, `chia-blockchain`); a system's name says more, or its environment.
    if (!orgScopes.has(first.toLowerCase()) || !(rest.length >= 2 || rest.some((part) => environmentPart.test(part)))) continue;
    const name = m[0].toLowerCase();
    if (isPublicName(m[0]) || [...orgScopes].some((scope) => isPublicName(`github.com/${scope}/${name}`)) || linkedRepositories(text).has(name)) continue;
    found.push({ rule: 'redact/internal-name', text: m[0], index: m.index, why: "an identifier holding the organisation's name" });
  }
  return found;
}
