/**
 * A table row whose code span holds a pipe (`` `iptables -L | grep KUBE` ``) has one cell more than
 * its header: GitHub's tables split cells at every `|` not escaped, in code too, so the row's last
 * words went to a cell no page shows, and the draft failed the check (body/table-cells; pgmac's
 * reboot report, import round 20). GFM reads `\|` as a pipe inside a cell, code spans included:
 * the import escapes the pipes of a row's code spans when, so read, the row has its header's cells.
 * Rows that fit, and text outside tables, are left as written.
 */
import { isTableDelimiterRow } from '../markdown-table-lines.ts';

/** The cells of a table row, split at pipes not escaped (and, when `inCode` is false, not inside code spans). */
function cellCount(row: string, inCode: boolean): number {
  let cells = 0;
  let code = false;
  const body = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') { i++; continue; }
    if (body[i] === '`') code = !code;
    else if (body[i] === '|' && (inCode || !code)) cells++;
  }
  return cells + 1;
}

export function escapeTableCodePipes(markdown: string): { markdown: string; rows: number } {
  const lines = markdown.split('\n');
  let header = 0;
  let rows = 0;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    // A fenced block is code, tables and all.
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(lines[i])?.[1];
    if (fence || marker) {
      if (!fence) fence = marker;
      else if (marker && marker[0] === fence[0] && marker.length >= fence.length && lines[i].trim() === marker) fence = undefined;
      header = 0;
      continue;
    }
    if (i + 1 < lines.length && lines[i].includes('|') && isTableDelimiterRow(lines[i + 1])) {
      header = cellCount(lines[i], true);
      i++;
      continue;
    }
    if (!header) continue;
    if (!lines[i].includes('|') || !lines[i].trim()) { header = 0; continue; }
    if (cellCount(lines[i], true) > header && cellCount(lines[i], false) === header) {
      lines[i] = lines[i].replace(/(`+)([\s\S]*?)\1/g, (span, ticks: string, inside: string) => `${ticks}${inside.replace(/(?<!\\)\|/g, '\\|')}${ticks}`);
      rows++;
    }
  }
  return { markdown: lines.join('\n'), rows };
}
