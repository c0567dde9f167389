/** A finding as `npm run check -- --format json` prints it (the fields read here). */
export interface CheckedFinding {
  file: string;
  rule: string;
  severity: string;
  message: string;
}

/** The files a check stops, each with the rules that stop it, and the same counted by rule. */
export interface HeldBack {
  /** File → the distinct rules of its errors, sorted; files sorted. */
  files: { file: string; rules: string[]; firstMessage: string }[];
  /** Rule → how many files it stops (a file stopped by two rules counts under both), most first. */
  byRule: { rule: string; files: number }[];
  /** Files stopped by the redaction guard (a `redact/*` rule) and by any other rule only. */
  byGuard: number;
  byOtherRules: number;
}

/** Whether a rule is the redaction guard's (what would publish something internal). */
export const isGuardRule = (rule: string): boolean => rule.startsWith('redact/');

/**
 * The files the errors of a check hold back from publication, grouped so that what stops most
 * files is read first. A file with any guard error counts as held by the guard, whatever else it
 * lacks: the guard is what stands between the reports and customers.
 */
export function groupHeldBack(findings: readonly CheckedFinding[], shownName: (file: string) => string = (file) => file): HeldBack {
  const perFile = new Map<string, { rules: Set<string>; firstMessage: string }>();
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    const file = shownName(finding.file);
    const entry = perFile.get(file) ?? { rules: new Set<string>(), firstMessage: finding.message };
    entry.rules.add(finding.rule);
    perFile.set(file, entry);
  }
  const files = [...perFile].map(([file, { rules, firstMessage }]) => ({ file, rules: [...rules].sort(), firstMessage })).sort((a, b) => a.file.localeCompare(b.file, 'en'));
  const counts = new Map<string, number>();
  for (const { rules } of files) for (const rule of rules) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  const byGuard = files.filter(({ rules }) => rules.some(isGuardRule)).length;
  return {
    files,
    byRule: [...counts].map(([rule, n]) => ({ rule, files: n })).sort((a, b) => b.files - a.files || a.rule.localeCompare(b.rule, 'en')),
    byGuard,
    byOtherRules: files.length - byGuard,
  };
}
