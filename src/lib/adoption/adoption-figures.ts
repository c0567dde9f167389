import type { HeldBack } from './held-back.ts';
import type { LeakHit } from './leak-search.ts';
import type { MostlyWithheld } from './withheld-share.ts';

/** What one end-to-end adoption measurement found (scripts/measure-adoption.ts). */
export interface AdoptionFigures {
  /** The folders of reports, as given. */
  folders: string[];
  /** The day the batch was drafted and published (and "today" of the checks). */
  day: string;
  /** Exit code of each command run, in order (`import`, `fill`, `redact`, `fill --publish`, `check`, `build`, `build:public`). */
  steps: { step: string; exitCode: number }[];
  /** Reports the import read (an export's incidents one each), drafts written, reports it could not import, drafts valid for npm run check. */
  reportsIn: number;
  draftsWritten: number;
  importFailed: number;
  draftsValid: number;
  /** Per-report facts written as placeholders, by fact (times.started, times.resolved, impact.description). */
  placeholders: Record<string, number>;
  /** Drafts `npm run fill -- --public` left internal (no summary to be their public wording). */
  leftInternal: number;
  /** Postmortems published by `npm run fill -- --publish`. */
  published: number;
  /** Published posts whose public page withholds at least half their text (src/lib/adoption/withheld-share.ts). */
  mostlyWithheld: MostlyWithheld[];
  /** What is not published: what the last check stopped (moved out of the knowledge base before building) and the drafts `--publish` left, by the errors they would have once published. */
  held: HeldBack;
  /** Postmortem pages of each built site (0 when its build failed). */
  internalPages: number;
  publicPages: number;
  /** Names and hosts the measurement was given or the guard found, and those found on the public site. */
  leaks: { listedTerms: number; flaggedTerms: number; filesSearched: number; listed: LeakHit[]; flagged: LeakHit[] };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The figures as the lines the command prints: what a docs table is filled from. */
export function formatAdoptionFigures(f: AdoptionFigures): string {
  const lines: string[] = [];
  lines.push(`Adoption measured on ${plural(f.folders.length, 'folder')} (${f.folders.join(', ')}), day ${f.day}`);
  lines.push(`reports in: ${f.reportsIn}; drafts written: ${f.draftsWritten}${f.importFailed ? ` (${f.importFailed} not imported)` : ''}; drafts valid: ${f.draftsValid}`);
  const placeholders = Object.entries(f.placeholders).sort(([a], [b]) => a.localeCompare(b, 'en'));
  lines.push(`placeholders written (facts each report decides): ${placeholders.length ? placeholders.map(([fact, n]) => `${fact} ${n}`).join(', ') : 'none'}`);
  lines.push(`published: ${f.published}; left internal (no summary to publish): ${f.leftInternal}`);
  // Published, but what a customer reads is mostly stand-ins ("an engineer"): counted apart, listed.
  lines.push(`published with at least half of their text withheld from the public page: ${f.mostlyWithheld.length}`);
  for (const { file, share, wrapped } of f.mostlyWithheld) lines.push(`  ${file}: ${Math.round(share * 100)}% withheld, in ${plural(wrapped, '<Internal> span')}`);
  lines.push(`held back (not published): ${f.held.files.length} (${f.held.byGuard} by the redaction guard, ${f.held.byOtherRules} by other rules only)`);
  for (const { rule, files } of f.held.byRule) lines.push(`  ${rule}: ${plural(files, 'file')}`);
  for (const { file, rules, firstMessage } of f.held.files) lines.push(`  ${file}: ${rules.join(', ')}: ${firstMessage}`);
  lines.push(`built: internal ${f.internalPages} postmortem pages, public ${f.publicPages}`);
  lines.push(`exit codes: ${f.steps.map(({ step, exitCode }) => `${step} ${exitCode}`).join(', ')}`);
  const found = (hits: readonly LeakHit[]) => (hits.length ? `${hits.length} found, ${plural(hits.reduce((n, hit) => n + hit.occurrences, 0), 'time')}` : 'none found');
  lines.push(`leaks in the public site (${plural(f.leaks.filesSearched, 'file')}, search index decompressed): listed names and internal hosts ${f.leaks.listedTerms}, ${found(f.leaks.listed)}; full names, @handles and hosts the guard flagged before redaction ${f.leaks.flaggedTerms}, ${found(f.leaks.flagged)}`);
  for (const hit of [...f.leaks.listed, ...f.leaks.flagged]) {
    lines.push(`  ${hit.kind} "${hit.term}" (${hit.origin}): ${plural(hit.occurrences, 'time')} in ${hit.files.slice(0, 3).join(', ')}${hit.files.length > 3 ? ` and ${hit.files.length - 3} more` : ''}`);
  }
  return lines.join('\n');
}
