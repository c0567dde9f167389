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

/**
 * The fact of the batch a "not filled in yet" message is about (its label: `severity`,
 * `drafted`, …), or undefined for a fact decided report by report only. The import uses it to say
 * once, for the whole batch, what it would otherwise repeat under each of 200 drafts.
 */
export function batchFactLabel(message: string): string | undefined {
  return batchFacts.find((fact) => fact.pattern.test(message))?.label;
}

/** Lines of a terminal's first screen: a check's list longer than this opens with {@link batchGuidanceLead}. */
export const screenLines = 40;

/** From how many files one fact missing everywhere is worth one command. */
export const batchGuidanceFrom = 3;

interface BatchRow {
  fact: BatchFact;
  /** Files lacking the fact. */
  files: number;
  /** Findings of it (a file lacking several action items' status has one each). */
  findings: number;
}

/**
 * The facts missing in at least {@link batchGuidanceFrom} files, the one most files lack first
 * (the fix that clears the most findings; ties keep the list's order).
 */
function batchRows(findings: readonly Finding[], statesTrigger?: (file: string) => boolean): BatchRow[] {
  const rows: BatchRow[] = [];
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
  return rows.sort((a, b) => b.files - a.files);
}

/** The one `npm run fill` command (a dry run) that fills every fact of the rows. */
function fillCommand(rows: readonly BatchRow[]): string {
  const publish = rows.some((row) => row.fact.option.startsWith('--publish'));
  return `npm run fill -- ${rows.filter((row) => !row.fact.option.startsWith('--publish')).map((row) => row.fact.option).join(' ')}${publish ? ' --publish YYYY-MM-DD' : ''} --dry-run`;
}

/** The labels of the facts missing in many files (`severity`, `drafted`, …), the most missed first. */
export function batchFactsMissing(findings: readonly Finding[]): string[] {
  return batchRows(findings).map((row) => row.fact.label);
}

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
  return guidanceOfRows(findings, batchRows(findings, statesTrigger));
}

function guidanceOfRows(findings: readonly Finding[], rows: readonly BatchRow[]): string[] {
  if (!rows.length) return [];
  const perReport = rows.filter((row) => row.fact.perReport).map((row) => row.fact.label);
  // Drafts' warnings ("fill before review"): once filled, --publish is the step after.
  const drafts = findings.some((f) => f.message.startsWith('fill before review:') && rows.some((row) => row.fact.pattern.test(f.message)));
  return [
    'The same fact is missing in many files; npm run fill fills it in every file that lacks it, never replacing a value written (docs/adopting.md):',
    ...rows.map(({ fact, files, findings: count }) => `  ${fact.label}: ${files} files${count > files ? ` (${count} findings)` : ''}  ${fact.option}`),
    `  e.g. ${fillCommand(rows)}`,
    ...rows.flatMap((row) => (row.fact.note ? [`  ${row.fact.note}`] : [])),
    ...(drafts ? ['  --publish YYYY-MM-DD then publishes, as recorded, each historical draft that passes the check, and counts what the others lack.'] : []),
    ...(perReport.length ? [`  ${perReport.join(', ')} ${perReport.length === 1 ? 'differs' : 'differ'} from report to report: a batch value is a starting point to review in each (git diff), not the answer.`] : []),
  ];
}

/**
 * The line `npm run check` prints first when its list is longer than a screen and most of it is
 * facts many files lack: how many of the findings one command clears, and the command. A team
 * checking 242 imported reports read 18 files' own warnings before the 962 of 980 findings that
 * `npm run fill` clears at once, said only at the end (adoption walk round 56). Undefined when no
 * fact is missing in many files.
 */
export function batchGuidanceLead(findings: readonly Finding[], statesTrigger?: (file: string) => boolean): string | undefined {
  return leadOfRows(findings, batchRows(findings, statesTrigger));
}

function leadOfRows(findings: readonly Finding[], rows: readonly BatchRow[]): string | undefined {
  if (!rows.length) return undefined;
  const cleared = rows.reduce((sum, row) => sum + row.findings, 0);
  return `First: ${cleared} of the ${findings.length} findings are ${rows.length === 1 ? 'a fact' : `${rows.length} facts`} missing in many files (${rows.map((row) => `${row.fact.label} ${row.files}`).join(', ')}), filled in every file by one command (how, at the end): ${fillCommand(rows)}`;
}

/**
 * Both: the lead line ({@link batchGuidanceLead}) and the closing lines ({@link batchGuidance}),
 * from one count of the rows. `npm run check` prints both for a list over a screen, and each
 * count asks `statesTrigger` (the trigger a file's own text states) of every file lacking one.
 */
export function batchGuidanceBoth(
  findings: readonly Finding[],
  statesTrigger?: (file: string) => boolean,
): { lead: string | undefined; lines: string[] } {
  const rows = batchRows(findings, statesTrigger);
  return { lead: leadOfRows(findings, rows), lines: guidanceOfRows(findings, rows) };
}
