/**
 * The machine a pasted shell prompt or log line names in its host field (since probe round 40b,
 * docs/redaction.md, "Probe round 40b"): reports paste sessions and logs in fenced and indented
 * blocks, and the host there is written as the line's shape places it, whatever word it is
 * (`root@thunderlake:/var/lib/docker#`, `Mar 03 14:02:11 paphor kernel: …`). The rules of coined
 * hosts (code-span-machine-names.ts) read only a word no list knows; a machine named by words run
 * together or by a dictionary word was published. The shapes are read in prose and indented
 * blocks too, as they are unmistakable there.
 *
 * - a shell prompt: a user, `@`, the host, then its folder and `$`, `#` or `%` (`user@host:~$`,
 *   `[user@host dir]$`);
 * - a syslog or journal line: a month, a day and a time (or an ISO time), the host, then a
 *   program with its process number and a colon;
 * - a login of `ssh`, `scp`, `sftp`, `mosh` or `rsync` (`ssh -J admin@thunderlake …`), each
 *   `user@host` of the line;
 * - a node as `kubectl` prints it: a row of `kubectl get nodes` (the name, `Ready` or `NotReady`,
 *   the roles, the age, the version) and the `Node:` field of `kubectl describe pod`;
 * - since probe round 53, a mail relay of a `Received:` header without a domain;
 * - since probe round 54, the host a connection or a name lookup failed for, as Java, Python's
 *   Redis client, Node, Go, libpq and curl print it (`UnknownHostException: kafka-broker-2.prod`,
 *   `Error 111 connecting to cache-7.svc:6379`), one label or a name under no public top-level
 *   domain: a public host (`api.github.com`) is read by the host rules.
 *
 * Not read: a host with a domain (the host rules read it), `localhost`, a placeholder
 * (`user@host`, `root@server`, `pi@raspberrypi`), a cloud's default name of an address
 * (`ip-10-0-4-12`), a container's id, a local cluster tool's default node (`minikube`,
 * `kind-control-plane`), and a public product or a name the team lists as public.
 */
import { isWindowsGeneratedName } from './windows-generated-names.ts';
import type { CuedPattern } from './cued-pattern.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import { isPublicTerm } from './public-terms.ts';
import { brandNames } from './brand-names.ts';
import { isUnderPublicTopLevelDomain } from './public-top-level-domains.ts';

const host = String.raw`([A-Za-z][A-Za-z0-9-]*[A-Za-z0-9])`;
/** A shell prompt opening the line: an optional environment in brackets, `user@host`, its folder, the prompt's sign. */
const promptHost = new RegExp(String.raw`^\s*(?:\([\w.-]+\)\s+)?\[?[a-z_][\w.-]*@${host}(?::[^\s$#%\]]*|\s+[^\s$#%\]]+)?\]?[$#%](?=\s|$)`, 'd');
const month = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/** A syslog or journal line: its time, the host, a program with an optional process number and a colon. */
const syslogHost = new RegExp(String.raw`^\s*(?:${month}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)\s+${host}\s+[\w./@()-]+(?:\[\d+\])?:\s`, 'd');

/** A login's host on a line of a remote shell or copy command, each `user@host` without a domain. */
const loginHost = new RegExp(String.raw`(?<=^|[\s$#>%'"(])(?:ssh|scp|sftp|mosh|rsync)\s.*`, 'd');
const loginTarget = new RegExp(String.raw`(?<=[\w.-]@)${host}(?![\w@-]|\.[A-Za-z])`, 'gd');
/** A row of `kubectl get nodes` and the node field of `kubectl describe pod`. */
const kubectlNode = new RegExp(String.raw`^\s*${host}\s+(?:Ready|NotReady|Unknown)(?:,SchedulingDisabled)?\s+(?:<none>|[\w,-]+)\s+\d+[smhdy]\w*\s+v\d+\.\d+|^\s*Node:\s+${host}/`, 'd');

/**
 * A mail relay a `Received:` header names without a domain (since probe round 53: `Received: from
 * mailrelay7 (mailrelay7 [10.4.1.7])` was published, its address found): the name the relay gave
 * itself, then the name its address resolved to, both inside the organisation's network.
 */
const receivedHost = new RegExp(String.raw`^\s*Received:\s+from\s+${host}(?![\w.-])|^\s*Received:\s+from\s+\S+\s+\(${host}\s+\[`, 'd');
/** The name the relay's address resolved to, in the parentheses after the name it gave. */
const resolvedHost = new RegExp(String.raw`^\s+\(${host}\s+\[`, 'd');

/** The host a connection or a name lookup failed for, as runtimes and clients print it. */
const failedHostName = String.raw`[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9](?:\.[A-Za-z0-9-]*[A-Za-z0-9])*`;
// "connecting to" and "Failed to connect to" only before a port: prose connects to things too ("connecting to the database").
const failedConnectionHost = new RegExp(String.raw`(?:UnknownHostException:\s+|\bgetaddrinfo\s+(?:ENOTFOUND|EAI_AGAIN)\s+|\bdial\s+tcp:\s+lookup\s+|could\s+not\s+translate\s+host\s+name\s+"|\bCould\s+not\s+resolve\s+host:\s+)(${failedHostName})(?=[:/"')\]\s,]|\.?$)|(?:\bconnecting\s+to\s+|\bFailed\s+to\s+connect\s+to\s+)(${failedHostName})(?=:\d|\s+port\s+\d)`, 'dg');

/**
 * A line of a hosts file (since probe round 55: `10.20.3.14   pg-ledger-02 pg-ledger-02.dc3`,
 * `172.16.4.9 vault-primary`, pasted from `/etc/hosts`): an address opening the line, then only
 * the names it resolves to and an optional comment. The address was found; the names were
 * published.
 */
// An IPv6 address has "::" or three colons at least: a time (`10:42:12 web-3 …`) has two.
const hostsFileLine = /^\s*(?:\d{1,3}(?:\.\d{1,3}){3}|(?=[0-9A-Fa-f:]*::|(?:[0-9A-Fa-f]{0,4}:){3})[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})[ \t]+([A-Za-z][A-Za-z0-9.-]*(?:[ \t]+[A-Za-z][A-Za-z0-9.-]*)*)[ \t]*(?:#.*)?$/d;
/** Each name of a hosts file's line. */
const hostsFileName = /[A-Za-z][A-Za-z0-9.-]*[A-Za-z0-9]/g;
/** The names a hosts file gives the loopback and multicast addresses, which no organisation chose (and Proxmox's alias of its own address, `pvelocalhost`). */
const loopbackName = /^(?:ip6-[a-z]+|broadcasthost|pve-?localhost|localhost\.localdomain|localhost[46]?(?:\.localdomain[46]?)?)$/i;
/**
 * The host field of a log search (since probe round 55): Kibana's and Elastic's `host.name:` and
 * `host.hostname:`, in a query or in the link that carries it
 * (`…/app/discover#/?_a=(query:'host.name:ledger-api-7')`; the link was found up to its
 * parenthesis, the host after it published).
 */
const logSearchHost = new RegExp(String.raw`\bhost\.(?:name|hostname)\s*:\s*(?:\\?["'])?(${failedHostName})(?![\w-]|\.[A-Za-z0-9])`, 'dg');

/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedLogLineHosts: readonly CuedPattern[] = [
  { name: "a shell prompt's host", cue: /@[A-Za-z]/, pattern: promptHost },
  { name: "a syslog line's host", cue: /\d:\d\d/, pattern: syslogHost },
  { name: "a remote login's host", cue: /(?:ssh|scp|sftp|mosh|rsync)\s/, pattern: loginHost },
  { name: 'a node kubectl prints', cue: /Ready|Unknown|Node:/, pattern: kubectlNode },
  { name: "a mail relay of a Received header", cue: /Received:/, pattern: receivedHost },
  { name: 'a host a connection failed for', cue: /UnknownHostException|connecting|getaddrinfo|lookup|translate|connect|resolve/, pattern: failedConnectionHost },
  { name: "a hosts file's line", cue: /^\s*[0-9A-Fa-f:.]+[ \t]+[A-Za-z]/, pattern: hostsFileLine },
  { name: "a log search's host field", cue: /host\.(?:name|hostname)/, pattern: logSearchHost },
];

/** Words a shell prompt or a log line writes in place of a real machine's name (a tutorial's `node-1`, `worker2`). */
const placeholder = /^(?:localhost|host|hostname|myhost|yourhost|server|myserver|machine|mymachine|box|computer|laptop|desktop|workstation|vm|container|instance|example|raspberrypi|kali|ubuntu|debian|centos|fedora|alpine|archlinux|(?:node|worker|master)(?:-?\d{1,2})?)$/i;
/** A cloud's default machine name of its address, a container's id, or a local cluster tool's default node. */
const unnamed = /^(?:ip-\d{1,3}(?:-\d{1,3}){3}|[0-9a-f]{12}|minikube|docker-desktop|kind-control-plane|kind-worker\d*|k3d-[\w-]+)$/;

/** Whether a host's name names no machine of the organisation: a placeholder, a default name (Windows' own since false positives round 54, windows-generated-names.ts), a public product. */
export const isUnnamedHost = (name: string): boolean => placeholder.test(name) || unnamed.test(name) || isWindowsGeneratedName(name) || isPublicTerm(name) || brandNames.has(name.toLowerCase());

/** The machines named in the host field of a shell prompt or a log line, on one line. */
export function findLogLineHosts(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  const [promptCue, syslogCue, loginCue, nodeCue, receivedCue, failedCue, hostsFileCue, logSearchCue] = cuedLogLineHosts;
  const judge = (m: RegExpExecArray | null, why: string, group = 1, offset = 0) => {
    if (!m || !m[group]) return;
    const name = m[group];
    const [start, end] = m.indices![group]!.map((i) => i + offset);
    if (line[end] === '.' && /[A-Za-z]/.test(line[end + 1] ?? '')) return;
    if (isUnnamedHost(name) || isPublicName(name)) return;
    if (!found.some((f) => f.index === start)) found.push({ rule: 'redact/internal-name', text: name, index: start, why });
  };
  if (promptCue.cue.test(line)) judge(promptHost.exec(line), "a machine in a shell prompt's host (allow it, or add it to publicNames)");
  if (syslogCue.cue.test(line)) judge(syslogHost.exec(line), "a machine in a log line's host field (allow it, or add it to publicNames)");
  if (loginCue.cue.test(line)) {
    const command = loginHost.exec(line);
    if (command) for (const m of command[0].matchAll(loginTarget)) judge(m as RegExpExecArray, "a machine a remote login names (allow it, or add it to publicNames)", 1, command.index);
  }
  if (nodeCue.cue.test(line)) {
    const m = kubectlNode.exec(line);
    judge(m, 'a node kubectl prints (allow it, or add it to publicNames)', m?.[1] ? 1 : 2);
  }
  if (receivedCue.cue.test(line)) {
    const m = receivedHost.exec(line);
    judge(m, "a mail relay a Received header names (allow it, or add it to publicNames)", m?.[1] ? 1 : 2);
    const alsoResolved = m?.[1] ? resolvedHost.exec(line.slice(m[0].length)) : null;
    judge(alsoResolved, "a mail relay a Received header names (allow it, or add it to publicNames)", 1, m ? m[0].length : 0);
  }
  if (failedCue.cue.test(line)) {
    for (const m of line.matchAll(failedConnectionHost)) {
      const group = m[1] ? 1 : 2;
      // A host under a public top-level domain is the host rules' to read (or a public service's).
      if (isUnderPublicTopLevelDomain(m[group])) continue;
      judge(m as RegExpExecArray, 'a machine a connection error names (allow it, or add it to publicNames)', group);
    }
  }
  if (hostsFileCue.cue.test(line)) {
    const m = hostsFileLine.exec(line);
    const names = m ? [...m[1].matchAll(hostsFileName)] : [];
    // Names a hosts file gives, each with a hyphen, a dot or a digit, as machines are named: a
    // sentence after an address ("10.0.0.1 was down") holds words.
    if (m && names.every((n) => /[-.\d]/.test(n[0]) || loopbackName.test(n[0]))) {
      for (const n of names) {
        if (loopbackName.test(n[0]) || isUnderPublicTopLevelDomain(n[0])) continue;
        const index = m.indices![1]![0] + n.index!;
        if (!isUnnamedHost(n[0]) && !isPublicName(n[0]) && !found.some((f) => f.index === index)) found.push({ rule: 'redact/internal-name', text: n[0], index, why: "a machine a hosts file's line names (allow it, or add it to publicNames)" });
      }
    }
  }
  if (logSearchCue.cue.test(line)) {
    for (const m of line.matchAll(logSearchHost)) {
      if (isUnderPublicTopLevelDomain(m[1])) continue;
      judge(m as RegExpExecArray, "a machine a log search's host field names (allow it, or add it to publicNames)");
    }
  }
  return found;
}
