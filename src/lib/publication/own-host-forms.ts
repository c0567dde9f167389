/**
 * Machines of the organisation written in forms the host rules did not read (since the
 * system-name probe round 29, docs/redaction.md, "System names, probe round 29"):
 *
 * - a host and port without a scheme whose last label names an environment or a zone, no
 *   top-level domain (`redis-sessions-2.prod:6379`, `kafka-1.ops:9092`): a name only the
 *   organisation's resolver answers for;
 * - a numbered machine after "host", "server" or "machine" in prose ("on host jobs01", "the
 *   server db-14"): a fleet's member, as numbered first labels of dotted hosts are
 *   (redaction-guard.ts, `numberedMachineLabel`); a version, an architecture or an operating
 *   system written so (`arm64`, `ubuntu22`, `node18`) is none;
 * - a first label on the organisation's domain with a part saying it is reached inside
 *   (`api-int.acme.com`, `grafana-internal.acme.io`), read by {@link hasInsideLabelPart};
 * - since probe round 51, a host with the label `int` inside it, between its machine and a domain
 *   (`kafka-1.bj.int.quorvane.cn`, as a Chinese report wrote it): the reserved suffixes read
 *   `.corp` or `.intra` wherever they stand, but `.int` is a public top-level domain (`who.int`),
 *   so only a label inside a longer name says the organisation's inside zone.
 */
import { allMatches } from '../regexp.ts';
import { placeHolds } from './first-finding-keeps.ts';

export interface OwnHost {
  rule: 'redact/internal-host';
  text: string;
  index: number;
  why: string;
}

/** Last labels that name an environment or a zone and no top-level domain (`.dev` and `.int` are public ones). */
const zoneLastLabel = String.raw`(?:prod|production|prd|stg|staging|preprod|uat|qa|ops|infra|mgmt|svc|cluster|private|priv|intra|home)`;
const zonedHostWithPort = new RegExp(String.raw`(?<![\w.@\/:-])[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.${zoneLastLabel}(?=:\d{2,5}(?![\d.]))`, 'gi');

/** A host with `int` as a label between its machine's and a domain of two labels or more (`kafka-1.bj.int.quorvane.cn`), alone or after a link's scheme; not `who.int`. */
const insideZoneHost = /(?:(?<=:\/\/)|(?<![\w.@\/-]))[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.int\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-]|\.[a-z0-9])/gi;

const numberedMachineInProse = /\b(?:host|server|machine|VM|box)\s+\x60?([a-z][a-z-]*[a-z]-?\d{2,})\x60?(?![\w\/:@-]|\.\w)/g;
/** Stems of a version, an architecture, a system or a counter written like a numbered machine. */
const notMachineStem = /^(?:arm|amd|ipv|sha|md|utf|win|windows|rhel|centos|ubuntu|debian|fedora|alpine|node|nodejs|python|php|java|jdk|go|ruby|http|tls|ssl|ext|raid|port|version|release|build|step|phase|page|line|item|rev|gen|el|fc|sles|macos|ios|android|postgres|mysql|redis|kernel|linux)$/i;

/**
 * A numbered machine whose name says it is one, anywhere in prose (since probe round 31: "the job
 * runs on buildbox07", "webhost-12 ran out of disk"): a stem ending in a machine's word and a
 * number of two digits or more, the way fleets are named; not `localhost`.
 */
const machineWordNumbered = /(?<![\w.\/@:-])((?:[a-z]{2,}-?)(?:box|host|srv|server|vm|runner|builder|bastion|jumphost|gw)-?\d{2,})(?![\w\/:@-]|\.\w)/g;

/** The organisation's machines on one line in the forms above (the first and second). */
export function findOwnHostForms(line: string): OwnHost[] {
  const found: OwnHost[] = [];
  if (/:\d/.test(line)) {
    for (const m of allMatches(zonedHostWithPort, line)) found.push({ rule: 'redact/internal-host', text: m[0], index: m.index!, why: "a host under an environment's zone, with a port" });
  }
  if (/\.int\./i.test(line)) {
    for (const m of allMatches(insideZoneHost, line)) found.push({ rule: 'redact/internal-host', text: m[0], index: m.index!, why: 'a host under an inside zone (`.int.`)' });
  }
  if (/\b(?:host|server|machine|VM|box)\s/.test(line)) {
    for (const m of allMatches(numberedMachineInProse, line)) {
      const stem = m[1].replace(/-?\d+$/, '');
      if (stem.length < 3 || notMachineStem.test(stem)) continue;
      found.push({ rule: 'redact/internal-host', text: m[1], index: m.index! + m[0].lastIndexOf(m[1]), why: 'a numbered machine named as a host' });
    }
  }
  if (/(?:box|host|srv|server|vm|runner|builder|bastion|gw)-?\d\d/.test(line)) {
    for (const m of allMatches(machineWordNumbered, line)) {
      if (/^local-?host/.test(m[1]) || found.some((f) => placeHolds(f, m.index!))) continue;
      found.push({ rule: 'redact/internal-host', text: m[1], index: m.index!, why: "a numbered machine named by a machine's word" });
    }
  }
  return found;
}

/** A first label's part that says the host is reached inside (`api-int`, `grafana-internal`, `vault-mgmt`). */
const insidePart = /^(?:int|internal|intranet|intra|corp|priv|private|mgmt)$/;
export const hasInsideLabelPart = (label: string): boolean => label.includes('-') && label.split('-').some((part) => insidePart.test(part));
