/**
 * Marks of Markdown's other dialects inside a line (bad input round 40b), which this site's
 * Markdown shows as typed: Pandoc's attributes (`## Root cause {.unnumbered}`, `[x]{.mark}`,
 * `![x](p.png){width=50%}`) and inline notes (`^[…]`), emoji shortcodes of GitHub and Slack
 * (`:fire:`), reStructuredText's roles (`:ref:`…``), Obsidian's highlight (`==x==`) and comment
 * (`%%x%%`, published here), Pandoc's citations (`[@smith2020]`, round 41), and AsciiDoc's leftovers (`[source,sql]`, `image::`, `include::`,
 * `link:url[x]`, `<<id>>`; its `|===` tables in src/lib/foreign-markup.ts, which read whole blocks). Pure text, no Astro; called on prose lines only (code is left).
 */
import type { AngleBracketMistake } from './angle-bracket-text.ts';

/** Shortcodes whose emoji is known; any other (Slack's own `:thisisfineparrot:`) has none to write. */
const emojiOf: Record<string, string> = {
  fire: '🔥', white_check_mark: '✅', heavy_check_mark: '✔️', x: '❌', warning: '⚠️', rotating_light: '🚨',
  tada: '🎉', '+1': '👍', thumbsup: '👍', '-1': '👎', eyes: '👀', red_circle: '🔴', boom: '💥', bug: '🐛',
  rocket: '🚀', construction: '🚧', hourglass: '⌛', memo: '📝', bulb: '💡', lock: '🔒', sob: '😭',
  hourglass_flowing_sand: '⏳', hammer_and_wrench: '🛠️', adhesive_bandage: '🩹', coffin: '⚰️', ledger: '📒',
  facepalm: '🤦', disappointed: '😞', confused: '😕', fire_engine: '🚒', stuck_out_tongue: '😛', pray: '🙏',
  slightly_smiling_face: '🙂', pencil: '📝', cry: '😢', smile: '😄', thinking_face: '🤔', sweat_smile: '😅',
  // Round 41: the shortcodes status updates and chat logs use most, beyond round 40b's 38: a name
  // missing here was said to name "no emoji that Unicode has", wrongly (`:large_green_circle:` is 🟢).
  thumbsdown: '👎', large_green_circle: '🟢', green_circle: '🟢', yellow_circle: '🟡', orange_circle: '🟠', large_blue_circle: '🔵',
  blue_circle: '🔵', white_circle: '⚪', black_circle: '⚫', purple_circle: '🟣', red_square: '🟥', green_square: '🟩', yellow_square: '🟨',
  exclamation: '❗', heavy_exclamation_mark: '❗', question: '❓', grey_question: '❔', bangbang: '‼️', no_entry: '⛔', no_entry_sign: '🚫',
  stop_sign: '🛑', sos: '🆘', ok: '🆗', new: '🆕', heavy_multiplication_x: '✖️', negative_squared_cross_mark: '❎',
  ballot_box_with_check: '☑️', zap: '⚡', skull: '💀', scream: '😱', joy: '😂', grin: '😁', smiley: '😃', wink: '😉', ok_hand: '👌',
  clap: '👏', raised_hands: '🙌', muscle: '💪', wave: '👋', point_right: '👉', point_up: '☝️', arrow_right: '➡️', arrow_up: '⬆️',
  arrow_down: '⬇️', chart_with_upwards_trend: '📈', chart_with_downwards_trend: '📉', bar_chart: '📊', calendar: '📆', date: '📅',
  alarm_clock: '⏰', stopwatch: '⏱️', watch: '⌚', mag: '🔍', wrench: '🔧', hammer: '🔨', gear: '⚙️', package: '📦', link: '🔗', key: '🔑',
  unlock: '🔓', shield: '🛡️', email: '📧', pager: '📟', bell: '🔔', loudspeaker: '📢', mega: '📣', speech_balloon: '💬',
  information_source: 'ℹ️', heavy_plus_sign: '➕', heavy_minus_sign: '➖', '100': '💯', star: '⭐', sparkles: '✨', heart: '❤️',
  broken_heart: '💔', snail: '🐌', turtle: '🐢', fire_extinguisher: '🧯', ambulance: '🚑', traffic_light: '🚥', vertical_traffic_light: '🚦',
  checkered_flag: '🏁', triangular_flag_on_post: '🚩', clipboard: '📋', pushpin: '📌', floppy_disk: '💾', computer: '💻', cloud: '☁️',
  money_with_wings: '💸', moneybag: '💰', see_no_evil: '🙈', shrug: '🤷', upside_down_face: '🙃', grimacing: '😬', rage: '😡',
  neutral_face: '😐', relieved: '😌', partying_face: '🥳', robot: '🤖', ghost: '👻', dart: '🎯', trophy: '🏆', coffee: '☕',
  recycle: '♻️', repeat: '🔁', arrows_counterclockwise: '🔄', page_facing_up: '📄', satellite: '📡', globe_with_meridians: '🌐',
  thermometer: '🌡️', battery: '🔋', electric_plug: '🔌', microscope: '🔬', test_tube: '🧪', crossed_fingers: '🤞', handshake: '🤝',
  busts_in_silhouette: '👥', zzz: '💤', sleeping: '😴', collision: '💥', snowflake: '❄️', ocean: '🌊', pencil2: '✏️', writing_hand: '✍️',
  arrow_forward: '▶️', fast_forward: '⏩', pause_button: '⏸️', stop_button: '⏹️', sweat: '😓', worried: '😟', fearful: '😨',
  slightly_frowning_face: '🙁', poop: '💩', thinking: '🤔', seedling: '🌱', mag_right: '🔎', flying_disc: '🥏', eye: '👁️',
  man_raising_hand: '🙋‍♂️', woman_raising_hand: '🙋‍♀️', raising_hand: '🙋', woman_gesturing_ok: '🙆‍♀️', man_gesturing_ok: '🙆‍♂️', point_down: '👇',
};

/** A shortcode's name between colons, not inside a time, a path or a word (`:fire:`; not `10:30:00`, `a:x:b`). */
const shortcodeAt = String.raw`(?<![\w:/\\])`;
const shortcodeName = String.raw`:([a-z0-9_+-]*[a-z][a-z0-9_+-]*|[+-]1):(?![\w:/\x60])`;
/** Emoji shortcodes in a text (the import writes the known ones as their emoji, src/lib/import/emoji-shortcodes.ts). */
export const emojiShortcodes = new RegExp(shortcodeAt + shortcodeName, 'g');
/** On a prose line, not at an indented line's start, where reStructuredText writes a directive's options. */
const lineShortcodes = new RegExp(shortcodeAt + String.raw`(?<!^[ \t]+)` + shortcodeName, 'g');

/** The character of an emoji shortcode this site knows (`fire` is 🔥), or undefined. */
export const emojiOfShortcode = (name: string): string | undefined => (Object.hasOwn(emojiOf, name) ? emojiOf[name] : undefined);

/** The options a reStructuredText or MyST directive takes on the lines under it (`:class: dropdown`): the directive itself is said. */
const directiveOptions = new Set(['class', 'name', 'caption', 'align', 'width', 'height', 'alt', 'maxdepth', 'label', 'linenos', 'open', 'dropdown', 'hidden', 'glob', 'titlesonly', 'numbered', 'emphasize-lines', 'language']);

/** reStructuredText's usual roles: code spans are blanked before a line is read, so a role is known by its name alone. */
const rstRoles = new Set(['ref', 'doc', 'term', 'code', 'math', 'abbr', 'command', 'file', 'kbd', 'envvar', 'option', 'program', 'samp', 'func', 'class', 'meth', 'mod', 'attr', 'data', 'obj', 'exc']);

const pandocAttributes = /(?<=[\])]|^#{1,6}[ \t].*?[ \t])\{((?:[ \t]*(?:[.#][A-Za-z][\w-]*|[A-Za-z][\w-]*=(?:"[^"]*"|[^\s}]*)))+)[ \t]*\}/;

/** The other dialects' marks on one prose line, each with the Markdown to write. */
export function findOtherDialectMarks(line: string): AngleBracketMistake[] {
  const found: AngleBracketMistake[] = [];
  const attributes = pandocAttributes.exec(line);
  if (attributes) {
    const heading = /^#{1,6}[ \t]/.test(line);
    found.push({ index: attributes.index, message: `\`${attributes[0].slice(0, 40)}\` is an attribute list of Pandoc (or kramdown), which this site does not read: the page shows it as typed${heading ? ' at the end of the heading' : ''}.`, fix: `delete ${attributes[0].slice(0, 40)}${heading ? ': the site gives every heading an id from its words' : /width|height/.test(attributes[1]) ? ': the image is shown at the page\'s width' : ': the text keeps its meaning without the class'}.` });
  }
  const kramdown = /\{:[^{}]*\}/.exec(line);
  if (kramdown) found.push({ index: kramdown.index, message: `\`${kramdown[0].slice(0, 40)}\` is a kramdown attribute list, which this site does not read: the page shows it as typed.`, fix: /toc/i.test(kramdown[0]) ? 'delete it and the list item above it (* TOC): the page needs no table of contents written in it.' : 'delete it; the text keeps its meaning without the class.' });
  for (const note of line.matchAll(/\^\[([^\]\n]+)\]/g)) {
    found.push({ index: note.index, message: `^[${note[1].slice(0, 40)}] is an inline note of Pandoc, which this site shows as typed.`, fix: `write a footnote: [^1] here, and a line [^1]: ${note[1].slice(0, 40)} at the end of the text.` });
  }
  for (const code of line.matchAll(lineShortcodes)) {
    if (code.index === 0 && directiveOptions.has(code[1])) continue;
    if (rstRoles.has(code[1])) {
      found.push({ index: code.index, message: `:${code[1]}: is a role of reStructuredText (as in :${code[1]}:\`…\`), which Markdown shows as typed.`, fix: code[1] === 'ref' || code[1] === 'doc' ? 'write a link, [the words](<its address>), and delete the role.' : 'delete the role and keep the code in backticks.' });
      continue;
    }
    const emoji = emojiOf[code[1]];
    found.push({ index: code.index, message: `:${code[1]}: is an emoji shortcode (GitHub's, Slack's), which this site shows as typed${emoji ? '' : ': this site knows no character for it (a chat\'s own emoji, perhaps, or one of GitHub\'s many it does not list)'}.`, fix: emoji ? `write the emoji itself, ${emoji}, or delete :${code[1]}:.` : `write the emoji itself, or what it meant in words, or delete :${code[1]}:.` });
  }
  // Round 41: Pandoc's citation (`[@smith2020]`, `[see @lee2019, p. 4; @smith2020]`), a key of a
  // bibliography this site does not have. A team's handle in brackets (`[@checkout-oncall]`) is
  // written alike, so a key counts as a citation only by a year at its end, a `doi:`, a page, or a
  // second key after a semicolon.
  if (line.includes('@')) {
    for (const cite of line.matchAll(/\[([^[\]\n]*@[^[\]\n]*)\](?![(\[:])/g)) {
      const keys = [...cite[1].matchAll(/(?<![\w.@])-?@([A-Za-z][\w:.#$%&+?<>~/-]*\w)/g)].map((key) => key[1]);
      if (!keys.length) continue;
      const citation = keys.some((key) => /(?:19|20)\d{2}[a-z]?$|^(?:doi|isbn|arxiv):/i.test(key)) || (keys.length > 1 && cite[1].includes(';')) || /,\s*(?:p|pp|ch|chap|sec)\.\s*\d/.test(cite[1]);
      if (citation) found.push({ index: cite.index, message: `[${cite[1].slice(0, 60)}] is a citation of Pandoc (${keys.length > 1 ? 'keys' : 'a key'} of its bibliography), which this site shows as typed: it has no bibliography to look ${keys.join(', ')} up in.`, fix: `write the source itself: a link, [${keys[0]}](<its address>), or its author, title and year in words.` });
    }
  }
  for (const mark of line.matchAll(/(?<![=\w])==(?=\S)([^=\n]+?)(?<=\S)==(?![=\w])/g)) {
    found.push({ index: mark.index, message: `==${mark[1].slice(0, 40)}== is a highlight as Obsidian writes it, which this site shows as typed, the = signs included.`, fix: `write **${mark[1].slice(0, 40)}** (bold), or the words alone.` });
  }
  for (const comment of line.matchAll(/%%(?=\S)(.*?)(?:%%|$)/g)) {
    found.push({ index: comment.index, message: `%%${comment[1].slice(0, 40)}${comment[0].endsWith('%%') && comment[0].length > 2 ? '%%' : ''} is a comment as Obsidian writes it, hidden there, but this site publishes it as text.`, fix: 'delete the comment, or write it as an MDX comment, {/* … */} (in an .md file, <!-- … -->).' });
  }
  const source = /^\[source(?:,\s*([\w+-]+))?[^\]]*\]\s*$/.exec(line);
  if (source) found.push({ index: 0, message: `\`${line.trim()}\` opens a code block of AsciiDoc, which Markdown shows as typed (a heading, if ---- follows it).`, fix: `write the code between a line of \`\`\`${source[1] ?? ''} and a line of \`\`\`, and delete this line and the ---- lines.` });
  const macro = /^(image|include)::([^\[\s]+)\[([^\]]*)\]\s*$/.exec(line);
  if (macro) found.push({ index: 0, message: `\`${line.trim().slice(0, 60)}\` is an AsciiDoc ${macro[1] === 'image' ? 'image' : 'include'}, which Markdown shows as typed${macro[1] === 'image' ? ', and no image' : ''}.`, fix: macro[1] === 'image' ? `write ![${macro[3] || 'what it shows'}](${macro[2]}).` : 'write what the included file says here, as text, and delete the line.' });
  for (const link of line.matchAll(/(?<![\w(])link:(https?:\/\/[^\[\s]+)\[([^\]]+)\]/g)) {
    found.push({ index: link.index, message: `link:${link[1]}[${link[2]}] is a link in AsciiDoc markup: Markdown shows the words in brackets as text.`, fix: `write [${link[2]}](${link[1]}).` });
  }
  for (const xref of line.matchAll(/<<([A-Za-z][\w-]*)(?:,\s*([^>]+))?>>/g)) {
    found.push({ index: xref.index, message: `<<${xref[1]}${xref[2] ? `,${xref[2]}` : ''}>> is a cross reference of AsciiDoc: Markdown reads <${xref[1]}> as an HTML tag, and the page shows neither the words nor a link.`, fix: `write [${xref[2]?.trim() ?? xref[1].replace(/-/g, ' ')}](#${xref[1]}).` });
  }
  return found;
}
