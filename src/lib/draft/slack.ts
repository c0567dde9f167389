import { decodeEntities } from '../html-entities.ts';
import { defaultChatFlags, flaggedKind, type ChatFlagConfig } from './chat-flags.ts';
import { addMessageCounts, chatTimelineEntry } from './chat-messages.ts';
import { addParticipant, emptyReading, inWindow, toUtc, type RecordReading, type TimeWindow } from './records.ts';

/**
 * A Slack channel export: Slack's documented export layout is a folder per channel holding one
 * JSON array of messages per day (`2026-11-20.json`), with `users.json` at the export root.
 * A single JSON array of messages is read the same way.
 */
export interface SlackExport {
  /** Label for the records list, e.g. the export folder. */
  file: string;
  /** Contents of users.json, if there is one. */
  users?: unknown;
  /** Each day file's messages (or the single array), in file-name order. */
  days: unknown[];
  /** `ts` of the channel's pinned messages, from the `pins` of its entry in channels.json. */
  pinnedTs?: readonly string[];
}

interface SlackMessage {
  type?: string;
  subtype?: string;
  ts?: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  username?: string;
  text?: string;
  pinned_to?: string[];
  reactions?: { name?: string; users?: string[]; count?: number }[];
  user_profile?: { real_name?: string; display_name?: string };
  edited?: { ts?: string };
  files?: unknown[];
}

/** Subtypes that are channel housekeeping, not something a person said. */
const housekeeping = new Set(['channel_join', 'channel_leave', 'channel_topic', 'channel_purpose', 'channel_name', 'pinned_item', 'unpinned_item', 'message_deleted', 'message_changed', 'tombstone']);

/** Slack's markup: `<@U123>` mentions, `<#C1|name>` channels, `<https://x|label>` links, `<!here>`. */
export function slackTextToPlain(text: string): string {
  const plain = text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, 'a responder')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1');
  return decodeEntities(plain);
}

function userNames(users: unknown): Map<string, { name: string; aliases: string[]; bot: boolean }> {
  const names = new Map<string, { name: string; aliases: string[]; bot: boolean }>();
  if (!Array.isArray(users)) return names;
  for (const user of users as Record<string, any>[]) {
    if (!user?.id) continue;
    const name = user.profile?.real_name || user.real_name || user.profile?.display_name || user.name || user.id;
    const aliases = [user.profile?.display_name, user.name].filter((a): a is string => typeof a === 'string' && a !== '' && a !== name);
    names.set(user.id, { name: String(name), aliases, bot: Boolean(user.is_bot) || user.id === 'USLACKBOT' });
  }
  return names;
}

export function readSlackExport(input: SlackExport, options: { flags?: ChatFlagConfig; window?: TimeWindow } = {}): RecordReading {
  const flags = options.flags ?? defaultChatFlags;
  const reading = emptyReading('slack', input.file);
  const names = userNames(input.users);
  if (input.users === undefined) reading.notes.push(`${input.file}: no users.json, so participants are listed by the names on their messages or their Slack ids.`);
  const counts = new Map<string, number>();
  let skippedNoTime = 0;
  for (const day of input.days) {
    if (!Array.isArray(day)) throw new Error(`${input.file}: a Slack day file must hold a JSON array of messages.`);
    for (const message of day as SlackMessage[]) {
      if (!message || typeof message !== 'object' || (message.type && message.type !== 'message')) continue;
      if (message.subtype && housekeeping.has(message.subtype)) continue;
      const at = toUtc(message.ts);
      if (!at) {
        skippedNoTime++;
        continue;
      }
      if (!inWindow(at, options.window)) continue;
      const isBot = message.subtype === 'bot_message' || Boolean(message.bot_id) || (message.user ? names.get(message.user)?.bot : false);
      if (!isBot && message.user) {
        const name = names.get(message.user)?.name || message.user_profile?.real_name || message.user_profile?.display_name || message.user;
        counts.set(message.user, (counts.get(message.user) ?? 0) + 1);
        addParticipant(reading.participants, { name, id: `slack:${message.user}`, source: 'slack', aliases: names.get(message.user)?.aliases, roles: [] });
      }
      const reactions = (message.reactions ?? []).map((r) => r.name ?? '').filter(Boolean);
      const text = slackTextToPlain(message.text ?? '');
      const pinned = Boolean(message.pinned_to?.length) || Boolean(message.ts && input.pinnedTs?.includes(message.ts));
      const flagged = flaggedKind(text, { pinned, reactions }, flags);
      if (!flagged || !flagged.text) continue;
      reading.entries.push(chatTimelineEntry({ at, text: flagged.text, bot: Boolean(isBot), inThread: Boolean(message.thread_ts && message.thread_ts !== message.ts), kind: flagged.kind, source: 'slack', key: message.ts }));
    }
  }
  addMessageCounts(reading.participants, (participant) => counts.get(participant.id!.slice('slack:'.length)) ?? 0);
  if (skippedNoTime) reading.notes.push(`${input.file}: ${skippedNoTime} message(s) without a readable \`ts\` were skipped.`);
  return reading;
}
