import { clip, oneLine, type Participant, type TimelineCandidate } from './records.ts';

/**
 * What a chat export (Slack, Teams) gives the draft, written one way for every chat: a flagged
 * message's timeline entry and each participant's count of messages. The readers differ in how
 * their export says who wrote a message and where; the words the draft shows are the same.
 */

/** A flagged message as a timeline entry: "Chat: …" or "Bot message (in a thread): …", on one line and clipped. */
export function chatTimelineEntry(message: { at: string; text: string; bot: boolean; inThread: boolean; kind: TimelineCandidate['kind']; source: TimelineCandidate['source']; key?: string }): TimelineCandidate {
  return {
    at: message.at,
    event: clip(oneLine(`${message.bot ? 'Bot message' : 'Chat'}${message.inThread ? ' (in a thread)' : ''}: ${message.text}`)),
    kind: message.kind,
    source: message.source,
    key: message.key,
  };
}

/** Adds "N messages in the channel" to each participant's roles, `messagesOf` giving the count. */
export function addMessageCounts(participants: readonly Participant[], messagesOf: (participant: Participant) => number): void {
  for (const participant of participants) {
    const count = messagesOf(participant);
    participant.roles.push(`${count} message${count === 1 ? '' : 's'} in the channel`);
  }
}
