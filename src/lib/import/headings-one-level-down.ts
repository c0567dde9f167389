/**
 * Markdown text with its ATX headings one level down (`# Timeline` → `## Timeline`, `#####` at most
 * becoming `######`), so that it can sit under a heading of its own: a page of a report written over
 * several pages, a README's words about all its incidents. Lines inside code blocks are not
 * headings and stay as written (a shell comment, `# remove or comment out:`).
 */
export function headingsOneLevelDown(text: string): string {
  let fence: string | undefined;
  return text.split('\n').map((line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return line;
    }
    if (marker) fence = marker;
    return /^\s{0,3}#{1,5}\s/.test(line) ? line.replace(/^(\s{0,3})#/, '$1##') : line;
  }).join('\n');
}
