/**
 * Workloads, namespaces and queues named by their kind with words anyone uses (since probe round
 * 30, docs/redaction.md, "Probe round 30"): the kinds of tool-object-names.ts want a sign in the
 * name (an environment, a version, a word no one knows), so "the `orders-consumer` pod",
 * `kubectl rollout restart deployment/payment-worker`, `kubectl -n payouts` and, with the
 * organisation configured, "the acme-ledger deployment" were published. The kind is the sign here:
 *
 * - a compound of two parts or more beside a Kubernetes workload's kind ("the `orders-consumer`
 *   pod", "StatefulSet `ledger-db`", "the log-shipper daemonset"), and a `kind/name` a `kubectl`
 *   command acts on in any namespace but a public tool's;
 * - the namespace of `kubectl -n X` / `--namespace=X` of one word that is no environment alone
 *   (`prod`) and no public tool's (`kube-system`, `ingress-nginx`, `monitoring`);
 * - with the organisation configured, its name and one more word before a system's noun ("the
 *   acme-ledger deployment", "the acme-refunds queue"); the name and one word alone is how
 *   open-source organisations name public repositories (`openfoodfacts-server`).
 *
 * Public charts' workloads (`coredns`, `metrics-server`, `ingress-nginx-controller`, JupyterHub's
 * `hub`, `proxy`, `user-scheduler`, …) and names whose first part is a public term
 * (`redis-master`, `prometheus-server`) are not read: they name software anyone runs.
 */
import { allMatches, escapeRegExp } from '../regexp.ts';
import { environmentPart, type NamedSystemMatch } from './named-systems.ts';
import { isPublicTerm } from './public-terms.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { addUnlessOverlapping } from './first-finding-keeps.ts';

/** Workloads and namespaces of public charts and distributions, by name or by first part. */
export const publicWorkload = /^(?:coredns|kube-dns|kube-proxy|kube-apiserver|kube-scheduler|kube-controller-manager|kube-state-metrics|metrics-server|ingress-nginx-controller|nginx-ingress-controller|cluster-autoscaler|aws-node|external-dns|external-secrets|node-exporter|node-problem-detector|prometheus-node-exporter|prometheus-server|prometheus-operator|alertmanager|pushgateway|fluent-bit|fluentd|promtail|calico-node|calico-kube-controllers|cilium-operator|konnectivity-agent|event-exporter|user-scheduler|user-placeholder|continuous-image-puller|hook-image-puller|hook-image-awaiter|image-cleaner|autohttps|binder|hub|proxy|dind|tiller-deploy|descheduler|kured|local-path-provisioner|snapshot-controller|sealed-secrets-controller)$/;
const publicFirstPart = /^(?:kube|k8s|coredns|cert|ingress|nginx|metrics|node|prometheus|grafana|alertmanager|loki|tempo|mimir|thanos|promtail|fluent|fluentd|calico|cilium|aws|ebs|efs|fsx|gke|gce|azure|aks|csi|argocd|argo|flux|tiller|helm|cluster|external|vpa|etcd|jupyter|jupyterhub|binder|binderhub|istio|linkerd|envoy|traefik|velero|longhorn|rook|ceph|keda|karpenter|gatekeeper|kyverno|vault|consul|tigera|metallb|openebs|datadog|newrelic|dynatrace|elastic|kibana|redis|postgres|postgresql|mysql|mariadb|mongodb|rabbitmq|kafka|zookeeper|memcached|minio|harbor|dex|oauth2|cloudflared|tailscale|wireguard|coredns|konnectivity|my|example|sample|foo|test)$/;
/**
 * A pod of a public chart's workload, as Kubernetes names it (round 61 of false positives): the
 * workload's name, the ReplicaSet's template hash for a Deployment's pod (8 to 10 letters and
 * digits), then 5 random ones (`coredns-5d78c9869d-x7k2p`, `kube-proxy-x7k2p`). What the
 * cluster made up names no system of the organisation; a digit in the made-up part, so a
 * workload's own word (`coredns-proxy`) is not read so.
 */
const podOfWorkload = /^([a-z0-9][a-z0-9-]*?)-((?:[a-z0-9]{8,10}-)?[a-z0-9]{5})$/;
export const isPublicWorkloadPod = (name: string): boolean => {
  const m = podOfWorkload.exec(name);
  return m !== null && /\d/.test(m[2]) && publicWorkload.test(m[1]);
};
/** Whether a name opens with a public tool's name or a public term (`velero-backups`, `loki-chunks`): the tool's default, not the organisation's. */
export const opensWithPublicTool = (name: string): boolean => {
  const first = name.split(/[-_.]/)[0].toLowerCase();
  return publicFirstPart.test(first) || isPublicTerm(first);
};
const publicNamespace = /^(?:default|kube-system|kube-public|kube-node-lease|ingress-nginx|nginx-ingress|cert-manager|monitoring|logging|observability|argocd|argo|argo-cd|flux-system|istio-system|linkerd|gatekeeper-system|velero|external-dns|external-secrets|karpenter|amazon-cloudwatch|calico-system|tigera-operator|metallb-system|longhorn-system|rook-ceph|traefik|prometheus|grafana|loki|keda|kyverno|vault|consul|jupyterhub|binderhub|support|all|prod|production|staging|stage|dev|development|test|qa|uat|sandbox|preprod)$/;

const kind = String.raw`(?:pods?|deployments?|statefulsets?|daemonsets?|replicasets?|cronjobs?|sidecars?)`;
const kindFirst = String.raw`(?:Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|CronJob)`;
/** A compound of two parts or more, in a code span or bare. */
const compound = String.raw`(?:\x60([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\x60|(?<![\w.\/@#:-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?![\w\/.:-]))`;
const beforeKind = new RegExp(String.raw`${compound}[ \u00a0]+${kind}\b`, 'g');
/**
 * A service named before its noun: in a code span, or bare when its last part says what it does
 * (`payouts-api`). Since probe round 31 also before "worker", "daemon", "consumer" (the noun of a
 * process as "service" is: "the invoice-sync worker"), and a last part that names what a system
 * keeps or passes on (`ledger-cache`, `orders-store`, `refund-proxy`), as `-api` names what it serves.
 */
const beforeService = new RegExp(String.raw`${compound}[ \u00a0]+(?:services?|workers?|daemons?|consumers?)\b`, 'g');
const serviceRolePart = /^(?:api|worker|workers|consumer|producer|writer|reader|gateway|scheduler|sync|relay|poller|dispatcher|processor|ingester|ingestor|backend|bff|svc|daemon|cron|webhooks?|listener|handler|cache|store|db|proxy|router|indexer|notifier|mailer|broker|queue|bus|loader|importer|exporter|uploader|reconciler|aggregator|collector)$/;
/**
 * A queue, topic or exchange named in a code span before its noun, its parts joined by dots too
 * (since probe round 31: "the `payouts.retry.delayed` queue in RabbitMQ"); tool-object-names.ts
 * reads one after a tool's name and noun, and a code span of one word (`default`, `celery`) is a
 * tool's default.
 */
const beforeMessagingNoun = /\x60([a-z][a-z0-9]*(?:[._-][a-z0-9]+)+)\x60[ \u00a0]+(?:queues?|topics?|exchanges?|streams?|subjects?|channels?)\b/g;
/**
 * A Secret or ConfigMap named in a code span before its kind (since probe round 32: "the
 * `ledger-db-credentials` secret"): bare, "client-side secrets" is prose, so only a code span.
 */
const beforeConfigKind = /\x60([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\x60[ \u00a0]+(?:[Ss]ecrets?|[Cc]onfig[Mm]aps?)\b/g;
const afterKind = new RegExp(String.raw`\b${kindFirst}[ \u00a0]+${compound}`, 'g');
const kubectlResource = /(?<![\w\/.-])(?:deploy(?:ment)?s?|po(?:d|ds)?|sts|statefulsets?|ds|daemonsets?|cronjobs?|cj|jobs?|rs|replicasets?)\/([a-z0-9][a-z0-9.-]*[a-z0-9])(?![\w\/-])/g;
const kubectlNamespace = /\bkubectl\b[^\n|;&]*?(?:\s-n\s*|\s--namespace[=\s])([a-z0-9][a-z0-9-]*[a-z0-9])\b/g;
/**
 * Since probe round 38: a resource as kubectl prints it, `kind.group/name` (`statefulset.apps/ledger-db`,
 * `job.batch/…`), or a configuration object's `kind/name` (`configmap/ledger-flags`), in prose or
 * code with no kubectl command on the line: the path says it is a resource of the cluster.
 */
const resourcePath = /(?<![\w\/.-])(?:(?:deployments?|statefulsets?|daemonsets?|replicasets?)\.apps|(?:cronjobs?|jobs?)\.batch|(?:ingress(?:es)?)\.networking\.k8s\.io|configmaps?|cm|secrets?)\/([a-z0-9][a-z0-9.-]*[a-z0-9])(?![\w\/-])/g;
/**
 * The nouns after the organisation's name and one word (`acme-ledger deployment`); not "function",
 * as a public library's functions are named so too ("the chia_rs function called …").
 */
const systemNoun = String.raw`(?:deployment|service|pod|pods|statefulset|daemonset|cronjob|job|worker|queue|topic|bucket|cluster|database|db|table|namespace|instance|lambda|container|host|server|node|VM)`;

/** The cues each pattern's lines must hold (test/unit/redaction-cue-implication.test.ts). */
export const cuedWorkloadPatterns: readonly CuedPattern[] = [
  { name: "a compound before a workload's kind", cue: /pod|deployment|statefulset|daemonset|replicaset|cronjob|sidecar/i, pattern: beforeKind },
  { name: "a workload's kind before a compound", cue: /Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|CronJob/, pattern: afterKind },
  { name: 'a namespace kubectl is given', cue: /kubectl/, pattern: kubectlNamespace },
  { name: 'a messaging object in a code span before its noun', cue: /queue|topic|exchange|stream|subject|channel/, pattern: beforeMessagingNoun },
  { name: 'a compound before "service" or a process\'s noun', cue: /service|worker|daemon|consumer/, pattern: beforeService },
  { name: "a compound in a code span before a Kubernetes configuration object's kind", cue: /secret|configmap/i, pattern: beforeConfigKind },
  { name: "a resource's path as kubectl prints it", cue: /[a-z]\//, pattern: resourcePath },
];

/** Strips a pod's generated suffix (`ledger-writer-7d9f8c6b5-x2x5q` → `ledger-writer`). */
const workloadOf = (name: string) => name.replace(/(?:-[a-z0-9]{8,10})?-[a-z0-9]{5}$/, (suffix) => (/\d/.test(suffix) ? '' : suffix)).replace(/-\d+$/, '');

/** A compound that describes rather than names: a participle in it, or a prefix or verb that opens adjectives. */
const describingPrefix = /^(?:non|re|pre|post|self|multi|long|short|newly|well|high|low|half|all|cross|in|out|over|under|up|down|port|auto|semi|anti|co|de|un|ex|mis|mid|sub|super)$/;
/** The last word of a compound adjective: "network-wide", "zone-level", "region-specific", "server-side" (round 34 of false positives). */
const describingSuffix = /^(?:wide|level|scale|specific|side|based|grade)$/;
/**
 * A verb and its particle written as one noun: "scale-out deployment", "fail-over cluster",
 * "clean-up job" (false positives round 55, a report's "production-ready for scale-out
 * deployment" read as a workload named `scale-out`). Only the verbs of such nouns, so a name
 * that ends in a particle ("ledger-out") stays one.
 */
const phrasalNoun = /^(?:scale|roll|fail|spin|clean|set|check|sign|log|fall|hand|ramp|wind|shut|start|tear|build|warm|cool|fan|burst|drain|lock|cut|pull|push|break|wrap|back|lay|run|take|turn)-(?:out|up|in|over|off|down|back|away)$/;
export const isDescribingCompound = (name: string) => {
  const parts = name.split('-');
  return describingPrefix.test(parts[0]) || describingSuffix.test(parts.at(-1)!) || parts.some((part) => part.length >= 5 && /(?:ing|ed)$/.test(part)) || phrasalNoun.test(name.toLowerCase());
};

/** Whether a workload's name is the organisation's: not a public chart's, a public term or a placeholder. */
function isOwnWorkload(name: string, isPublicName: (text: string) => boolean): boolean {
  const workload = workloadOf(name);
  if (isPublicName(name) || isPublicName(workload) || publicWorkload.test(workload) || isPublicTerm(workload)) return false;
  const parts = workload.split('-');
  return parts.length >= 2 && !publicFirstPart.test(parts[0]) && !isPublicTerm(parts[0]) && !publicWorkload.test(parts.slice(0, 2).join('-'));
}

/** The organisation's workloads, namespaces and named systems on one line. */
export function findWorkloadNames(line: string, isPublicName: (text: string) => boolean, orgScopes: ReadonlySet<string>): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  const push = (text: string, index: number, why: string) => addUnlessOverlapping(found, { rule: 'redact/internal-name', text, index, why });
  const at = (m: RegExpExecArray, text: string) => m.index + m[0].indexOf(text);
  const [before, after, namespace, messaging, service, config, path] = cuedWorkloadPatterns;
  if (path.cue.test(line)) for (const m of allMatches(resourcePath, line)) if (isOwnWorkload(m[1], isPublicName)) push(m[1], m.index! + m[0].lastIndexOf(m[1]), "a resource's path");
  if (config.cue.test(line)) for (const m of allMatches(beforeConfigKind, line)) if (isOwnWorkload(m[1], isPublicName)) push(m[1], at(m, m[1]), 'a Secret or ConfigMap named by its kind');
  if (messaging.cue.test(line)) {
    for (const m of allMatches(beforeMessagingNoun, line)) {
      const first = m[1].split(/[._-]/)[0];
      if (isPublicName(m[1]) || publicFirstPart.test(first) || isPublicTerm(first) || /^(?:amq|amq\.|celery|default|dead|dlq|rpc)$/.test(first)) continue;
      push(m[1], at(m, m[1]), 'a queue or topic named by its kind');
    }
  }
  if (service.cue.test(line)) {
    for (const m of allMatches(beforeService, line)) {
      const name = m[1] ?? m[2];
      if (m[2] && isDescribingCompound(m[2])) continue;
      if ((m[1] || serviceRolePart.test(name.split('-').at(-1)!)) && isOwnWorkload(name, isPublicName)) push(name, at(m, name), 'a service named by its kind');
    }
  }
  for (const { cue, pattern } of [before, after]) {
    if (!cue.test(line)) continue;
    for (const m of allMatches(pattern, line)) {
      const name = m[1] ?? m[2];
      // Bare, a compound adjective or verb reads the same ("non-responding pods", "port-forward pods").
      if (m[2] && isDescribingCompound(m[2])) continue;
      if (isOwnWorkload(name, isPublicName)) push(name, at(m, name), "a workload named by its kind");
    }
  }
  if (namespace.cue.test(line)) {
    const namespaces = [...allMatches(kubectlNamespace, line)];
    for (const m of namespaces) {
      if (publicNamespace.test(m[1]) || environmentPart.test(m[1]) || isPublicName(m[1]) || isPublicTerm(m[1])) continue;
      // A public driver's or tool's own namespace, every part a public term (`synology-csi`; round 47
      // of false positives); `synology-ledger` has a part of the organisation's.
      if (m[1].split('-').every((part) => isPublicTerm(part))) continue;
      push(m[1], m.index + m[0].lastIndexOf(m[1]), 'a namespace kubectl is given');
    }
    // What kubectl acts on, unless only in a public tool's namespace (`-n kube-system … deploy/coredns`).
    if (!namespaces.length || namespaces.some((m) => !publicNamespace.test(m[1]))) {
      for (const r of allMatches(kubectlResource, line)) if (isOwnWorkload(r[1], isPublicName)) push(r[1], r.index + r[0].lastIndexOf(r[1]), 'a workload kubectl acts on');
    }
  }
  if (orgScopes.size) {
    const lower = line.toLowerCase();
    for (const scope of orgScopes) {
      if (!lower.includes(`${scope}-`) && !lower.includes(`${scope}_`)) continue;
      const named = new RegExp(String.raw`(?<![\w.\/@:#-])(${escapeRegExp(scope)}[-_][a-z0-9]+)\x60?[ \u00a0]+${systemNoun}s?\b`, 'gi');
      for (const m of allMatches(named, line)) if (!isPublicName(m[1])) push(m[1], m.index, "the organisation's name and a word before a system's noun");
    }
  }
  return found;
}
