/**
 * An internal system named by one code name ("the Zarnith service"), read where the post itself
 * says the system is the organisation's own (since the eighteenth probe round, docs/redaction.md,
 * "Eighteenth probe round"). A capitalised word no dictionary knows before "service" is as often
 * a vendor's product ("the Tarsnap service", "the Artifactory service") as an internal system, so
 * the word alone says nothing, and neither does the post's own code showing it inside an
 * identifier (published reports name their deployments of vendors' and their own public projects
 * so: `grafana-beyla` beside "the Beyla agent", `robotoff-org` beside "the Robotoff service").
 * What says it is the organisation's:
 *
 * - a word of ownership before it: "our Zarnith service", "the internal Quellspire pipeline",
 *   "our in-house Varrowind deployer" (a system's noun must follow: "our Hachydermian" is a member);
 * - a name the post says it gave: "an internal tool called Varrowind", "which we call
 *   Quellspire", "Zarnith (internal)";
 * - an apposition that says so: "Brannoch, our ledger reconciliation service,", "Varrowind, our
 *   in-house deploy tool", "Brannoch (an internal service)";
 * - a Terraform module's address in pasted output (`module.quellspire.aws_instance.worker[0]`),
 *   whose name the organisation chose.
 *
 * The word must be one no dictionary, lexicon, public term or `publicNames` entry knows. A code
 * name found so is looked for in the rest of the post (named-systems.ts, `discoverCodeNames`).
 */
import { allMatches } from '../regexp.ts';
import { isUnknownSystemWord, identifierParts, type NamedSystemMatch } from './named-systems.ts';
import { isKnownFirstName } from './people.ts';
import { ownedSystemNouns, systemNounSource } from './system-nouns.ts';

/** Nouns of what an organisation builds and runs. */
const systemNoun = systemNounSource(ownedSystemNouns);
const ownership = String.raw`(?:[Oo]ur(?:\s+own)?|[Ii]nternal|[Ii]n-house|[Hh]ome-?grown|[Pp]roprietary|[Bb]espoke)`;
const codeName = String.raw`(\p{Lu}\p{Ll}{3,}(?:\p{Lu}\p{Ll}+)?)`;
/** "our Zarnith service", "the internal Quellspire pipeline", "our in-house Varrowind". */
const ownedName = new RegExp(String.raw`\b${ownership}(?:\s+(?:and|or)\s+${ownership})?\s+${codeName}(?=\s+(?:\p{Ll}+\s+){0,2}${systemNoun}\b)`, 'gu');
/** "Brannoch, our ledger reconciliation service", "Varrowind (an internal tool)". */
const appositiveName = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/@#-])${codeName}(?:,\s+|\s+\()(?:(?:our|an|the|a)\s+)?(?:(?:own|internal|in-house|home-?grown|proprietary|bespoke)\s+)?(?:[\p{L}-]+\s+){0,3}?${systemNoun}(?=\s*[,.;:)—–]|\s*$)`, 'gu');
const appositiveSaysOwn = /,\s+our\b|\(\s*our\b|\b(?:internal|in-house|home-?grown|proprietary|bespoke)\b/;
/** "an internal tool called Varrowind", "which we call Quellspire", "Zarnith (internal)". */
const namedByUs = new RegExp(String.raw`\b(?:${ownership}\s+(?:[\p{L}-]+\s+){0,2}?${systemNoun}\s*,?\s+(?:called|named|dubbed|nicknamed|known as)|(?:which|that|what)\s+we\s+(?:call|named|dubbed|nicknamed|refer to as)|we\s+(?:call|named|dubbed|nicknamed)\s+it)\s+["“]?${codeName}(?![\p{L}\p{N}_-])`, 'gu');
const markedInternal = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/@#-])${codeName}\s+\((?:internal|in-house|internal (?:service|tool|system))\)`, 'gu');

/** A Terraform module's address (`module.quellspire.aws_instance.worker`): the organisation names its modules. */
const terraformModule = /(?<![\w.-])module\.([a-z][a-z0-9_-]*)(?=[.\[])/g;

// A word run together from known words (`StatefulSet`) is a public kind's name, not a code name.
const unknown = (word: string, isPublicName: (text: string) => boolean) =>
  isUnknownSystemWord(word, isPublicName) && !isKnownFirstName(word) && !(/\p{Ll}\p{Lu}/u.test(word) && identifierParts(word).every((part) => !isUnknownSystemWord(part, isPublicName)));

/** The systems one line names by a code name the post says is the organisation's own. */
export function findOwnSystemNames(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  if (line.includes('module.')) {
    for (const m of allMatches(terraformModule, line)) {
      if (identifierParts(m[1]).some((part) => part.length >= 5 && unknown(part, isPublicName))) found.push({ rule: 'redact/internal-name', text: m[1], index: m.index! + 'module.'.length, why: "a Terraform module's name" });
    }
  }
  if (!/\p{Lu}\p{Ll}{3}/u.test(line)) return found;
  for (const m of allMatches(ownedName, line)) {
    if (unknown(m[1], isPublicName)) found.push({ rule: 'redact/internal-name', text: m[1], index: m.index! + m[0].lastIndexOf(m[1]), why: 'a system the post calls its own' });
  }
  for (const m of allMatches(appositiveName, line)) {
    if (appositiveSaysOwn.test(m[0]) && unknown(m[1], isPublicName)) found.push({ rule: 'redact/internal-name', text: m[1], index: m.index!, why: 'a system the post calls its own' });
  }
  if (/\bcall|named|dubbed|known as|internal\)|in-house\)/.test(line)) {
    for (const pattern of [namedByUs, markedInternal]) {
      for (const m of allMatches(pattern, line)) {
        if (unknown(m[1], isPublicName)) found.push({ rule: 'redact/internal-name', text: m[1], index: m.index! + (pattern === markedInternal ? 0 : m[0].lastIndexOf(m[1])), why: 'a system the post calls its own' });
      }
    }
  }
  return found;
}
