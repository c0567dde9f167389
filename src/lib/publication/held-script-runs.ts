/**
 * What `npm run redact` does with text the guard holds whole because no rule reads its script
 * (non-latin-text.ts: Cyrillic, Greek, Arabic, Hebrew, Devanagari, a line of Han no reader takes
 * for a sentence). The finding is the whole run of that script's words, and a role written over
 * it replaced a sentence with its name: "Иван Петров перезапустил сервис в 03:10." became "An
 * engineer 03:10." (redact round 36). Nothing tells the name from the other words of such a
 * sentence, so a run that is more than a name is left for the author, with the line and the role
 * to write in its script; a run that is a name alone (every word capitalised in a script with
 * capitals, or a few words inside a sentence of Latin letters in one without) is still replaced.
 */
import { lineAround } from './line-around.ts';
import { isJapaneseGrammar } from './japanese-grammar-run.ts';

/** The script a finding's message names when the run was held whole (redaction-guard.ts). */
const heldWhole = /\(text in (.+?) script: the name check reads only Latin script\)/;

/** A role in the script's main languages, for the author's message. */
const roleIn: Record<string, string> = {
  Cyrillic: '"инженер" in Russian, "інженер" in Ukrainian',
  Greek: '"ο μηχανικός" in Greek',
  Arabic: '"مهندس" in Arabic',
  Hebrew: '"מהנדס" in Hebrew',
  Devanagari: '"इंजीनियर" in Hindi',
  Han: '"同事" in Chinese, "担当者" in Japanese',
  Hangul: '"담당자" in Korean',
};

/** The run's words: split at spaces, ideographic spaces and middle dots. */
const wordsOf = (text: string) => text.trim().split(/[\s\u00a0\u3000\u00b7\u30fb]+/u).filter(Boolean);

/**
 * Whether the run at [start, end) of `source` is a name alone rather than a sentence of its
 * script: a word partly of Latin letters (a look-alike letter in "ekaterinд"), a few words inside
 * a sentence of Latin letters, or, in a script with capitals, up to four words each capitalised.
 */
function isNameAlone(source: string, start: number, end: number): boolean {
  const run = source.slice(start, end);
  const words = wordsOf(run);
  if (/\p{sc=Latin}/u.test(run)) return true;
  if (isJapaneseGrammar(run)) return false;
  // Words of a sentence around it, not of markup: `<td>…</td>`, a link's address and an anchor's
  // name are Latin letters around every cell and link of a Japanese table (PagerDuty's guides).
  // So are a code span's (adoption round 63): an Arabic report's every sentence names a package or
  // a function in code (`getWebAutoInstrumentations`), and each run of up to three Arabic words
  // beside one was taken for a name and replaced by "[…]", 31 times in a 12-line incident report.
  // The sentence is of Latin letters where they outnumber the words of other scripts around the run.
  const around = lineAround(source, start, end).replace(/<[^>\n]*>|\]\([^)\n]*\)|[a-z][a-z\d+.-]*:\/\/\S+|`[^`\n]*`/gi, ' ');
  const latinWords = (around.match(/\p{sc=Latin}{2,}/gu) ?? []).length;
  if (words.length <= 3 && latinWords >= 2 && latinWords > (around.match(/(?:(?!\p{sc=Latin})\p{L})+/gu) ?? []).length) return true;
  return /[\p{Lu}\p{Ll}]/u.test(run) && words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * Why a person finding held whole for its script is left to the author, or undefined when it is
 * no such finding or a name alone, which the role replaces as any name.
 */
export function heldSentenceReason(message: string, source: string, start: number, end: number): string | undefined {
  const held = heldWhole.exec(message);
  if (!held || isNameAlone(source, start, end)) return undefined;
  const scripts = held[1].split(/, | and /);
  const examples = scripts.map((script) => roleIn[script]).filter(Boolean);
  return `text in ${held[1]} script that no rule reads for names, in no sentence of Latin letters, so npm run redact cannot tell whether or where it names someone: write a role in place of each name${examples.length ? ` (${examples.join('; ')})` : ''}; then, if nothing in it names anyone, allow the line with {/* redaction-allow redact/possible-person -- reason */} on it (<!-- … --> in a .md post, # redaction-allow … in frontmatter)`;
}

/**
 * What `npm run redact` says once of a post's runs left for their script (adoption round 63): an
 * Arabic report left 178 lines of the same advice, one per run, and nothing said that the post as a
 * whole cannot be published until someone who reads it has, nor that it can stay internal meanwhile.
 */
export function heldScriptSummary(file: string, reasons: readonly string[]): string | undefined {
  const scripts = new Map<string, number>();
  for (const reason of reasons) {
    const script = /^text in (.+?) script that no rule reads/.exec(reason)?.[1];
    if (script) scripts.set(script, (scripts.get(script) ?? 0) + 1);
  }
  if (!scripts.size) return undefined;
  const runs = [...scripts].map(([script, count]) => `${count} in ${script} script`).join(', ');
  return `${file}: ${runs} left for you (listed above): no rule reads names in that script, so the post stays held until someone who reads it writes a role in place of each name and allows each line; until then it can stay on the internal site (visibility: internal).`;
}
