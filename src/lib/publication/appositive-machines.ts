/**
 * A machine named by one capitalised word and described right after it ("ran on Vader, the old
 * CI box", "copied to Tamsin, our backup host"; since probe round 34, docs/redaction.md, "Probe
 * round 34", a shape measured in a real report: "updating the ubuntu image on Vader"). Teams name
 * their machines after characters, places and words, so the word alone says nothing; the
 * apposition that follows says it is one of the organisation's machines.
 *
 * Read: "on", "to", "from", "via" or "onto", a capitalised word, a comma, then "the", "our" or "a"
 * and up to three words before a machine's noun (box, host, server, machine, VM, node, instance,
 * runner, workstation, NAS). Not read: a public term or brand (a provider: "on Hetzner, our
 * hosting provider" names no machine noun either), an acronym, a name the team lists as public.
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import { brandNames } from './brand-names.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import type { CuedPattern } from './cued-pattern.ts';

const machineNoun = String.raw`(?:box|boxes|host|server|machine|VM|vm|node|instance|runner|workstation|NAS|nas|build\s+machine)`;
const appositiveMachine = new RegExp(String.raw`\b(?:on|to|from|via|onto)\s+(\p{Lu}\p{Ll}{2,}),\s+(?:the|our|a|an|one\s+of\s+our)\s+(?:[\p{L}\p{N}-]+\s+){0,3}${machineNoun}\b`, 'gu');

export const cuedAppositiveMachine: CuedPattern = { name: 'a machine named and described after a comma', cue: /,\s+(?:the|our|a|an|one)\s/, pattern: appositiveMachine };

/** Machines named by a word and described after it on one line. */
export function findAppositiveMachines(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  if (!cuedAppositiveMachine.cue.test(line)) return [];
  const found: NamedSystemMatch[] = [];
  for (const m of allMatches(appositiveMachine, line)) {
    const name = m[1];
    if (isPublicTerm(name) || brandNames.has(name.toLowerCase()) || isPublicName(name)) continue;
    found.push({ rule: 'redact/internal-name', text: name, index: m.index! + m[0].indexOf(name, m[0].indexOf(' ')), why: 'a machine named and described after a comma' });
  }
  return found;
}
