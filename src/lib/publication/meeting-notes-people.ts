/**
 * People as an open-source project's meeting notes name them (since probe round 42,
 * docs/redaction.md, "Probe round 42"):
 *
 * - the items of a roll call: a line with "roll call" or "sign in" ending in a colon introduces
 *   them, each "Name / Institution / handle" or "Name (Institution)": the first part is a person,
 *   and a third part, with or without `@`, their handle ("- Tavish / Corvale Lab / @tavk",
 *   "- Anselm / Corvale Lab / ansk-ntrf"), unless the second part is the handle;
 * - an update under a bold name, in a section whose heading says updates ("## Quick updates" then
 *   "- **Orsolya**: a new paper"): the notes' way of saying who reports what;
 * - who brought an agenda item, in brackets closing the item ("- Xpra integration (Anselm):");
 * - a signature after two dashes closing an item ("… via the desktop server -- Anselm").
 *
 * A name is capitalised words of which none is a dictionary's or a public name's unless it is a
 * known first name: "(Optional):", "(Kubernetes)", "-- Done" and a roll call's header item
 * ("**name** / **institution**") are not read.
 */
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import type { PatternMatch } from './person-patterns.ts';

const word = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`;
const name = String.raw`${word}(?:\s${word}){0,2}`;
const handle = String.raw`@?[\p{L}\p{N}][\p{L}\p{N}._-]{1,38}`;
/** A line that introduces a roll call. */
const rollCallIntro = /\b(?:roll[- ]?call|sign(?:ed)?[- ]in)\b[^:]{0,80}:\s*$/i;
/** A roll call's item: a name, then an institution after a slash or in brackets, then perhaps a handle after a slash. */
const rollCallItem = new RegExp(String.raw`^\s*[-*+]\s+(${name})\s*(?:/\s*[^/]+?(?:\s*/\s*(${handle}))?|\([^()]+\))\s*$`, 'du');
/** A heading that says its items are the members' updates. */
const updatesHeading = /^\s{0,3}#{1,6}\s+.*\b(?:updates|round[- ]?table|check[- ]?ins?)\b/i;
/** An item opening with a bold name and a colon. */
const boldNameItem = new RegExp(String.raw`^\s*[-*+]\s+\*\*(${name})\*\*\s*:`, 'du');
/**
 * An item closing with a name in brackets, perhaps before a colon. Not after a link (a cited
 * work's authors: "[The Checklist Manifesto](…) (Atul Gawande)") nor after words all capitalised
 * (a product's or a place's other name: "Object Storage (Swift)", "US East (Virginia)").
 */
const bracketClosing = new RegExp(String.raw`^\s*[-*+]\s+(\S.*)(?<!\))\s\((${name})\)\s*:?\s*$`, 'du');
/** Whether the words right before the bracket (after the item's last slash, comma or colon) are all capitalised. */
const allCapitalised = (item: string) => !/(?:^|\s)[\p{Ll}\p{N}@]/u.test(item.split(/[/,:;]/).at(-1)!.trim());
/** An item closing with a signature after two dashes or a dash. */
const dashSignature = new RegExp(String.raw`^\s*[-*+]\s+\S.*\s(?:--|—|–)\s(${name})\s*$`, 'du');

/** Whether every word of the name could be a person's: no dictionary's or public name's word that is no first name. */
const readsAsName = (text: string) =>
  text.split(/[\s-]+/).every((w) => isKnownFirstName(w) || (!isPublicTerm(w) && !isOrdinaryWord(w) && !isEnglishWord(w.toLowerCase())));

/** The people of the post's meeting-note shapes (prose only), by line. */
export function findMeetingNotesPeople(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  const add = (i: number, text: string, index: number, why: string) => found.set(i, [...(found.get(i) ?? []), { text, index, severity: 'error', why }]);
  let inRollCall = false;
  let inUpdates = false;
  lines.forEach((line, i) => {
    if (codeLines.has(i)) return;
    const trimmed = line.trim();
    if (/^#{1,6}\s/.test(trimmed)) {
      inUpdates = updatesHeading.test(line);
      inRollCall = rollCallIntro.test(trimmed);
      return;
    }
    if (rollCallIntro.test(trimmed) && !/^[-*+]\s/.test(trimmed)) {
      inRollCall = true;
      return;
    }
    if (inRollCall && trimmed && !/^[-*+]\s/.test(trimmed)) inRollCall = false;
    if (inRollCall) {
      const item = rollCallItem.exec(line);
      if (item && readsAsName(item[1])) {
        add(i, item[1], item.indices![1]![0], 'a name in a roll call');
        // A third part after a handle in the second place is the institution ("Yuvi / @yuvipanda / 2i2c").
        const h = item[2];
        const secondIsHandle = /^\s*\/\s*@/.test(line.slice(item.indices![1]![1]));
        if (h && !secondIsHandle && !isPublicTerm(h.replace(/^@/, ''))) add(i, h, item.indices![2]![0], 'a handle in a roll call');
      }
    }
    if (!/^\s*[-*+]\s/.test(line)) return;
    const bold = inUpdates ? boldNameItem.exec(line) : null;
    if (bold && readsAsName(bold[1])) add(i, bold[1], bold.indices![1]![0], 'an update under a bold name in meeting notes');
    const bracket = bracketClosing.exec(line);
    if (bracket && !allCapitalised(bracket[1]) && readsAsName(bracket[2])) add(i, bracket[2], bracket.indices![2]![0], 'who brought an item, in brackets closing it');
    const signature = dashSignature.exec(line);
    if (signature && readsAsName(signature[1])) add(i, signature[1], signature.indices![1]![0], 'a signature after a dash closing an item');
  });
  return found;
}
