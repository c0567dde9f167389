/**
 * A machine named by a link's query or fragment (the fifteenth probe round, docs/redaction.md):
 * a dashboard's variable (`#var-host=pg-ledger-primary`, `?var-instance=ledger-db-7:9100`) or a
 * tool's parameter (`&host=`, `&node=`, `&cluster=`) names the host it shows, whatever host serves
 * the page, and a single-page tool keeps its state in the fragment, which no rule read. Only values
 * written as a machine's name are read: a hyphen or a digit in a word, not a placeholder (`$host`,
 * `All`, `localhost`) nor an address (the address rules judge those).
 */
import { allMatches } from '../regexp.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { decodedUriComponent } from '../uri-component.ts';

const link = /\bhttps?:\/\/[^\s)<>"'\]`]+/g;
/** A parameter whose key says it names a machine or a cluster, with its value. */
const hostParameter = /(?<=[?&#;])(?:var-)?(?:host|hostname|server|node|instance|machine|cluster|db|database|pod|container)=([^&#;\s]+)/gi;
const machineName = /^(?=[a-z0-9.-]*[-0-9])[a-z][a-z0-9-]*[a-z0-9](?:\.[a-z0-9-]+)*(?::\d{1,5})?$/i;
const placeholder = /^(?:localhost|all|any|none|default|null|undefined|example|host|hostname|node|instance|server)(?:[.:-]|$)|(?:^|\.)example\.(?:com|net|org)(?::\d+)?$|^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/i;

/** Machines named by the parameters of the links of `line`, each with its offset. */
/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedHostParameterPatterns: readonly CuedPattern[] = [
  { name: 'a link', cue: /:\/\//, pattern: link },
  { name: "a link's host parameter", cue: /=/, pattern: hostParameter },
];

export function findHostParameters(line: string): { text: string; index: number }[] {
  if (!cuedHostParameterPatterns.every(({ cue }) => cue.test(line))) return [];
  const found: { text: string; index: number }[] = [];
  for (const url of allMatches(link, line)) {
    const start = url[0].search(/[?#]/);
    if (start === -1) continue;
    const tail = url[0].slice(start);
    for (const m of allMatches(hostParameter, tail)) {
      const value = m[1];
      // an escaped value (%XX), malformed or not, is no machine name as written
      if (decodedUriComponent(value) !== value || !machineName.test(value) || placeholder.test(value)) continue;
      const name = value.replace(/:\d+$/, '');
      found.push({ text: name, index: url.index! + start + m.index! + m[0].length - m[1].length });
    }
  }
  return found;
}
