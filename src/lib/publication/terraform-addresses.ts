/**
 * The names in a Terraform address (since probe round 31, docs/redaction.md, "Probe round 31"):
 * `aws_db_instance.ledger_primary`, `module.payouts_cluster.aws_eks_node_group.workers`, as
 * `terraform plan` prints them and postmortems quote them. The resource type is the provider's
 * (`aws_db_instance`), but the name after it and a module's name are the organisation's, chosen
 * for its systems. Read when the name has two parts or more (`ledger_primary`, `payouts-cluster`):
 * one word is how the provider's documentation and public modules name theirs (`this`, `main`,
 * `default`, `example`, `eks`), and a placeholder (`my_…`, `example_…`) is no one's.
 */
import { allMatches } from '../regexp.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';
import { isUnderPublicTopLevelDomain } from './public-top-level-domains.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';
import { isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

const providers = 'aws|google|azurerm|azuread|kubernetes|helm|cloudflare|datadog|github|digitalocean|oci|alicloud|vault|postgresql|mysql|random|null|tls|pagerduty|opsgenie|grafana|newrelic|fastly|heroku|vsphere|hcloud|linode|scaleway|ovh|ibm|snowflake|okta|auth0|consul|nomad|docker|openstack';
const name = String.raw`([a-z][a-z0-9]*(?:[_-][a-z0-9]+)+)`;
/** A resource's address: the provider's type, a dot and the name (with an index: `[0]`, `["a"]`). */
const resourceAddress = new RegExp(String.raw`(?<![\w.-])(?:data\.)?(?:${providers})_[a-z0-9_]+\.${name}(?![\w-])`, 'g');
/** A module's name in an address (`module.payouts_cluster.`). */
const moduleAddress = new RegExp(String.raw`(?<![\w.-])module\.${name}(?=[.\[])`, 'g');
const placeholder = /^(?:my|your|example|sample|foo|bar|test|this|main|default)[_-]/;
/**
 * The key of a resource made with `for_each` (since probe round 55): `google_compute_instance.bastion["ilka-m"]`,
 * `aws_route53_record.db["pg-ledger-02.dc3"]`. The key is what the organisation's map names, of
 * any name's length: read when it is a person's handle or a machine under no public top-level
 * domain (a region, `["us-east-1"]`, or a word, `["primary"]`, is neither).
 */
const resourceKey = new RegExp(String.raw`(?<![\w.-])(?:data\.)?(?:${providers})_[a-z0-9_]+\.[a-z0-9_-]+\[\\?"([^"\\\s]{2,80})\\?"\]`, 'g');
/**
 * Since probe round 57: a login of a word and an initial (`["ilka-m"]`), the word no common word
 * or public name. `isPersonalHandleValue` refuses it when the word is in the word game's
 * dictionary ("ilka", Scots for "each"); a map's keys of common words and a letter (`["web-a"]`,
 * `["zone-b"]`) are a system's.
 */
const wordAndInitial = /^([a-z]{3,12})-[a-z]$/;
const isLoginOfWordAndInitial = (key: string) => {
  const word = wordAndInitial.exec(key)?.[1];
  return word !== undefined && !isOrdinaryWord(word) && !isKnownWord(word) && !isPublicTerm(word);
};
/** A machine's name with a number and a zone or site after it (`pg-ledger-02.dc3`, `kafka-3.prod`). */
const numberedMachine = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-?\d+(?:\.[a-z][a-z0-9-]*)+$/;

export const cuedTerraformAddresses: readonly CuedPattern[] = [
  { name: "a Terraform resource's name", cue: /_[a-z0-9_]*\./, pattern: resourceAddress },
  { name: "a Terraform module's name", cue: /module\./, pattern: moduleAddress },
  { name: "a Terraform resource's key", cue: /_[a-z0-9_]*\.[a-z0-9_-]+\[/, pattern: resourceKey },
];

/** The names of the organisation's Terraform resources and modules on one line. */
export function findTerraformAddressNames(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  const [resourceCue, moduleCue] = cuedTerraformAddresses;
  for (const { cue, pattern } of [resourceCue, moduleCue]) {
    if (!cue.test(line)) continue;
    for (const m of allMatches(pattern, line)) {
      if (placeholder.test(m[1]) || isPublicName(m[1])) continue;
      const index = m.index + m[0].lastIndexOf(m[1]);
      addUnlessSameStart(found, { rule: 'redact/internal-name', text: m[1], index, why: 'a name in a Terraform address' });
    }
  }
  const keyCue = cuedTerraformAddresses[2];
  if (keyCue.cue.test(line)) {
    for (const m of allMatches(resourceKey, line)) {
      const key = m[1];
      // A host under a public top-level domain is the host rules' to read.
      if (isUnderPublicTopLevelDomain(key)) continue;
      const machine = numberedMachine.test(key);
      if ((!machine && !isPersonalHandleValue(key) && !isLoginOfWordAndInitial(key)) || isPublicName(key)) continue;
      const index = m.index + m[0].lastIndexOf(key);
      addUnlessSameStart(found, { rule: 'redact/internal-name', text: key, index, why: machine ? "a machine a Terraform resource's key names" : "a person's handle as a Terraform resource's key" });
    }
  }
  return found;
}
