/**
 * A line written in another wiki's markup (bad input round 15), which Markdown shows as typed:
 * reports converted from Jira or Confluence (`h2. What happened`, `{code}` … `{code}`,
 * `[runbook|https://…]`, `||a||b||`), MediaWiki (`== What happened ==`, `[[Runbook]]`), AsciiDoc
 * (`== What happened`), reStructuredText (`.. code-block:: sql`) and Org mode (`#+TITLE:`), and
 * a Markdown heading without its space (`##What happened`, shown as a paragraph). None of the
 * corpora's 1,875 Markdown reports holds one outside code (their `[[ -e … ]]` are shell tests, in
 * code). Pure text, no Astro; read line by line outside fenced and indented code and code spans
 * (src/lib/angle-bracket-text.ts).
 */
import type { AngleBracketMistake } from './angle-bracket-text.ts';
import { linesOutsideFences } from './lines-outside-fences.ts';
import { findOtherDialectMarks } from './other-dialect-marks.ts';

const headingOf = (title: string, level: number) => `${'#'.repeat(Math.max(2, Math.min(6, level)))} ${title.trim()}`;

/** The other markup on one line of prose, with the Markdown to write. */
export function findForeignMarkup(line: string): AngleBracketMistake[] {
  const found: AngleBracketMistake[] = [];
  const jiraHeading = /^h([1-6])\.\s+(\S.*)$/.exec(line);
  if (jiraHeading) found.push({ index: 0, message: `\`${line.trim()}\` is a heading in Jira or Confluence markup, which Markdown shows as a line of text.`, fix: `write it as a Markdown heading: ${headingOf(jiraHeading[2], Number(jiraHeading[1]) + 1)}.` });
  const block = /^\s*\{(code|noformat|panel|quote|info|note|warning|tip|expand)(?::[^}]*)?\}/.exec(line);
  if (block) found.push({ index: line.indexOf('{'), message: `\`{${block[1]}}\` is a Jira or Confluence block, which Markdown shows as typed${/code|noformat/.test(block[1]) ? ' (and whatever it holds as prose)' : ''}.`, fix: /code|noformat/.test(block[1]) ? 'write the block between two lines of ``` (a fenced code block).' : block[1] === 'quote' ? 'write each line of it after a > (a block quote).' : 'write the text without the markers (a **Note:** before it, if it was a note).' });
  if (/^\|\|.*\|\|\s*$/.test(line)) found.push({ index: 0, message: `\`${line.trim().slice(0, 60)}\` is a table header in Jira markup (||), which Markdown shows as typed.`, fix: 'write the header with single | between the cells, and a line of | --- | under it.' });
  const mediaWiki = /^(={2,6})\s*([^=\s].*?)\s*\1\s*$/.exec(line);
  const asciiDoc = mediaWiki ? undefined : /^(={1,5}) (\S.*)$/.exec(line);
  if (mediaWiki || asciiDoc) {
    const [, marks, title] = (mediaWiki ?? asciiDoc)!;
    found.push({ index: 0, message: `\`${line.trim()}\` is a heading in ${mediaWiki ? 'MediaWiki' : 'AsciiDoc'} markup, which Markdown shows as a line of text.`, fix: `write it as a Markdown heading: ${headingOf(title, marks.length + (asciiDoc ? 1 : 0))}.` });
  }
  const directive = /^\.\. ([a-z][\w-]*)::/.exec(line);
  if (directive) found.push({ index: 0, message: `\`${line.trim()}\` is a reStructuredText directive, which Markdown shows as typed.`, fix: directive[1].includes('code') ? `write the code between two lines of \`\`\`${line.split('::')[1]?.trim() ?? ''} and \`\`\`.` : 'write what it holds as Markdown (an image as ![text](path), a note as a paragraph).' });
  const org = /^#\+([A-Za-z_]+):?/.exec(line);
  // Round 41: a block's two lines (`#+BEGIN_SRC sh` … `#+END_SRC`) were two findings for one block:
  // the block is said at its opening line, with the fix for both (a lone closing line is said by findOrgMarkup).
  const orgBlock = org ? /^begin_(\w+)/i.exec(org[1]) : null;
  if (org && orgBlock) {
    const kind = orgBlock[1].toLowerCase();
    const language = line.trim().split(/\s+/)[1] ?? '';
    found.push({ index: 0, message: `\`${line.trim()}\` opens a block of Org mode, closed by #+${org[1].slice(0, 5) === 'BEGIN' ? 'END' : 'end'}_${orgBlock[1]}, which Markdown shows as typed, both lines and what is between them as prose.`, fix: kind === 'src' || kind === 'example' ? `write the code between a line of \`\`\`${kind === 'src' ? language : ''} and a line of \`\`\`, in place of the two #+ lines.` : kind === 'quote' ? 'write each line of it after a > (a block quote), and delete the two #+ lines.' : 'delete the two #+ lines and keep the text.' });
  } else if (org && !/^end_/i.test(org[1])) found.push({ index: 0, message: `\`${line.trim()}\` is an Org-mode keyword, which Markdown shows as typed.`, fix: /^title$/i.test(org[1]) ? 'move the title to the frontmatter (title:) and delete the line.' : 'delete the line, or write what it says as text.' });
  // Round 41: Org's heading of a second level or deeper (`** Timeline`): stars then a space open no
  // list and no emphasis, so Markdown shows the line as typed. A first level (`* Summary`) is a list
  // item to Markdown: findOrgMarkup says it where the text shows it is meant as a heading.
  // One space after the stars, as Org writes it (code spans reach here blanked to spaces:
  // "**`x` from" is bold), and no closing ** on the line (`** Owner:** text` is bold mistyped).
  const orgHeading = /^(\*{2,}) (?![*\s])([^*]*(?:\*(?!\*)[^*]*)*)$/.exec(line);
  if (orgHeading) found.push({ index: 0, message: `\`${line.trim().slice(0, 60)}\` is a heading in Org-mode markup, which Markdown shows as a line of text, the stars included.`, fix: `write it as a Markdown heading: ${headingOf(orgHeading[2], orgHeading[1].length + 1)}.` });
  // Round 19: `:::note` … `:::`, a container of Docusaurus, VuePress or markdown-it-container (a
  // status page's export writes `::: update Resolved | …`): Markdown shows the colons as typed.
  // Round 40b: Pandoc's fenced div too (`::: {.warning}`, `:::: note`, any number of colons from three).
  const pandocDiv = /^:{3,}\s*\{\s*[.#]?([A-Za-z][\w-]*)[^}]*\}(.*)$/.exec(line);
  const container = pandocDiv ?? /^:{3,}\s*([A-Za-z][\w-]*)?(.*)$/.exec(line);
  if (container && container[1]) {
    const label = /^(note|tip|info|warning|caution|danger|important)$/i.test(container[1]) ? container[1][0].toUpperCase() + container[1].slice(1).toLowerCase() : undefined;
    found.push({ index: 0, message: `\`${line.trim().slice(0, 60)}\` opens a ::: container (${pandocDiv ? 'a fenced div of Pandoc, or a directive of MyST' : 'an admonition of Docusaurus or VuePress, or a fenced div of Pandoc'}), which Markdown shows as typed, the closing ::: too.`,
      fix: label ? `write the text as a block quote with its label, > **${label}:** …, and delete the ::: lines.` : `delete the ::: lines and keep the text${container[2].trim() ? ` (what follows ${container[1]} as a heading or a bold label, e.g. **${container[2].replace(/[|].*$/, '').trim() || container[1]}**)` : ''}.` });
  }
  // Round 40: GitHub's alert (`> [!NOTE]`, as a README on GitHub writes one): this site renders a
  // plain quote, "[!NOTE]" shown as typed on its first line.
  // Round 40b: text on the alert's line too (`> [!NOTE] The pool …`), and Obsidian's callouts
  // (`> [!bug]`, `> [!faq]-` folded), which GitHub shows as typed as well.
  const alert = /^ {0,3}>\s*\[!([A-Za-z][\w-]*)\]([+-]?)(.*)$/.exec(line);
  if (alert) {
    const github = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION)$/i.test(alert[1]) && !alert[2] && !alert[3].trim();
    const label = `${alert[1][0].toUpperCase()}${alert[1].slice(1).toLowerCase()}`;
    found.push({ index: line.indexOf('['), message: `\`[!${alert[1]}]${alert[2]}\` opens ${github ? 'a GitHub alert' : 'a callout (Obsidian\'s, or a GitHub alert)'}, which this site shows as a plain quote with "[!${alert[1]}]${alert[2]}" as typed.`, fix: `write the label in words on the quote's first line, ${/^(NOTE|TIP|IMPORTANT|WARNING|CAUTION)$/i.test(alert[1]) || !alert[3].trim() ? `> **${label}:** ${alert[3].trim().slice(0, 60) || '…'}` : `> **${alert[3].trim().slice(0, 60)}** …`}, and delete [!${alert[1]}]${alert[2]}.` });
  }
  // Round 40b: MkDocs' admonition (`!!! note "Title"`, `??? info` folded): Markdown shows the
  // line as typed and its indented text under it as a code block.
  const admonition = /^(!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]*)(?:[ \t]+"([^"]*)")?/.exec(line);
  if (admonition) found.push({ index: 0, message: `\`${line.trim().slice(0, 60)}\` is an admonition of MkDocs, which Markdown shows as typed, and the indented lines under it as a block of code.`, fix: `write it as a block quote with its label, > **${admonition[3] || admonition[2][0].toUpperCase() + admonition[2].slice(1).toLowerCase() + ':'}** …, its text after > and not indented.` });
  const glued = /^(#{2,6})([A-Za-z].*)$/.exec(line);
  if (glued) found.push({ index: 0, message: `\`${line.trim()}\` has no space after its ${glued[1]}, so Markdown shows it as a line of text, not a heading.`, fix: `write ${glued[1]} ${glued[2]}.` });
  // Round 40: `#Root cause` too (one #, a capital, words after it): a Slack channel or a hashtag is
  // written in lower case, one word (`#checkout-oncall`), and is left.
  const gluedTitle = /^#([A-Z][A-Za-z]*(?: +[A-Za-z][\w'-]*)+)\s*$/.exec(line);
  if (gluedTitle) found.push({ index: 0, message: `\`${line.trim()}\` has no space after its #, so Markdown shows it as a line of text, not a heading.`, fix: `write ## ${gluedTitle[1].trim()} (sections start at ##: the page's title is its only level-1 heading).` });
  // Round 40: a LaTeX math block (`$$` on a line of its own, as GitHub and many sites render it): shown as typed here.
  if (/^ {0,3}\$\$\s*$/.test(line)) found.push({ index: 0, message: '`$$` opens or closes a LaTeX math block, which this site does not render: the page shows the formula as typed, $$ included.', fix: 'put the formula in a code block (a line of ```tex before it and ``` after it), or write it in words.' });
  // Round 18: `##\u00a0What happened`, a no-break space (or another wide space) after the marks, as
  // a word processor or a chat writes it: Markdown needs a space or a tab there, so the page showed
  // "## What happened" as a paragraph, the heading missing from the page's outline.
  const otherSpace = /^(#{1,6})([\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+)(\S.*)$/.exec(line);
  if (otherSpace) {
    const code = otherSpace[2].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    found.push({ index: 0, message: `\`${otherSpace[1]} ${otherSpace[3].trim()}\` has ${code === '00A0' ? 'a no-break space' : 'a wide space'} (U+${code}) after its ${otherSpace[1]}, not a space: Markdown shows it as a line of text, not a heading.`, fix: `retype the space after the ${otherSpace[1]}: ${otherSpace[1]} ${otherSpace[3].trim()}.` });
  }
  // Round 56: `＜Internal＞Ana was paged.＜/Internal＞`, the component's tags typed with full-width angle brackets (U+FF1C,
  // U+FF1E, as a Japanese or Chinese input method types them): no component, shown as typed on every site, its words too.
  for (const tag of line.matchAll(/＜(\/?)\s*(Internal|PublicOnly)\s*(\/?)＞/gi)) {
    found.push({ index: tag.index, message: `\`${tag[0]}\` is written with full-width angle brackets (＜ U+FF1C and ＞ U+FF1E, as an input method for Chinese or Japanese types them), not < and >: it is no <${tag[2]}> component, so its tags and the words between them are shown as typed${/^internal$/i.test(tag[2]) ? ', on the public site too' : ''}.`, fix: `retype the brackets as ASCII: <${tag[1]}${tag[2]}${tag[3]}>.`, ...(/^internal$/i.test(tag[2]) ? { showsInternalText: true as const } : {}) });
  }
  // Round 54: `＃＃ Timeline`, the full-width number sign (U+FF03) of a Japanese or Chinese input method:
  // no heading to Markdown, shown as a line of text, and the timeline missing from the page's outline.
  const wideHashes = /^ {0,3}(＃{1,6})[ \t\u3000]*(\S.*)$/.exec(line);
  if (wideHashes) {
    const marks = '#'.repeat(Math.max(2, wideHashes[1].length));
    found.push({ index: line.indexOf('＃'), message: `\`${line.trim().slice(0, 60)}\` opens with ${wideHashes[1].length === 1 ? 'a full-width number sign' : 'full-width number signs'} (＃, U+FF03, as an input method for Chinese or Japanese types it), not #: Markdown shows it as a line of text, not a heading.`, fix: `retype the marks as ASCII #, a space after them: ${marks} ${wideHashes[2].trim()}.` });
  }
  // Round 39: a list item indented with no-break spaces (a paste from a web page or a chat) is
  // no nested item: Markdown joins it to the item above as text, "One - Two".
  const wideIndent = /^ *([\u00a0\u2000-\u200a\u202f\u205f\u3000])[ \u00a0\u2000-\u200a\u202f\u205f\u3000]*([-*+]|\d{1,9}[.)])[ \t]+(\S.*)$/.exec(line);
  if (wideIndent) {
    const code = wideIndent[1].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    found.push({ index: 0, message: `\`${wideIndent[2]} ${wideIndent[3].trim().slice(0, 60)}\` is indented with ${code === '00A0' ? 'no-break spaces' : 'wide spaces'} (U+${code}), not spaces: Markdown reads no list item there, and shows the line as text joined to the line above it.`, fix: 'retype the indentation before it as plain spaces (two for each level of the list).' });
  }
  // Round 39b: a list pasted from a word processor or a chat keeps its bullet character (`• One`):
  // Markdown reads no list and joins the lines into one paragraph, "• One • Two".
  const bullet = /^ {0,3}([\u2022\u25e6\u25aa\u2023])[ \t\u00a0]+(\S.*)$/.exec(line);
  if (bullet) found.push({ index: line.indexOf(bullet[1]), message: `\`${bullet[1]} ${bullet[2].trim().slice(0, 60)}\` is a list item made with the character ${bullet[1]} (U+${bullet[1].codePointAt(0)!.toString(16).toUpperCase()}), as a word processor or a chat pastes it: Markdown reads no list, and joins the line to the lines around it as one paragraph.`, fix: `write it with a hyphen and a space: - ${bullet[2].trim().slice(0, 60)}.` });
  for (const link of line.matchAll(/\[([^\]|\n]+)\|(https?:\/\/[^\]\s]+)\]/g)) {
    found.push({ index: link.index, message: `[${link[1]}|${link[2]}] is a link in Jira or Confluence markup: Markdown shows the brackets, the words and the address as text.`, fix: `write [${link[1]}](${link[2]}).` });
  }
  // Round 42: a task list's box written without its space (`- [] Validate pool sizes`): Markdown
  // reads no checkbox, and the page shows "[]" before the words.
  const boxWithoutSpace = line.includes('[]') && /^\s*[-*+][ \t]+\[\][ \t]+(\S.*)$/.exec(line);
  if (boxWithoutSpace) found.push({ index: line.indexOf('[]'), message: `\`[]\` before "${boxWithoutSpace[1].slice(0, 60)}" is a task list's box without the space inside it: Markdown reads no checkbox, and the page shows "[]" as typed.`, fix: 'write [ ] (a space between the brackets) for an open item, or [x] for a done one.' });
  // Round 53: a done box with spaces around its x (`- [ x ] Revert the config`): Markdown reads no
  // checkbox either, and the follow-ups read the item as work still to do.
  const spacedBox = line.includes('[') && /^\s*[-*+][ \t]+\[(?: [xX] ?| ?[xX] )\][ \t]+(\S.*)$/.exec(line);
  if (spacedBox) found.push({ index: line.indexOf('['), message: `\`${/\[[^\]]*\]/.exec(line)![0]}\` before "${spacedBox[1].slice(0, 60)}" is a task list's box with a space beside its x: Markdown reads no checkbox, and the page shows the brackets as typed.`, fix: 'write [x] (no space inside the brackets) for a done item, or [ ] for an open one.' });
  // Round 40b: `[[Runbook#Rollback]]`, and Obsidian's embed `![[pool.png|300]]` (an image shown
  // in the page, the number its width), said as the image it is.
  // Round 42: a target opening with a digit (a postmortem's id, `[[2025-07-08-checkout-config]]`)
  // was passed and shown as typed; one with no letter (`[[1]]`, a pasted footnote mark) still is.
  // Round 56: `[[Runbook: pool sizes]]`, a page's title with a colon or an apostrophe (Confluence's, MediaWiki's namespaces), was passed.
  for (const link of line.matchAll(/(!?)\[\[((?=[^\]|\n]*[A-Za-z])[A-Za-z0-9][\w .\/:'’-]*(?:#[^\]|\n]*)?)(?:\|([^\]\n]+))?\]\](?!\()/g)) {
    const shown = `${link[1]}[[${link[2]}${link[3] ? `|${link[3]}` : ''}]]`;
    const image = link[1] && /\.(?:png|jpe?g|gif|svg|webp|avif)$/i.test(link[2]);
    if (image) found.push({ index: link.index, message: `${shown} is an image embedded as Obsidian writes it: Markdown shows the brackets and the name as text, and no image.`, fix: `write ![what it shows](${link[2].trim()}) (the file beside the postmortem, e.g. media/<id>/).` });
    else {
      // A target of a postmortem's id shape is the postmortem's page, whose address is known.
      const postmortem = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/.exec(link[2].trim().replace(/\.mdx?$/, ''));
      found.push({ index: link.index, message: `${shown} is ${link[1] ? 'a note embedded as Obsidian writes it' : 'a wiki link (MediaWiki, Confluence, Obsidian)'}: Markdown shows the brackets as text, and links to nothing.`,
        fix: postmortem ? `write [${link[3] ?? 'the words'}](/postmortems/${postmortem[0]}/) (the postmortem's page), or the words alone.` : `write [${link[3] ?? link[2].replace(/#/, ', ')}](<the page's address>), or the words alone.` });
    }
  }
  // Round 40b: Org mode's link, `[[https://…][the label]]`.
  for (const link of line.matchAll(/\[\[(https?:\/\/[^\]\s]+)\]\[([^\]\n]+)\]\]/g)) {
    found.push({ index: link.index, message: `${link[0]} is a link in Org-mode markup: Markdown shows the brackets, the address and the words as text.`, fix: `write [${link[2]}](${link[1]}).` });
  }
  found.push(...findOtherDialectMarks(line));
  return found;
}

/**
 * Lines of a list made with a dash (`— One`, `– Two`), as a word processor's autoformat or a chat
 * writes it (bad input round 39b): Markdown reads no list and joins them into one paragraph,
 * "— One — Two". One such line alone is how a quotation's source is written, so only two or more
 * in a row are said; each at its 1-based line.
 */
export function findDashListItems(body: string): { line: number; mistake: AngleBracketMistake }[] {
  if (!/^ {0,3}[\u2013\u2014] \S/m.test(body)) return [];
  const found: { line: number; mistake: AngleBracketMistake }[] = [];
  const item = /^ {0,3}([\u2013\u2014]) (\S.*)$/;
  let run: { index: number; dash: string; text: string }[] = [];
  const close = () => {
    if (run.length > 1) for (const { index, dash, text } of run) found.push({ line: index + 1, mistake: { index: 0, message: `\`${dash} ${text.trim().slice(0, 60)}\` is a list item made with a dash (${dash}, U+${dash.codePointAt(0)!.toString(16).toUpperCase()}), as a word processor's autoformat writes it: Markdown reads no list, and joins the lines into one paragraph.`, fix: `write it with a hyphen and a space: - ${text.trim().slice(0, 60)}.` } });
    run = [];
  };
  for (const { index, line } of linesOutsideFences(body)) {
    const match = item.exec(line);
    if (match && (!run.length || run[run.length - 1].index === index - 1)) run.push({ index, dash: match[1], text: match[2] });
    else {
      close();
      if (match) run.push({ index, dash: match[1], text: match[2] });
    }
  }
  close();
  return found;
}

/**
 * A definition list (`Pool` over `: the set of connections`), as PHP Markdown Extra, Pandoc and
 * kramdown write it (bad input round 40b): Markdown joins the two lines into one paragraph,
 * "Pool : the set of connections". Each definition's line is said, at its 1-based line, with the
 * term above it.
 */
export function findDefinitionListItems(body: string): { line: number; mistake: AngleBracketMistake }[] {
  if (!/^:[ \t]+\S/m.test(body)) return [];
  const found: { line: number; mistake: AngleBracketMistake }[] = [];
  let previous: { index: number; line: string } | undefined;
  for (const current of linesOutsideFences(body)) {
    const definition = /^:[ \t]+(\S.*)$/.exec(current.line);
    const term = previous && previous.index === current.index - 1 ? previous.line.trim() : '';
    if (definition && term && !/^(?:[#>|]|[-*+][ \t]|\d+[.)][ \t])/.test(term)) {
      const shownTerm = term.startsWith(':') ? '' : term.slice(0, 40);
      found.push({ line: current.index + 1, mistake: { index: 0, message: `\`: ${definition[1].trim().slice(0, 40)}\` is a definition in a definition list (PHP Markdown Extra, Pandoc, kramdown), which this site does not read: it joins the line to the one above it as one paragraph, the colon shown.`, fix: shownTerm ? `write the term in bold before its definition on one line, **${shownTerm}**: ${definition[1].trim().slice(0, 40)} (a list item per term, if there are several).` : 'write the definition after its term on one line, the term in bold.' } });
    }
    previous = current;
  }
  return found;
}

/** The headings an incident report has (the template's and other teams'), for a lone `* Root cause`. */
const sectionTitles = 'summary|executive summary|overview|background|what happened|impact|customer impact|timeline|root causes?|cause|contributing factors|trigger|detection|response|recovery|resolution|mitigation|analysis|lessons learned|learnings|what went well|what went wrong|where we got lucky|action items|follow-ups|follow ups|next steps|remediation';
const reportSectionTitle = new RegExp(`^(?:${sectionTitles})$`, 'i');
/** A body that may hold Org's marks: a deeper heading, a keyword, or a `* ` item that is a section title (most lists are none, and are not walked). */
const mayHoldOrgMarkup = new RegExp(`^\\*{2,} \\S|^#\\+|^\\*[ \\t]+(?:${sectionTitles})[:.]?[ \\t]*$`, 'im');

/**
 * Org mode's marks that need the lines around them (bad input round 41): a first-level heading
 * (`* Root cause`), which Markdown reads as a one-item list, said where it is meant as a heading: a
 * lone item that is a report's section title, or any lone item of a body that has Org's deeper
 * headings or keywords; and a block's closing `#+END_…` with no opening line above it.
 */
export function findOrgMarkup(body: string): { line: number; mistake: AngleBracketMistake }[] {
  if (!mayHoldOrgMarkup.test(body)) return [];
  const lines = [...linesOutsideFences(body)];
  const orgBody = lines.some(({ line }) => /^\*{2,} [^*\s](?!.*\*\*)|^#\+[A-Za-z_]+/.test(line));
  const listItem = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]/;
  const found: { line: number; mistake: AngleBracketMistake }[] = [];
  let openBlock = false;
  lines.forEach(({ index, line }, at) => {
    if (/^#\+begin_/i.test(line)) openBlock = true;
    if (/^#\+end_/i.test(line)) {
      if (!openBlock) found.push({ line: index + 1, mistake: { index: 0, message: `\`${line.trim()}\` closes a block of Org mode that no #+BEGIN_ line opens, and Markdown shows it as typed.`, fix: 'delete the line.' } });
      openBlock = false;
      return;
    }
    // Round 42 (round 41's leftover): Org's italic, `/far/ too small`, shown with its slashes. Only in
    // a body Org's headings or keywords show to be Org's: elsewhere one word between slashes is as
    // likely a path (`/var/`, `/api/`), which the line's own words cannot tell apart.
    if (orgBody && !openBlock && line.includes('/')) {
      for (const italic of line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)).matchAll(/(?<=^|[\s(])\/([A-Za-z][^/\n]*?[A-Za-z.,!?])\/(?=$|[\s.,;:!?)])/g)) {
        found.push({ line: index + 1, mistake: { index: italic.index, message: `${italic[0]} is italic in Org-mode markup, which Markdown shows as typed, slashes included.`, fix: `write it as *${italic[1]}*.` } });
      }
    }
    const heading = /^\*[ \t]+(\S.*?)\s*$/.exec(line);
    if (!heading) return;
    const neighbour = (step: number) => {
      for (let other = at + step; other >= 0 && other < lines.length && Math.abs(lines[other].index - index) <= 2; other += step) if (lines[other].line.trim()) return lines[other].line;
      return '';
    };
    if (listItem.test(neighbour(-1)) || listItem.test(neighbour(1)) || /^\s{2,}\S/.test(neighbour(1))) return;
    if (!orgBody && !reportSectionTitle.test(heading[1].replace(/[:.]$/, ''))) return;
    found.push({ line: index + 1, mistake: { index: 0, message: `\`* ${heading[1].slice(0, 60)}\` is a heading in Org-mode markup, which Markdown reads as a list of one item, "${heading[1].slice(0, 60)}" with a bullet.`, fix: `write it as a Markdown heading: ${headingOf(heading[1], 2)}; if it is a list of one item, write it with a dash: - ${heading[1].slice(0, 60)}.` } });
  });
  return found;
}

/**
 * A table of AsciiDoc (`|===` … `|===`, bad input round 40b): Markdown shows the lines as typed,
 * its rows as one paragraph. Said once, at the `|===` that opens it.
 */
export function findAsciiDocTables(body: string): { line: number; mistake: AngleBracketMistake }[] {
  if (!/^\|===\s*$/m.test(body)) return [];
  const found: { line: number; mistake: AngleBracketMistake }[] = [];
  let opening: number | undefined;
  for (const { index, line } of linesOutsideFences(body)) {
    if (!/^\|===\s*$/.test(line)) continue;
    if (opening === undefined) {
      opening = index;
      found.push({ line: index + 1, mistake: { index: 0, message: '`|===` opens a table of AsciiDoc, which Markdown shows as typed, its rows and the closing |=== as one paragraph.', fix: 'write the table in Markdown: a header row | a | b |, a line | --- | --- | under it, a row per line; delete the |=== lines.' } });
    } else opening = undefined;
  }
  return found;
}

/**
 * A grid table of Pandoc or reStructuredText (`+-------+-------+` borders around `| cell | cell |` lines, `+=====+` under
 * the header; bad input round 59): Markdown reads no table, and the page shows the borders and the rows as typed, as one
 * paragraph. Said once, at the first border of each table.
 */
export function findGridTables(body: string): { line: number; mistake: AngleBracketMistake }[] {
  if (!/^\s*\+(?:[-=:]+\+)+\s*$/m.test(body)) return [];
  const found: { line: number; mistake: AngleBracketMistake }[] = [];
  let inTable = false;
  const lines = [...linesOutsideFences(body)];
  lines.forEach(({ index, line }, at) => {
    const border = /^\s*\+(?:[-=:]+\+)+\s*$/.test(line);
    const row = /^\s*\|.*\|\s*$/.test(line);
    if (border && !inTable && /^\s*\|/.test(lines[at + 1]?.line ?? '')) {
      inTable = true;
      found.push({ line: index + 1, mistake: { index: 0, message: `\`${line.trim().slice(0, 40)}\` opens a grid table (of Pandoc or reStructuredText), which Markdown does not read: the page shows its borders and rows as typed, in one paragraph.`, fix: 'write the table in Markdown: the header row | a | b |, a line | --- | --- | under it, then a row per line, and delete the + - = border lines (a cell of several lines is joined into one, or its lines separated by <br />).' } });
    } else if (!border && !row) inTable = false;
  });
  return found;
}

/**
 * A fence whose language is a MyST or Sphinx directive in braces (```` ```{note} ````, `{admonition}`,
 * `{toctree}`, `{image}`: bad input round 44; 62 such fences in the corpora's Sphinx sites): this
 * site renders a code block, the directive's text shown as code, or its option lines as typed.
 * Said at the fence's 1-based line, with what to write for the common directives. Round 45: a Mermaid
 * diagram's fence too, which GitHub draws and this site shows as code.
 */
export function findUnrenderedFences(body: string): { line: number; mistake: AngleBracketMistake }[] {
  if (!/^ {0,3}(?:`{3,}|~{3,})\s*(?:\{|mermaid)/im.test(body)) return [];
  const found: { line: number; mistake: AngleBracketMistake }[] = [];
  const lines = body.split('\n');
  let open: string | undefined;
  lines.forEach((text, index) => {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(text.replace(/\r$/, ''));
    if (!fence) return;
    if (open !== undefined) {
      if (fence[1][0] === open[0] && fence[1].length >= open.length && !fence[2].trim()) open = undefined;
      return;
    }
    open = fence[1];
    // Round 45: a Mermaid diagram (12 of the corpora's reports draw one), which GitHub draws and this site shows as its source.
    if (/^mermaid\b/i.test(fence[2].trim())) {
      found.push({ line: index + 1, mistake: { index: 0,
        message: 'this fence holds a Mermaid diagram, which GitHub and some editors draw, but this site does not: the page shows its source, as code.',
        fix: 'export the diagram as an SVG or PNG (Mermaid\'s live editor, or mmdc), save it beside the postmortem (media/<id>/) and show it with ![what it shows](./media/<id>/diagram.svg); keep the source in the repository if it is to be edited again.' } });
      return;
    }
    const directive = /^\{([a-z][\w-]*)\}\s*(.*)$/i.exec(fence[2].trim());
    if (!directive) return;
    const name = directive[1].toLowerCase();
    const label = /^(?:note|tip|warning|caution|danger|important|attention|hint|error|seealso|admonition)$/.test(name) ? (name === 'admonition' ? directive[2].trim() || 'Note' : `${name[0].toUpperCase()}${name.slice(1)}`) : undefined;
    found.push({ line: index + 1, mistake: { index: 0,
      message: `the fence "${text.trim().slice(0, 60)}" opens a directive of MyST (Sphinx's Markdown), which this site does not run: the page shows a block of code holding its text${label ? '' : ' and its options'}.`,
      fix: label ? `write it as a block quote with its label, > **${label}:** …, and delete the two fence lines.`
        : name === 'image' || name === 'figure' ? 'write the image in Markdown, ![what it shows](./media/<id>/x.png), and delete the fence.'
          : name === 'code-block' || name === 'code' ? `write a plain fence with the language: \`\`\`${directive[2].trim().split(/\s/)[0] || ''}.`
            : 'write what it stands for in Markdown (a list of links for a toctree, the text itself for an include), and delete the fence.' } });
  });
  return found;
}

/**
 * What a MyST role stands for, as Markdown to write (bad input round 45: `{ref}`pool-limits`` in an
 * .mdx body was said as "{ref} is read as JavaScript, the value of a variable ref", which named
 * neither MyST nor the link it was; in a .md body it was published as typed). `content` is what the
 * backticks hold: `the limits <pool-limits>` gives the words and the target apart.
 */
export function mystRoleAdvice(role: string, content: string, mdx: boolean): { message: string; fix: string } {
  const name = role.toLowerCase();
  const titled = /^(.*?)\s*<([^<>]+)>$/.exec(content.trim());
  const words = titled?.[1] || content.trim();
  const target = titled?.[2] ?? content.trim();
  const written = `{${role}}\`${content}\``;
  const what = /^(?:ref|numref|eq|any|std:ref)$/.test(name) ? `a cross-reference to the label ${target}`
    : name === 'doc' ? `a link to the document ${target}`
      : /^(?:term|abbr)$/.test(name) ? `a term of the glossary (${words})`
        : name === 'download' ? `a link to download ${target}`
          : name === 'math' ? 'a formula' : `the role ${name}`;
  const fix = /^(?:ref|numref|eq|any|std:ref)$/.test(name) ? `write a link to the heading: [${words}](#${target.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}) on this page, or [${words}](/postmortems/<id>/#<heading>) on another postmortem's.`
    : name === 'doc' ? `write a link: [${words}](/postmortems/<id>/) if it is a postmortem, or the document's full https:// address.`
      : /^(?:term|abbr)$/.test(name) ? `write the words themselves: ${words}.`
        : name === 'download' ? `link to the file where readers can open it, by its full https:// address: [${words}](https://…).`
          : name === 'math' ? `write the formula as code: \`${content}\`.` : `write the text itself: ${words}.`;
  return {
    message: `${written} is ${what} in MyST (Sphinx's Markdown), which this site does not run: ${mdx ? `in an .mdx body {${role}} is read as JavaScript, the value of a variable ${role.replace(/:.*/, '')}, when the site is built, not shown as typed` : 'the page shows it as typed, braces and backticks included'}.`,
    fix,
  };
}

/** MyST roles (`{ref}`label``, `{doc}`path``, `{term}`SLO``) in a body, outside code, at their 1-based line and column. */
export function findMystRoles(body: string, mdx: boolean): { line: number; column: number; role: string; content: string; mistake: AngleBracketMistake }[] {
  if (!/\{[a-z][\w:-]*\}`/i.test(body)) return [];
  const found: { line: number; column: number; role: string; content: string; mistake: AngleBracketMistake }[] = [];
  let open: string | undefined;
  body.split('\n').forEach((text, index) => {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(text);
    if (fence && (open === undefined || (fence[1][0] === open[0] && fence[1].length >= open.length && !fence[2].trim()))) {
      open = open === undefined ? fence[1] : undefined;
      return;
    }
    if (open !== undefined || /^(?: {4}|\t)/.test(text)) return;
    for (const m of text.matchAll(/(?<![\\\w$`])\{([a-z][\w:-]*)\}`([^`\n]+)`/gi)) {
      const advice = mystRoleAdvice(m[1], m[2], mdx);
      found.push({ line: index + 1, column: m.index + 1, role: m[1], content: m[2], mistake: { index: m.index, ...advice } });
    }
  });
  return found;
}
