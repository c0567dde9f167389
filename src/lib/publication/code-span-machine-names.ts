/**
 * A machine or a daemon named by a coined word in the shapes code gives it (since probe round 36,
 * docs/redaction.md, "Probe round 36"): the identifier rules read a name of several parts with a
 * number (`kestrith-ci-02`), so a coined word written as code writes a host was published:
 *
 * - an environment's word and the word, as a kube context or a cluster is named (`prod-skarvik`,
 *   `skarvik-staging`), in a code span or fenced code;
 * - the word before a port (`kestrith:5432`, a log line's peer; since probe round 38 with a number
 *   run on, `zarnith7:6379`), in code or prose;
 * - the word and a data centre's short domain (`kestrith.iad`, `kestrith.dc2`);
 * - a daemon's name in a code span before "daemon" or "process" (`zarnithd`), the word before its "d"
 *   coined too (`chronyd`, `dockerd` are public programs').
 * - since probe round 39 the host of a login written without a domain (`ssh ops@kestrith-web-3`,
 *   `scp dump.sql root@zarnith:/tmp`), in code: a mail address has a domain after its `@`; not
 *   a DSN's `@unix(` socket (round 40b of false positives).
 *
 * The word is one no dictionary, lexicon, public term or brand knows and no abbreviation
 * (`coined` of code-name-service-hosts.ts): a public tool's name (`redis:6379`, `kube-prod`) is
 * none of these, and a name the team lists as public is not read.
 */
import { allMatches } from '../regexp.ts';
import { coined } from './code-name-service-hosts.ts';
import { isInsideCodeSpan } from './open-code-span.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';

const environment = '(?:prod|production|stage|staging|stg|dev|qa|uat|preprod|sandbox)';
const environmentAndWord = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/@-])(?:${environment}-([a-z]{4,})|([a-z]{4,})-${environment})(?![\p{L}\p{N}_-])`, 'gu');
/** The word, and since probe round 38 a machine's number run on to it (`zarnith7:6379`), before a port. */
const beforePort = /(?<![\p{L}\p{N}_.\/@:-])([a-z]{4,})(\d{1,3})?:\d{2,5}(?![\p{N}:])/gu;
const dataCentre = /(?<![\p{L}\p{N}_.\/@-])([a-z]{4,})\.(?:iad|sfo|sjc|ord|dfw|ewr|lax|sea|atl|lhr|fra|ams|cdg|sin|nrt|hkg|syd|gru|dc\d|dc-\d|colo\d?)(?![\p{L}\p{N}_.-])/gu;
/** A login's host: a user, `@`, the word and its role's or number's parts, and no domain. */
const loginHost = /(?<=[\p{L}\p{N}_.-]@)([a-z]{4,})((?:-[a-z0-9]+)*)(?![\p{L}\p{N}_.@-])/gu;
/** Public daemons whose name no dictionary knows, written as their program and "d" (`chronyd`, `rsyslogd`, `sssd`, Docker's `buildkitd`, measured on pgmac's reports). */
const unixDaemonBase = /^(?:buildkit|chrony|rsyslog|syslog|journal|logind|timesync|resolve|networkd|udev|avahi|cups|snmp|nscd|sss|slap|rpcbin|stat|lock|autofs|xinet|inet|polkit|upower|smb|nmb|winbind|ovs-vswitch|crio|conmon|etc|kubele|vault|consul|nomad)$/;
/** Not "agent": a vendor's node agent is written so (GKE's `anetd` agent, measured on a real report). */
const daemonInSpan = /`([a-z]{4,}d)`\s+(?:daemon|process)\b/gu;

/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedCodeSpanMachinePatterns: readonly CuedPattern[] = [
  { name: "an environment's word and a coined word", cue: /[a-z]-[a-z]/, pattern: environmentAndWord },
  { name: 'a coined word before a port', cue: /[a-z\d]:\d/, pattern: beforePort },
  { name: "a coined word and a data centre's domain", cue: /[a-z]\.[a-z]/, pattern: dataCentre },
  { name: "a daemon's name in a code span", cue: /d`\s/, pattern: daemonInSpan },
  { name: "a login's host of a coined word", cue: /[\p{L}\p{N}_.-]@[a-z]/u, pattern: loginHost },
];

/** Machines and daemons of coined words written as code writes them, on one line (`inCode`: a fenced block's line). */
export function findCodeSpanMachineNames(line: string, inCode: boolean, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  const add = (text: string, index: number, word: string, why: string) => {
    if (coined(word) && !isPublicName(text) && !isPublicName(word)) addUnlessSameStart(found, { rule: 'redact/internal-name', text, index, why });
  };
  const [environmentCue, portCue, centreCue, daemonCue, loginCue] = cuedCodeSpanMachinePatterns;
  if (environmentCue.cue.test(line)) for (const m of allMatches(environmentAndWord, line)) {
    if (inCode || isInsideCodeSpan(line, m.index!)) add(m[0], m.index!, m[1] ?? m[2], "an environment's machine or cluster of a coined word");
  }
  if (portCue.cue.test(line)) for (const m of allMatches(beforePort, line)) add(m[1] + (m[2] ?? ''), m.index!, m[1], 'a machine of a coined word before a port');
  if (centreCue.cue.test(line)) for (const m of allMatches(dataCentre, line)) add(m[0], m.index!, m[1], "a machine of a coined word in a data centre's domain");
  // A public program's daemon is its name and "d" (`chronyd`, `rsyslogd`, `dockerd`): the name without it must be coined too.
  if (daemonCue.cue.test(line)) for (const m of allMatches(daemonInSpan, line)) if (!unixDaemonBase.test(m[1].slice(0, -1)) && coined(m[1].slice(0, -1))) add(m[1], m.index! + 1, m[1], 'a daemon of a coined word');
  if (loginCue.cue.test(line)) for (const m of allMatches(loginHost, line)) {
    // A database driver's socket in a DSN (`exporter:pw@unix(/run/mysqld/mysqld.sock)/`, Go's
    // MySQL driver; round 40b of false positives): the protocol and its address in brackets.
    if (m[0] === 'unix' && line[m.index! + m[0].length] === '(') continue;
    if (inCode || isInsideCodeSpan(line, m.index!)) add(m[0], m.index!, m[1], "a login's host of a coined word");
  }
  return found;
}
