import { unlistedClass } from '../public-classes.ts';
import { mapProseLines } from './prose-lines.ts';

/**
 * The classes a source site's raw HTML gives its elements (passbolt's incident pages close with a
 * "Current status" box, `<div class="tldr message success">`, and write audit findings as
 * `<table class="table-parameters">`) name that site's style sheet, which this site does not
 * have. Kept, each held a public post back (`public/source`: a class may hide its text; 24 of
 * passbolt's 25 pages, import round 37) though every word of the element is the report's. The
 * import takes off the classes a public post may not use, keeping the element and its words, and
 * says which; a class this site shows as written (`note`, `language-sql`, src/lib/public-classes.ts)
 * stays. Code blocks and code spans are left as written.
 */
export function withoutSiteClasses(markdown: string): { markdown: string; classes: string[] } {
  const classes = new Set<string>();
  const withoutClasses = (html: string) => html.replace(/(<[A-Za-z][\w-]*\b[^<>]*?)\s+class(?:Name)?\s*=\s*(?:"([^"]*)"|'([^']*)')([^<>]*>)/g, (all, open: string, double?: string, single?: string, close = '>') => {
    const names = (double ?? single ?? '').split(/\s+/).filter(Boolean);
    const kept = names.filter((name) => !unlistedClass([name]));
    if (kept.length === names.length) return all;
    for (const name of names) if (unlistedClass([name])) classes.add(name);
    return `${open}${kept.length ? ` class="${kept.join(' ')}"` : ''}${close}`;
  });
  // A tag whose attributes a hard-wrapped paragraph carried to the next line (wynton's status
  // updates end "…problem.  <br /><span⏎class="timestamp">January 27, 2025, 11:45 PT</span>"): the
  // attributes opening that line are the open tag's, read with it. Its class was kept, and held
  // the public post (`public/source`).
  let tagOpen = false;
  // Outside code spans only: the parts between backticks alternate prose and code.
  const changed = mapProseLines(markdown, (line) => {
    const parts = line.split(/(`+[^`]*`+)/);
    const out = parts.map((part, i) => {
      if (i % 2) return part;
      const end = i === 0 && tagOpen ? part.indexOf('>') : -1;
      if (end < 0) return withoutClasses(part);
      // Read behind a stand-in opening (`<x` and the line break), then the stand-in taken off. A
      // `>` left alone at the line's start would open a quote: it closes the line above (marked here).
      const head = withoutClasses(`<x\n${part.slice(0, end + 1)}`);
      const rest = head.slice(head.startsWith('<x\n') ? 3 : 2);
      return `${/^\s*>$/.test(rest) ? closesLineAbove : rest}${withoutClasses(part.slice(end + 1))}`;
    }).join('');
    tagOpen = /<[A-Za-z][\w-]*(?:\s[^<>`]*)?$/.test(parts[parts.length - 1] ?? '');
    return out;
  });
  return classes.size ? { markdown: changed.replaceAll(`\n${closesLineAbove}`, '>\n'), classes: [...classes] } : { markdown, classes: [] };
}

/** Marks a line whose opening `>` belongs at the end of the line above. */
const closesLineAbove = '\u0000>';
