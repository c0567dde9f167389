/** Small parsers for the example deployment files, strict enough that a broken edit fails a test. */

export interface NginxDirective {
  name: string;
  args: string[];
  /** Directives inside `{ }`, for block directives (server, location). */
  block?: NginxDirective[];
  line: number;
}

/**
 * nginx's configuration syntax: directives of words and quoted strings ending in `;`, blocks in
 * braces, `#` comments. Throws on an unterminated directive, string or block.
 */
export function parseNginxConfig(text: string): NginxDirective[] {
  const tokens: { value: string; line: number; quoted: boolean }[] = [];
  let line = 1;
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '\n') { line++; i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (c === '#') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c === '{' || c === '}' || c === ';') { tokens.push({ value: c, line, quoted: false }); i++; continue; }
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new Error(`line ${line}: unterminated string`);
      tokens.push({ value: text.slice(i + 1, end), line, quoted: true });
      line += text.slice(i, end).split('\n').length - 1;
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < text.length && !/[\s{};]/.test(text[j])) j++;
    tokens.push({ value: text.slice(i, j), line, quoted: false });
    i = j;
  }
  let position = 0;
  const parseBlock = (nested: boolean): NginxDirective[] => {
    const directives: NginxDirective[] = [];
    while (position < tokens.length) {
      const first = tokens[position];
      if (!first.quoted && first.value === '}') {
        if (!nested) throw new Error(`line ${first.line}: unexpected }`);
        position++;
        return directives;
      }
      const words: string[] = [];
      while (position < tokens.length && (tokens[position].quoted || !['{', '}', ';'].includes(tokens[position].value))) words.push(tokens[position++].value);
      const end = tokens[position];
      if (!end || end.value === '}') throw new Error(`line ${first.line}: "${words.join(' ')}" is not ended with ; or {`);
      position++;
      const directive: NginxDirective = { name: words[0], args: words.slice(1), line: first.line };
      if (end.value === '{') directive.block = parseBlock(true);
      directives.push(directive);
    }
    if (nested) throw new Error('a block is not closed with }');
    return directives;
  };
  return parseBlock(false);
}

/**
 * The location nginx picks for a URI: an exact `=` match, else the first regular expression
 * (`~`, `~*`) in file order, else the longest prefix (simplified: no `^~`, no nesting).
 */
export function selectNginxLocation(server: NginxDirective, uri: string): NginxDirective | undefined {
  const locations = (server.block ?? []).filter((d) => d.name === 'location' && d.block);
  const exact = locations.find((l) => l.args[0] === '=' && l.args[1] === uri);
  if (exact) return exact;
  const regex = locations.find((l) => (l.args[0] === '~' || l.args[0] === '~*') && new RegExp(l.args[1], l.args[0] === '~*' ? 'i' : '').test(uri));
  if (regex) return regex;
  return locations
    .filter((l) => l.args.length === 1 && !l.args[0].startsWith('@') && uri.startsWith(l.args[0]))
    .sort((a, b) => b.args[0].length - a.args[0].length)[0];
}

/** One rule of a Netlify / Cloudflare Pages `_headers` file. */
export interface HeadersRule {
  path: string;
  headers: Record<string, string>;
  line: number;
}

/** `_headers`: an unindented path line, then indented `Name: value` lines; `#` comments. */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!raw.startsWith('/')) throw new Error(`line ${index + 1}: a rule's path starts with /: "${raw}"`);
      rules.push({ path: raw.trim(), headers: {}, line: index + 1 });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(raw);
    if (!header || !rules.length) throw new Error(`line ${index + 1}: expected "  Name: value" under a path, got "${raw}"`);
    rules[rules.length - 1].headers[header[1]] = header[2].trim();
  });
  for (const rule of rules) if (!Object.keys(rule.headers).length) throw new Error(`line ${rule.line}: ${rule.path} sets no header`);
  return rules;
}

/** Whether a `_headers` path matches a URL path: `*` matches any characters, slashes included. */
export function headersPathMatches(pattern: string, path: string): boolean {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);
}

/** The subset of TOML oauth2-proxy configuration files use: `key = "string" | true | false | number | ["a", "b"]`. */
export function parseSimpleToml(text: string): Record<string, string | boolean | number | string[]> {
  const values: Record<string, string | boolean | number | string[]> = {};
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/^\s*#.*$/, '').trim();
    if (!line) return;
    const m = /^([a-z_][a-z0-9_]*)\s*=\s*(.+)$/.exec(line);
    if (!m) throw new Error(`line ${index + 1}: expected key = value, got "${raw}"`);
    const [, key, value] = m;
    if (key in values) throw new Error(`line ${index + 1}: ${key} is set twice`);
    if (value === 'true' || value === 'false') values[key] = value === 'true';
    else if (/^-?\d+$/.test(value)) values[key] = Number(value);
    else if (/^"[^"]*"$/.test(value)) values[key] = value.slice(1, -1);
    else if (/^\[\s*(?:"[^"]*"\s*(?:,\s*"[^"]*"\s*)*)?\]$/.test(value)) values[key] = [...value.matchAll(/"([^"]*)"/g)].map((x) => x[1]);
    else throw new Error(`line ${index + 1}: cannot read the value of ${key}: ${value}`);
  });
  return values;
}

/** The Cache-Control a `_headers` file gives a path, and how many rules matched it. */
export function headersCacheControl(rules: readonly HeadersRule[], path: string): { matches: number; value?: string } {
  const matching = rules.filter((rule) => headersPathMatches(rule.path, path));
  return { matches: matching.length, value: matching[0]?.headers['Cache-Control'] };
}

/** The Cache-Control nginx sends for a path: the `add_header` of the location it picks. */
export function nginxCacheControl(server: NginxDirective, path: string): string | undefined {
  return selectNginxLocation(server, path)?.block?.find((d) => d.name === 'add_header' && d.args[0] === 'Cache-Control')?.args[1];
}

/** The `server` block of an nginx configuration with this `server_name`. */
export function findNginxServer(directives: readonly NginxDirective[], name: string): NginxDirective | undefined {
  return directives.find((d) => d.name === 'server' && d.block?.some((inner) => inner.name === 'server_name' && inner.args.includes(name)));
}
