/**
 * Which `data-` attribute values of a public post may hold words customers must not read (canary
 * round 34 refused every value with a letter, unreadable-markup.ts; redact round 36 lets through
 * the values that cannot). A `data-` value is published in the page's source and never shown, so
 * a value of words (`data-note="ask the ledger team"`) is hidden text. A component's setting is
 * not: `data-variant="wide"`, `data-state="open"`, `data-width="640px"` are a public post's
 * legitimate markup, and refusing them made the author delete a layout to publish.
 *
 * Fail closed: a value passes only when every one of its words (at most four, space-separated,
 * as class-like lists are) is a number with or without a unit, a hex colour, an ISO day or time,
 * or one of a closed list of presentation and state keywords below. An English word outside the
 * list does not pass, though it is one: teams name their systems with words ("ledger", "falcon"),
 * so a word is a keyword only when it is about how a thing looks or which state it is in.
 */

/** Presentation and state keywords: layout, size, alignment, state, theme, tone, colour, order, orientation. */
const keywords = new Set(`
  wide narrow full full-width full-bleed half compact dense small medium large tall short xs sm md lg xl 2xl
  left right center centre top bottom middle start end inline block flex grid stack row column
  open closed collapsed expanded hidden visible active inactive enabled disabled selected current
  on off true false yes no none auto default
  light dark primary secondary tertiary muted subtle info note tip warning caution danger error success neutral important
  red orange yellow green blue purple pink grey gray black white
  asc desc ascending descending horizontal vertical landscape portrait sticky fixed static relative absolute
`.split(/\s+/).filter(Boolean));

/** A number with an optional CSS unit or percent sign ("640px", "1.5rem", "50%", "200ms"). */
const measure = /^-?\d+(?:\.\d+)?(?:px|em|rem|ex|ch|vh|vw|vmin|vmax|pt|pc|cm|mm|in|%|ms|s|fr|deg|x)?$/i;
/** A hex colour ("#f60", "#ffcc00", "#ffcc0080"). */
const hexColour = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** An ISO day or time ("2025-03-01", "2025-03-01T10:00:00Z", "10:20"). */
const isoTime = /^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)$/;

/** Whether a `data-` attribute's value may hold words the public page's source must not carry. */
export function dataValueMayHoldWords(value: string): boolean {
  if (!/\p{L}/u.test(value)) return false;
  const words = value.trim().split(/\s+/);
  if (words.length > 4) return true;
  return !words.every((word) => keywords.has(word.toLowerCase()) || measure.test(word) || hexColour.test(word) || isoTime.test(word));
}
