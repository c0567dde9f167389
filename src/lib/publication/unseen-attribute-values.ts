import { dataValueMayHoldWords } from './data-attribute-values.ts';

/**
 * Attributes of a public post's HTML whose value no reader is shown, but which the page's source
 * publishes as written (canary round 41): an element's `id` and `name` (and the fragment of a link
 * to one, in the address bar when a reader follows it), `lang`, `dir`, `datetime`, a `<data>`'s
 * `value`, `download`, `rel`, `itemprop`, `slot`... `<time datetime="ask the ledger team">` put
 * those words in the page and in the search index's fragments.
 *
 * Fail closed: every attribute is unseen except those a reader is shown or that other checks read
 * (the lists below); an unseen value passes only when it says nothing the page does not show
 * already: each of its words is a setting (a number, a colour, a time, a language tag, a keyword
 * of presentation or state, as for `data-` values) or a word the post's own text shows.
 */

/** Attributes a reader is shown (a tooltip, an image's words, a field's text, a menu's entry) or the guard reads as a link or style. */
const readElsewhere = new Set([
  'title', 'alt', 'placeholder', 'label', 'summary',
  'href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'data', 'longdesc', 'ping', 'background', 'xlinkhref', 'xlink:href', 'codebase', 'itemtype',
  'style', 'class', 'classname', 'content', 'role',
]);
/** `aria-` attributes read as shown text (the check of generic elements is unreadable-markup.ts's). */
const ariaShown = /^aria-?(?:label|description|roledescription|valuetext|placeholder)$/i;
/** A `value` is shown by these elements; on any other (`<data>`, `<option>` with words, `<li>`, `<meter>`) it is not. */
const valueShownBy = /^(?:input|button)$/i;

/** Keywords of HTML's enumerated attributes, beyond the presentation and state keywords of `data-` values. */
const attributeKeywords = new Set(`
  ltr rtl blank self parent top lazy eager async sync anonymous use credentials no referrer origin when downgrade unsafe url strict cross
  row col rowgroup colgroup captions subtitles descriptions chapters metadata rect circle poly default
  alternate author bookmark external help license next nofollow noopener noreferrer opener prev search tag sponsored ugc
  text checkbox radio button submit reset image email tel number date time range color file
  manual until found max min width height px em rem vw vh
  accelerometer autoplay camera clipboard encrypted fullscreen geolocation gyroscope media microphone payment picture in share web write
`.split(/\s+/).filter(Boolean));
/**
 * The words of the public post page's own headings and labels (PublicPostmortemView.astro), which
 * every public page shows: a link to `#timeline` says nothing new.
 */
const pageHeadingWords = new Set(`
  timeline utc what you may have noticed we are doing about it contributed limited the impact remaining risks affected duration window none for customers
`.split(/\s+/).filter(Boolean));
/**
 * The words of a document's own structure, which anchors and in-page links are named by (false
 * positives round 41b: exported reports link `[[4]](#References)` to a section they do not show,
 * Pandoc and Markdown footnotes are `#fn1`, `#fnref1`): none names a person, a host or a system.
 */
const genericAnchorWords = new Set(`
  top bottom toc contents content table index references reference refs ref footnotes footnote fn fnref notes note
  appendix section sec chapter part step item anchor heading header footer main nav menu introduction intro overview
  summary background conclusion conclusions details sources links
`.split(/\s+/).filter(Boolean));
/** A language tag as authors write them: "en", "en-GB", "zh-Hant-TW", "es-419". */
const languageTag = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/i;
/** An ISO 8601 duration ("PT2H30M") or a week ("2025-W10"). */
const durationOrWeek = /^(?:P(?:\d+[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?|\d{4}-W\d{2})$/i;
/** A media type ("application/pdf"). */
const mediaType = /^(?:application|audio|image|text|video|font)\/[\w.+-]+$/i;

/** Runs of two or more letters, lower case: the words of a value or a text (a single letter says nothing: "T" of a time, "x" of "2x"). */
const letterRuns = (text: string) => text.toLowerCase().match(/\p{L}{2,}/gu) ?? [];

/**
 * What a heading's slug drops (GitHub's and Astro's: every character but letters, digits, spaces,
 * hyphens and underscores), joining the words it stood between: "Hardware/Power Failures" is
 * `#hardwarepower-failures`, "9. ACK/云环境" is `#9-ack云环境`.
 */
const droppedBySlug = /[^\p{L}\p{M}\p{N}\s_-]/gu;

/** What a post's text shows, word by word: {@link shownWordsOf}. */
export interface ShownWords { has(word: string): boolean }

/** A run of a script written without spaces between words (Chinese, Japanese, Thai): its words are not its runs. */
const spacelessRun = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー]+$/u;

/**
 * The words a post's text shows, for {@link unseenValueHoldsWords}: each text's words, and the
 * words its slug joins (false positives round 41b: a table of contents' links to the post's own
 * headings), which say nothing the text does not. Since false positives round 42 a run of a
 * script written without spaces is shown when the text holds it anywhere: such a script's words
 * are not its runs, and a Chinese handbook's links to headings it words otherwise
 * (`#5-排查方法与步骤-基础版`) said only what its text says.
 */
export function shownWordsOf(texts: Iterable<string>): ShownWords {
  const words = new Set<string>();
  const spaceless: string[] = [];
  for (const text of texts) {
    for (const word of [...letterRuns(text), ...letterRuns(text.replace(droppedBySlug, ''))]) words.add(word);
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u.test(text)) spaceless.push(text);
  }
  const spacelessText = spaceless.join('\n');
  return { has: (word) => words.has(word) || (spacelessRun.test(word) && coveredByPieces(word, spacelessText)) };
}

/**
 * Whether `run` of a spaceless script is pieces of two characters or more that `text` holds, as a
 * run of Latin letters is words the text shows ("排查方法与步骤" of "排查", "方法", "与" and
 * "步骤"), with particles and conjunctions of one character between them: a name of two or three
 * characters must be in the text whole.
 */
function coveredByPieces(run: string, text: string): boolean {
  if (run.length > 40) return text.includes(run);
  const reached = [true, ...Array<boolean>(run.length).fill(false)];
  for (let end = 1; end <= run.length; end++) {
    // A particle or conjunction of one character joins the pieces ("与", "和", "の").
    if (reached[end - 1] && joiningCharacters.has(run[end - 1])) reached[end] = true;
    for (let start = end - 2; start >= 0 && !reached[end]; start--) reached[end] = reached[start] && text.includes(run.slice(start, end));
  }
  return reached[run.length];
}
const joiningCharacters = new Set([...'与和及的之或并のとやがをにでへ']);

/** A word in the plural ("dates", "boxes", "entries"), with its singular forms. */
const singularsOf = (word: string): string[] =>
  word.endsWith('ies') ? [word.slice(0, -3) + 'y'] : word.endsWith('es') ? [word.slice(0, -2), word.slice(0, -1)] : word.endsWith('s') && !word.endsWith('ss') ? [word.slice(0, -1)] : [];

/**
 * A Google Docs link to a bookmark or a heading of the exported document (`#bookmark=id.yf64ghq1pvjv`,
 * `#heading=h.30j0zll`): the export's own random key (false positives round 42), no one's word.
 */
const googleDocsAnchor = /^(?:bookmark=id|heading=h)\.[a-z0-9]+$/i;

/**
 * A Liquid or Jinja expression's filters (`{{ '2021-09-22T15:32:00Z' | date_to_xmlschema }}` in a
 * Jekyll status page's `<time datetime>`; false positives round 42): the template's functions, no
 * one's words. What they are given (a literal, a variable) is judged as any value.
 */
const templateFilter = /\|\s*(?:date_to_xmlschema|date_to_rfc822|date_to_string|date_to_long_string|date|default|escape|xml_escape|cgi_escape|uri_escape|url_encode|relative_url|absolute_url|slugify|strip|downcase|upcase|round|truncate|lower|upper|safe|isoformat|strftime)\b/g;

/**
 * Whether an attribute of `element` (`name` as written, `dateTime` or `datetime`) is one no reader
 * is shown and its `value` says words the post's text (`shownWords`) does not: a finding.
 * `data-` and `on…` attributes have checks of their own and are not judged here.
 */
export function unseenValueHoldsWords(element: string, name: string, value: string, shownWords: ShownWords): boolean {
  const attribute = name.toLowerCase();
  if (readElsewhere.has(attribute) || ariaShown.test(attribute) || /^(?:data-|on)/.test(attribute)) return false;
  if (attribute === 'value' && valueShownBy.test(element)) return false;
  if (googleDocsAnchor.test(value.trim())) return false;
  const written = value.includes('{{') ? value.replace(/\{\{-?|-?\}\}/g, ' ').replace(templateFilter, ' ').trim() : value.trim();
  if (!/\p{L}/u.test(written) || languageTag.test(written) || durationOrWeek.test(written) || mediaType.test(written)) return false;
  // The presentation and state keywords, numbers, colours and times a `data-` value may hold.
  if (!dataValueMayHoldWords(written)) return false;
  // A plural of a word the post shows says nothing more (`<div id="reviewed-dates">` beside "reviewed date"; false positives round 42).
  const shown = (word: string) => shownWords.has(word) || singularsOf(word).some((singular) => shownWords.has(singular));
  return letterRuns(written).some((word) => !attributeKeywords.has(word) && !pageHeadingWords.has(word) && !genericAnchorWords.has(word) && !shown(word));
}
