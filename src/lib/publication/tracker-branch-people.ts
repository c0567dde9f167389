/**
 * A person's handle opening a branch a tracker named (since probe round 57, docs/redaction.md,
 * "Probe round 57"): Linear names a branch `<user>/<team>-<number>-<title>`
 * (`hvinterlund/led-412-raise-pool-size`), and teams copy it into reports; the key was
 * found as an identifier, the handle before it published.
 *
 * Read: a handle, a slash, an issue's key in lower case (three to five letters, a hyphen, digits)
 * and at least one word of a title. A branch's kind (`feature/`, `fix/`, `release/`, a bot's `renovate/`) is an
 * English or public word and no person's (`nickLike`, `personalAccount`).
 */
import type { PatternMatch } from './person-patterns.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';

const branch = /(?<![\p{L}\p{N}_.\/@:-])(\p{Ll}[\p{Ll}\p{N}._-]{1,30}[\p{Ll}\p{N}])\/[a-z]{3,5}-\d{1,6}(?:-[a-z0-9]+)+(?![\p{L}\p{N}_\/])/gu;
/**
 * ZFS's pools, whose datasets are written so (`rpool/vm-200-disk-0`, `rpool/subvol-115-disk-0`,
 * measured in an infrastructure team's reports): a key of three to five letters leaves out `vm-`
 * and `subvol-`, and a pool's usual names are no one's.
 */
const zfsPool = /^(?:rpool|bpool|zroot|zpool|tank|pool\d*|data)$/;

/** The handles opening tracker branches on one line. */
export function findTrackerBranchPeople(line: string): PatternMatch[] {
  if (!line.includes('/')) return [];
  const found: PatternMatch[] = [];
  for (const m of line.matchAll(branch)) {
    if (!zfsPool.test(m[1]) && isPersonalHandleValue(m[1])) found.push({ text: m[1], index: m.index, severity: 'error', why: "the user a tracker's branch opens with" });
  }
  return found;
}
