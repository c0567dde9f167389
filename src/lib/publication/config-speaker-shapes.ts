/**
 * Lines of configuration and inventories that have a chat line's shape, a word, a colon and a
 * value (round 60 of false positives, docs/redaction.md; measured on three homelab collections
 * never read before). None is someone speaking:
 *
 * - a file's name before the colon (`- **talconfig.yaml**: update the image URL`): a handle may
 *   hold a dot (`sarah.smith`), never a configuration file's extension;
 * - a YAML key opening a block scalar (`Corefile: |`, `script: >-`): a value of that one mark is
 *   no message;
 * - a component's version alone after the label ("Talos: v1.10.4", an inventory of versions): no
 *   one says only a version in a chat;
 * - a commented-out YAML key (`#   expr: rate(…)`, `# - alert: …` in a fenced block): a Markdown
 *   heading has one space after its marks, a commented block keeps the block's indentation, and
 *   the value is code (a call, a bracket, a quote, a number, a boolean) or the key opens a list's
 *   item; "#   tom_reed: restarting the ingesters now" is someone's line (round 59).
 *
 * - since round 61, a date alone, with its time maybe ("Fecha: 2025-12-22 12:00:00", a test
 *   report's header in a Spanish post), or a measure with its sign and decimals, a note in brackets
 *   maybe ("Dominancia: +0.6 (control moderado)", a model's axes): a field's value, which no one
 *   says alone in a chat ("tovem: +1" is someone's vote and stays).
 *
 * - since round 62, an HTTP status alone, its reason and a note in brackets maybe, then a comma, a
 *   semicolon, a full stop or the line's end ("linkace: 302, readarr: 302 (→ 401 auth as expected),
 *   hass: 200", a homelab's check of its services after a fix): a probe's answer per service. "tovem:
 *   200 is what I get" keeps its speaker.
 *
 * - since round 62 too, a form's blank alone ("- Nama: ______", "Jabatan: ....", an Indonesian
 *   assignment form): a field to fill in, no message. Since round 63 three dots or "…" alone in a
 *   list item ("- Zástupce: ...", a Czech contacts list); "tovem: ..." in a chat stays a speaker.
 *
 * A chat line keeps its speaker: "tovem: v2 is out, rolling", "jdoe: on it", "# tovem: paging".
 */

/** Extensions of configuration, data and script files. */
const fileExtension = /\.(?:ya?ml|json|jsonc|json5|toml|ini|conf|cfg|env|properties|xml|hcl|tf|tfvars|md|txt|csv|sh|bash|zsh|ps1|py|rb|go|rs|js|mjs|cjs|ts|tsx|jsx|java|kt|lua|sql|nix|j2|tpl|service|timer|socket|container|network|volume|pod|kube|lock|log|pem|crt|key)$/i;
const blockScalar = /^[|>][+-]?\d?\s*$/;
const versionAlone = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?\s*$/;
const dateAlone = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)?\s*(?:Z|UTC)?\s*$/;
const signedMeasureAlone = /^[+-]\d{1,6}[.,]\d{1,6}\s*%?\s*(?:\([^()]{0,80}\))?\s*$/;
const httpStatusAlone = /^[1-5]\d\d(?:[ \t]+[A-Z][A-Za-z]{1,20}(?:[ \t][A-Z][A-Za-z]{1,20}){0,2})?[ \t]*(?:\([^()\n]{0,80}\))?[ \t]*(?:[,;.]|$)/;
const blankAlone = /^(?:_{3,}|\.{4,}|…{2,})[ \t]*$/;
/** Since round 63 three dots or one ellipsis too, in a list item only ("- Zástupce: ...", a Czech contacts list to fill in). */
const shortBlankAlone = /^(?:\.{3}|…)[ \t]*$/;
const listItem = /^[ \t]*[-*+][ \t]/;
const commentedListKey = /^\s*#[ \t]+-[ \t]+[a-z_][\w.-]*:/;
const commentedKey = /^\s*#[ \t]{2,}[a-z_][\w.-]*:[ \t]+(?:[\w.]*\(|[[{"'\x60|>]|-?\d[\d.]*[a-z%]*\s*(?:#|$)|(?:true|false|null|yes|no|on|off)\s*(?:#|$))/;

/**
 * Whether the label `word` before a colon on `line`, with `value` after it (from its first
 * character), is a file's name, a block scalar's key, a version's, a date's, a measure's, an HTTP status's or a blank's label or a commented-out key.
 */
export function isConfigurationLabel(line: string, word: string, value: string): boolean {
  return fileExtension.test(word) || blockScalar.test(value) || versionAlone.test(value) || dateAlone.test(value) || signedMeasureAlone.test(value) || httpStatusAlone.test(value) || blankAlone.test(value) || (shortBlankAlone.test(value) && listItem.test(line)) || commentedKey.test(line) || commentedListKey.test(line);
}
