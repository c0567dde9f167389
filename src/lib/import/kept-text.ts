import { decodeEntities } from '../html-entities.ts';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../frontmatter.ts';
import { prepareHtmlExport } from './html-exports.ts';
import { trackShortcode } from './track-shortcodes.ts';
import { emojiShortcodesAsCharacters } from './emoji-shortcodes.ts';

// Named entities that decodeEntities leaves alone, as Google Docs and Confluence write them.
const namedEntities: Record<string, string> = { hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', bull: '•', middot: '·', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', euro: '€', times: '×', deg: '°', shy: '' };
const decodeNamedEntities = (text: string) => text.replace(/&([a-z]+);/g, (all, name: string) => namedEntities[name] ?? all);

/**
 * Checks the importer's promise that every sentence of a report is in its draft: both are reduced
 * to their words (lowercased, without Markdown marks, MDX escapes, tags or entities) and each
 * sentence of the source must appear, word for word and in order, in the draft's body.
 */
export function wordsOf(text: string): string {
  // A link's destination is not prose: `[text](url)` counts as its text on both sides, so an
  // autolink `<url>` made into `[url](url)` or an image pointed at its copy does not read as a
  // changed sentence.
  // Likewise an HTML image: its words are its description (the importer makes it a Markdown
  // image pointing at the copy beside the draft), and an iframe's its address.
  const withoutDestinations = text
    // An image not found is kept as a note with its path, inside <Internal> (missingImageText): its
    // words are its description, as the image's are on the source's side (whose path and title are dropped).
    .replace(/(?:<Internal>)?\[Image not found when imported(?::\s*((?:[^`\]]|\\\])*?))?(?:\s+"(?:[^"\\]|\\.)*")?\s+\(`[^`]*`\)\](?:<\/Internal>)?/g, ' $1 ')
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, ']')
    .replace(/<img\b[^>]*>/gi, (tag) => ` ${/\balt\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2] ?? ''} `)
    // An embedded page's words are its address (the importer makes it a link to that page).
    .replace(/<iframe\b[^>]*>(?:\s*<\/iframe>)?/gi, (tag) => ` ${/\bsrc\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2] ?? ''} `);
  // Org's keywords and block lines (#+TITLE:, #+BEGIN_SRC) are marks, not words of the report.
  const withoutOrgKeywords = withoutDestinations.replace(/^[ \t]*#\+(?:title:|begin_\w+|end_\w+)/gim, ' ')
    // reStructuredText's link `words <https://…>`_ counts as its words, as a Markdown link does.
    .replace(/`([^`<]*?)\s*<[^>`\s]+>`__?/g, '$1')
    // A named target (`.. _status page: https://…`) is the address of the links that name it: its words are theirs.
    // (Sentences are split after "..", so the target may come without it.)
    .replace(/^[ \t]*(?:\.\.[ \t]+)?_`?([^:`\n]+)`?:[ \t]+\w+:\/\/\S+[ \t]*$/gm, '$1')
    // AsciiDoc's `link:https://…[words]`, `https://…[words]`, `xref:page.adoc[words]` and `<<id,words>>`
    // count as their words, as a Markdown link does; a block's attribute line (`[cols="1,3"]`,
    // `[NOTE]` aside: its kind is the quote's label) is markup (src/lib/import/asciidoc-markup.ts).
    .replace(/\b(?:link:|xref:)?(?:(?:https?|ftp|mailto):)?[^\s[\]]*\[([^\]]*)\](?!\()/g, (all, words: string) => (/^(?:link:|xref:|https?:|ftp:|mailto:)/.test(all) ? words : all))
    .replace(/<<[^,>]+,\s*([^>]+)>>/g, '$1')
    .replace(/^\[(?!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\])(?:[A-Za-z][\w-]*(?:=(?:"[^"]*"|[^,\]]*))?|[.#%][\w-]+)(?:,[^\]]*)?\][ \t]*$/gm, ' ');
  return (decodeNamedEntities(decodeEntities(withoutOrgKeywords.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1'))).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** An HTML element's `class` taken off (`<div class="tldr">` → `<div>`), in the source and the draft alike. */
const withoutClasses = (text: string) => text.replace(/(<[a-z][\w-]*\b[^<>]*?)\s+class(?:Name)?\s*=\s*(?:"[^"]*"|'[^']*')/gi, '$1');

export function sentencesOf(source: string, format: 'markdown' | 'html' | 'text'): string[] {
  // An HTML export counts from the report inside it (a Confluence page without its navigation,
  // storage-format macros with their code bodies), as the importer reads it.
  const text = format === 'html'
    ? prepareHtmlExport(source).html.replace(/<(style|script|head|title)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, '\n')
    // A status page's update blocks (update-blocks.ts) are markup, not words: an MDX component's tag
    // (`<Update date="…">`, `</Update>`) and a Statusfy container's `::: update` and `:::`. The
    // draft keeps their words, the state and instant, as each update's label. So is a status site's
    // `{{< track "…" >}}` shortcode: the draft writes it "(posted …)" (track-shortcodes.ts), but in a
    // template's comment of the frontmatter (`# {{< track "…" >}}`), which "Imported metadata" keeps as written.
    // An HTML element's `class` names the source site's style sheet, not the report's words: the
    // import takes off those a public post may not use (site-classes.ts, round 37).
    : format === 'markdown' ? withoutClasses(source).replace(/<\/?[A-Z][\w.]*\b[^<>]*>/g, '\n').replace(/^:::[ \t]*(?:update\b)?/gim, '\n').replace(new RegExp(String.raw`(?<!\`|^[ \t]*#[^\n]*)${trackShortcode().source}`, 'gm'), ' posted $1 ') : source;
  return decodeNamedEntities(decodeEntities(text))
    .split(/(?<=[.!?])\s+|\n/)
    .map(wordsOf)
    .filter(Boolean);
}

/**
 * Sentences of the source whose words are not in the draft's body, its title or its summary (empty: nothing
 * lost). The report's `# <Title>` heading is kept as the draft's `title`, not in its body.
 */
export function findLostSentences(source: string, format: 'markdown' | 'html' | 'text', draft: string): string[] {
  const split = splitFrontmatter(draft);
  const { title, summary } = (parseYaml(split.yaml) as { title?: unknown; summary?: unknown } | null) ?? {};
  // The page shows the summary above the body: an opening "Summary" section's paragraph that is
  // the summary is not repeated in the body (body-headings.ts), and is kept there.
  // "|" has no words: no sentence is found across the end of the title and the start of the body.
  const body = ` ${typeof title === 'string' ? `${wordsOf(title)} | ` : ''}${typeof summary === 'string' ? `${wordsOf(summary)} | ` : ''}${wordsOf(withoutClasses(split.body))} `;
  // A shortcode is written as its emoji in the draft (source-text.ts): ":warning: Leadup" is kept as
  // "⚠️ Leadup", not lost (measured as 54 lost sentences of a team's six posts, import round 44).
  const read = format === 'markdown' ? emojiShortcodesAsCharacters(source).markdown : source;
  return sentencesOf(read, format).filter((sentence) => !body.includes(` ${sentence} `) && !keptAsRowAndText(sentence, body));
}

/** A sentence's opening time, as words ("2011 07 28 03 06 utc", "03 06", "2011 07 28"), and a status update's state after it ("resolved"). */
const openingTime = /^((?:\d{4} \d{1,2} \d{1,2}|\d{1,2} \d{1,2} \d{4})(?: \d{1,2} \d{2}(?: \d{2})?)?|\d{1,2} \d{2}(?: \d{2})?)(?: (?:utc|gmt|z))?( (?:resolved|investigating|identified|monitoring|update|scheduled|in progress|verifying|completed|postmortem))? (?=[\p{L}\p{N}])/u;

/**
 * A status update written "2011-07-28 03:06:00 - One of our file servers failed over." is kept
 * apart by the import: its time opens a timeline row and its words are elsewhere, the summary
 * ("2011-07-28 03:06 UTC (its words are the summary, above)", src/lib/import/import-report.ts) or
 * the row's event, and its state ("Resolved") labels the row. Kept when the words after the time
 * are in the draft and so are the time (its seconds may be dropped: rows are to the minute) and the state.
 */
function keptAsRowAndText(sentence: string, body: string): boolean {
  const time = openingTime.exec(sentence);
  if (!time) return false;
  const kept = (row: string, rest: string) => {
    const toTheMinute = row.replace(/^(\d+ \d+ \d+ \d{1,2} \d{2}) \d{2}(?= |$)/, '$1');
    return rest.split(' ').length >= 2 && body.includes(` ${rest} `) && (body.includes(` ${row} `) || body.includes(` ${toTheMinute} `));
  };
  const rest = sentence.slice(time[0].length);
  // "… 14:05 UTC Investigating database problems": the state word may be the sentence's own first word.
  return kept(time[0].trim(), rest) || (!!time[2] && kept(time[0].slice(0, -time[2].length - 1).trim(), `${time[2].trim()} ${rest}`));
}
