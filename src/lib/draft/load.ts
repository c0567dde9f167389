import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { decodeExportedText } from '../exported-text.ts';
import { blockingFileKind } from '../content-files.ts';
import { basename, dirname, join } from 'node:path';
import { parseAlertmanagerFile, readAlertmanager } from './alertmanager.ts';
import type { ChatFlagConfig } from './chat-flags.ts';
import { readGitHubDeployments, readGitLog } from './deploys.ts';
import { isOpsgenieJson, readOpsgenie } from './opsgenie.ts';
import { isPagerDutyJson, readPagerDuty } from './pagerduty.ts';
import { parseJson, type RecordReading, type TimeWindow } from './records.ts';
import { readSlackExport } from './slack.ts';
import { isStatuspageJson, readStatuspage } from './statuspage.ts';
import { readTeamsExport } from './teams.ts';
import { CommandLineMistake } from '../command-line-mistake.ts';

/**
 * Reads record files from disk and hands each to the reader of its format, recognised from its
 * content (so one `--pager` flag takes PagerDuty or Opsgenie, one `--chat` Slack or Teams).
 */
export interface RecordFiles {
  chat?: string[];
  pager?: string[];
  alerts?: string[];
  deploys?: string[];
  statusPage?: string[];
}

export interface LoadOptions {
  window?: TimeWindow;
  flags?: ChatFlagConfig;
}

const dayFile = /^\d{4}-\d{2}-\d{2}\.json$/;

/** A Slack channel folder of day files; users.json is looked for beside it or one level up. */
function loadSlackFolder(folder: string, options: LoadOptions): RecordReading {
  const days = readdirSync(folder).filter((name) => dayFile.test(name)).sort();
  if (!days.length) {
    const channels = readdirSync(folder).filter((name) => statSync(join(folder, name)).isDirectory());
    throw new CommandLineMistake(`${folder} holds no day files (YYYY-MM-DD.json). Pass the incident channel's folder inside the Slack export${channels.length ? `, e.g. --chat ${join(folder, channels[0])}` : ''}.`);
  }
  const usersFile = [join(folder, 'users.json'), join(dirname(folder), 'users.json')].find(existsSync);
  // channels.json (export root) lists each channel's pins by message ts.
  const channelsFile = join(dirname(folder), 'channels.json');
  const channels = existsSync(channelsFile) ? parseJson(readFileSync(channelsFile, 'utf8'), channelsFile, 'Slack channels.json (an array of channels)') : [];
  const channel = Array.isArray(channels) ? (channels as { name?: string; pins?: { id?: string }[] }[]).find((c) => c?.name === basename(folder)) : undefined;
  return readSlackExport(
    {
      file: folder,
      pinnedTs: (channel?.pins ?? []).map((pin) => pin.id).filter((id): id is string => typeof id === 'string'),
      users: usersFile ? parseJson(readFileSync(usersFile, 'utf8'), usersFile, 'Slack users.json (an array of users)') : undefined,
      days: days.map((name) => parseJson(readFileSync(join(folder, name), 'utf8'), join(folder, name), 'a Slack day file (an array of messages)')),
    },
    options,
  );
}

/**
 * A record file's text. An empty export reads as no records, and the draft would then say "no
 * severity" or "no timeline" about a file that holds nothing: the file is named instead.
 */
export function readRecordFile(path: string, option: string): string {
  // A named pipe (or a device) would be read until a writer closes it: npm run draft waited for good.
  const special = blockingFileKind(path);
  if (special) throw new CommandLineMistake(`--${option} ${path}: is ${special}, not a file; give the exported file --${option} reads (npm run draft -- --help lists each option's format).`);
  let text: string;
  try {
    text = decodeExportedText(readFileSync(path));
  } catch (error) {
    if (!(error as NodeJS.ErrnoException).code) throw new Error(`--${option} ${path}: ${(error as Error).message}`);
    // Node's "EISDIR: illegal operation on a directory, read" named neither the option nor the fix.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CommandLineMistake(`--${option} ${path}: no such file. Give the file --${option} reads (npm run draft -- --help lists each option's format).`);
    if (code === 'EISDIR') throw new CommandLineMistake(`--${option} ${path}: is a folder. Give the file inside it that --${option} reads (npm run draft -- --help lists each option's format).`);
    throw new Error(`--${option} ${path}: cannot be read (${code ?? (error as Error).message}).`);
  }
  if (!text.trim()) throw new Error(`${path} (--${option}) is empty: export the records again, or leave the option out.`);
  return text;
}

export function loadChat(path: string, options: LoadOptions = {}): RecordReading {
  if (!existsSync(path)) throw new CommandLineMistake(`--chat ${path} does not exist.`);
  if (statSync(path).isDirectory()) return loadSlackFolder(path, options);
  const data = parseJson(readRecordFile(path, 'chat'), path, 'a Slack export (array of messages) or Microsoft Teams chatMessage JSON');
  const list = Array.isArray(data) ? data : (data as { value?: unknown[] })?.value;
  const first = Array.isArray(list) ? (list[0] as Record<string, unknown> | undefined) : undefined;
  if (first && ('messageType' in first || 'createdDateTime' in first)) return readTeamsExport(data, path, options);
  if (Array.isArray(data) && (!first || 'ts' in first)) {
    const usersFile = join(dirname(path), 'users.json');
    const users = basename(path) !== 'users.json' && existsSync(usersFile) ? parseJson(readFileSync(usersFile, 'utf8'), usersFile, 'Slack users.json') : undefined;
    return readSlackExport({ file: path, users, days: [data] }, options);
  }
  throw new Error(`${path} is neither a Slack export (a folder of day files, or an array of messages with "ts") nor Microsoft Teams chatMessage JSON ({"value": [...]} with "messageType").`);
}

export function loadPager(path: string, options: LoadOptions = {}): RecordReading {
  const data = parseJson(readRecordFile(path, 'pager'), path, 'PagerDuty or Opsgenie API JSON');
  if (isPagerDutyJson(data)) return readPagerDuty(data, path, options);
  if (isOpsgenieJson(data)) return readOpsgenie(data, path, options);
  throw new Error(`${path} is neither PagerDuty REST API v2 JSON ({"log_entries": [...]} or {"incident": {...}}) nor Opsgenie Alert API JSON ({"data": ...}).`);
}

export function loadAlerts(path: string, options: LoadOptions = {}): RecordReading {
  return readAlertmanager(parseAlertmanagerFile(readRecordFile(path, 'alerts'), path), path, options);
}

export function loadDeploys(path: string, options: LoadOptions = {}): RecordReading {
  const text = readRecordFile(path, 'deploys');
  if (/^\s*[[{]/.test(text)) return readGitHubDeployments(parseJson(text, path, 'GitHub deployments JSON'), path, options);
  return readGitLog(text, path, options);
}

export function loadStatusPage(path: string, options: LoadOptions = {}): RecordReading {
  const data = parseJson(readRecordFile(path, 'status-page'), path, 'an Atlassian Statuspage incident');
  if (!isStatuspageJson(data)) throw new Error(`${path} is not an Atlassian Statuspage incident (an object with "incident_updates").`);
  return readStatuspage(data, path, options);
}

/** How far before the first other record a deploy may be and still belong to the incident. */
export const deployLookbackHours = 24;

/**
 * The window deploys are read in when none is given: a deploy log holds the repository's whole
 * history, so it is cut to the day before the first other record up to the last one.
 */
export function defaultDeployWindow(readings: readonly RecordReading[]): TimeWindow | undefined {
  const ats = readings.flatMap((r) => r.entries.map((e) => e.at)).sort();
  if (!ats.length) return undefined;
  const start = new Date(Date.parse(ats[0]) - deployLookbackHours * 3600_000).toISOString().replace('.000Z', 'Z');
  return { start, end: ats[ats.length - 1] };
}

/** Every reading, in a fixed order of kinds, files in the order given. */
export function loadRecords(files: RecordFiles, options: LoadOptions = {}): RecordReading[] {
  const others = [
    ...(files.alerts ?? []).map((f) => loadAlerts(f, options)),
    ...(files.pager ?? []).map((f) => loadPager(f, options)),
    ...(files.chat ?? []).map((f) => loadChat(f, options)),
    ...(files.statusPage ?? []).map((f) => loadStatusPage(f, options)),
  ];
  const deployWindow = options.window ?? defaultDeployWindow(others);
  const deploys = (files.deploys ?? []).map((f) => {
    const reading = loadDeploys(f, { ...options, window: deployWindow });
    if (!options.window && deployWindow) reading.notes.push(`${f}: deploys read from ${deployWindow.start} (${deployLookbackHours} hours before the first other record) to ${deployWindow.end}; give --window to read another span.`);
    return reading;
  });
  return [...others, ...deploys];
}
