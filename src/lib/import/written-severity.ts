import { withoutTemplateInstructions } from './template-instructions.ts';
import { severities, type Severity } from '../postmortem-schema.ts';
import { severityFromPriority } from '../draft/severity.ts';

/**
 * The severity a report states, read into this knowledge base's levels (`SEV-0` .. `SEV-4`):
 *
 * - a level as written: `SEV-1`, `SEV1`, `Sev 2`, `Severity: 3`, `S2`;
 * - a priority: `P2`, `**Severity:** P2 Medium`, `Priority: P1`, read as `npm run draft` reads a
 *   pager's priority (severityFromPriority: P<n> is SEV-<n>, and P5 is SEV-4);
 * - a word (`Critical`, `High`, `Medium`, `Low`, `Major`, `Minor`, `Moderate`) only as a
 *   suggestion: teams mean different levels by them, so the import report lists it to check;
 * - a status page's state (cState's `down`, `disrupted`; Statuspage's "Major outage", "Partial
 *   outage", "Degraded performance") also only as a suggestion, as the impact the status page
 *   derives from it (see {@link statusPageStates}). A notice or maintenance states no impact: noted.
 */
export interface WrittenSeverity {
  severity?: Severity;
  /** `level`: written as a level; `priority`: a P-number; `word`: suggested from a word; `status`: suggested from a status page's state; `code`: suggested from a status page's numeric status code (AWS). */
  readAs?: 'level' | 'priority' | 'word' | 'status' | 'code';
  /** What the report writes, as written ("P2 Medium", "High"). */
  written?: string;
  /** Why nothing was taken from what the report writes, when it writes something. */
  note?: string;
}

/** Severity words and the level each suggests. SEV-0 is never suggested: it is a judgement the review makes. */
export const severityWords: Readonly<Record<string, Severity>> = {
  critical: 'SEV-1',
  high: 'SEV-2',
  major: 'SEV-2',
  medium: 'SEV-3',
  // HIGH / MED / LOW: a generated report's scale (import round 48: 4 of 762 "MED" unread).
  med: 'SEV-3',
  moderate: 'SEV-3',
  minor: 'SEV-3',
  low: 'SEV-4',
};

/**
 * A status page's state of the affected service, and the level it suggests. Statuspage derives an
 * incident's impact from its components' state (major outage → critical, partial outage → major,
 * degraded performance → minor), and cState's `down`, `disrupted` are its major and partial
 * outage: read as those impact words are read above (critical → SEV-1, major → SEV-2, minor →
 * SEV-3). Checked before the words, so "Major outage" is not read as "major" (SEV-2).
 */
export const statusPageStates: readonly { pattern: RegExp; severity: Severity; as: string }[] = [
  { pattern: /^(?:major|full|complete|total)\s+outage\b|^down\b/i, severity: 'SEV-1', as: 'a major outage (Statuspage: critical impact)' },
  { pattern: /^partial\s+outage\b|^disrupted\b|^disruption\b/i, severity: 'SEV-2', as: 'a partial outage (Statuspage: major impact)' },
  // GitHub's words for a partial outage (src/lib/import/status-feeds.ts): checked before "degraded" alone.
  { pattern: /^degraded\s+availability\b/i, severity: 'SEV-2', as: 'degraded availability (GitHub\'s words for a partial outage; Statuspage: major impact)' },
  { pattern: /^degraded(?:\s+performance)?\b/i, severity: 'SEV-3', as: 'degraded performance (Statuspage: minor impact)' },
];
/**
 * The status code (1-3) of an event of AWS's Service Health Dashboard archive, as its legend named
 * them (1 informational message, 2 service degradation, 3 service disruption; 0, operating
 * normally, is never an event), and the level each suggests, read as the Statuspage states above
 * are: a disruption as a partial outage (SEV-2: a region's service, rarely all of AWS), a
 * degradation as degraded performance (SEV-3). An informational message was still an incident
 * (in the archive read, 72 of 86 events, mostly "Increased API Error Rates" lasting an hour or two):
 * the lowest level, SEV-4. src/lib/import/status-exports.ts writes the code as
 * `AWS status <code>`.
 */
export const awsStatusCodes: Readonly<Record<string, { severity: Severity; as: string }>> = {
  '1': { severity: 'SEV-4', as: 'an informational message' },
  '2': { severity: 'SEV-3', as: 'a service degradation' },
  '3': { severity: 'SEV-2', as: 'a service disruption' },
};
const awsStatusCode = /^AWS status (\d+)\b/i;

/** States that say nothing broke or say nothing of how badly: a notice, maintenance, "none". */
const statesWithoutImpact = /^(?:notice|informational|info|maintenance|under maintenance|scheduled(?: maintenance)?|none|operational|outage)\b/i;

const words = Object.keys(severityWords).join('|');
/** "an AWS SEV2 support ticket", "a SEV-1 case with the vendor": a vendor's ticket, not the incident. */
const notVendorTicket = '(?!\\s+(?:support\\b|(?:ticket|case|request)s?\\b))';
/** `Severity: …`, `Sev: …`, `SEV-2`, `Severity level …`, `## Severity` then `**Critical**`. */
const severityLabel = new RegExp(`\\b(?:severity|sev(?:erity)? level|incident level|sev)\\b\\**\\s*[:|=-]?\\s*\\**\\s*([A-Za-z]*[- ]?\\d|(?:major|partial) outage|degraded performance|${words})\\b${notVendorTicket}`, 'i');
/** A `Priority: P1` line of the report's metadata (a priority further down is an action item's). */
const priorityLine = /^[\s>*_-]*priority[*_]*\s*[:|]\s*[*_]*\s*(P[- ]?\d)\b/im;
const metadataLines = 30;

/** `major-outage`, `under_maintenance` as words. */
const asWords = (text: string): string => text.replace(/(?<=\p{L})[-_](?=\p{L})/gu, ' ');

const levelOf = (n: string): Severity | undefined => severities.find((level) => level === `SEV-${n}`);

/**
 * A severity written after a coloured mark ("🟡 Medium", "🔴 Critical", "⚠️ High": a homelab's RCA
 * log, import round 51, where all 7 were "no SEV level"): the mark is the word's colour, not part
 * of it. `written` keeps it, so the note quotes the report.
 */
const leadingMarks = /^(?:[\p{Extended_Pictographic}\u{1F7E0}-\u{1F7EB}\u{FE0F}\u{200D}]\s*)+/u;

function interpret(written: string): WrittenSeverity | undefined {
  const read = interpretWords(written.trim().replace(leadingMarks, ''));
  return read && { ...read, written: written.trim() };
}

function interpretWords(text: string): WrittenSeverity | undefined {
  const level = /^(?:sev(?:erity)?|s)?[- ]?(\d)\b/i.exec(text);
  if (level && levelOf(level[1])) return { severity: levelOf(level[1]), readAs: 'level', written: text };
  const code = awsStatusCode.exec(text);
  if (code) return awsStatusCodes[code[1]] ? { severity: awsStatusCodes[code[1]].severity, readAs: 'code', written: text } : undefined;
  const priority = severityFromPriority(text);
  if (priority) return { severity: priority, readAs: 'priority', written: text };
  // Statusfy and statuskit write the state as a slug (`major-outage`, `degraded-performance`): the
  // same state, read before its first word ("major" alone suggests SEV-2, a major outage SEV-1).
  const state = statusPageStates.find(({ pattern }) => pattern.test(asWords(text)));
  if (state) return { severity: state.severity, readAs: 'status', written: text };
  const word = new RegExp(`^(${words})\\b`, 'i').exec(text);
  if (word) return { severity: severityWords[word[1].toLowerCase()], readAs: 'word', written: text };
  return undefined;
}

/** The severity the report's metadata (`severity`, `sev`, `priority`) or text states; see {@link WrittenSeverity}. */
export function readWrittenSeverity(markdown: string, metadata?: Record<string, unknown>): WrittenSeverity {
  const stated = (values: unknown[]) => values.filter((v) => v !== undefined && v !== null && typeof v !== 'object').map(String);
  const candidates = stated([metadata?.severity, metadata?.max_severity, metadata?.sev]);
  const labelled = severityLabel.exec(markdown);
  if (labelled) candidates.push(labelled[1]);
  // A ticket's priority (a Jira issue's "Medium") is read after a severity its text states ("**Severity:**
  // S1 - Critical Security", round 51: the issue's priority made it SEV-3): how urgent the ticket was, not how bad the incident.
  candidates.push(...stated([metadata?.priority]));
  const priority = priorityLine.exec(markdown.split('\n').slice(0, metadataLines).join('\n'));
  if (priority) candidates.push(priority[1]);
  const bare = new RegExp(`\\bSEV[- ]?(\\d)\\b${notVendorTicket}`, 'i').exec(markdown);
  if (bare) candidates.push(`SEV-${bare[1]}`);
  // Whatever else a "Severity:" line says ("Warning"), so the report can say it was not mapped.
  const anyValue = /^[\s>*_-]*(?:severity|sev)[*_]*\s*[:|]\s*[*_]*\s*([^\n*_|]{1,40}?)\s*(?:[*_|]|$)/im.exec(markdown);
  if (anyValue?.[1].trim()) candidates.push(anyValue[1].trim());
  // A label beside a template's instruction or with a link in it ("| Incident Severity | *Consider
  // the business impact …* S3 \- Medium |", "**Incident [Severity](…)**: S2 \- High": Mozilla's
  // template as Google Docs exports it, round 39): read without them, after what is read as written.
  const instructed = severityLabel.exec(markdown.split('\n').map(withoutTemplateInstructions).join('\n'));
  if (instructed) candidates.push(instructed[1]);
  for (const candidate of candidates) {
    const read = interpret(candidate);
    if (read) return read;
  }
  const withoutImpact = candidates.find((candidate) => statesWithoutImpact.test(asWords(candidate.trim())));
  if (withoutImpact) return { note: `severity is written as "${withoutImpact}", a status page's state that says nothing of the impact (a notice, maintenance, or "outage" without "major" or "partial"): not mapped; choose one of ${severities.join(', ')} if it was an incident` };
  return candidates.length ? { note: `severity is written as "${candidates[0]}", which has no SEV level: choose one of ${severities.join(', ')}` } : {};
}

/** The import report's line on the severity taken (for "inferred (check these)"). */
export function describeWrittenSeverity(read: WrittenSeverity): string | undefined {
  if (!read.severity) return undefined;
  if (read.readAs === 'level') return `severity ${read.severity} as written`;
  if (read.readAs === 'priority') return `severity ${read.severity} from the priority "${read.written}" (P<n> is read as SEV-<n>, P5 as SEV-4)`;
  if (read.readAs === 'code') {
    const code = awsStatusCode.exec(read.written ?? '')?.[1] ?? '';
    return `suggested severity ${read.severity}: the status code ${code} of the AWS Service Health Dashboard is ${awsStatusCodes[code]?.as ?? 'a status code'} (1 informational → SEV-4, 2 degradation → SEV-3, 3 disruption → SEV-2)`;
  }
  if (read.readAs === 'status') {
    const state = statusPageStates.find(({ pattern }) => pattern.test(asWords(read.written ?? '')));
    return `suggested severity ${read.severity}: the report's status page state "${read.written}" is ${state?.as ?? 'a status page state'} (major outage or down → SEV-1, partial outage, disrupted or degraded availability → SEV-2, degraded performance → SEV-3)`;
  }
  return `suggested severity ${read.severity}: the report calls it "${read.written}", a word, not a level (critical → SEV-1, high or major → SEV-2, medium (med), moderate or minor → SEV-3, low → SEV-4)`;
}
