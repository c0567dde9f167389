/**
 * A page left behind where something moved: its whole text one or two sentences with a link,
 * saying that what was here is now elsewhere ("The storage graphs are now on the [status](index.html)
 * page."). wynton's `beegfs.md` became a draft titled by its frontmatter, of one sentence and no
 * incident (import rounds 24 and 25). A short notice of an incident is not such a page: it names
 * what broke or a day or time, and no pointer phrase alone makes a page one.
 */

/** Words that say something moved or is kept elsewhere now. */
const movedPhrase = /\b(?:(?:has|have)\s+(?:been\s+)?moved|(?:is|are)\s+now\s+(?:on|at|in|available|hosted|located|shown|kept|found)|can\s+now\s+be\s+found|(?:has|have)\s+been\s+(?:replaced|retired|superseded)\s+by|redirect(?:s|ed)?\s+to)\b/i;

/** Words of an incident or a notice about one: such a page is a report, however short. */
const incidentWord = /\b(?:down|outages?|errors?|fail\w*|degrad\w*|incidents?|maintenance|unavailable|unreachable|slow\w*|delay\w*|restor\w*|resolv\w*|investigat\w*|issues?|problems?|disrupt\w*|interrupt\w*|broken|affect\w*|impact\w*|lost|loss)\b/i;

/** A day or a time written out: a notice dates itself. */
const writtenDayOrTime = /\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:today|tonight|yesterday|tomorrow)\b/i;

/**
 * The sentence of a page that only points elsewhere, or undefined: after its frontmatter and
 * comments, one paragraph of at most two sentences and 40 words, holding a link (Markdown or
 * `<a href>`) and a phrase saying that something is now elsewhere, with no word of an incident and
 * no day or time.
 */
export function pointerPageSentence(text: string): string | undefined {
  const body = text.replace(/^\uFEFF/, '')
    .replace(/^(?:[ \t]*\r?\n)*(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  if (!body || /\n\s*\n/.test(body) || /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||```|~~~)/m.test(body)) return undefined;
  if (!/\[[^\]]+\]\([^)\s]+\)|<a\s[^>]*href=/i.test(body)) return undefined;
  const words = body.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']').replace(/[[\]*_`]/g, '').replace(/\s+/g, ' ').trim();
  const sentences = words.split(/(?<=[.!?])\s+(?=\S)/).length;
  if (sentences > 2 || words.split(' ').length > 40) return undefined;
  if (!movedPhrase.test(words) || incidentWord.test(words) || writtenDayOrTime.test(words)) return undefined;
  return words;
}
