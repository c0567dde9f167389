import { stringify as stringifyYaml } from 'yaml';
import { titleFromFirstSentence } from './report-title.ts';
import type { DatedLogReport } from './dated-log.ts';

/**
 * A status page's incidents kept one a line, each opening with its day and time: tinystatus's
 * `incidents.txt` ("2024/03/28 09:00 - Unable to submit Contact Form. Temporary outage of the
 * form service."). Imported whole it was one draft titled "incidents", its lines a paragraph and
 * no start (a personal site's status page, import round 43). Each line is an incident: its words
 * the summary, their first sentence the title, its stamp the start. A line whose newline was lost
 * holds two ("…(from Netlify)2024/10/07 09:24 - …"): split at the second stamp. "No ongoing
 * incidents" is no incident.
 */

const stamp = String.raw`(\d{4})[/-](\d{2})[/-](\d{2}) (\d{2}:\d{2}) - `;
const nothingHappened = /^no (?:ongoing |current |open )?incidents?\b/i;

/** The reports of such a file, or undefined when it is not one: 3 lines or more, each opening with a stamp. */
export function readStampedLinesLog(text: string): { reports: DatedLogReport[]; notes: string[] } | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim());
  if (lines.length < 3 || !lines.every((line) => new RegExp(`^${stamp}\\S`).test(line))) return undefined;
  // Split without the stamp's groups, which `split` would return as entries of their own.
  const entries = lines.flatMap((line) => line.split(new RegExp(`(?<=\\S)(?=${stamp.replace(/\((?!\?)/g, '(?:')})`)));
  const split = entries.length - lines.length;
  const reports = entries.flatMap((entry) => {
    const opening = new RegExp(`^${stamp}`).exec(entry);
    if (!opening) return [];
    const [, year, month, day, time] = opening;
    const words = entry.replace(new RegExp(`^${stamp}`), '').trim();
    if (nothingHappened.test(words)) return [];
    const date = `${year}-${month}-${day}`;
    const title = titleFromFirstSentence(words) ?? words;
    return [{
      label: `#${date}-${time.replace(':', '')}`,
      text: `---\n${stringifyYaml({ title, date }, { lineWidth: 0 }).trimEnd()}\n---\n\nStarted: ${date} ${time}\n\n${words}\n`,
      source: entry,
    }];
  });
  if (!reports.length) return undefined;
  return { reports, notes: [`read as a status page's incident log, one incident a line opening with its day and time (tinystatus's incidents.txt): one draft per line (${reports.length})${split ? `; ${split} line(s) held two incidents, their newline lost: split at the second one's day` : ''}`] };
}
