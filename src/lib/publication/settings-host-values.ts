/**
 * The machines a pasted settings block names by the key that holds a host (since probe round 56,
 * docs/redaction.md, "Probe round 56"): an SSH client's `HostName` (`Host ledger-db` was found as
 * a system's name, `HostName pg-ledger-02.dc3` under it published) and the brokers or servers a
 * client connects to, each `host:port` of a list (`bootstrap.servers=kafka-b-2.ledger:9092,…`):
 * the key says a machine, whatever its name, and a name under no public top-level domain is one
 * inside the organisation's network (a zone of its own, a cluster's namespace).
 *
 * Not read: an address (the address rule reads it), `localhost` and the placeholders of
 * log-line-hosts.ts, a host under a public top-level domain (the host rules read it, or it is a
 * public service's), and a name the team lists as public.
 */
import type { CuedPattern } from './cued-pattern.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import { isUnnamedHost } from './log-line-hosts.ts';
import { isUnderPublicTopLevelDomain } from './public-top-level-domains.ts';

const hostName = String.raw`[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9](?:\.[A-Za-z0-9-]*[A-Za-z0-9])*`;
/**
 * An SSH client's `HostName` line (a block indents it). Capitalised as ssh_config's manual writes
 * it: a router's or a shell's lower-case `hostname RTESIO` (a lab's Cisco config, measured) is
 * another file's.
 */
const sshHostName = new RegExp(String.raw`^\s*Host[Nn]ame[ \t]*=?[ \t]*(${hostName})[ \t]*(?:#.*)?$`, 'd');
/** A client's setting of the brokers or servers it connects to, as Kafka, ZooKeeper and their clients write it. */
const brokerList = new RegExp(String.raw`(?<![\w.-])["']?(?:bootstrap[._-]servers|bootstrapServers|metadata\.broker\.list|broker[._-]list|brokers|zookeeper\.connect|KAFKA_BROKERS|KAFKA_BOOTSTRAP_SERVERS)["']?[ \t]*[=:][ \t]*["'\[]?[ \t]*((?:[A-Za-z0-9.-]+:\d{2,5}[ \t]*,[ \t]*["']?)*[A-Za-z0-9.-]+:\d{2,5})`, 'd');
/**
 * Since probe round 57: a Helm value of a host given on the command line (`--set
 * ingress.host=ledger-admin.k8s.fra2`, `--set-string ingress.hosts[0].host=…`): a key whose last
 * part is `host`, `hostname` or `hosts[n]`, its value a name with a dot (a bare word is a
 * chart's choice as often).
 */
const helmSetHost = new RegExp(String.raw`--set(?:-string)?[ =]["']?(?:[\w-]+(?:\[\d+\])?\.)*(?:host|hostname|hosts\[\d+\])=(${hostName}\.[A-Za-z0-9-]*[A-Za-z0-9])`, 'd');
/** Each `host:port` of a list. */
const listedHost = new RegExp(String.raw`(${hostName}):\d{2,5}`, 'g');

/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedSettingsHostValues: readonly CuedPattern[] = [
  { name: "an SSH client's HostName", cue: /Host[Nn]ame/, pattern: sshHostName },
  { name: "a client's brokers or servers", cue: /[Ss]ervers|[Bb]roker|BROKERS|SERVERS|zookeeper/, pattern: brokerList },
  { name: 'a Helm value of a host', cue: /--set/, pattern: helmSetHost },
];

/** Whether a settings value names a machine of the organisation: a name, not an address, local or public. */
export const isOwnMachine = (name: string, isPublicName: (text: string) => boolean) =>
  /[A-Za-z]/.test(name) && !/^\d+(?:\.\d+){3}$/.test(name) && !isUnderPublicTopLevelDomain(name) && !isUnnamedHost(name) && !isPublicName(name);

/** The machines an SSH config's `HostName` or a client's broker list names on one line. */
export function findSettingsHostValues(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  const [sshCue, brokerCue, helmCue] = cuedSettingsHostValues;
  if (helmCue.cue.test(line)) {
    const m = helmSetHost.exec(line);
    if (m && isOwnMachine(m[1], isPublicName)) found.push({ rule: 'redact/internal-name', text: m[1], index: m.indices![1]![0], why: 'a machine a Helm value of a host names (allow it, or add it to publicNames)' });
  }
  if (sshCue.cue.test(line)) {
    const m = sshHostName.exec(line);
    if (m && isOwnMachine(m[1], isPublicName)) found.push({ rule: 'redact/internal-name', text: m[1], index: m.indices![1]![0], why: "a machine an SSH client's HostName names (allow it, or add it to publicNames)" });
  }
  if (brokerCue.cue.test(line)) {
    const m = brokerList.exec(line);
    if (m) {
      for (const h of m[1].matchAll(listedHost)) {
        const index = m.indices![1]![0] + h.index!;
        if (isOwnMachine(h[1], isPublicName) && !found.some((f) => f.index === index)) found.push({ rule: 'redact/internal-name', text: h[1], index, why: "a machine a client's broker list names (allow it, or add it to publicNames)" });
      }
    }
  }
  return found;
}
