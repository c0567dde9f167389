import { parseZone, type Zone } from './time-zones.ts';
import type { FolderZone } from './folder-zone.ts';

/**
 * The zone a report's metadata times are written in, shown by the report's own words: a record
 * whose `start_date: 2023-02-16 13:20:00` states no zone, and whose text says "started … around
 * 13:20 CET", writes its metadata in Central European time. Status pages kept as records (VSC's
 * YAML incidents) write their times in the organisation's zone and say so only now and then; read
 * as UTC they are an hour or two off. The same evidence in other records of the folder is a
 * signal for the records that say nothing (`siblingMetadataZone`), said in the draft, never guessed.
 */
export interface MetadataZoneEvidence {
  zone: Zone;
  /** "13:20 CET" beside `start_date: 2023-02-16 13:20:00`, for the draft's note. */
  words: string;
}

/**
 * Abbreviations of a zone with daylight saving read as that zone, so a record written in winter
 * ("CET") and one in summer ("CEST") are the same signal and each time gets its season's offset.
 * GMT and UTC are no signal (UTC is what a time without zone is read as anyway); abbreviations not
 * listed stand for their one fixed offset (JST, IST, …).
 */
const seasonalZones: Record<string, { name: string; label: string }> = {
  CET: { name: 'CET', label: 'CET/CEST' }, CEST: { name: 'CET', label: 'CET/CEST' },
  EET: { name: 'EET', label: 'EET/EEST' }, EEST: { name: 'EET', label: 'EET/EEST' },
  WET: { name: 'WET', label: 'WET/WEST' }, WEST: { name: 'WET', label: 'WET/WEST' },
  BST: { name: 'Europe/London', label: 'Europe/London (GMT/BST)' },
  PST: { name: 'America/Los_Angeles', label: 'America/Los_Angeles (PST/PDT)' }, PDT: { name: 'America/Los_Angeles', label: 'America/Los_Angeles (PST/PDT)' },
  MST: { name: 'America/Denver', label: 'America/Denver (MST/MDT)' }, MDT: { name: 'America/Denver', label: 'America/Denver (MST/MDT)' },
  CST: { name: 'America/Chicago', label: 'America/Chicago (CST/CDT)' }, CDT: { name: 'America/Chicago', label: 'America/Chicago (CST/CDT)' },
  EST: { name: 'America/New_York', label: 'America/New_York (EST/EDT)' }, EDT: { name: 'America/New_York', label: 'America/New_York (EST/EDT)' },
  AEST: { name: 'Australia/Sydney', label: 'Australia/Sydney (AEST/AEDT)' }, AEDT: { name: 'Australia/Sydney', label: 'Australia/Sydney (AEST/AEDT)' },
  NZST: { name: 'Pacific/Auckland', label: 'Pacific/Auckland (NZST/NZDT)' }, NZDT: { name: 'Pacific/Auckland', label: 'Pacific/Auckland (NZST/NZDT)' },
};
const noSignal = new Set(['UTC', 'GMT', 'Z']);
const abbreviations = ['UTC', 'GMT', ...Object.keys(seasonalZones), 'MSK', 'IST', 'SGT', 'HKT', 'JST', 'KST', 'HST', 'AKST', 'AKDT'].sort((a, b) => b.length - a.length);

/** A key whose value is a date and time with no zone (`start_date: 2023-02-16 13:20:00`, `"start": "2023-02-16T13:20"`). */
const metadataTime = /^[ \t]*"?([A-Za-z][\w-]*)"?[ \t]*[:=][ \t]*["']?(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?["']?,?[ \t]*$/gm;
/** A time of day written with a zone in the text: "13:20 CET", "17:15h CEST", "(08:00 CET)". */
const zonedTime = new RegExp(String.raw`\b(\d{1,2})[:.](\d{2})\s*h?\s*\(?(${abbreviations.join('|')})\b`, 'g');

/** `UTC` when the text ties its metadata times to UTC (no signal, but a contradiction of another zone), the zone, or undefined. */
export function metadataZoneEvidence(text: string): MetadataZoneEvidence | 'UTC' | undefined {
  const times = new Map<string, string>();
  for (const match of text.matchAll(metadataTime)) times.set(`${Number(match[3])}:${match[4]}`, `${match[1]}: ${match[2]} ${match[3].padStart(2, '0')}:${match[4]}`);
  if (!times.size) return undefined;
  let found: MetadataZoneEvidence | 'UTC' | undefined;
  for (const match of text.matchAll(zonedTime)) {
    const metadata = times.get(`${Number(match[1])}:${match[2]}`);
    if (!metadata) continue;
    const zone = zoneOf(match[3]);
    const evidence = zone === 'UTC' ? 'UTC' : { zone, words: `"${match[1]}:${match[2]} ${match[3]}" for its \`${metadata}\`` };
    // Two zones tied to the metadata's times contradict each other: no signal.
    if (found && (found === 'UTC' || evidence === 'UTC' ? found !== evidence : found.zone.label !== evidence.zone.label)) return undefined;
    found ??= evidence;
  }
  return found;
}

function zoneOf(abbreviation: string): Zone | 'UTC' {
  if (noSignal.has(abbreviation)) return 'UTC';
  const seasonal = seasonalZones[abbreviation];
  return seasonal ? { kind: 'iana', name: seasonal.name, label: seasonal.label } : parseZone(abbreviation)!;
}

/**
 * The zone other records of the folder show for their metadata times, when at least two of them
 * show one and none shows another (or UTC): the records that say nothing were most likely written
 * the same way. Undefined otherwise; the draft names the records it was read from.
 */
export function siblingMetadataZone(siblings: readonly { file: string; evidence: MetadataZoneEvidence | 'UTC' | undefined }[]): FolderZone | undefined {
  const shown = siblings.filter((sibling) => sibling.evidence);
  if (shown.length < 2) return undefined;
  const first = shown[0].evidence;
  if (first === 'UTC' || first === undefined) return undefined;
  if (shown.some(({ evidence }) => evidence === 'UTC' || evidence!.zone.label !== first.zone.label)) return undefined;
  const others = shown.length - 1;
  return { zone: first.zone, file: shown[0].file, statement: `${first.words}, and ${others} other record${others === 1 ? '' : 's'} of the folder ${others === 1 ? 'writes its' : 'write theirs'} in ${first.zone.label} too`, shownByRecords: true };
}
