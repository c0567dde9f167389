import { unlistedClass } from '../public-classes.ts';

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
  let fence: string | undefined;
  const lines = markdown.split('\n').map((line) => {
    const mark = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined;
      return line;
    }
    if (mark) {
      fence = mark;
      return line;
    }
    // Outside code spans only: the parts between backticks alternate prose and code.
    return line.split(/(`+[^`]*`+)/).map((part, i) => (i % 2 ? part : part.replace(/(<[A-Za-z][\w-]*\b[^<>]*?)\s+class(?:Name)?\s*=\s*(?:"([^"]*)"|'([^']*)')([^<>]*>)/g, (all, open: string, double?: string, single?: string, close = '>') => {
      const names = (double ?? single ?? '').split(/\s+/).filter(Boolean);
      const kept = names.filter((name) => !unlistedClass([name]));
      if (kept.length === names.length) return all;
      for (const name of names) if (unlistedClass([name])) classes.add(name);
      return `${open}${kept.length ? ` class="${kept.join(' ')}"` : ''}${close}`;
    }))).join('');
  });
  return classes.size ? { markdown: lines.join('\n'), classes: [...classes] } : { markdown, classes: [] };
}
