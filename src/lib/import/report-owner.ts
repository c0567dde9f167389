import type { Team } from '../vocabulary.ts';

/**
 * Who a report says owns or wrote it: its own frontmatter (`owner:`, `author:`, `authors:`,
 * `reported_by:`) or a labelled line near its top (`Owner: @aronasorman`, `**Author:** …`,
 * `Reported by: …`). Our schema has no field for a postmortem's owner or author: `reviewers` and
 * `commander` are roles and team handles, never personal names, and the public post is built field
 * by field from what may be public (src/lib/public-projection.ts). So a person is not copied into
 * any field; a team the knowledge base knows (its id, name or handle) is the draft's team.
 */
export interface ReportOwner {
  /** Where it was read: `author:` (frontmatter) or `Owner:` (a line of the body). */
  label: string;
  value: string;
  /** The team of teams.yaml it names, when it names one rather than a person. */
  team?: string;
  /** Read from the report's frontmatter (kept inside <Internal>), not from a line of its body. */
  fromMetadata: boolean;
}

const ownerKeys = ['owner', 'owners', 'author', 'authors', 'reported_by', 'reportedBy', 'reporter', 'written_by'] as const;
/** `Owner: …`, `## Owner: …`, `**Authors:** …`, `- Reported by: …` as a line of its own. */
const ownerLine = /^[\s>#*_-]*(owner|owners|authors?|reported by|reporter|written by)[*_]*\s*:[*_]*\s*(\S.*)$/i;

const valueText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object' && 'name' in value) return valueText((value as { name: unknown }).name);
  return undefined;
};

/** The team `value` names: a team's id, its name, or its handle (`@acme/payments`), with or without "team". */
function namedTeam(value: string, teams: Map<string, Team>): string | undefined {
  const words = value.toLowerCase().replace(/^@/, '').replace(/\s+team$/, '').trim();
  for (const team of teams.values()) {
    const handle = team.handle?.toLowerCase();
    if (words === team.id.toLowerCase() || words === team.name.toLowerCase() || (handle && value.toLowerCase() === handle)) return team.id;
  }
  return undefined;
}

/**
 * The owner or author the report states, or undefined. Only the first 15 lines of the body are
 * read for a labelled line: a report's metadata stands at its top ("Owner" further down is a
 * column or a sentence).
 */
export function readReportOwner(metadata: Record<string, unknown> | undefined, markdown: string, teams: Map<string, Team>): ReportOwner | undefined {
  for (const key of ownerKeys) {
    const value = valueText(metadata?.[key]);
    // A template's placeholder ("<Your name goes here>") names no one.
    if (value && !/^<[^>]*>$/.test(value)) return { label: `${key}:`, value, team: namedTeam(value, teams), fromMetadata: true };
  }
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n').slice(0, 15)) {
    const match = ownerLine.exec(line);
    const value = match?.[2].replace(/[*_]+$/, '').trim();
    if (match && value && !/^<[^>]*>$/.test(value)) {
      const label = match[1].replace(/^\w/, (c) => c.toUpperCase());
      return { label: `${label}:`, value, team: namedTeam(value, teams), fromMetadata: false };
    }
  }
  return undefined;
}
