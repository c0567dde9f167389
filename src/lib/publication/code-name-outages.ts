/**
 * A code name used as an incident's name (since probe round 44, docs/redaction.md, "Probe round
 * 44"; round 42b's leftover): "the second Zephyrine outage", "during the Quorlith incident". A
 * team names an incident after the system that failed, and the system's name is its own: a
 * vendor's outage is written with the vendor's public name ("the Cloudflare outage", "the AWS
 * incident"), which the public terms know. Read only after "the" (an ordinal or a few words of
 * when between), before the incident's noun, and only for a capitalised word no dictionary,
 * lexicon, public term or list of given names knows.
 */
import { allMatches } from '../regexp.ts';
import { isKnownFirstName } from './people.ts';
import { isUnknownSystemWord } from './named-systems.ts';

export interface CodeNameOutageMatch {
  rule: 'redact/internal-name';
  text: string;
  index: number;
  why: string;
}

const outageName = /\b[Tt]he\s+(?:(?:first|second|third|fourth|last|latest|recent|previous|earlier|big|major|partial|(?:\d+(?:st|nd|rd|th)))\s+)?(\p{Lu}\p{Ll}{3,})\s+(?:outages?|incidents?|downtime|meltdown|disruption|degradation|failure|breakage)\b/gu;

/** The code names one line uses as an incident's name. */
export function findCodeNameOutages(line: string, isPublicName: (text: string) => boolean): CodeNameOutageMatch[] {
  if (!/outage|incident|downtime|meltdown|disruption|degradation|failure|breakage/.test(line)) return [];
  const found: CodeNameOutageMatch[] = [];
  for (const m of allMatches(outageName, line)) {
    const name = m[1];
    if (!isUnknownSystemWord(name, isPublicName) || isKnownFirstName(name)) continue;
    found.push({ rule: 'redact/internal-name', text: name, index: m.index + m[0].indexOf(name, 4), why: "a system's code name used as an incident's name" });
  }
  return found;
}
