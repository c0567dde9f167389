/**
 * Sources of one import that are copies of each other, byte for byte (bad input round 18): an
 * export folder holding `report.md` and `old/report.md`, or a report saved twice, became two
 * drafts (`db-outage` and `db-outage-2`) of one incident, with no word; the check then said "the
 * same title" of two files the import had written. Pure, no Astro.
 */
import { createHash } from 'node:crypto';

/** Remembers each source's bytes by their digest; says which earlier source a later one copies. */
export class SourceCopies {
  private readonly firstByDigest = new Map<string, string>();

  /** Sources refused as no report (data, a page of another kind), and the copies of them. */
  private readonly refused = new Set<string>();

  /** The name of an earlier source with the same bytes as `bytes`, or undefined (and `name` is remembered). */
  copyOf(name: string, bytes: Uint8Array): string | undefined {
    if (!bytes.length) return undefined;
    const digest = createHash('sha256').update(bytes).digest('hex');
    const first = this.firstByDigest.get(digest);
    if (first === undefined) this.firstByDigest.set(digest, name);
    return first;
  }

  /** Remembers that `name` was refused as no report, so that a later copy of it is said as one (round 60). */
  refusedAsNoReport(name: string): void {
    this.refused.add(name);
  }

  /**
   * Why the copy `name` of `first` is not imported: as a file passed over (`passedOver`) when `first`
   * was refused as no report, else as a second draft of a report (`said`, a line of its own).
   */
  copyNotImported(name: string, first: string): { passedOver: string } | { said: string } {
    if (!this.refused.has(first)) return { said: copyNotImported(first) };
    this.refused.add(name);
    return { passedOver: copyOfNoReportWhy };
  }
}

/** Why a copy is not imported, and what to do. */
export function copyNotImported(first: string): string {
  return `is a copy of ${first} (the same bytes), which this import reads: a report is imported once (this copy was a second draft of the same incident). Delete the copy (if it was meant to be another report, that report is missing: export it again).`;
}

/**
 * Why a copy of a file that is no report is not imported, said with the other files passed over.
 * A home-ops repository keeps one app's `kustomization.yaml` byte for byte in 30 folders: each copy
 * was said as "a second draft of the same incident", of settings that were never read as one (import
 * round 60). A copy of a file the import refused (data, settings, a page of another kind) is said as
 * what it is.
 */
export const copyOfNoReportWhy = 'a copy (the same bytes) of another file of this import that is no report either (data, settings or a page of another kind, not read as an incident)';
