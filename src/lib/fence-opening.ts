// Whether a line opens fenced code, by CommonMark's rule: up to three spaces, then three or more
// backticks or tildes; after backticks, the rest of the line (the info string) holds no backtick.
// ```` ```( Object AND ( Device Name Equals C: ) )``` ```` on a line of its own is a code span in a
// paragraph, not a fence: a reader of lines that took it for one read the rest of the report as
// code (round 52: the import left a `<br>` after it unclosed, and MDX then showed it as "\<br>").

const opening = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The fence's marker (```` ``` ````, `~~~~`) when `line` opens fenced code; undefined otherwise. */
export function fenceOpening(line: string): string | undefined {
  const match = opening.exec(line.replace(/\r$/, ''));
  if (!match) return undefined;
  const [, marker, info] = match;
  return marker[0] === '`' && info.includes('`') ? undefined : marker;
}
