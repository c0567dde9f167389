import { timelineKinds, type TimelineEntry } from '../postmortem-schema.ts';

type Kind = TimelineEntry['kind'];

/**
 * Which chat messages are key moments, and what kind of timeline entry each becomes. Everything
 * else said in the channel stays out of the timeline: a channel holds hundreds of messages, the
 * timeline a few dozen moments someone chose to mark.
 */
export interface ChatFlagConfig {
  /** Message prefixes (case-insensitive, e.g. "decision:") and the kind they mark; the prefix is removed. */
  prefixes: Record<string, Kind>;
  /** Reaction names (Slack `pushpin`, Teams reaction types or emoji) and the kind they mark. */
  reactions: Record<string, Kind>;
  /** Kind of a pinned message, or false to ignore pins. */
  pinned: Kind | false;
}

export const defaultChatFlags: ChatFlagConfig = {
  prefixes: {
    'decision:': 'decision',
    'mitigation:': 'mitigation',
    'escalation:': 'escalation',
    'update:': 'communication',
    'resolved:': 'resolution',
  },
  reactions: { pushpin: 'decision', '📌': 'decision', round_pushpin: 'decision' },
  pinned: 'decision',
};

/** The configured kind of a message, and its text without the prefix; undefined when not flagged. */
export function flaggedKind(
  text: string,
  flags: { pinned: boolean; reactions: readonly string[] },
  config: ChatFlagConfig,
): { kind: Kind; text: string; why: string } | undefined {
  const trimmed = text.trim();
  for (const [prefix, kind] of Object.entries(config.prefixes)) {
    if (trimmed.toLowerCase().startsWith(prefix.toLowerCase())) {
      return { kind, text: trimmed.slice(prefix.length).trim(), why: `prefix "${prefix}"` };
    }
  }
  if (flags.pinned && config.pinned) return { kind: config.pinned, text: trimmed, why: 'pinned' };
  for (const reaction of flags.reactions) {
    const kind = config.reactions[reaction];
    if (kind) return { kind, text: trimmed, why: `reaction ${reaction}` };
  }
  return undefined;
}

/** Validates a user-supplied flag configuration (from `--chat-flags FILE`), naming the bad field. */
export function parseChatFlagConfig(value: unknown, file: string): ChatFlagConfig {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}. Expected {"prefixes": {"decision:": "decision"}, "reactions": {"pushpin": "decision"}, "pinned": "decision" | false} with kinds from: ${timelineKinds.join(', ')}.`);
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('is not a JSON object');
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) if (!['prefixes', 'reactions', 'pinned'].includes(key)) fail(`unknown key "${key}"`);
  const kindMap = (name: 'prefixes' | 'reactions'): Record<string, Kind> => {
    const map = object[name] ?? defaultChatFlags[name];
    if (!map || typeof map !== 'object' || Array.isArray(map)) fail(`"${name}" must be an object`);
    for (const [key, kind] of Object.entries(map as object)) {
      if (!(timelineKinds as readonly unknown[]).includes(kind)) fail(`"${name}.${key}" is "${String(kind)}", not a timeline kind`);
    }
    return map as Record<string, Kind>;
  };
  const pinned = object.pinned ?? defaultChatFlags.pinned;
  if (pinned !== false && !(timelineKinds as readonly unknown[]).includes(pinned)) fail(`"pinned" is "${String(pinned)}"`);
  return { prefixes: kindMap('prefixes'), reactions: kindMap('reactions'), pinned: pinned as Kind | false };
}
