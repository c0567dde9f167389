import type { Finding } from './findings.ts';

/**
 * What `npm run check` says after its findings when many files lack the same fact: one command
 * that fills it in all of them (`npm run fill`), instead of the same fix read file by file. An
 * adopter who set 39 imported reports to published got 237 errors, 6 a file, 203 of them one of
 * four facts missing everywhere (severity, drafted, published, each action item's status), and no
 * word that they could be filled at once.
 */
interface BatchFact {
  /** The fact, as said in the summary. */
  label: string;
  /** The `npm run fill` option that fills it. */
  option: string;
  /** Recognises a finding of this fact missing. */
  pattern: RegExp;
  /** Whether a person must decide the value per report (said, so that a placeholder is not taken for the answer). */
  perReport?: boolean;
  /** What the option does, said when the fact is listed. */
  note?: string;
}

const batchFacts: readonly BatchFact[] = [
  { label: 'severity', option: '--set severity=SEV-3', pattern: /\bseverity is not filled in yet\b/, perReport: true },
  { label: 'drafted', option: '--set drafted=YYYY-MM-DD', pattern: /\bdrafted is not filled in yet\b/ },
  { label: 'services', option: '--set services=<id>', pattern: /\bservices is not filled in yet\b/, perReport: true },
  // One trigger for a whole batch is wrong for most of it (42 imported reports of one team named
  // six different triggers): each file's own words say which, where they state a failure mode.
  { label: 'trigger', option: '--trigger-from-text', pattern: /\btrigger is not filled in yet\b/,
    note: '--trigger-from-text sets each file\'s trigger from the failure mode its own text states ("an expired TLS certificate": certificate) and lists the files whose text names none or several: those are set by hand, or with --set trigger=<id>.' },
  { label: 'action items\' status', option: '--set actionItems.status=open', pattern: /\bactionItems\[\d+\] is not filled in yet: action item \S+ needs status\.$/ },
  { label: 'published (the publication day)', option: '--publish YYYY-MM-DD', pattern: /\bthe publication day is required\b/ },
];

/** From how many files one fact missing everywhere is worth one command. */
export const batchGuidanceFrom = 3;

/**
 * Lines to print after the findings: per fact missing in at least {@link batchGuidanceFrom}
 * files, how many, then the one command that fills them all. Empty when no fact is missing that often.
 */
export function batchGuidance(
  findings: readonly Finding[],
  /**
   * Whether a file lacking its trigger states one in its own words (src/lib/described-trigger.ts).
   * When none of them does (`--trigger-from-text` has been run, or the reports name no failure
   * mode), the guidance is `--set trigger=<id>`, a value decided per report, not the option again.
   */
  statesTrigger?: (file: string) => boolean,
): string[] {
  const rows: { fact: BatchFact; files: number; findings: number }[] = [];
  for (const listed of batchFacts) {
    let fact = listed;
    if (fact.label === 'trigger' && statesTrigger) {
      const lacking = new Set(findings.filter((f) => fact.pattern.test(f.message)).map((f) => f.file));
      if (![...lacking].some(statesTrigger)) fact = { label: 'trigger', option: '--set trigger=<id>', pattern: fact.pattern, perReport: true };
    }
    const matching = findings.filter((f) => fact.pattern.test(f.message));
    const files = new Set(matching.map((f) => f.file)).size;
    if (files >= batchGuidanceFrom) rows.push({ fact, files, findings: matching.length });
  }
  if (!rows.length) return [];
  const perReport = rows.filter((row) => row.fact.perReport).map((row) => row.fact.label);
  // Drafts' warnings ("fill before review"): once filled, --publish is the step after.
  const drafts = findings.some((f) => f.message.startsWith('fill before review:') && rows.some((row) => row.fact.pattern.test(f.message)));
  return [
    'The same fact is missing in many files; npm run fill fills it in every file that lacks it, never replacing a value written (docs/adopting.md):',
    ...rows.map(({ fact, files, findings: count }) => `  ${fact.label}: ${files} files${count > files ? ` (${count} findings)` : ''}  ${fact.option}`),
    `  e.g. npm run fill -- ${rows.filter((row) => !row.fact.option.startsWith('--publish')).map((row) => row.fact.option).join(' ')}${rows.some((row) => row.fact.option.startsWith('--publish')) ? ' --publish YYYY-MM-DD' : ''} --dry-run`,
    ...rows.flatMap((row) => (row.fact.note ? [`  ${row.fact.note}`] : [])),
    ...(drafts ? ['  --publish YYYY-MM-DD then publishes, as recorded, each historical draft that passes the check, and counts what the others lack.'] : []),
    ...(perReport.length ? [`  ${perReport.join(', ')} ${perReport.length === 1 ? 'differs' : 'differ'} from report to report: a batch value is a starting point to review in each (git diff), not the answer.`] : []),
  ];
}
