// Whether a line opens fenced code. One rule for every reader of lines, from CommonMark: a backtick
// fence's info string holds no backtick, so "```java.util.concurrent.CancellationException```" or
// ```` ```( Object AND ( Device Name Equals C: ) )``` ```` on a line of its own is a code span in a
// paragraph, not a fence. Read as a fence, it hid the rest of an imported retro from the guard as
// code, which published two given names of its action owners (adoption round 43), and it left a
// `<br>` after it unclosed in the import, which MDX then showed as "\<br>" (adoption round 52).

const fenceMarker = '(`{3,}(?![^`]*`)|~{3,})';

/**
 * The guard's reading (group 1 the marker): the fence at the line's start after any indentation,
 * so a fence indented under a list item still hides nothing from the rules that read code apart.
 */
export const fenceLineOpening = new RegExp(`^\\s*${fenceMarker}`);

const commonMarkOpening = new RegExp(`^ {0,3}${fenceMarker}`);

/** The fence's marker (```` ``` ````, `~~~~`) when `line` opens fenced code by CommonMark (up to three spaces first); undefined otherwise. */
export function fenceOpening(line: string): string | undefined {
  return commonMarkOpening.exec(line.replace(/\r$/, ''))?.[1];
}
