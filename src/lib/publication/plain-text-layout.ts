/**
 * The layout of a report written as plain text (a security bulletin, an RFC-style notice): its
 * title block is centred on a page of 64 to 84 columns by leading spaces, one line between blank
 * lines for each of the bulletin's name, its date and its title ("Qrexec: Injection of unsanitized
 * data into log output"). A title opening with a component's name and a colon has the shape of a
 * chat line; centred among other centred lines it is a title (since the thirteenth round of false
 * positives).
 */

/** True when the line is centred on a page of 64 to 84 columns: six leading spaces or more, as many as the page leaves. */
function isCentredLine(line: string): boolean {
  const indent = /^ */.exec(line)![0].length;
  const text = line.trim();
  if (indent < 6 || !text) return false;
  const width = 2 * indent + text.length;
  return width >= 60 && width <= 88;
}

/**
 * True when line `i` is a centred line of a title block: centred, with a blank line (or the text's
 * edge) before and after it, and at least two other such lines among the text's first twelve lines
 * with it. A chat line in an indented block sits among other indented lines, not between blank
 * ones, and a text's opening lines are not its transcript's.
 */
export function inCentredTitleBlock(lines: readonly string[], i: number): boolean {
  const blank = (k: number) => k < 0 || k >= lines.length || lines[k].trim() === '';
  const lone = (k: number) => isCentredLine(lines[k]) && blank(k - 1) && blank(k + 1);
  if (i >= 12 || !lone(i)) return false;
  let others = 0;
  for (let k = 0; k < Math.min(12, lines.length); k++) if (k !== i && lone(k)) others++;
  return others >= 2;
}
