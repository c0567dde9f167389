/**
 * What a file is by its extension, for the files a folder's import passes over by their names:
 * pictures and documents a report links to, data, settings and code beside the reports. Until
 * import round 60 every such file was said as "a picture, document, data or code file", so a
 * homelab's 33 settings files (`ansible.cfg`, `hosts.ini`) and a trading bot's scripts were all
 * "pictures" in the command's output. Each kind now says what its files are; the extensions are the
 * ones the import has passed over since round 51 (a kind per line, in the order tested). Pure.
 */
const kinds: readonly { kind: string; extensions: string }[] = [
  { kind: 'a picture', extensions: 'png|jpe?g|gif|svg|webp' },
  { kind: 'a document (PDF)', extensions: 'pdf' },
  { kind: 'an archive (zip, gzip)', extensions: 'zip|gz' },
  { kind: "a log (a program's output)", extensions: 'log' },
  { kind: 'data (JSON, CSV, an XML schema or resources)', extensions: 'json|jsonc|json5|jsonl|ndjson|csv|tsv|xsd|resx' },
  { kind: "a settings file (YAML, TOML, INI, a program's config or rules)", extensions: 'ya?ml|toml|ini|cfg|conf|cnf|properties|config|neon|dist|rules|gitignore|dockerignore|editorconfig|htaccess' },
  { kind: "a system service's unit (systemd)", extensions: 'service|socket|timer' },
  { kind: "a diagram's source (Mermaid, PlantUML, Graphviz, draw.io, Excalidraw)", extensions: 'mmd|mermaid|puml|plantuml|dot|drawio|excalidraw' },
  { kind: 'a news feed (Atom, RSS)', extensions: 'atom|rss' },
  { kind: 'a key or certificate', extensions: 'pub|pem|key|crt|cer|csr|p12' },
  { kind: 'a patch (a change to code)', extensions: 'patch|diff' },
  { kind: 'a notebook (Jupyter)', extensions: 'ipynb' },
  { kind: 'a compiled program or a package of one', extensions: 'pyc|class|jar|war|mgc' },
  { kind: "a project's or a package's build file (its metadata, dependencies or lockfile)", extensions: 'csproj|fsproj|vbproj|sln|dcproj|gemspec|podspec|cff|gradle|kts|lock' },
  { kind: 'a style sheet (CSS, Sass, Less)', extensions: 'css|scss|sass|less' },
  { kind: 'a schema or a query (SQL, Prisma, GraphQL, protobuf)', extensions: 'sql|prisma|graphql|gql|proto' },
  { kind: "a program's template", extensions: 'tmpl|tpl' },
  { kind: "a tool's request or field specification (an API client's request, an import tool's fields)", extensions: 'bru|ix' },
  // Round 60: a home-ops repository's `sqlite.load` (pgloader's commands, "LOAD DATABASE FROM
  // sqlite:///…") was a draft titled "sqlite".
  { kind: "code (a program's source, a script or a loader's commands)", extensions: 'js|mjs|cjs|ts|tsx|jsx|py|rb|go|rs|java|kt|scala|swift|cs|cpp|cc|hpp|php|pl|sh|bash|ps1|lua|sol|vy|move|cairo|c|h|hs|ex|exs|erl|clj|dart|zig|nim|tf|hcl|vue|svelte|groovy|fs|bat|cmd|pp|pm|psgi|ru|wt|nix|component\\.html|module|install|inc|theme|load' },
];
/** Each kind's test: its extensions closing the name (an alternation of fixed words, anchored at the end). */
const kindTests = kinds.map(({ kind, extensions }) => ({ kind, test: new RegExp(`\\.(?:${extensions})$`, 'i') }));

/** What `name` is by its extension ("a settings file (YAML, …)", "code (…)"), or undefined when its extension says nothing of it. */
export function fileKindByExtension(name: string): string | undefined {
  return kindTests.find(({ test }) => test.test(name))?.kind;
}
