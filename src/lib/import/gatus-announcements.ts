import { stringify as stringifyYaml } from 'yaml';
import { yamlDataOrUndefined } from './written-yaml.ts';
import { recordInstant } from './incident-records.ts';
import { titleFromFirstSentence } from './report-title.ts';
import { isObject, type Json } from './json-object.ts';

/**
 * A status page built by [Gatus](https://github.com/TwiN/gatus) keeps what it tells its readers
 * in its configuration file (`config.yaml`), beside the endpoints it checks:
 *
 *     announcements:
 *       - timestamp: 2025-11-07T14:00:00Z   # RFC 3339, when it was posted
 *         type: outage                      # outage, warning, information, operational, none
 *         message: "Database servers are unavailable …"
 *         archived: true                    # shown at the bottom of the page
 *
 * An announcement has no title and no end. Import round 34: the file was passed over as YAML that
 * is no incident record ("no report found"). Each `outage` or `warning` announcement is now an
 * incident of its own: its message the summary (its first sentence the title, listed as made),
 * its timestamp the start, and the first `operational` announcement posted after it (and before
 * the next outage or warning) its end, both rows of its timeline. `information` and `none`
 * announcements are notices, and an `operational` one that follows no outage says all is well:
 * neither is imported, and the import report counts them.
 */
export interface GatusAnnouncements {
  kind: string;
  reports: { label: string; text: string; source: string }[];
  notes: string[];
}

const types = /^(outage|warning|information|operational|none)$/;

interface Announcement { at: { day: string; time?: string; zone?: string }; instant: string; type: string; message: string; place: number }

const written = (at: Announcement['at']) => `${at.day}${at.time ? ` ${at.time}` : ''}${at.zone ? ` ${at.zone}` : ''}`;
const inItem = (words: string) => words.trim().replace(/\n/g, '\n  ');
const label = (type: string) => `${type[0].toUpperCase()}${type.slice(1)}`;

/**
 * The incidents of a Gatus configuration's `announcements`, one report each; undefined when `yaml`
 * is no such file (a mapping whose `announcements` is a non-empty list, each a `timestamp`, a
 * `message` and, if written, a `type` Gatus knows).
 */
export function readGatusAnnouncements(yaml: string): GatusAnnouncements | undefined {
  const data = yamlDataOrUndefined(yaml, { asWritten: true });
  if (data === undefined) return undefined;
  if (!isObject(data) || !Array.isArray(data.announcements) || !data.announcements.length) return undefined;
  const announcements: Announcement[] = [];
  for (const [place, item] of data.announcements.entries()) {
    if (!isObject(item)) return undefined;
    const at = recordInstant(item.timestamp);
    const type = item.type === undefined ? 'none' : String(item.type).toLowerCase();
    const message = typeof item.message === 'string' ? item.message.trim() : '';
    if (!at || !at.time || !message || !types.test(type)) return undefined;
    announcements.push({ at, instant: `${at.day}T${at.time}${at.zone && at.zone !== 'UTC' ? at.zone : 'Z'}`, type, message, place: place + 1 });
  }
  // The page lists them as written (newest first, usually); an incident reads oldest first.
  const byTime = [...announcements].sort((a, b) => Date.parse(a.instant) - Date.parse(b.instant) || a.place - b.place);
  const reports: GatusAnnouncements['reports'] = [];
  const ends = new Set<Announcement>();
  byTime.forEach((opening, i) => {
    if (opening.type !== 'outage' && opening.type !== 'warning') return;
    const later = byTime.slice(i + 1);
    const next = later.findIndex((a) => a.type === 'outage' || a.type === 'warning');
    const end = (next === -1 ? later : later.slice(0, next)).find((a) => a.type === 'operational');
    if (end) ends.add(end);
    const rows = [opening, ...(end ? [end] : [])].map((a) => `- ${written(a.at)} *${label(a.type)}* - ${inItem(a.message)}`);
    const title = titleFromFirstSentence(opening.message) ?? opening.message.split('\n')[0];
    const frontmatter = { title, summary: opening.message.replace(/\s+/g, ' '), date: opening.at.day };
    const body = [
      `---\n${stringifyYaml(frontmatter, { lineWidth: 0 }).trim()}\n---`,
      `Announcement of a status page built by Gatus (its \`${opening.type}\` announcement ${opening.place} in the configuration's list); its start is when it was posted${end ? `, its end the \`operational\` announcement ${end.place} posted after it` : ''}.`,
      [`- Start: ${written(opening.at)}`, end ? `- End: ${written(end.at)}` : ''].filter(Boolean).join('\n'),
      `## Timeline\n\n${rows.join('\n')}`,
    ];
    reports.push({ label: `#${opening.place}`, text: body.join('\n\n') + '\n', source: [opening.message, ...(end ? [end.message] : [])].join('\n\n') });
  });
  const notices = announcements.filter((a) => a.type === 'information' || a.type === 'none').length;
  const alone = announcements.filter((a) => a.type === 'operational' && !ends.has(a)).length;
  return {
    kind: 'Gatus status page configuration (announcements)',
    reports,
    notes: [
      'titles made from the first sentence of each announcement\'s message (Gatus gives an announcement no title): shorten or reword them',
      ...(notices ? [`${notices} \`information\` or \`none\` announcement(s) not imported: notices, not incidents`] : []),
      ...(alone ? [`${alone} \`operational\` announcement(s) not imported: they follow no outage or warning`] : []),
    ],
  };
}
