/**
 * The people a pasted on-call rota names by their role (since probe round 57, docs/redaction.md,
 * "Probe round 57"): `primary:`, `secondary:`, `tertiary:`, `backup:`, `shadow:`, `escalation:`
 * in YAML or JSON. The owner rule of person-patterns.ts reads `primary:` and `secondary:` as it
 * reads `owner:`, by the value alone, and refused `secondary: tokereke` as made of words; a
 * database's `primary: pg-ledger-01`, a style's `secondary: '#586069'` and a flag's `secondary:
 * true` (the corpora's) are the same keys.
 *
 * So a role's value is read only under a cue that the block is a rota: a key above it, less
 * indented, that names one (`oncall:`, `rota:`, `rotation:`, `schedule:`, `escalation_policy:`),
 * or another role of the same block or line whose value is a person's account by its letters
 * (`"primary": "hvinterlund"`). The value is then judged as a handle in a person's place
 * (person-slot-handles.ts).
 */
import type { PatternMatch } from './person-patterns.ts';
import { personalAccount } from './person-patterns.ts';
import { isHandleInPersonSlot } from './person-slot-handles.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';

/** A role of a rota and its value, quoted or not, in YAML (`secondary: x`) or JSON (`"backup": "x"`). */
const roleValue = /(?<![\p{L}\p{N}_.-])["']?(primary|secondary|tertiary|backup|shadow|escalation|(?:primary|secondary|backup)[_-]?on[_-]?call)["']?[ \t]*[:=][ \t]*["']?([\p{L}][\p{L}\p{N}._-]*)["']?[ \t]*(?=[,}\]#]|$)/giu;
/** A key that opens a rota's block. */
const rotaKey = /^\s*[-"']*\s*["']?(?:on[_-]?call|rota|rotation|rotations|schedule|schedules|escalation[_-]?polic(?:y|ies)|pager|paging|shifts?)["']?\s*:\s*$/i;
/** The cue of the lines read: a role's name. */
const roleCue = /primary|secondary|tertiary|backup|shadow|escalation/i;

const indentOf = (line: string) => line.match(/^\s*/)![0].length;

/** Whether a less indented key above `i` opens a rota (up to the block's first line of the same or less indentation). */
function underRotaKey(lines: readonly string[], i: number): boolean {
  let indent = indentOf(lines[i]);
  for (let j = i - 1; j >= 0 && j >= i - 40; j--) {
    if (!lines[j].trim()) return false;
    const at = indentOf(lines[j]);
    if (at < indent) {
      if (rotaKey.test(lines[j])) return true;
      indent = at;
      if (at === 0) return false;
    }
  }
  return false;
}

/** The people a rota's roles name, by line (0-based). */
export function findRotaRolePeople(lines: readonly string[]): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  const roles: { line: number; index: number; value: string }[] = [];
  lines.forEach((line, i) => {
    if (!roleCue.test(line)) return;
    for (const m of line.matchAll(roleValue)) roles.push({ line: i, index: m.index + m[0].lastIndexOf(m[2]), value: m[2] });
  });
  if (!roles.length) return found;
  // A block: roles on consecutive lines without a blank one between them (each role's block's
  // first line, found once).
  const blockOf = (line: number) => {
    let start = line;
    while (start > 0 && lines[start - 1].trim()) start--;
    return start;
  };
  const blocks = roles.map((r) => blockOf(r.line));
  const person = roles.map((r) => personalAccount(r.value) && isPersonalHandleValue(r.value));
  roles.forEach((role, k) => {
    if (!isHandleInPersonSlot(role.value)) return;
    const sibling = roles.some((r, j) => j !== k && blocks[j] === blocks[k] && Math.abs(r.line - role.line) <= 8 && person[j]);
    if (!sibling && !underRotaKey(lines, role.line)) return;
    const list = found.get(role.line) ?? [];
    list.push({ text: role.value, index: role.index, severity: 'error', why: 'a role of an on-call rota' });
    found.set(role.line, list);
  });
  return found;
}
