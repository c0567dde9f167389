/**
 * Whether a line of a Markdown (`.md`) report is an MDX import of a component the report uses:
 * `import Update from '@components/status/Update.astro';` above `<Update date="…">…</Update>`. A
 * status site that writes MDX in `.md` files (Astro with MDX for .md: 44 of ugrc-status' 57 notices)
 * had that line read as the notice's first paragraph, so its summary, on every card and in search,
 * was "import Update from '@components/status/Update.astro';" (session 32). A line that imports a
 * name the text never opens as a tag stays prose: a Markdown report may quote "import x from 'y'".
 */
export function importsUsedComponent(line: string, markdown: string): boolean {
  const clause = /^\s*import\s+([\w*{}\s,]+?)\s+from\s+['"][^'"\n]+['"]\s*;?\s*$/.exec(line)?.[1];
  if (!clause) return false;
  const names = clause.replace(/\*\s+as\s+/g, '').replace(/\b\w+\s+as\s+(\w+)/g, '$1').split(/[\s{},]+/).filter((name) => /^[A-Z]\w*$/.test(name));
  return names.some((name) => new RegExp(`<${name}[\\s/>]`).test(markdown));
}
