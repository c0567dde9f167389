/**
 * The top-level domains public hosts are mostly under; any of two letters is a country's. A host
 * whose last label is none of these (`kafka-broker-2.prod`, `ledger.payments`) is read inside
 * the organisation's network: a Kubernetes namespace, a zone of its own. Read by the URL rule of
 * redaction-guard.ts and, since probe round 54, by the hosts a connection error names
 * (log-line-hosts.ts), and since round 55 by the keys of Terraform resources (terraform-addresses.ts).
 */
export const publicTopLevelDomain = /^(?:[a-z]{2}|com|net|org|edu|gov|mil|int|info|biz|name|pro|io|dev|app|cloud|tech|ai|xyz|online|site|store|shop|blog|page|link|live|network|systems|tools|zone|wiki|email|top|club|art|design|studio|digital|agency|solutions|services|space|website|host|run|build|codes|software|engineering|company|group|works|world|today|news|center|support|technology|team|global|one|fun|games|chat|community|test|example|invalid|localhost|local|arpa|onion)$/;

/**
 * Whether `name` is a dotted host under a public top-level domain (`db.example.com`): the host
 * rules' to read, not a machine of the organisation's network. A name without a dot is none.
 */
export function isUnderPublicTopLevelDomain(name: string): boolean {
  const labels = name.toLowerCase().split('.');
  return labels.length > 1 && publicTopLevelDomain.test(labels[labels.length - 1]);
}
