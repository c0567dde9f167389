/**
 * True when a postmortem body holds no account at all: nothing, or only blank lines, headings,
 * thematic breaks and comments. A published page of it shows the title, the facts and empty
 * sections. Read from the text, so the build's validation (which parses no body) says it too.
 */
export function isBodyWithoutAccount(body: string): boolean {
  const withoutComments = body.replace(/<!--[\s\S]*?-->/g, '').replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '');
  return withoutComments.split(/\r?\n/).every((line) =>
    /^\s*$/.test(line)
    // An ATX heading (`## What happened`), with or without its title.
    || /^ {0,3}#{1,6}(?:[ \t].*)?$/.test(line)
    // A thematic break (`---`, `* * *`).
    || /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line));
}
