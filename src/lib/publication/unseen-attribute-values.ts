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

/**
 * The words a post's text shows, for {@link unseenValueHoldsWords}: each text's words, and the
 * words its slug joins (false positives round 41b: a table of contents' links to the post's own
 * headings), which say nothing the text does not.
 */
export function shownWordsOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of [...letterRuns(text), ...letterRuns(text.replace(droppedBySlug, ''))]) words.add(word);
  return words;
}

/**
 * Whether an attribute of `element` (`name` as written, `dateTime` or `datetime`) is one no reader
 * is shown and its `value` says words the post's text (`shownWords`) does not: a finding.
 * `data-` and `on…` attributes have checks of their own and are not judged here.
 */
export function unseenValueHoldsWords(element: string, name: string, value: string, shownWords: ReadonlySet<string>): boolean {
  const attribute = name.toLowerCase();
  if (readElsewhere.has(attribute) || ariaShown.test(attribute) || /^(?:data-|on)/.test(attribute)) return false;
  if (attribute === 'value' && valueShownBy.test(element)) return false;
  const written = value.trim();
  if (!/\p{L}/u.test(written) || languageTag.test(written) || durationOrWeek.test(written) || mediaType.test(written)) return false;
  // The presentation and state keywords, numbers, colours and times a `data-` value may hold.
  if (!dataValueMayHoldWords(written)) return false;
  return letterRuns(written).some((word) => !attributeKeywords.has(word) && !pageHeadingWords.has(word) && !genericAnchorWords.has(word) && !shownWords.has(word));
}
