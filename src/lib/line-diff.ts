/** One line of a line diff: kept, removed from the old text, or added in the new one. */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

/**
 * The line diff of two texts, from a longest common subsequence of their lines: every line of
 * `before` is kept or removed, every line of `after` kept or added, in order. Quadratic in the
 * number of lines, which is fine for one post (hundreds of lines), not for whole files of logs.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  // lengths[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ op: ' ', text: a[i] });
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      lines.push({ op: '-', text: a[i++] });
    } else {
      lines.push({ op: '+', text: b[j++] });
    }
  }
  while (i < a.length) lines.push({ op: '-', text: a[i++] });
  while (j < b.length) lines.push({ op: '+', text: b[j++] });
  return lines;
}

/**
 * The changed lines with `context` unchanged lines around each change; runs of unchanged lines
 * further away are replaced by one `…` line, as in a unified diff. Empty when nothing changed.
 */
export function withContext(lines: readonly DiffLine[], context = 2): (DiffLine | { op: '…'; skipped: number })[] {
  const near = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.op === ' ') return;
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k++) near[k] = true;
  });
  if (!near.includes(true)) return [];
  const out: (DiffLine | { op: '…'; skipped: number })[] = [];
  let skipped = 0;
  lines.forEach((line, index) => {
    if (near[index]) {
      if (skipped) out.push({ op: '…', skipped });
      skipped = 0;
      out.push(line);
    } else {
      skipped++;
    }
  });
  if (skipped) out.push({ op: '…', skipped });
  return out;
}
