/**
 * The level a lint rule's value in `site.config.ts` stands for, when it is written as another
 * linter writes levels (bad input round 18): ESLint's `'warn'`, its numbers 0, 1 and 2, its
 * `['error', { ... }]` with options, a level in capitals, `true` and `false`. Each was "is not a
 * level; use "error", "warning" or "off"" with no word of which one was meant. Pure, no Astro.
 */

export type LintLevel = 'error' | 'warning' | 'off';

export interface LevelMeant {
  /** The level to write, or undefined when the value could mean more than one. */
  level?: LintLevel;
  /** Why the value is read so (what wrote it), said after the value. */
  why: string;
}

const words: Record<string, LintLevel> = { error: 'error', err: 'error', warning: 'warning', warn: 'warning', off: 'off', none: 'off', ignore: 'off', disabled: 'off' };
const eslintNumbers: Record<number, LintLevel> = { 0: 'off', 1: 'warning', 2: 'error' };

/** The level `value` is surely written for, with why, or undefined when it resembles none. */
export function lintLevelMeant(value: unknown): LevelMeant | undefined {
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    const level = words[word];
    if (!level || value === level) return undefined;
    if (word === 'warn') return { level, why: 'ESLint\'s word for a warning' };
    return { level, why: word === level ? 'the level in other letter case or with spaces (levels are written in lower case)' : `a word for ${level}` };
  }
  if (typeof value === 'number' && value in eslintNumbers) return { level: eslintNumbers[value], why: `ESLint's number for ${eslintNumbers[value]}` };
  if (value === false) return { level: 'off', why: 'a switch: off is the level that turns the rule off' };
  if (value === true) return { why: 'a switch, which says the rule is on but not how: "error" fails the check and the build, "warning" is only reported' };
  if (Array.isArray(value) && value.length > 0) {
    const inner = lintLevelMeant(value[0]);
    const level = inner?.level ?? (typeof value[0] === 'string' && (words[value[0]] === value[0]) ? (value[0] as LintLevel) : undefined);
    if (level) return { level, why: `ESLint's [level, options] form: the rules here take a level alone, and no options${value.length > 1 ? ' (the options given are not read)' : ''}` };
  }
  return undefined;
}
