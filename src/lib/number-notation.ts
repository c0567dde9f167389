import { impactSchema } from './postmortem-schema.ts';

/**
 * Numbers of the frontmatter written in a notation YAML reads as something other than the
 * author surely meant: `0x10` (hexadecimal, read as 16), `0o17` (octal, read as 15), and a number
 * too large for a double (`1e400`, read as infinity, then reported as ".inf", which nobody wrote).
 * Only the count fields of `impact` are looked at: minutes, users or money are never written so.
 */
export interface NumberNotationProblem {
  /** Path of the field, e.g. `['impact', 'downtimeMinutes']`. */
  path: [string, string];
  /** 1-based line and column of the value in the file. */
  line: number;
  column: number;
  message: string;
  fix: string;
}

/** The keys of `impact` whose values are numbers (counts, minutes, percent, money). */
export const impactNumberKeys: readonly string[] = Object.entries(impactSchema.shape)
  .filter(([, field]) => (field as { unwrap?: () => { def: { type: string } } }).unwrap?.().def.type === 'number')
  .map(([key]) => key);

const whatItCounts: Record<string, string> = {
  downtimeMinutes: 'a number of minutes', usersAffected: 'a count of users', failedRequests: 'a count of requests',
  failedOrders: 'a count of orders', errorBudgetBurnedPercent: 'a percentage', revenueLost: 'a sum of money',
};

// `key: value` on a line of its own, indented (so under `impact:`), the value plain and maybe a comment after it.
const numberLine = new RegExp(`^(\\s+)(${impactNumberKeys.join('|')})(\\s*:\\s*)([^\\s#'"][^\\s#]*)\\s*(?:#.*)?$`);

/** Problems of `yaml`, the frontmatter text whose first line is line `yamlStartLine` of the file. */
export function findNumberNotationProblems(yaml: string, yamlStartLine: number): NumberNotationProblem[] {
  const problems: NumberNotationProblem[] = [];
  yaml.split(/\r?\n/).forEach((text, index) => {
    const match = numberLine.exec(text);
    if (!match) return;
    const [, indent, key, colon, value] = match;
    const field = `impact.${key}`;
    const at = { path: ['impact', key] as [string, string], line: yamlStartLine + index, column: indent.length + key.length + colon.length + 1 };
    // YAML 1.2 core schema: 0x and 0o integers take no sign (a signed one is text, refused as such).
    const radix = /^0x[0-9a-f]+$/i.test(value) ? 16 : /^0o[0-7]+$/.test(value) ? 8 : undefined;
    if (radix) {
      const read = Number.parseInt(value.slice(2), radix);
      problems.push({
        ...at,
        message: `${field} is written ${value}, which YAML reads as the ${radix === 16 ? 'hexadecimal' : 'octal'} number ${read}: ${whatItCounts[key] ?? 'this number'} is not written in base ${radix}, so this is surely a mistake.`,
        fix: `write the number in decimal digits (${read} if base ${radix} was meant).`,
      });
      return;
    }
    if (/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:e[-+]?\d+)?$/i.test(value) && !Number.isFinite(Number(value))) {
      problems.push({
        ...at,
        message: `${field} is written ${value}, a number too large for any count (the largest a double holds is about 1.8e308): YAML reads it as infinity (.inf), so this is surely a mistake.`,
        fix: `write the number itself in digits (e.g. ${key === 'downtimeMinutes' ? '90 for an hour and a half' : '1200'}), or leave ${key} out if it is not known.`,
      });
    }
  });
  return problems;
}
