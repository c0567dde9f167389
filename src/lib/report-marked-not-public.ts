/**
 * A report's own metadata saying it was never public (canary round 39): a team adopting with
 * `npm run fill -- --public` makes public the reports it already published elsewhere, and a batch
 * can hold one whose front matter says `private: true`, `visibility: internal`, `published: false`
 * or `classification: confidential`. The import keeps that front matter as written under
 * "Imported metadata" (inside <Internal>); `--public` made such a report public like the others, its
 * internal text and all. Returns the line that says so, as written, or undefined.
 */
export function reportMarkedNotPublic(body: string): string | undefined {
  const section = /^#{1,6}\s+Imported metadata\s*$/im.exec(body);
  if (!section) return undefined;
  const fence = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^\1[ \t]*$/m.exec(body.slice(section.index));
  if (!fence) return undefined;
  for (const line of fence[2].split('\n')) {
    const entry = /^\s*["']?([\w-]+)["']?\s*:\s*["']?([^"'#\n]*?)["']?\s*(?:#.*)?$/.exec(line);
    if (!entry) continue;
    const [key, value] = [entry[1].toLowerCase(), entry[2].trim().toLowerCase()];
    if (/^(?:private|internal|confidential|restricted|secret|hidden|unlisted|draft|noindex)$/.test(key) && /^(?:true|yes|on|1)$/.test(value)) return line.trim();
    if (/^(?:published|public|listed)$/.test(key) && /^(?:false|no|off|0)$/.test(value)) return line.trim();
    if (/^(?:visibility|classification|confidentiality|access|audience|sensitivity|status)$/.test(key) && /^(?:internal|internal[ _-]only|private|confidential|restricted|secret|staff|employees|draft)$/.test(value)) return line.trim();
  }
  return undefined;
}
