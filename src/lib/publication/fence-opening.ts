/**
 * A fence's line as the guard reads it: three or more backticks or tildes at the line's start
 * (group 1). Not a backtick run whose line holds another backtick (CommonMark: a backtick fence's
 * info string has none): "```java.util.concurrent.CancellationException```" on a line of its own
 * is inline code, and MDX renders the lines after it as prose. Read as a fence, it hid everything
 * after it from the guard as code: an imported retro published two given names of its action
 * owners (adoption round 43, docs/adopting.md).
 */
export const fenceOpening = /^\s*(`{3,}(?![^`]*`)|~{3,})/;
