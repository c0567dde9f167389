/**
 * Updates a status record writes as paragraphs that open with when they were posted, in brackets:
 * `[11:30] We are aware of the Lustre failure …`, `**[Thu 09 Jul 2026 - 09:30:00]**` over the
 * update, `[update 2026-07-27 13:30] …`, `[Tue 02 June 2026 - 10:47:00 CEST]` (the VSC's status
 * records, newest on top). Each is an update: a timeline row at its instant, under a "Timeline"
 * heading, oldest first, the paragraphs after it (up to the next stamp) kept under its row. A
 * stamp with a time only is on the record's own day (its start's), as the record states no other;
 * a stamp with a day and no time ("update 14/07/2025") is no instant, and stays text.
 */
export interface StampedUpdate {
  /** `2026-06-18 11:30`, with the zone when the stamp writes one (`2026-06-02 10:47 (CEST)`). */
  at: string;
  /** The update's words, its stamp left out; its later paragraphs after a blank line. */
  text: string;
}

const months: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };

/**
 * A stamp at the opening of a paragraph, bold, italic or plain, its brackets (and the asterisks
 * an HTML record writes as text) escaped by the HTML conversion (`\[12:00\]`, `\*\[…\]\*`): an optional "update", weekday, a day (ISO, or day month year), and a time.
 */
const stamp = /^(?:\*\*|__|\\?\*|_)?\\?\[\s*(?:update\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4}))?\s*(?:[-–,]\s*)?(\d{1,2}):(\d{2})(?::\d{2})?(?:\s+([A-Z]{3,4}))?\s*\\?\](?:\*\*|__|\\?\*|_)?\s*:?\s*/i;

/** True when `paragraph` opens with an update's bracketed stamp that gives an instant. */
export function opensWithStamp(paragraph: string, recordDay: string): boolean {
  const match = stamp.exec(paragraph.trim());
  return !!match && !!stampInstant(match, recordDay);
}

function stampInstant(match: RegExpExecArray, recordDay: string): string | undefined {
  const pad = (part: string) => part.padStart(2, '0');
  let day = recordDay;
  if (match[1]) day = `${match[1]}-${pad(match[2])}-${pad(match[3])}`;
  else if (match[4]) {
    const month = months[match[5].slice(0, 3).toLowerCase()];
    if (!month) return undefined;
    day = `${match[6]}-${month}-${pad(match[4])}`;
  }
  const hour = Number(match[7]);
  if (!Number.isFinite(Date.parse(day)) || hour > 23 || Number(match[8]) > 59) return undefined;
  // A zone the stamp writes, in brackets: "(CEST)" is read as the record's zone, so that its start
  // and end, written without one, are placed in it as well.
  return `${day} ${pad(match[7])}:${match[8]}${match[9] ? ` (${match[9]})` : ''}`;
}

/**
 * The record's Markdown with its stamped updates as a "Timeline" of rows, and the updates read;
 * the Markdown as it was (and no updates) when no paragraph opens with a stamp. Paragraphs before
 * the first stamp stay where they are, above the timeline. Every word is kept.
 */
export function readStampedUpdates(markdown: string, recordDay: string): { markdown: string; updates: StampedUpdate[] } {
  const blocks = markdown.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
  const before: string[] = [];
  const updates: (StampedUpdate & { order: number })[] = [];
  for (const block of blocks) {
    const match = stamp.exec(block);
    const at = match ? stampInstant(match, recordDay) : undefined;
    if (match && at) {
      // `**\[…\]**  ⏎To mitigate …`: the hard break after the bold stamp is no part of the words.
      updates.push({ at, text: block.slice(match[0].length).replace(/^(?: {2,}|\\)?\n/, '').trim(), order: updates.length });
    } else if (updates.length) {
      const last = updates[updates.length - 1];
      last.text = last.text ? `${last.text}\n\n${block}` : block;
    } else {
      before.push(block);
    }
  }
  if (!updates.length) return { markdown, updates: [] };
  // Oldest first, as a timeline reads; a record writes its newest on top. Stable for equal instants.
  const sortKey = (at: string) => at.slice(0, 16);
  const ordered = [...updates].sort((a, b) => sortKey(a.at).localeCompare(sortKey(b.at), 'en') || a.order - b.order);
  const item = (update: StampedUpdate) => `- ${update.at} ${update.text.replace(/\n/g, '\n  ')}`.replace(/[ \t]+$/gm, '');
  return {
    markdown: [...before, `## Timeline\n\n${ordered.map(item).join('\n')}`].join('\n\n'),
    updates: ordered.map(({ at, text }) => ({ at, text })),
  };
}
