// Findings of one kind repeated over many files, told apart from the rest (bad input round 44): a
// folder of 500 imported reports lacking a trigger printed 500 times the same error and fix, and the
// three errors of another kind among them were lost in the scroll. The text output says such a
// repeat once (its count, its first files, its fix); --format json and github still list each.
import type { Finding } from './findings.ts';

/** From how many findings, in how many files, a repeat of one kind is said once in the text output. */
export const repeatedFrom = { findings: 10, files: 5 };

/** One kind of finding said in many files. */
export interface RepeatedFindings {
  rule: string;
  severity: Finding['severity'];
  /** The message when every one says the same, or the first one's (`varies` then true). */
  message: string;
  varies: boolean;
  /** The fix when every one gives the same, or the first one's (`fixVaries`), or none. */
  fix?: string;
  fixVaries: boolean;
  findings: Finding[];
  files: number;
}

/**
 * What makes two findings one kind: the rule, the severity and the message with what differs from
 * file to file taken out (quoted values, numbers, the file's own name and id), so "required field
 * trigger is missing" in 500 files is one kind and "unknown service "x"" and "unknown service "y""
 * are one kind too.
 */
function kindOf(finding: Finding): string {
  const base = finding.file.replace(/^.*[\\/]/, '');
  const id = base.replace(/\.mdx?$/i, '');
  const shape = finding.message.split(finding.file).join('<file>').split(base).join('<file>').split(id).join('<id>')
    .replace(/"[^"\n]*"|“[^”\n]*”|`[^`\n]*`/g, '"…"').replace(/\d+/g, 'N');
  return `${finding.severity}\u0000${finding.rule}\u0000${shape}`;
}

/** The findings split into those said one by one and the repeats said once each, largest first. */
export function groupRepeatedFindings(findings: readonly Finding[]): { single: Finding[]; repeated: RepeatedFindings[] } {
  const byKind = new Map<string, Finding[]>();
  for (const finding of findings) {
    const kind = kindOf(finding);
    const list = byKind.get(kind);
    if (list) list.push(finding);
    else byKind.set(kind, [finding]);
  }
  const repeated: RepeatedFindings[] = [];
  const grouped = new Set<Finding>();
  for (const list of byKind.values()) {
    const files = new Set(list.map((f) => f.file)).size;
    if (list.length < repeatedFrom.findings || files < repeatedFrom.files) continue;
    for (const f of list) grouped.add(f);
    const [first] = list;
    repeated.push({
      rule: first.rule, severity: first.severity,
      message: first.message, varies: list.some((f) => f.message !== first.message),
      fix: first.fix, fixVaries: list.some((f) => f.fix !== first.fix),
      findings: list, files,
    });
  }
  repeated.sort((a, b) => b.findings.length - a.findings.length || a.rule.localeCompare(b.rule, 'en') || a.message.localeCompare(b.message, 'en'));
  return { single: grouped.size ? findings.filter((f) => !grouped.has(f)) : [...findings], repeated };
}

/** How many places of a repeat the text names before "and N more". */
const placesShown = 5;

/** A repeat as lines of text: the kind once, its count and first places, the fix once. */
export function formatRepeatedFindings(group: RepeatedFindings): string[] {
  const places = group.findings.slice(0, placesShown).map((f) => `${f.file}:${f.line}:${f.column}`);
  const more = group.findings.length - places.length;
  return [
    `${group.severity}  ${group.rule}  ×${group.findings.length} in ${group.files} files, ${group.varies ? 'each with its own value, e.g. ' : 'each: '}${group.message}`,
    `    at ${places.join(', ')}${more ? `, and ${more} more (--format json lists each)` : ''}`,
    ...(group.fix ? [`    fix${group.fixVaries ? ' (of the first; each names its own)' : ''}: ${group.fix}`] : []),
  ];
}
