/**
 * Machines a post names by where it writes the name, whatever word it is (since probe round 41,
 * docs/redaction.md, "Probe round 41"): a university society's sysadmin wiki names its servers
 * after scientists (`lovelace`, `feynman`, `boole`) and lists, heads and logs into them so; the
 * rules of coined machines read only a word no list knows and a sentence that says it is one.
 *
 * On one line:
 * - a name in code right after a machine's noun ("Proxmox host `brannagh`", "the server `tarvos`");
 * - the machine `ssh` logs into in prose, in lower case ("SysAdmins ssh into brannagh").
 *
 * Over the post's lines:
 * - the items of a list a line introduces as machines ("Bare-metal machines:", "Our cluster looks
 *   like this:", "Servers that still need to join the cluster:"), an item that is only a name, in
 *   bold or not, perhaps with its address after a slash (`**tarvos / vm1.example.org**`);
 * - a heading of one lower-case word over a line of its disks or processors ("### quillon" then
 *   "4x 3.5inch LFF");
 * - the `NODE` column of `kubectl get pods -o wide` (round 40b's leftover), placed by its header.
 *
 * Not read: placeholders, default names and public products ({@link isUnnamedHost}), a name the
 * team lists as public, a word the frequency list knows (a list of "web" and "db" names roles,
 * not machines), and in prose a word any dictionary knows ("ssh into the bastion").
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isOrdinaryWord } from './people.ts';
import { isUnnamedHost } from './log-line-hosts.ts';
import type { NamedSystemMatch } from './named-systems.ts';

const machineName = String.raw`[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]`;
/** A name in code after a machine's noun. */
// Not a noun of a compound ("the per-node `anetd` agent"), and not a program's name before its
// kind ("`anetd` agent", "`kubelet` process").
// Since probe round 42 also "named" or "called" between them ("an EC2 VM named `sorrel-pusher`").
const nounThenCodeName = new RegExp(String.raw`(?<![\w-])(?:[Hh]ost|[Ss]erver|[Mm]achine|[Bb]ox|[Hh]ypervisor|[Nn]ode|VM|[Ii]nstance)\s+(?:(?:is\s+|was\s+)?(?:named|called)\s+)?\x60(${machineName})\x60(?!\s+(?:agent|daemon|process|service|binary|container|pod|plugin|module|command|package)s?\b)`, 'gd');
/** The machine `ssh` logs into in prose. */
// Written in lower case, as machines are: "log in to Wynton" names a cluster as its users know it.
const sshInto = new RegExp(String.raw`\b(?:[Ss][Ss][Hh](?:'?d|ed|ing)?|[Ll]og(?:ged|ging)? ?in)\s+(?:in)?to\s+([a-z][a-z0-9-]*[a-z0-9])(?![\w@.-]|\.[A-Za-z])`, 'gd');

/**
 * Since probe round 42 (round 41's leftovers, and a non-profit's pages on its hand-managed
 * machines): the prefix a team names a machine's resources by ("are named `qv-cache-*`"); a name
 * in code followed by what kind of machine it is ("`tarnwick`, a t3.medium instance"); a name in
 * brackets right after a machine's noun ("the old ETL box (qx-etl)"); the machine "in question"
 * ("The machine in question was tarnquil"); and the word after a verb only machines undergo
 * ("We power-cycled vennick", "rebooted hadrix", "re-imaged …", "decommissioned …"). In prose the
 * word must be no dictionary's ("rebooted everything", "the server in question was down").
 */
const namedPattern = new RegExp(String.raw`\bnamed\s+\x60(${machineName})-\*\x60`, 'gd');
const codeThenKind = new RegExp(String.raw`\x60(${machineName})\x60,\s+an?\s+(?:[\w.-]+\s+){0,3}(?:instance|machine|server|VM|box|host|droplet|hypervisor)\b`, 'gd');
// Since probe round 48 the name in brackets may be in code too, as a home lab's report writes it
// ("The primary Proxmox host (`orthanc`)" in our words: "host (\`minasward\`)"), and a word no
// dictionary knows right after "the"/"our" and a machine's noun before what a machine went through
// ("The host minasward hung during the copy").
const nounThenBracket = new RegExp(String.raw`(?<![\w-])(?:[Hh]ost|[Ss]erver|[Mm]achine|[Bb]ox|[Hh]ypervisor|VM|[Ii]nstance)\s+\(\x60?(${machineName})\x60?\)`, 'gd');
// Since probe round 49 also before a verb in the present ("The host minasward hangs", "the server
// quorvel reboots every night"): a dictionary word in `-s` or `-es` whose stem is a word too, or
// "is"/"has"/"keeps"/"goes"; a plural noun there ("the host minasward disks") names the machine as well.
const nounThenWordActing = new RegExp(String.raw`\b(?:[Tt]he|[Oo]ur)\s+(?:[\w-]+\s+)?(?:host|server|machine|box|VM|hypervisor|instance|node)\s+([a-z][a-z0-9-]*[a-z0-9])(?=\s+(?:(?:was|had|went|hung|froze|crashed|died|rebooted|restarted|stopped|failed|ran|became|lost|dropped|panicked|filled|locked|is|has|keeps|goes|does)\b|([a-z]{3,}s)\b))`, 'gd');
/** A verb in the present after the name: a dictionary word in `-s` whose stem is a word ("hangs", "crashes", "reboots"). */
const isPresentVerbForm = (word: string) => isEnglishWord(word) && [word.slice(0, -1), word.replace(/es$/, '')].some((stem) => stem.length >= 3 && stem !== word && isEnglishWord(stem));
const inQuestion = new RegExp(String.raw`\b(?:[Mm]achine|[Bb]ox|[Ss]erver|[Hh]ost|VM|[Ii]nstance|[Hh]ypervisor)\s+in\s+question\s+(?:is|was)\s+([a-z][a-z0-9-]*[a-z0-9])(?![\w@-]|\.[A-Za-z])`, 'gd');
const machineVerb = new RegExp(String.raw`\b(?:[Pp]ower[- ]?cycl(?:ed|ing|e)|[Rr]ebooted|[Rr]ebooting|[Rr]e-?imag(?:ed|ing)|[Rr]eprovision(?:ed|ing)|[Dd]ecommission(?:ed|ing))\s+([a-z][a-z0-9-]*[a-z0-9])(?![\w@-]|\.[A-Za-z])`, 'gd');

/** Words that name a machine's role, not the machine: a list or a code span of them says nothing. */
const roleWord = /^(?:web|db|app|api|mail|proxy|bastion|gateway|router|master|primary|secondary|replica|control|jump|jumphost|prod|production|staging|dev|test|backup|storage|monitoring|build|ci|cache|lb)\d*$/i;
/** A field's or a type's name in camel case ("Node `managedFields`") is no machine's. */
const camelCase = /\p{Ll}\p{Lu}/u;
const notAMachine = (name: string, isPublicName: (name: string) => boolean) => isUnnamedHost(name) || isPublicName(name) || roleWord.test(name) || isOrdinaryWord(name) || camelCase.test(name);

/** The machines named on one line by a machine's noun before code or by `ssh … into`. */
export function findMachinesOnLine(line: string, isPublicName: (name: string) => boolean): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  if (line.includes('`')) {
    for (const m of allMatches(nounThenCodeName, line)) {
      if (notAMachine(m[1], isPublicName)) continue;
      found.push({ rule: 'redact/internal-name', text: m[1], index: m.indices![1]![0], why: "a machine a machine's noun names in code (allow it, or add it to publicNames)" });
    }
  }
  const inProse = (name: string) => !isEnglishWord(name.toLowerCase());
  const more: [RegExp, string, boolean, string][] = [
    [namedPattern, '`', true, 'the prefix a machine\'s resources are named by'],
    [codeThenKind, '`', false, 'a machine in code followed by its kind'],
    [nounThenBracket, '(', true, "a machine in brackets after a machine's noun"],
    [inQuestion, 'question', true, 'the machine in question'],
    [nounThenWordActing, ' ', true, "a machine named after its noun before what it went through"],
    [machineVerb, 'oot', true, 'a machine rebooted, power-cycled, re-imaged or decommissioned'],
  ];
  for (const [pattern, cue, prose, why] of more) {
    if (cue === 'oot' ? !/reboot|cycl|imag|provision|commission/i.test(line) : !line.includes(cue)) continue;
    for (const m of allMatches(pattern, line)) {
      // An acronym in brackets spells the noun out ("Virtual Private Server (VPS)").
      if (notAMachine(m[1], isPublicName) || (prose && !inProse(m[1])) || /^\p{Lu}+$/u.test(m[1])) continue;
      if (m[2] !== undefined && !isPresentVerbForm(m[2])) continue;
      found.push({ rule: 'redact/internal-name', text: m[1], index: m.indices![1]![0], why: `${why} (allow it, or add it to publicNames)` });
    }
  }
  if (/ssh|log/i.test(line)) {
    for (const m of allMatches(sshInto, line)) {
      if (notAMachine(m[1], isPublicName) || isEnglishWord(m[1].toLowerCase())) continue;
      found.push({ rule: 'redact/internal-name', text: m[1], index: m.indices![1]![0], why: 'a machine ssh logs into (allow it, or add it to publicNames)' });
    }
  }
  return found;
}

/** A line that introduces a list of machines: it names them and ends with a colon. */
const machinesIntro = /\b(?:machines?|servers?|hosts?|boxes|VMs?|hypervisors?|nodes|cluster (?:looks like this|consists of|is made of))\b[^:]{0,60}:\s*$/i;
/** A list item that is only a name, in bold or not, perhaps with its address after a slash. */
const machineItem = new RegExp(String.raw`^[-*+]\s+(\*\*|__)?(${machineName})(?:\s*/\s*[\w.-]+)?\1?\s*$`, 'd');
/** A line of a machine's disks or processors: a count and a size or kind ("4x 3.5inch LFF", "6x935GB RAID 10"). */
const hardwareLine = /^\s*(?:[-*+]\s+)?\d+\s*x\s*(?:\d+(?:\.\d+)?\s*(?:inch|in|"|GB|TB|G|T)\b|LFF|SFF|SSD|HDD|NVMe|SATA|SAS|Xeon|cores?)/i;
/** A heading of one lower-case word. */
const wordHeading = new RegExp(String.raw`^\s{0,3}#{2,6}\s+(\p{Ll}[\p{Ll}\p{N}-]*[\p{Ll}\p{N}])\s*$`, 'du');
/** The header row of `kubectl get pods -o wide` (or a table cut from it), whose `NODE` column names the machine. */
const wideHeader = /^\s*NAME\s+READY\s+STATUS\s.*?(?<!NOMINATED)\s(NODE)(?=\s|$)/d;

export interface PlacedMachine {
  line: number;
  text: string;
  index: number;
  why: string;
}

/** The machines the post's lines name by a list, a heading over hardware or `kubectl`'s node column. */
export function findMachinesOverLines(lines: readonly string[], isPublicName: (name: string) => boolean): PlacedMachine[] {
  const found: PlacedMachine[] = [];
  // Read a list under an introducing line until a line that is neither an item, indented nor blank.
  let inList = false;
  let nodeColumn: number | undefined;
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (nodeColumn !== undefined) {
      // The rows under the header, to the end of the block: the word that starts in the column.
      if (!trimmed || /^(`{3,}|~{3,})/.test(trimmed)) nodeColumn = undefined;
      else {
        const token = /^[A-Za-z][\w.-]*/.exec(line.slice(nodeColumn));
        if (token && /\s/.test(line[nodeColumn - 1] ?? '') && new RegExp(`^${machineName}$`).test(token[0]) && !notAMachine(token[0], isPublicName)) found.push({ line: i, text: token[0], index: nodeColumn, why: 'a node in the NODE column kubectl prints (allow it, or add it to publicNames)' });
      }
    }
    const header = wideHeader.exec(line);
    if (header) nodeColumn = header.indices![1]![0];
    if (machinesIntro.test(trimmed) && !/^[-*+#|]/.test(trimmed)) {
      inList = true;
      return;
    }
    if (inList) {
      if (!trimmed || /^\s/.test(line)) return;
      const item = machineItem.exec(line);
      if (!item) {
        inList = /^[-*+]\s/.test(line);
        return;
      }
      if (!notAMachine(item[2], isPublicName)) found.push({ line: i, text: item[2], index: item.indices![2]![0], why: 'a machine in a list of machines (allow it, or add it to publicNames)' });
      return;
    }
    const heading = wordHeading.exec(line);
    if (heading && !notAMachine(heading[1], isPublicName)) {
      const next = lines.slice(i + 1).find((l) => l.trim());
      if (next && hardwareLine.test(next)) found.push({ line: i, text: heading[1], index: heading.indices![1]![0], why: "a machine a heading names over its disks or processors (allow it, or add it to publicNames)" });
    }
  });
  return found;
}
