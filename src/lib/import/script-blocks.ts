/**
 * A `<script>` or `<style>` element written among a report's Markdown (a status site's page
 * drawing its charts with a script: wynton-hpc-status' dashboard, import round 23) would run or
 * restyle the site in readers' browsers, and `npm run check` refuses the draft that holds it (rule
 * body/active-content). Such an element, opening a line outside fenced code, is put in a fenced
 * code block (```html) as written: its text kept, shown and not run. Returns how many were.
 */
export function fenceScriptBlocks(markdown: string): { markdown: string; fenced: string[] } {
  const lines = markdown.split('\n');
  const out: string[] = [];
  const fenced: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (opening && (!fence || (opening[1][0] === fence[0] && opening[1].length >= fence.length))) {
      fence = fence ? undefined : opening[1];
      out.push(line);
      continue;
    }
    const element = fence ? null : /^ {0,3}<(script|style)\b/i.exec(line);
    if (!element) {
      out.push(line);
      continue;
    }
    // The element runs to the line that closes it (or to the end of the text, as a browser reads it).
    const close = new RegExp(`</${element[1]}\\s*>`, 'i');
    let end = i;
    while (end < lines.length - 1 && !close.test(lines[end])) end++;
    const block = lines.slice(i, end + 1);
    // A fence longer than any run of backticks inside keeps the block whole.
    const longest = Math.max(2, ...block.map((text) => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))));
    const mark = '`'.repeat(longest + 1);
    out.push(...(out.length && out[out.length - 1].trim() ? [''] : []), `${mark}html`, ...block, mark, ...(end + 1 < lines.length && lines[end + 1].trim() ? [''] : []));
    fenced.push(element[1].toLowerCase());
    i = end;
  }
  return { markdown: out.join('\n'), fenced };
}
