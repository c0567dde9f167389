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

  /** The name of an earlier source with the same bytes as `bytes`, or undefined (and `name` is remembered). */
  copyOf(name: string, bytes: Uint8Array): string | undefined {
    if (!bytes.length) return undefined;
    const digest = createHash('sha256').update(bytes).digest('hex');
    const first = this.firstByDigest.get(digest);
    if (first === undefined) this.firstByDigest.set(digest, name);
    return first;
  }
}

/** Why a copy is not imported, and what to do. */
export function copyNotImported(first: string): string {
  return `is a copy of ${first} (the same bytes), which this import reads: a report is imported once (this copy was a second draft of the same incident). Delete the copy (if it was meant to be another report, that report is missing: export it again).`;
}
