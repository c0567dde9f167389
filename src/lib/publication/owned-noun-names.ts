/**
 * A name the post gives its own system after the system's noun (since the system-name probe
 * round 29, docs/redaction.md, "System names, probe round 29"): "the internal tool Hermes", "our
 * deploy bot Shipit-9000", "the in-house scheduler Apollo". own-system-names.ts reads a code name
 * before the noun ("our Zarnith service") or introduced by "called"; here the noun comes first and
 * the words before it say whose it is.
 *
 * After "internal", "in-house", "home-grown", "proprietary", "bespoke" any capitalised name that is
 * no public term is read, a brand's or dictionary's word too (internal tools are named Hermes,
 * Apollo, Atlas); after "our" alone, which also owns a deployment of a product ("our monitoring
 * tool Grafana"), a brand, a public term and a dictionary's word are not. An acronym never is
 * ("our main database NVMe disk").
 */
import { allMatches } from '../regexp.ts';
import { brandNames } from './brand-names.ts';
import { isEnglishWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { ownedSystemNouns, systemNounSource } from './system-nouns.ts';

export interface OwnedNounName {
  rule: 'redact/internal-name';
  text: string;
  index: number;
  why: string;
}

const systemNoun = systemNounSource(ownedSystemNouns);
const strongOwnership = String.raw`(?:internal|in-house|home-?grown|proprietary|bespoke)`;
const namedAfterOwnedNoun = new RegExp(String.raw`\b(?:[Oo]ur(?:\s+own)?|(?:[Tt]he|[Aa]n?|[Oo]ur)\s+${strongOwnership})\s+(?:[\p{Ll}-]+\s+){0,2}?${systemNoun}[,:]?\s+(\p{Lu}\p{Ll}[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)(?![\p{L}\p{N}_.\/-]|\.[\p{L}\p{N}])`, 'gu');
const saysInternal = new RegExp(String.raw`\b${strongOwnership}\b`);
/** Words of a noun phrase that say another company provides the thing: its name is that company's. */
const thirdPartyNoun = /\b(?:hosting|hoster|provider|vendor|supplier|registrar|carrier|upstream|ISP)\b/i;
/** Every line the pattern reads holds one of these words (tested first, as most lines hold none). */
const cue = /\b(?:[Oo]ur|[Ii]nternal|[Ii]n-house|[Hh]ome-?grown|[Pp]roprietary|[Bb]espoke)\b/;

const isDictionaryWord = (word: string) => isEnglishWord(word.toLowerCase()) || isOrdinaryWord(word.toLowerCase());

/** The names one line gives its own systems after the noun. */
export function findOwnedNounNames(line: string, isPublicName: (text: string) => boolean): OwnedNounName[] {
  if (!cue.test(line)) return [];
  const found: OwnedNounName[] = [];
  for (const m of allMatches(namedAfterOwnedNoun, line)) {
    const name = m[1];
    if (isPublicName(name) || isPublicTerm(name)) continue;
    if (!saysInternal.test(m[0]) && (brandNames.has(name.toLowerCase()) || (!/[\d-]/.test(name) && isDictionaryWord(name)))) continue;
    // "our hosting provider Leaseweb", "our hosting platform, Leaseweb": a noun that says a third
    // party provides the system names that party, a vendor, not a system of ours (round 39 of false
    // positives). "Internal" still makes it ours ("our internal hosting platform Quorret").
    if (!saysInternal.test(m[0]) && thirdPartyNoun.test(m[0])) continue;
    found.push({ rule: 'redact/internal-name', text: name, index: m.index! + m[0].lastIndexOf(name), why: 'a system the post calls its own' });
  }
  return found;
}
