/**
 * What YAML made of a plain value written where text was meant: `1e3`, `0x10`, `010`, `true`,
 * `null`, `~`, `.inf`. Under YAML 1.2's core schema each is a number, a boolean or nothing, so a
 * tag id `1e3:` in tags.yaml became the tag "1000", `0x10:` the tag "16", and a postmortem's
 * `tags: [1e3]` was "tags[1] is 1000, but must be text": a value nobody wrote. Said as written,
 * with what YAML read and the quotes that keep it text.
 */

/** How YAML read `written` (the text of the value in the file) as `value`, e.g. "the hexadecimal number 16". */
export function describeYamlReading(written: string, value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'the number "not a number" (.nan)';
    if (!Number.isFinite(value)) return value > 0 ? 'infinity' : 'minus infinity';
    const plain = written.replace(/^[-+]/, '');
    if (/^0x/i.test(plain)) return `the hexadecimal number ${value}`;
    if (/^0o/i.test(plain)) return `the octal number ${value}`;
    if (/e/i.test(plain)) return `the number ${value} (${plain} is ${plain.split(/e/i)[0]} × 10^${plain.split(/e/i)[1].replace(/^\+/, '')})`;
    return `the number ${value}`;
  }
  return JSON.stringify(value);
}

/** Whether a plain value was read as something other than text (number, boolean or null). */
export function isReadAsNonText(value: unknown): value is number | boolean | null {
  return value === null || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * The sentence for `field`, written `written` and read as `value`, where text (an id) was meant,
 * and its fix. `written` is the plain scalar as it stands in the file.
 */
export function textReadAsOtherValue(field: string, written: string, value: unknown, isListEntry = true): { message: string; fix: string } {
  const reading = describeYamlReading(written, value);
  return {
    message: `${field} is written ${written}, which YAML reads as ${reading}, not as the text "${written}".`,
    fix: value === null
      ? `if "${written}" is meant, write it in double quotes, "${written}"; ${isListEntry ? 'if nothing is meant, delete the entry' : 'otherwise write the value, or delete the line if the field is optional'}.`
      : `write it in double quotes, "${written}", so it stays text (YAML reads digits, 0x…, 1e…, true/false, null and .inf unquoted as other values).`,
  };
}
