/**
 * The machines network tools' output names (since probe round 57, docs/redaction.md, "Probe round
 * 57"): a traceroute's hop (` 4  edge-fw-01.fra2 (10.30.0.1)  1.204 ms`) and the resolver dig
 * asked (`;; SERVER: 10.20.0.53#53(ns-int-1.fra2) (UDP)`). A hop's name under the organisation's
 * domain was found by the host rules; a name under a site's or a zone's own label (`fra2`, `dc3`)
 * was published, or found in part (`ns-int`).
 *
 * The line's shape says a machine whatever its name: a hop's number, the name, its address in
 * brackets and a time; dig's `SERVER:` line. The name is read as settings-host-values.ts reads a
 * host's setting: not an address, `localhost`, a public host or a listed public name (a hop
 * through a carrier's router, `ae-1.r21.frnkge13.de.bb.gin.ntt.net`, is under a public domain).
 */
import type { NamedSystemMatch } from './named-systems.ts';
import { isOwnMachine } from './settings-host-values.ts';

const hostName = String.raw`[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9](?:\.[A-Za-z0-9-]*[A-Za-z0-9])*\.?`;
/** A traceroute hop: its number, the name, the address in brackets, then a time in ms. */
const hop = new RegExp(String.raw`^\s*\d{1,2}\s+(${hostName})\s+\(\d{1,3}(?:\.\d{1,3}){3}\)\s+(?:[\d.]+\s*ms|\*)`, 'd');
/** dig's resolver: `;; SERVER: <address>#<port>(<name>)`. */
const digServer = new RegExp(String.raw`^\s*;;\s*SERVER:\s*[\d.:a-fA-F]+#\d+\((${hostName})\)`, 'd');

/** The machines a traceroute's hop or dig's server line names. */
export function findNetworkToolHosts(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const m = (line.includes('ms') || line.includes('*') ? hop.exec(line) : null) ?? (line.includes('SERVER') ? digServer.exec(line) : null);
  if (!m) return [];
  const name = m[1].replace(/\.$/, '');
  if (!isOwnMachine(name, isPublicName)) return [];
  return [{ rule: 'redact/internal-name', text: name, index: m.indices![1]![0], why: "a machine a network tool's output names (allow it, or add it to publicNames)" }];
}
