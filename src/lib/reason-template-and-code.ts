/**
 * Words a report writes only in its collection's template or only in code, which are no reason
 * beside a similar link (docs/findability.md, "Similar incidents' reasons, round 58"):
 *
 * - *The template*: a cloud's status notices each write "Description:", "Diagnosis:" and
 *   "Workaround: None at this time.", and "description", "diagnosis", "workaround" and "none"
 *   filled the reasons between unrelated notices. A label at a line's start ("Workaround:"), a
 *   label's value ("None at this time", under any label), a heading ("## Impact") or a whole line
 *   written in a tenth of the collection's reports (and 5 at least) is the template's, and so is a
 *   short form of its values ("Workaround: None"; a line "None at this time…" of its own), not the story's: what every report of the collection writes
 *   cannot tell a reader why two of them are alike. Read from the collection, not a list of
 *   words, so a team's own headings ("Root cause", "Timeline") are read the same way.
 * - *Code*: fenced blocks and inline code that is an expression (brackets, "=", ";", a member
 *   `resp.Body`): "resp", "else" were named between two reports that write them only in
 *   `resp.Body`, `resp.raise_for_status()` and a SQL `CASE ... ELSE`. A name in inline code
 *   (`feed-relay`) is no expression and stays.
 *
 * A word the report also writes elsewhere stays (a "none" of the story, "else" written in its
 * prose). A template's word goes when either report writes it only there (what one notice writes
 * only as a label is no part of the story the two share); a code word only when both write it only
 * in code (src/lib/similarity-link-by.ts): a server one report names in its story and the other
 * only in its logs is still what joins them. Only the words named change: what is counted, and so which
 * reports are linked, does not.
 */

/** A phrase held by this share of a collection's reports (and {@link templateMinReports}) is the template's. */
export const templateShare = 0.1;
export const templateMinReports = 5;

/** A line longer than this is the story's, however often written. */
const longestTemplateLine = 120;

/** A label at a line's start: up to four words and a colon (markup before it left out). */
const labelAtStart = /^([\p{L}][\p{L}\p{N}]*(?: [\p{L}\p{N}]+){0,3})\s*[:：]/u;

/** A line's text without its markup ("## ", "- ", "**", "> ", "|"), closing full stop or ellipsis and case. */
function plainLine(line: string): string {
  return line.replace(/[*_`]{1,3}/g, '').replace(/^[\s#>|+-]+/, '').replace(/[\s|.。…]+$/, '').toLowerCase();
}

/**
 * The template's phrases of a collection (`texts`: each report's title, summary and body): labels
 * ("workaround:"), labels' values (":none at this time"), headings and whole lines (as {@link plainLine} writes them) held by a tenth of the reports, 5 at least.
 */
export function templatePhrasesOf(texts: Iterable<string>): ReadonlySet<string> {
  const holders = new Map<string, number>();
  let reports = 0;
  for (const text of texts) {
    reports++;
    const phrases = new Set<string>();
    for (const line of text.split('\n')) {
      // A long line is read for its label only, at its start: no pass over the rest of it.
      const long = line.length > longestTemplateLine;
      const plain = plainLine(long ? line.slice(0, longestTemplateLine) : line);
      if (!plain) continue;
      const label = labelAtStart.exec(plain);
      if (label) phrases.add(`${label[1]}:`);
      if (long) continue;
      phrases.add(plain);
      // A label's value, whatever the label: "None at this time" under "Diagnosis:" and "Workaround:".
      if (label) phrases.add(`:${plain.slice(label[0].length).trim()}`);
    }
    for (const phrase of phrases) holders.set(phrase, (holders.get(phrase) ?? 0) + 1);
  }
  const least = Math.max(templateMinReports, Math.ceil(reports * templateShare));
  const template = new Set<string>();
  for (const [phrase, count] of holders) if (count >= least) template.add(phrase);
  return template;
}

/** Inline code that is an expression, not a name: brackets, an operator, or a member (`resp.Body`; not `pyproject.toml`). */
const codeExpression = /[()[\]{}=;<>]|^\p{Ll}[\p{L}\p{N}_]*\.\p{Lu}/u;

/** Words as the reasons name them: Latin with digits, Katakana (with its "ー"), Han and Hiragana, other letters, each a run. */
const wordPattern = /[\p{Script=Latin}\p{N}]+|\p{scx=Katakana}+|[\p{Script=Han}\p{Script=Hiragana}]+|[\p{L}\p{N}]+/gu;

const none: ReadonlySet<string> = new Set();

/** The words of a template's labels' values, read once a template ({@link isShortFormOfValue}). */
const valueWordsByTemplate = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

function valueWordsOf(template: ReadonlySet<string>): ReadonlySet<string> {
  let words = valueWordsByTemplate.get(template);
  if (!words) {
    const found = new Set<string>();
    for (const phrase of template) if (phrase.startsWith(':')) addWords(phrase, found);
    words = found;
    valueWordsByTemplate.set(template, words);
  }
  return words;
}

/**
 * Whether `text` (a label's value, or a line of its own) writes only words of the template's
 * values, one at least: a short form of a value too few reports write to be the template's on its
 * own ("Workaround: None" beside the template's "Workaround: None at this time", a value written on
 * the line after its label, "None at this time…"). Reasons round 59 of docs/findability.md: 12
 * blend reasons named "none" from these forms, 7 notices of 243 writing them.
 */
function isShortFormOfValue(text: string, valueWords: ReadonlySet<string>): boolean {
  if (!valueWords.size) return false;
  let words = 0;
  for (const match of text.matchAll(wordPattern)) {
    if (!valueWords.has(match[0].toLowerCase())) return false;
    words++;
  }
  return words > 0;
}

function addWords(text: string, into: Set<string>): void {
  for (const match of text.matchAll(wordPattern)) into.add(match[0].toLowerCase());
}

/** What a report writes only in its collection's template, and only in code ({@link templateAndCodeWordsOf}). */
export interface TemplateAndCodeWords {
  template: ReadonlySet<string>;
  code: ReadonlySet<string>;
}

const nothing: TemplateAndCodeWords = { template: none, code: none };

/**
 * The words (lower case) `text` writes only in the `template`'s phrases ({@link templatePhrasesOf};
 * none given: none) and only in code ({@link codeExpression}, fenced blocks). A word written in
 * both and nowhere else is code's.
 */
export function templateAndCodeWordsOf(text: string, template: ReadonlySet<string> = none): TemplateAndCodeWords {
  const inTemplate = new Set<string>();
  const inCode = new Set<string>();
  // The story's lines, read for their words only when something was written in the template or code.
  const story: string[] = [];
  const valueWords = template.size ? valueWordsOf(template) : none;
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      addWords(line, inCode);
      continue;
    }
    let told = line;
    if (template.size) {
      const long = line.length > longestTemplateLine;
      const plain = plainLine(long ? line.slice(0, longestTemplateLine) : line);
      if (!long && (template.has(plain) || isShortFormOfValue(plain, valueWords))) {
        addWords(plain, inTemplate);
        continue;
      }
      const label = labelAtStart.exec(plain);
      if (label && template.has(`${label[1]}:`)) {
        addWords(label[1], inTemplate);
        // The label's value, past the markup and the label (a long line's whole rest).
        told = long ? line.slice(line.search(/[:：]/) + 1) : plain.slice(label[0].length);
        if (!long && (template.has(`:${told.trim()}`) || isShortFormOfValue(told, valueWords))) {
          addWords(told, inTemplate);
          continue;
        }
      }
    }
    if (told.includes('`')) {
      told = told.replace(/`([^`\n]+)`/g, (whole, inside: string) => {
        if (!codeExpression.test(inside)) return ` ${inside} `;
        addWords(inside, inCode);
        return ' ';
      });
    }
    story.push(told);
  }
  if (inTemplate.size === 0 && inCode.size === 0) return nothing;
  const kept = new Set<string>();
  addWords(story.join('\n'), kept);
  for (const word of kept) {
    inTemplate.delete(word);
    inCode.delete(word);
  }
  for (const word of inCode) inTemplate.delete(word);
  return { template: inTemplate.size ? inTemplate : none, code: inCode.size ? inCode : none };
}
