import { describeMergeConflict, findMergeConflict } from './pasted-text.ts';
import { existsSync, readFileSync } from 'node:fs';
import { specialFileKind } from './content-files.ts';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { findClosestMatch } from './closest-match.ts';
import { notificationRecipients } from './security-schema.ts';
import { calendarDateSchema } from './postmortem-schema.ts';
import { assertTimeZone, builtInRegimes, type NotificationRegime } from './notification-deadlines.ts';
import { describeToJsError, describeYamlError, findYamlDirective } from './yaml-errors.ts';
import { binaryKindOfText } from './binary-file.ts';
import { escapeHiddenCharacters, escapeOf, findHiddenCharacterInData, findInvisibleCharacter } from './invisible-characters.ts';
import { idFromText } from './slug.ts';

/**
 * `content/compliance.yaml`: the compliance settings of a knowledge base, beside its vocabularies
 * (so another content folder brings its own). Optional: without it, GDPR Art. 33 is the only
 * regime, times show in UTC and no annual review is recorded. Documented in docs/compliance.md.
 */
export const complianceFile = 'compliance.yaml';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

const deadlineRuleSchema = z.strictObject({
  /** Stable id within the regime. */
  id: z.string().regex(idPattern, 'use lowercase letters, digits and hyphens.'),
  /** What has to happen. */
  name: z.string().min(1),
  /**
   * Elapsed hours from security.becameAware: from 1 (the shortest deadline of a regulation, NERC
   * CIP-008's hour) to 8,760 (a year). `hours: 1e9` (114,000 years) was taken, a deadline never due;
   * `0.0001` one missed in a third of a second.
   */
  hours: z.number().min(1, 'is under an hour: no regulation sets a deadline that short (hours, not days: 72 is three days)').max(8760, 'is over a year (8,760 hours): a deadline never due. Write the hours from awareness (72 is three days)'),
  /** The security.notified field that satisfies it. */
  notification: z.enum(notificationRecipients),
});

const regimeSchema = z.strictObject({
  name: z.string().min(1),
  appliesByDefault: z.enum(['personal-data', 'security-incident', 'never']).default('never'),
  reference: z.string().optional(),
  deadlines: z.array(deadlineRuleSchema).min(1).superRefine((deadlines, ctx) => {
    // Two deadlines of one id were accepted: a notification or a page naming it could mean either.
    const first = new Map<string, number>();
    deadlines.forEach((deadline, index) => {
      const earlier = first.get(deadline.id);
      if (earlier === undefined) first.set(deadline.id, index);
      else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `is "${deadline.id}", the id of deadlines.${earlier} too; give each deadline its own id` });
    });
  }),
});

const annualReviewSchema = z.strictObject({
  /** Day the review of the incident-management process was completed (YYYY-MM-DD). */
  date: calendarDateSchema,
  /** What was reviewed (process, template, controls). */
  scope: z.string().min(1),
  /** Roles that did the review. */
  reviewers: z.array(z.string().min(1)).default([]),
  /** Where the minutes or the decision record are kept. */
  record: z.string().optional(),
});

const complianceFileSchema = z.strictObject({
  /** IANA time zone in which deadlines are also shown (besides UTC), e.g. Europe/Berlin. */
  timeZone: z.string().default('UTC'),
  /** Notification regimes by id, merged over the built-in gdpr-art33 (same id replaces it). */
  regimes: z.record(z.string().regex(idPattern, 'regime ids use lowercase letters, digits and hyphens.'), regimeSchema).default({}),
  /** Annual reviews of the incident-management process (ISO 27001 A.5.24/A.5.27), any order. */
  annualReviews: z.array(annualReviewSchema).default([]),
});

export type AnnualReview = z.output<typeof annualReviewSchema>;

export interface ComplianceConfig {
  timeZone: string;
  regimes: NotificationRegime[];
  /** Newest first. */
  annualReviews: AnnualReview[];
}

/** Parses the YAML text of compliance.yaml; errors name the file and the field. */
export function parseComplianceConfig(source: string, file = `content/${complianceFile}`): ComplianceConfig {
  // UTF-16 text was "the file must be keys, one per line (got \"��t\u0000i\u0000m…\")"; a NUL after
  // a zone name was "\"Europe/Berlin \" is not a known IANA time zone", the character unseen.
  const kind = binaryKindOfText(source);
  if (kind && kind !== 'binary data') throw new Error(`${file}: the file is ${kind}, not UTF-8 YAML. Fix: save it as UTF-8 text (your editor's "Save with encoding").`);
  const unreadable = /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F\u007F]/.exec(source);
  const invisible = unreadable ? undefined : findInvisibleCharacter(source.replace(/^\uFEFF/, ' '), source.split('\n').length + 1);
  if (unreadable || invisible) {
    const index = unreadable?.index ?? invisible!.index;
    const line = source.slice(0, index).split('\n').length;
    throw new Error(unreadable
      ? `${file}:${line}: ${unreadable[0] === '\uFFFD' ? 'bytes that are not UTF-8 text (shown as \uFFFD)' : `the control character U+${unreadable[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which no reader can see`}. Fix: retype the text there, or save the file as UTF-8.`
      : `${file}:${line}: ${invisible!.message.replace('the frontmatter has', 'the file has')} Fix: ${invisible!.fix}`);
  }
  const directive = findYamlDirective(source);
  if (directive) {
    const described = describeYamlError('', 'directives-end', '');
    throw new Error(`${file}:${source.slice(0, directive.offset).split('\n').length}: ${directive.text}: ${described.message} Fix: ${described.fix}`);
  }
  // A merge left unresolved was "Implicit keys need to be on a single line", naming no conflict.
  const conflict = findMergeConflict(source);
  if (conflict) throw new Error(`${file}:${conflict.startLine}: ${describeMergeConflict(conflict)}, which are no YAML. Fix: keep the side you mean (or combine the two) and delete the three marker lines.`);
  // `hours: 0x18` was read as 24 (YAML 1.2 core schema): a deadline in hours is not written in base 16 or 8.
  const radix = /^\s*hours:\s*(0x[0-9a-f]+|0o[0-7]+)\s*(?:#.*)?$/im.exec(source);
  if (radix) {
    const line = source.slice(0, radix.index).split('\n').length + (source.slice(radix.index).match(/^\n*/)?.[0].length ?? 0);
    const read = Number.parseInt(radix[1].slice(2), radix[1][1].toLowerCase() === 'x' ? 16 : 8);
    throw new Error(`${file}:${line}: hours is written ${radix[1]}, which YAML reads as the ${radix[1][1].toLowerCase() === 'x' ? 'hexadecimal' : 'octal'} number ${read}: a deadline in hours is not written so. Fix: write the hours in decimal digits (${read} if that was meant).`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(source) ?? {};
  } catch (error) {
    // `yaml` adds the line again with a caret under it: the first line says where.
    const first = (error as Error).message.split('\n')[0].replace(/:$/, '');
    const { code, linePos } = error as { code?: string; linePos?: { line: number; col: number }[] };
    if (code === 'DUPLICATE_KEY' && linePos?.[0]) {
      // "Map keys must be unique" named neither the key nor what to do.
      const { line, col } = linePos[0];
      const described = describeYamlError(code, first, source.split('\n')[line - 1].slice(col - 1));
      throw new Error(`${file}:${line}: not valid YAML: ${described.message} Fix: ${described.fix}`);
    }
    if (!code) {
      // Not a syntax error: aliases expanding exponentially, or one naming no anchor (found while building the data).
      const described = describeToJsError(error);
      throw new Error(`${file}: not valid YAML: ${described.message} Fix: ${described.fix}`);
    }
    const described = code ? describeYamlError(code, first, '') : undefined;
    if (described?.fix) throw new Error(`${file}${linePos?.[0] ? `:${linePos[0].line}` : ''}: not valid YAML: ${described.message} Fix: ${described.fix}`);
    throw new Error(`${file}: not valid YAML: ${first}. Check the indentation, colons and quoting there.`);
  }
  // "\u202E", "\uD800" or "\u0007" in quotes: regime and deadline names are shown on the pages and the evidence pack.
  const hidden = findHiddenCharacterInData(raw);
  if (hidden) {
    throw new Error(`${file}: ${hidden.path.map((part) => escapeHiddenCharacters(String(part))).join('.') || 'the file'} holds, written as an escape in quotes (${escapeOf(hidden.hidden)}), ${hidden.hidden.description}. Fix: remove ${escapeOf(hidden.hidden)} from the quoted text.`);
  }
  // A regime named `__proto__` (round 33): zod's record leaves that key out of what it returns,
  // without an issue (it would replace the object's prototype), so the regime was dropped in
  // silence, its deadlines never shown. Elsewhere the strict objects name it as an unknown setting.
  const regimes = (raw as { regimes?: unknown } | null)?.regimes;
  if (regimes !== null && typeof regimes === 'object' && !Array.isArray(regimes) && Object.hasOwn(regimes, '__proto__')) {
    throw new Error(`${file}: regimes.__proto__: the regime id "__proto__" must be lowercase letters, digits and hyphens, and the settings cannot hold a regime so named: it would be left out, its deadlines never shown. Fix: rename it to "proto", or to the regime's own name (and in the postmortems' security.regimes).`);
  }
  const parsed = complianceFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map(describeComplianceIssue);
    throw new Error(`${file} is not valid (each setting is described in docs/compliance.md):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  assertTimeZone(parsed.data.timeZone, `${file}: timeZone`);
  // A review recorded after today is a mistyped year (2062 for 2026): findLastAnnualReview passed
  // over it without a word, and a review done the same day twice is one entry pasted twice.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const reviewsSeen = new Map<string, number>();
  parsed.data.annualReviews.forEach((review, index) => {
    if (review.date > tomorrow) throw new Error(`${file}: annualReviews.${index}.date is ${review.date}, after today: a review is recorded once it is done. Fix: check the year and the month.`);
    const key = `${review.date} ${review.scope.trim().toLowerCase()}`;
    const earlier = reviewsSeen.get(key);
    if (earlier !== undefined) throw new Error(`${file}: annualReviews.${index} is annualReviews.${earlier} again (${review.date}, "${review.scope}"). Fix: delete one of the two.`);
    reviewsSeen.set(key, index);
  });
  const byId = new Map<string, NotificationRegime>(builtInRegimes.map((regime) => [regime.id, regime]));
  for (const [id, regime] of Object.entries(parsed.data.regimes)) byId.set(id, { id, ...regime });
  return {
    timeZone: parsed.data.timeZone,
    regimes: [...byId.values()],
    annualReviews: [...parsed.data.annualReviews].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
  };
}

/** What a value of each type is called in a message. */
const typeNames: Record<string, string> = { array: 'a list', object: 'keys, one per line', string: 'text', number: 'a number' };

/** One zod issue as a line for the person editing compliance.yaml: the setting, the value, what to write. */
function describeComplianceIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.length ? issue.path.map(String).join('.') : 'the file';
  // JSON has no infinity: `hours: .inf` was "must be a number (got null)".
  const shown = (value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? (Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf') : JSON.stringify(value));
  const got = 'input' in issue && issue.input !== undefined ? ` (got ${shown(issue.input)})` : '';
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(shapeAt(issue.path));
    return issue.keys.map((key) => {
      const suggestion = findClosestMatch(key, known);
      return `${at} has the unknown setting "${key}"${suggestion ? `; did you mean "${suggestion}"?` : '.'} Known here: ${known.join(', ')}.`;
    }).join('\n  - ');
  }
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return `${at} is missing; add it.`;
    if (typeof issue.input === 'number' && issue.expected === 'number') return `${at} must be a number of hours, not ${shown(issue.input)}${got.replace(/ \(got .*\)$/, '')}.`;
    return `${at} must be ${typeNames[issue.expected] ?? issue.expected}${got}.`;
  }
  if (issue.code === 'invalid_key') {
    // zod said "Invalid key in record" for a regime id in capitals.
    const key = String(issue.path.at(-1));
    const renamed = idFromText(key);
    return `${at}: the regime id "${key}" must be lowercase letters, digits and hyphens; ${renamed ? `rename it to "${renamed}"` : 'rename it'} (and in the postmortems' security.regimes).`;
  }
  if (issue.code === 'invalid_value') return `${at} must be one of ${issue.values.map(String).join(', ')}${got}.`;
  // zod's "Too small: expected number to be >0" in the editor's words.
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    if (!issue.message.startsWith('Too ')) return `${at} ${issue.message}${got}.`;
    return `${at} must be ${issue.code === 'too_small' ? (issue.inclusive ? 'at least' : 'more than') : (issue.inclusive ? 'at most' : 'less than')} ${String(limit)}${got}.`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return `${at} is empty; write the text${got}.`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `${at} needs at least ${String(issue.minimum)} entr${Number(issue.minimum) === 1 ? 'y' : 'ies'}${got}.`;
  // A check of a whole list (a deadline id used twice) names its entry: the list itself is no help.
  return `${at}: ${issue.message.replace(/\.$/, '')}${issue.code === 'custom' && typeof issue.input === 'object' ? '' : got}.`;
}

/** The fields of the object schema at `path` of compliance.yaml, for "did you mean". */
function shapeAt(path: readonly PropertyKey[]): Record<string, unknown> {
  let schema: any = complianceFileSchema;
  for (const key of path) {
    while (schema?.def?.innerType) schema = schema.def.innerType;
    schema = typeof key === 'number' ? schema?.def?.element : schema?.def?.shape?.[key] ?? schema?.def?.valueType;
  }
  while (schema?.def?.innerType) schema = schema.def.innerType;
  return schema?.def?.shape ?? {};
}

/** Reads compliance.yaml from a content folder; a missing file gives the defaults. */
export function loadComplianceConfig(contentDir: string): ComplianceConfig {
  const file = join(contentDir, complianceFile);
  // Reading a named pipe waits for a writer: refused instead.
  const special = specialFileKind(file);
  if (special) throw new Error(`${file}: is ${special}, not a YAML file, and is not read (reading it would wait for good). Fix: make it a YAML file, or remove it.`);
  return parseComplianceConfig(existsSync(file) ? readFileSync(file, 'utf8') : '', file);
}

/** The newest annual review on or before `asOf` (YYYY-MM-DD), and whether it is older than a year. */
export function findLastAnnualReview(reviews: readonly AnnualReview[], asOf: string): { review?: AnnualReview; overdue: boolean } {
  const review = reviews.find((r) => r.date <= asOf);
  if (!review) return { overdue: true };
  const yearLater = `${Number(review.date.slice(0, 4)) + 1}${review.date.slice(4)}`;
  return { review, overdue: yearLater < asOf };
}
