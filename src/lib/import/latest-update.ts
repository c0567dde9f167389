import { textLanguage } from './text-language.ts';
import { trackShortcode } from './track-shortcodes.ts';
/**
 * A status page kept in git (cState and its kin) writes an incident's updates as paragraphs of one
 * file. Most files list the newest first, so the first paragraph is where the incident ended
 * (jenkins' "[Final Message] …", flathub's "**Resolved:** …") and the import's summary, its first
 * paragraph, says so. Some append each update below the last (packit's "A bug … We are deploying
 * the fix." over "**Resolved:** The fix has been deployed."): there the first paragraph is where it
 * began. This finds the latest update of a file written oldest first, to be the summary as the
 * first is for the others.
 */

const labelWords = String.raw`update(?:d)?(?:\s*#?\d+)?|resolved|monitoring|identified|fixed|mitigated|close[d]?|complete[d]?|final(?: message| update)?|initial(?: message| update)?|investigating|open issue`;
/** The labels of an incident's first update: found below the first paragraph, they say the file is newest first (jenkins' "[Initial Message]" at its foot). */
const firstUpdateLabel = /^(?:initial(?: message| update)?|investigating|open issue)$/;
/** A label an update opens with: `[Final Message]`, `**Resolved:**`, `**Resolved -**`, `_UPDATE #2_:`, `*Monitoring* -`, `Update:`. */
const updateLabel = new RegExp(String.raw`^(?:\[(${labelWords})\]|(\*\*\*|\*\*|__|\*|_)(${labelWords})\s*(?:[:–—-]\s*)?\2(?:\s*[:–—-]+(?=\s))?|(${labelWords})\s*[:–—](?=\s)|(${labelWords})\s+-(?=\s))\s*`, 'i');
/** An update's words without the label it opens with ("Investigating: Requests time out" → "Requests time out"), its first letter a capital. */
export function withoutUpdateLabel(text: string): string {
  const rest = text.replace(updateLabel, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const labelOf = (paragraph: string) => {
  const match = updateLabel.exec(paragraph);
  return match && (match[1] ?? match[3] ?? match[4] ?? match[5]).toLowerCase();
};

/**
 * Whether `paragraph` (a paragraph's plain text) is an incident's first update, by its label
 * ("Identified - A power break.", "Investigating: …"), with words of its own after the label
 * ("[Initial message]" alone on its line heads the paragraph below it).
 */
export function isFirstUpdate(paragraph: string): boolean {
  const label = labelOf(paragraph.trim());
  return !!label && (firstUpdateLabel.test(label) || label === 'identified') && /\p{L}/u.test(withoutUpdateLabel(paragraph.trim()));
}

/**
 * Labels that say where an incident stands, in the order it goes through them: an issue whose first
 * paragraph is "Identified - …" and whose last is "Resolved - …" was written oldest first, as
 * IFCA's notices are (import round 26 took their summary from the last update alone).
 */
const stageOrder = [/^investigating$/, /^identified$/, /^monitoring$/, /^(?:resolved|fixed|mitigated|close[d]?|complete[d]?)$/];
const stageOf = (label: string | null) => (label ? stageOrder.findIndex((stage) => stage.test(label)) : -1);

/** The paragraphs of a status page's issue that hold words (headings, images, tables, markup and shortcodes aside). */
function updateParagraphs(body: string): string[] {
  return body.replace(/<!--[\s\S]*?-->/g, '')
    .split(/\n\s*\n|\n[ \t]*\\[ \t]*(?=\n|$)/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => /\p{L}/u.test(paragraph) && !/^(?:#|!\[|<|\||```|\{\{)/.test(paragraph));
}
/** "Update: the queue has been processed": a sentence once its label and its {{< track >}} are gone. */
const words = (paragraph: string) => withoutUpdateLabel(paragraph.replace(trackShortcode(), ' ').replace(/\s+/g, ' ').trim());

/**
 * The first paragraph of a status page's issue written in `language` (src/lib/import/text-language.ts),
 * its label and track time left out, other than `except` (the latest update): the first update as
 * a page written in two languages gives it in the latest update's (IFCA's "Nota: …" over "Note: …").
 */
export function firstUpdateIn(body: string, language: string, except: string): string | undefined {
  return updateParagraphs(body).map(words).find((text) => text !== except && !/^\[.*\]$/.test(text) && textLanguage(text) === language);
}

export interface LatestUpdate {
  /** The latest update's words, without its label and its {{< track >}}. */
  text: string;
  /** How the file shows its updates are oldest first ("their {{< track >}} times", "their labels"). */
  by: string;
}

/**
 * The latest update of a status page's issue whose updates are written oldest first, or undefined
 * when they are newest first, when the file holds one update, or when its order cannot be told. The
 * order is told by the {{< track >}} times of its first and last updates, else by their labels:
 * a first paragraph with no label (or "Investigating", or a stage before the last paragraph's:
 * "Identified" over "Resolved") followed by labelled ones ("Update:", "Resolved:"), and no first
 * update's label ("[Initial Message]") below it, was appended to.
 */
export function latestUpdateOfOldestFirst(body: string): LatestUpdate | undefined {
  const paragraphs = updateParagraphs(body);
  if (paragraphs.length < 2) return undefined;
  const tracked = paragraphs.map((paragraph) => ({ paragraph, at: trackShortcode().exec(paragraph)?.[1] })).filter((update) => update.at);
  if (tracked.length >= 2) {
    const [first, last] = [tracked[0], tracked.at(-1)!];
    return Date.parse(first.at!.replace(' ', 'T')) < Date.parse(last.at!.replace(' ', 'T')) ? { text: words(last.paragraph), by: 'their {{< track >}} times' } : undefined;
  }
  const labels = paragraphs.map(labelOf);
  const lastLabel = labels.findLast((label, i) => i > 0 && label) ?? null;
  const laterStage = stageOf(labels[0]) >= 0 && stageOf(labels[0]) < stageOf(lastLabel);
  if (labels[0] && !firstUpdateLabel.test(labels[0]) && !laterStage) return undefined;
  if (labels.some((label, i) => i > 0 && label && firstUpdateLabel.test(label))) return undefined;
  const lastLabelled = labels.findLastIndex((label, i) => i > 0 && label);
  if (lastLabelled < 1) return undefined;
  const text = words(paragraphs[lastLabelled]);
  return text ? { text, by: 'their labels' } : undefined;
}
