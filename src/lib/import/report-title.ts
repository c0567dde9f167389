import { readWrittenTime } from './written-time.ts';
import { withoutCutPhrase } from './cut-phrase.ts';
/**
 * Titles of reports written from a template. Templates open with a label where the title goes
 * ("# Title: ", "**Title**: Queue outage", "# Metadata", "# ISSUE NAME"): the label is not the
 * title. The value written after the label is; an empty label heading is followed by the title as
 * the next heading ("# Title:" then "### Buildkite builds failing").
 */

/** Words templates put where a title goes, and section names that open a report. */
const templateLabel = /^(?:title|(?:incident|issue|report|event)(?: title| name)?|name|summary|overview|metadata|details|description|post-?mortem(?: report| title)?|incident report|untitled|tbd|todo)$/i;

/** Labels whose value is the title: "Title: …", "Incident name: …". */
const titleLabel = /^(?:title|(?:incident|issue|report|event)(?: title| name)|name of (?:the )?incident)$/i;

/** The text without Markdown emphasis marks, heading marks and surrounding space. */
function stripMarks(text: string): string {
  return text.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/(\*\*|__)/g, '').replace(/^[*_]+|[*_]+$/g, '').trim();
}

/** A value a template leaves in place of text: `<Title>`, `[title]`, `TBD`, `…`. */
function isPlaceholder(value: string): boolean {
  return !value || /^(?:<[^>]*>|\[[^\]]*\]|\{[^}]*\}|tbd|todo|n\/?a|-+|…|\.{3})$/i.test(value.trim());
}

/**
 * True for a heading that is a template's label rather than a title: empty, a bare label with or
 * without a colon ("Title:", "Summary", "Incident report"), or a placeholder ("<Incident name>").
 */
export function isTemplateLabel(heading: string): boolean {
  const text = stripMarks(heading).replace(/\s*:\s*$/, '').trim();
  return isPlaceholder(text) || templateLabel.test(text);
}

/**
 * The title a template's label gives: the value after "Title:" on a heading or a line of its own
 * ("# Title: Queue outage", "**Title**: Queue outage", "Title: Queue outage"), or, after a label
 * heading with no value, the next heading that is not a label itself. Only the first 30 lines are
 * read. Undefined when the report has no such label.
 */
export function findLabelledTitle(markdown: string): string | undefined {
  // Labels are metadata at the top of a report; a "Title:" deep in the body is about something else.
  const lines = markdown.split('\n').slice(0, 30);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const isHeading = /^\s{0,3}#{1,6}\s/.test(line);
    const labelled = /^([^:]{1,40}):(.*)$/.exec(stripMarks(line));
    if (!labelled || !titleLabel.test(stripMarks(labelled[1]))) continue;
    const value = stripMarks(labelled[2]);
    if (!isPlaceholder(value)) return value;
    if (!isHeading) continue;
    for (const next of lines.slice(i + 1)) {
      if (!/^\s{0,3}#{1,6}\s/.test(next)) {
        if (next.trim()) break;
        continue;
      }
      const text = stripMarks(next);
      if (!isTemplateLabel(text) && !/^[^:]{1,40}:/.test(text)) return text;
      break;
    }
  }
  return undefined;
}

/**
 * True for a file name (without extension) that says nothing about the incident: a UUID
 * (`04f5afd8-09fc-4314-9c60-7f942faca125`), a hash (`9f86d08`, seven or more hex digits), a number
 * or a date alone (`0042`, `2024-03-02`), or a generic export name (`index`, `export`, `untitled-3`),
 * each also with a word naming the kind of file before or after it (`data_04f5afd8-…`, `report-0042`).
 */
export function isFileNameWithoutWords(baseName: string): boolean {
  const name = baseName.trim();
  // An identifier with a word that says only what kind of file it is, before or after it:
  // `data_00b7f759-21f8-….md` (a collection exported from its `data/` folder, adoption round 34:
  // 46 drafts titled "data 06ceee47-94f1-400b bf58-…" and filed as `2014-07-08-data.mdx`),
  // `report-9f86d08`, `incident_0042`, `04f5afd8-…-export`.
  const kindWord = '(?:data|report|incident|post-?mortem|pm|export|document|doc|file|item|entry|record|page|untitled|index|issue|ticket|case)';
  const kindAndIdentifier = new RegExp(`^(?:${kindWord}[-_. ]+)?(.+?)(?:[-_. ]+${kindWord})?$`, 'i').exec(name)?.[1] ?? name;
  return isIdentifierOnly(name) || (kindAndIdentifier !== name && isIdentifierOnly(kindAndIdentifier));
}

/**
 * True when the report writes its file's name (without extension) as code, `20220105_unpublish`:
 * the name is the event's identifier in the report's own tables and headings, which says which
 * event, not what happened (import round 38b). A name with a space is no identifier.
 */
export function isIdentifierTheReportWrites(baseName: string, markdown: string): boolean {
  return /^[\w.-]+$/.test(baseName) && markdown.includes(`\`${baseName}\``);
}

/** A UUID, a hash (seven or more hex digits, one a digit), a number or a date alone, or a generic export name. */
function isIdentifierOnly(name: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(name)
    || (/^[0-9a-f]{7,}$/i.test(name) && /\d/.test(name))
    || /^[\d\s._-]+$/.test(name)
    || /^(?:index|export|document|untitled|page)(?:[-_ ]?\d+)?$/i.test(name);
}

/** About how long a title made from a sentence may be. */
const sentenceTitleLength = 80;

/**
 * A title made from the first sentence of `paragraph` (its plain text), without the time it
 * opens with ("On 2023-07-20 at 12:17 UTC, ..."), which the draft's times hold. A sentence longer
 * than `maxLength` (about 80) characters is cut at its last clause within them (a comma, a dash, or before
 * "which", "due to", "after", ...), else at a word; no trailing punctuation. Undefined for an
 * empty paragraph. A sentence ends at `.`, `!` or `?` followed by a space, so `crates.io` does not.
 */
export function titleFromFirstSentence(paragraph: string, maxLength = sentenceTitleLength): string | undefined {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const sentence = withoutOpeningTime(/^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text);
  return titleWithin(sentence, maxLength);
}

/**
 * `sentence` cut at its last clause within `maxLength` characters (a comma, a dash, or before
 * "which", "due to", "after", ...), else at a word, without a trailing small word or punctuation.
 */
export function titleWithin(sentence: string, maxLength: number): string | undefined {
  let title = sentence;
  if (title.length > maxLength) {
    const cut = title.slice(0, maxLength + 1);
    // A sentence that opens with a subordinate clause ("After the primary locked up, ...") says
    // what happened after its first comma: that clause alone is no title.
    const opening = subordinateOpening.test(title) ? title.indexOf(',') + 1 : 0;
    const clauses = [...cut.matchAll(clauseBoundary)].map((m) => m.index!).filter((at) => at >= 25 && at > opening);
    // No clause ends within the length after the opening one: the main clause alone, when it fits,
    // says what happened ("Because a storage switch failed over, a share of pull requests could not
    // be merged." was "…, a share of pull requests could not", import round 20).
    const main = opening && !clauses.length ? title.slice(opening).trim().replace(/[.!?]$/, '') : '';
    if (main.length <= maxLength && main.split(' ').length >= 3) return titleWithin(capitalised(main), maxLength);
    title = clauses.length ? cut.slice(0, clauses.at(-1)) : cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut.slice(0, maxLength);
    // A cut at a word must not end on a word that needs the next one ("... infrastructure that").
    title = title.replace(/(?:\s+(?:that|which|who|the|a|an|of|to|in|into|for|and|or|but|with|by|on|at|from|its|their|our|his|her|was|were|is|are|be|been|being|like|than|as))+$/i, '');
    if (!clauses.length) title = withoutCutPhrase(title);
  }
  title = title.replace(/[\s.,;:!?…–—(\[-]+$/u, '');
  return title || undefined;
}

/** A sentence that opens with a subordinate clause. */
const subordinateOpening = /^(?:after|while|although|though|when|because|due to|since|as|if|once|following|before|whilst)\b[^,]{3,},/i;

/** Where a clause may end: before a comma, semicolon or dash, or a word that starts a new clause. */
const clauseBoundary = /[,;]\s|\s[–—-]\s|\s(?=(?:which|that caused|who|when|while|after|because|due to|caused by|resulting in|leading to|so that|until)\s)/giu;

const months = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const weekdays = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/**
 * A word of a time phrase: a date, a time, a zone, a weekday or month, or the small words between
 * them. "hour" too: "Between the hour of 09:30 and 10:20 on 12/05/25, our users …" was titled by
 * its time phrase alone (a course's report, adoption round 58).
 */
const timeWord = new RegExp(`^(?:on|at|in|during|between|and|from|to|until|around|about|approximately|roughly|the|of|hours?|early|late|morning|afternoon|evening|night|utc|gmt|[a-z]{2,4}t|${months}|${weekdays}|\\d{1,4}(?:st|nd|rd|th)?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|[ap]\\.?m\\.?|\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?)$`, 'i');

/**
 * A sentence's opening that says how long or when, not what: "For a short period of time,", "For
 * about 10 minutes,", "For a short period of time (10 minutes),", "Earlier today,", "Briefly,".
 * A title cut at its comma was that phrase alone (bentasker's "For a short period of time", import
 * round 18).
 */
const openingSpan = /^(?:(?:for|over)\s+(?:(?:about|around|approximately|roughly|almost|nearly|just over|just under|less than|more than|up to)\s+)?(?:a\s+(?:(?:very|short|brief|long|little)\s+)*(?:period(?:\s+of\s+time)?|time|while)|a\s+(?:few|couple\s+of)\s+(?:seconds|minutes|hours|days|moments)|(?:several|some|many)\s+(?:seconds|minutes|hours|days)|~?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+)?\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|s|m|h))|briefly|earlier(?:\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week)))?|overnight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s*\([^)]*\))?,\s+/i;

/** A sentence's first letter in capitals, unless its first word is a name written in lower case ("bentasker.co.uk", "npm"). */
function capitalised(text: string): string {
  return /^[^\s]*[./_@]\S/.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** A day written in digits and the span of times after it: `07/09/2023 From 05:15 PM to 02:00 AM WAT `. */
const openingDaySpan = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+(?:from\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:to|until|-|–)\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}\b)?,?\s+/i;

/**
 * The sentence without the time phrase it opens with ("On December 15th, 2021 at 00:17 UTC, we
 * deployed ..." is "We deployed ..."; "For a short period of time, the site returned 502 errors" is
 * "The site returned 502 errors"). Only a phrase that starts with a preposition of time and holds
 * a date or time, or says how long or when (`openingSpan`), is taken off, and only when at least
 * three words remain.
 */
function withoutOpeningTime(sentence: string): string {
  // "07/09/2023 From 05:15 PM to 02:00 AM WAT SSL of web server using certbot failed": a day and
  // the span of the outage before what failed, with no mark between (a student's "Issue Summary"
  // line, adoption round 56; the title was the sentence introducing its list of measures).
  const daySpan = openingDaySpan.exec(sentence);
  if (daySpan && sentence.slice(daySpan[0].length).split(' ').length >= 3) return capitalised(sentence.slice(daySpan[0].length));
  const stamp = openingStamp(sentence);
  if (stamp && sentence.slice(stamp).split(' ').length >= 3) return capitalised(sentence.slice(stamp));
  const span = openingSpan.exec(sentence);
  if (span && sentence.slice(span[0].length).split(' ').length >= 3) return capitalised(sentence.slice(span[0].length));
  const words = sentence.split(' ');
  if (!/^(?:on|at|in|during|between|from|around)$/i.test(words[0] ?? '')) return sentence;
  let end = 0;
  while (end < words.length && timeWord.test(words[end].replace(/[,;:]$/, ''))) end++;
  const phrase = words.slice(0, end).join(' ');
  const rest = words.slice(end);
  if (end < 2 || rest.length < 3 || !new RegExp(`\\d|\\b(?:${months}|${weekdays})\\b`, 'i').test(phrase)) return sentence;
  return capitalised(rest.join(' '));
}

/**
 * How many characters a stamp that opens `sentence` takes with the mark after it: a day, with or
 * without its time and zone, then a dash, a colon or a bar ("2019-05-07 10:35 UTC - Due to a
 * network hardware failure, …", "[2024-03-02 14:10] The queue …", "12 March 2024, 09:40 UTC: …").
 * A status update written with its own stamp made a title that kept it (GitHub's incident history,
 * import round 20): the draft's times hold it. 0 when the sentence opens otherwise, or with a day
 * that is its subject ("2024-03-02 was the day …" has no mark after the day).
 */
function openingStamp(sentence: string): number {
  const bracket = /^[[(]/.test(sentence) ? 1 : 0;
  const written = readWrittenTime(sentence.slice(bracket), { year: 2000 });
  if (!written.date || written.placeholder) return 0;
  const after = sentence.slice(bracket + written.consumed);
  const mark = (bracket ? /^\s*[\])]\s*(?:[-–—:|]\s+)?/ : /^\s*(?:[-–—:|]|\s[-–—]{2})\s+/).exec(after);
  return mark ? bracket + written.consumed + mark[0].length : 0;
}
