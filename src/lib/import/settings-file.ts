/**
 * A program's settings kept in a file named without an extension (an SSH client's `2-ssh_config`,
 * HAProxy's `1-haproxy_ssl_termination`, an Ansible `inventory`): lines of a setting's name and its
 * values ("Host *", "    IdentityFile ~/.ssh/school", "timeout client 50000"), `[sections]`,
 * `key=value` pairs and nginx's blocks (`server {` … `}`), comments aside. A systems course's repository keeps such files beside its
 * postmortem, and each became a draft titled by its first setting (import round 50's leftover).
 *
 * Read from the file's opening only (`notReportByOpening`), so it never applies to a report named
 * as one (`.md`, `.txt`). A report without an extension is prose: a line of more than ten words, a
 * sentence's end, or a Markdown list or table mark rules it out.
 */

// A setting: its name (letters, digits, `.`, `_`, `-`, an address's `:`; MySQL's `!includedir`) then at most nine values, or
// `key=value` / `key = value`; a `[section]` or `[group:children]` header alone on its line.
const settingLine = /^\s*!?[\w.:@*~/-]+;?(?:\s*=\s*\S+|(?:\s+[^\s]+){0,9})\s*$/;
const sectionLine = /^\s*\[[\w.: -]+\]\s*$/;
const commentLine = /^\s*(?:#|;|\/\/)/;
// The brace closing a block of settings (nginx's `server { … }`).
const closingLine = /^\s*[{}]\s*$/;
// What says a line is a setting rather than a short line of words: a path, an address, a `key=value`,
// a wildcard, a number, or a line indented under the one above it (a block of settings).
const settingMark = /(?:^|\s)(?:~?\/[\w.-]|\d{1,3}(?:\.\d{1,3}){3}\b)|\w=\S|(?:^|\s)\*(?:\s|$)|\s\d+\s*$/;

/**
 * A firewall's rules as `iptables-save` writes them and ufw keeps them (`rules.before`): a table
 * (`*filter`, `*nat`), its chains (`:INPUT ACCEPT [0:0]`), rules (`-A ufw-before-input -j …`) and
 * `COMMIT` (a course's `rules.before` was a draft titled "rules.before", round 51's leftover).
 */
const firewallRuleLine = /^\s*(?:\*(?:filter|nat|mangle|raw|security)|:[\w-]+ (?:ACCEPT|DROP|REJECT|RETURN|-) \[\d+:\d+\]|-[ADIRNX] [\w-]+(?: .*)?|COMMIT)\s*$/;

/** How many lines of settings the opening holds when it is a program's settings and nothing else, else undefined. */
export function settingsFileLines(opening: string, truncated = false): number | undefined {
  const lines = opening.replace(/^\uFEFF/, '').split(/\r?\n/);
  // The opening is the file's first bytes: its last line may be cut, so it is not judged.
  if (truncated && lines.length > 1) lines.pop();
  // A comment after a setting ("root /var/www/html;  # the site's files") is no part of it.
  const kept = lines.map((line) => line.replace(/(?<=;)\s*#.*$|\s{2,}#\s.*$/, '')).filter((line) => line.trim() && !commentLine.test(line));
  if (kept.length < 2) return undefined;
  if (kept.length >= 3 && kept.every((line) => firewallRuleLine.test(line))) return kept.length;
  if (!kept.every((line) => sectionLine.test(line) || closingLine.test(line) || (settingLine.test(line) && !/[.!?]["')]?\s*$/.test(line.trim())))) return undefined;
  const indentedBlock = kept.some((line, i) => i > 0 && /^\s+\S/.test(line) && !/^\s/.test(kept[i - 1]));
  const marked = kept.filter((line) => sectionLine.test(line) || settingMark.test(line)).length;
  // Two lines are settings only as a block ("Host 10.0.0.5" over its indented "IdentityFile …"): two
  // short lines of a note ("Disk full on /var", "Logs rotated by hand") may be a report.
  return indentedBlock || (kept.length >= 3 && marked * 2 >= kept.length) ? kept.length : undefined;
}
