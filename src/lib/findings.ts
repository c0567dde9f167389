import { formatRepeatedFindings, groupRepeatedFindings } from './repeated-findings.ts';

/** One problem found in a source file, positioned for editors and CI annotations. */
export interface Finding {
  /** Path of the file, as given to the checker (relative to the project when possible). */
  file: string;
  line: number;
  column: number;
  /** Stable rule id, e.g. `schema/required`, `vocabulary/unknown`. */
  rule: string;
  severity: 'error' | 'warning';
  /** What is wrong, with the offending value. */
  message: string;
  /** What to do about it, when there is a concrete suggestion. */
  fix?: string;
  /** Frontmatter field path, e.g. `times.resolved`, when the finding is about a field. */
  field?: string;
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`))
    .join('');
}

/** Sorts findings by file, then position, then rule: stable output for humans and diffs. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule, 'en'),
  );
}

/**
 * `file:line:column  rule  message` lines, then a summary count. One kind of finding repeated in
 * many files (src/lib/repeated-findings.ts) is said once, after the others, with its count, first
 * places and fix (bad input round 44: 500 copies of one error buried the rarer ones).
 */
export function formatFindingsText(findings: Finding[], fileCount: number): string {
  const { single, repeated } = groupRepeatedFindings(sortFindings(findings));
  const lines = single.map(
    (f) =>
      `${f.file}:${f.line}:${f.column}  ${f.severity === 'error' ? 'error' : 'warning'}  ${f.rule}  ${f.message}` +
      (f.fix ? `\n    fix: ${f.fix}` : ''),
  );
  if (repeated.length) {
    lines.push(`${single.length ? 'Said once each, ' : ''}${repeated.length === 1 ? 'one kind' : `${repeated.length} kinds`} of finding repeated in many files:`);
    for (const group of repeated) lines.push(...formatRepeatedFindings(group));
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  lines.push(
    `${fileCount} file${fileCount === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return lines.join('\n');
}

/**
 * A finding as a GitHub Actions workflow annotation (`::error file=…,line=…::message`). The
 * message escapes %, CR and LF; a property value (the file, the title) also `:` and `,`, which end
 * it: a file named `a,b.mdx` was annotated as `a`, the rest of its name read as other properties.
 */
export function formatGithubAnnotation(finding: Finding): string {
  const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const text = data(`${finding.rule}: ${finding.message}${finding.fix ? ` Fix: ${finding.fix}` : ''}`);
  return `::${finding.severity === 'error' ? 'error' : 'warning'} file=${property(finding.file)},line=${finding.line},col=${finding.column},title=${property(finding.rule)}::${text}`;
}
