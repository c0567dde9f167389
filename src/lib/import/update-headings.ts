import { readWrittenTime } from './written-time.ts';

/**
 * A status post whose updates are headings stamped with their moment, newest on top, each over
 * the update's paragraphs: `## Update 29.08.2024 15:30`, `### Update 29.08.2024 14:30 Uhr:`,
 * `# Update vom 28.08.2024`, `# Update 26.08.2024 / 09:15 Uhr`, `## Update 10:00 Uhr` (the post's
 * own day). Schullogin's cState issues write them so (de-schullogin, 19 posts); the import read no
 * row of them (import round 37). Returns the updates as `- <day> <time> <words>` lines, oldest
 * first, for the timeline reader; none when the post has fewer than two such headings, or a heading
 * "Update" whose stamp is not a day or a time ("Update zur Lage", a day without its year: kept as text).
 */
const updateHeading = /^(#{1,6})[ \t]+(?:update|aktualisierung|nachtrag)(?:[ \t]+vom)?[ \t]*[:–-]?[ \t]*(.*?)[ \t]*$/i;

export function updateHeadingRows(markdown: string, year: number): string[] {
  const lines = markdown.split('\n');
  const updates: { stamp: string; order: number; at?: string; words: string[] }[] = [];
  let current: (typeof updates)[number] | undefined;
  let fence = false;
  for (const line of lines) {
    if (/^[ \t]{0,3}(?:`{3,}|~{3,})/.test(line)) fence = !fence;
    const heading = fence ? null : updateHeading.exec(line);
    if (heading) {
      const stamp = heading[2].replace(/\s*:$/, '').replace(/\s+\/\s+/, ' ').replace(/\s*uhr$/i, '').trim();
      const written = readWrittenTime(stamp, { year });
      const whole = written.consumed >= stamp.length && !written.placeholder && (written.time || written.date);
      current = whole ? { stamp, order: updates.length, at: written.date && written.time ? `${written.date}T${written.time}` : written.date ?? undefined, words: [] } : undefined;
      if (current) updates.push(current);
      continue;
    }
    if (/^#{1,6}[ \t]/.test(line)) current = undefined;
    else if (current && line.trim()) current.words.push(line.trim());
  }
  const rows = updates.filter((update) => update.words.length);
  if (rows.length < 2) return [];
  // Newest on top, as a status page lists them: written oldest first here, so that rows with a
  // time only are read on the post's day in the order they happened.
  const known = rows.filter((row) => row.at);
  const newestFirst = known.length >= 2 && known.every((row, i) => i === 0 || row.at! <= known[i - 1].at!) && known[0].at !== known[known.length - 1].at;
  const ordered = newestFirst || known.length < 2 && rows.length >= 2 && descendingTimes(rows) ? [...rows].reverse() : rows;
  return ordered.map((row) => `- ${row.stamp} ${row.words.join(' ')}`);
}

/** Time-only stamps ("10:00", "08:30") falling from top to bottom. */
function descendingTimes(rows: readonly { stamp: string }[]): boolean {
  const times = rows.map((row) => /^(\d{1,2})[:.](\d{2})$/.exec(row.stamp)).map((m) => (m ? Number(m[1]) * 60 + Number(m[2]) : undefined));
  return times.every((t) => t !== undefined) && times.every((t, i) => i === 0 || t! <= times[i - 1]!) && times[0] !== times[times.length - 1];
}
