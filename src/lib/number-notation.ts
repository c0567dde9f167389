import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
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

// A cheap test first: most frontmatter holds no such notation, and the YAML document with its
// positions is only built when it may.
// 16 digits in a row: the smallest number above Number.MAX_SAFE_INTEGER has 16.
const mayHoldNotation = /0[xo]|\d[eE][-+]?\d|\d{16}|\d\.\d{3}(?!\d)/;

/** The impact fields that count whole things (users, requests, orders). */
const countKeys = new Set(['usersAffected', 'failedRequests', 'failedOrders']);

/**
 * Problems of `yaml`, the frontmatter text whose first line is line `yamlStartLine` of the file.
 * Read from the parsed document, so `impact:` written as a block or as a flow mapping
 * (`impact: {downtimeMinutes: 0x10}`) is read alike (the line-by-line reading of round 7 missed the latter).
 */
export function findNumberNotationProblems(yaml: string, yamlStartLine: number): NumberNotationProblem[] {
  if (!mayHoldNotation.test(yaml)) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: false });
  if (document.errors.length || !isMap(document.contents)) return [];
  const impact = document.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'impact')?.value;
  if (!isMap(impact)) return [];
  const problems: NumberNotationProblem[] = [];
  for (const pair of impact.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== 'string' || !impactNumberKeys.includes(key)) continue;
    // A quoted "0x10" is text, which the schema refuses as no number.
    if (!isScalar(pair.value) || pair.value.type !== 'PLAIN' || !pair.value.range) continue;
    const value = String((pair.value as { source?: unknown }).source ?? yaml.slice(pair.value.range[0], pair.value.range[1])).trim();
    const { line, col } = lineCounter.linePos(pair.value.range[0]);
    const field = `impact.${key}`;
    const at = { path: ['impact', key] as [string, string], line: line + yamlStartLine - 1, column: col };
    // YAML 1.2 core schema: 0x and 0o integers take no sign (a signed one is text, refused as such).
    const radix = /^0x[0-9a-f]+$/i.test(value) ? 16 : /^0o[0-7]+$/.test(value) ? 8 : undefined;
    if (radix) {
      const read = Number.parseInt(value.slice(2), radix);
      problems.push({
        ...at,
        message: `${field} is written ${value}, which YAML reads as the ${radix === 16 ? 'hexadecimal' : 'octal'} number ${read}: ${whatItCounts[key] ?? 'this number'} is not written in base ${radix}, so this is surely a mistake.`,
        fix: `write the number in decimal digits (${read} if base ${radix} was meant).`,
      });
      continue;
    }
    // Bad input round 15: `usersAffected: 1.000`, a thousand written with a point between its digit
    // groups (German, Dutch, ...): YAML reads 1 and it was taken, a count a thousand times too small.
    if (countKeys.has(key) && /^\d{1,3}\.\d{3}$/.test(value)) {
      const meant = value.replace('.', '');
      problems.push({
        ...at,
        message: `${field} is written ${value}, which YAML reads as the decimal number ${Number(value)}: ${whatItCounts[key]} is a whole number, so the point surely groups thousands, as some languages write them.`,
        fix: `write ${Number(meant)} (no separator between the digits) if ${value} means ${Number(meant).toLocaleString('en-US')}.`,
      });
      continue;
    }
    if (/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:e[-+]?\d+)?$/i.test(value) && !Number.isFinite(Number(value))) {
      problems.push({
        ...at,
        message: `${field} is written ${value}, a number too large for any count (the largest a double holds is about 1.8e308): YAML reads it as infinity (.inf), so this is surely a mistake.`,
        fix: `write the number itself in digits (e.g. ${key === 'downtimeMinutes' ? '90 for an hour and a half' : '1200'}), or leave ${key} out if it is not known.`,
      });
    }
    // 9007199254740993 was refused as "9007199254740992, which is too large" (the double's
    // reading, which nobody wrote), and taken rounded where the field may hold a fraction.
    const reading = Number(value);
    if (/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:e[-+]?\d+)?$/i.test(value) && Number.isFinite(reading) && Math.abs(reading) > Number.MAX_SAFE_INTEGER) {
      const readAs = /^[-+]?\d+$/.test(value) && BigInt(value) !== BigInt(reading) ? ` (it would be read as ${BigInt(reading)}, rounded)` : '';
      problems.push({
        ...at,
        message: `${field} is written ${value}, beyond ${Number.MAX_SAFE_INTEGER} (2^53 - 1), the largest whole number a number field holds exactly${readAs}: ${whatItCounts[key] ?? 'a number of a postmortem'} is never that large, so this is surely a mistake.`,
        fix: `check the number (digits pasted twice, or an id in place of the ${key === 'downtimeMinutes' ? 'minutes' : 'figure'}?), or leave ${key} out if it is not known.`,
      });
    }
  }
  return problems;
}
