import { decodeEntities } from '../html-entities.ts';
import { defaultChatFlags, flaggedKind, type ChatFlagConfig } from './chat-flags.ts';
import { addMessageCounts, chatTimelineEntry } from './chat-messages.ts';
import { addParticipant, emptyReading, inWindow, oneLine, toUtc, type RecordReading, type TimeWindow } from './records.ts';

/**
 * A Microsoft Teams channel export: Microsoft Graph `chatMessage` resources, as
 * `GET /teams/{id}/channels/{id}/messages?$expand=replies` returns them (`{ "value": [...] }`),
 * or a plain array of them. Replies (`replies` or `replyToId`) are read like top-level messages.
 */
interface TeamsMessage {
  id?: string;
  replyToId?: string | null;
  messageType?: string;
  createdDateTime?: string;
  lastEditedDateTime?: string | null;
  deletedDateTime?: string | null;
  from?: { user?: { id?: string; displayName?: string | null } | null; application?: { displayName?: string | null } | null } | null;
  body?: { contentType?: string; content?: string };
  reactions?: { reactionType?: string; displayName?: string }[];
  replies?: TeamsMessage[];
}

/** Teams message HTML to one line of text; `<at>` mentions become a role. */
export function teamsHtmlToPlain(html: string): string {
  const text = html
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, 'a responder')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, ' ')
    .replace(/<attachment\b[^>]*><\/attachment>/gi, '')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text);
}

function flattenMessages(messages: TeamsMessage[]): TeamsMessage[] {
  return messages.flatMap((m) => [m, ...(Array.isArray(m.replies) ? m.replies : [])]);
}

export function readTeamsExport(data: unknown, file: string, options: { flags?: ChatFlagConfig; window?: TimeWindow } = {}): RecordReading {
  const flags = options.flags ?? defaultChatFlags;
  const reading = emptyReading('teams', file);
  const list = Array.isArray(data) ? data : (data as { value?: unknown })?.value;
  if (!Array.isArray(list)) throw new Error(`${file}: expected Microsoft Graph chatMessage JSON ({"value": [...]} or an array).`);
  const counts = new Map<string, number>();
  let deleted = 0;
  for (const message of flattenMessages(list as TeamsMessage[])) {
    if (!message || message.messageType !== 'message') continue;
    if (message.deletedDateTime) {
      deleted++;
      continue;
    }
    const at = toUtc(message.createdDateTime);
    if (!at || !inWindow(at, options.window)) continue;
    const user = message.from?.user;
    const bot = !user && Boolean(message.from?.application);
    if (user?.displayName) {
      const id = `teams:${user.id ?? user.displayName}`;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      addParticipant(reading.participants, { name: user.displayName, id, source: 'teams', roles: [] });
    }
    const content = message.body?.content ?? '';
    const text = message.body?.contentType === 'html' ? teamsHtmlToPlain(content) : decodeEntities(content);
    const reactions = (message.reactions ?? []).flatMap((r) => [r.reactionType ?? '', r.displayName ?? '']).filter(Boolean);
    const flagged = flaggedKind(oneLine(text), { pinned: false, reactions }, flags);
    if (!flagged || !flagged.text) continue;
    reading.entries.push(chatTimelineEntry({ at, text: flagged.text, bot, inThread: Boolean(message.replyToId), kind: flagged.kind, source: 'teams', key: message.id }));
  }
  addMessageCounts(reading.participants, (participant) => counts.get(participant.id!) ?? 0);
  if (deleted) reading.notes.push(`${file}: ${deleted} deleted message(s) were left out.`);
  return reading;
}
