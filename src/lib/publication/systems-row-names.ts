/**
 * The systems a report's metadata table lists (since probe round 47, docs/redaction.md, "Probe
 * round 47"): a data-integrity group's reports open with a table of bold labels and values,
 * `| **Systems** | \`Quorvalen\`, \`Maelstrand\` |`, whose values are the group's own services. A
 * row labelled as systems, services or components names systems, so each name listed in its
 * second cell is the organisation's unless it is a public term or name, an everyday word ("API",
 * "Database"; "Website" written plainly) or an acronym. A word a dictionary holds but nobody uses
 * every day, written as code (`Elan`), is still a system's name there.
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import { isEnglishWord, isOrdinaryWord } from './people.ts';
import type { NamedSystemMatch } from './named-systems.ts';

/** A table row whose first cell, markup aside, labels systems; the second cell is the group. */
const systemsRow = /^\s*\|\s*[*_]{0,2}(?:(?:affected|impacted|involved)\s+)?(?:systems?|services?|components?|applications?|apps)(?:\s+(?:affected|impacted|involved))?[*_]{0,2}\s*\|([^|]+)\|/iu;
/** A cell that is only a list of names: code spans or plain words, joined by commas, "and" or "&". */
const nameList = /^\s*(?:`[\p{L}][\p{L}\p{N}_-]*`|[\p{L}][\p{L}\p{N}_-]*)(?:\s*(?:,|&|\band\b)\s*(?:`[\p{L}][\p{L}\p{N}_-]*`|[\p{L}][\p{L}\p{N}_-]*))*\s*$/u;
const listedName = /(?<=^|[\s,`&])[\p{L}][\p{L}\p{N}_-]*(?=$|[\s,`&])/gu;

/** The systems a metadata table's row lists on one line, each as the organisation's name. */
export function findSystemsRowNames(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  if (!line.includes('|')) return [];
  const row = systemsRow.exec(line);
  if (!row || !nameList.test(row[1])) return [];
  const at = row.index + row[0].length - row[1].length - 1;
  const found: NamedSystemMatch[] = [];
  for (const m of allMatches(listedName, row[1])) {
    const name = m[0];
    // A name in code is written as an identifier, so only an everyday word there is generic; a
    // plain word a dictionary holds ("Website", "Search") is the row's description.
    const inCode = row[1][m.index! - 1] === '`';
    if (name === 'and' || /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(name) || isOrdinaryWord(name) || (!inCode && isEnglishWord(name)) || isPublicTerm(name) || isPublicName(name)) continue;
    found.push({ rule: 'redact/internal-name', text: name, index: at + m.index!, why: "a system a metadata table's row lists" });
  }
  return found;
}
