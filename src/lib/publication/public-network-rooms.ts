/**
 * A chat room the post names on a public chat network anywhere, which anyone may join (round 51 of
 * false positives, docs/redaction.md). The line's own rule (`onPublicChatNetwork` in
 * internal-systems.ts) reads the network right after the room ("#fdroid on Freenode"); a post also
 * names the network after a list of rooms ("#fdroid or #fdroid-dev on freenode"), tells where to
 * connect in the sentence ("When accessing `#voidlinux` and `#xbps`, be sure to use
 * `irc.libera.chat`!"), and names the room again without the network ("`#xbps` is for development
 * discussion", two lines under "We have `#voidlinux` and `#xbps` on freenode"). The room is the
 * same room wherever the post names it. An organisation's own rooms are on its workspace (Slack,
 * Teams, its own IRC or Matrix server), which none of these says.
 */
import { escapeRegExp } from '../regexp.ts';
import { onPublicChatNetwork } from './internal-systems.ts';

/** A room's name as the line rule finds it, in a code span or not, with a Matrix server or not. */
const roomName = String.raw`\x60?#[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*(?::matrix\.org)?\x60?`;
/** Other rooms listed after one ("`#voidlinux`, `#xbps` and `#musl`", "#fdroid or #fdroid-dev"). */
const moreRooms = new RegExp(String.raw`^\x60?(?:\s*(?:,|\band\b|\bor\b|&|\/)\s*${roomName})*`, 'iu');
/** The address of a public network's IRC server: a sentence telling where to connect. */
const publicNetworkServer = /(?<![\p{L}\p{N}.-])(?:irc|chat|web)\.(?:libera\.chat|oftc\.net|freenode\.net|hackint\.org|efnet\.org|rizon\.net|quakenet\.org)(?![\p{L}\p{N}-])/iu;

/** A workspace of the organisation's own in the same sentence ("bridged from irc.libera.chat to #inc-4512 in our Slack"): the room may be there. */
const privateChat = /\b(?:slack|teams|mattermost|zulip|discord|rocket\.chat|our\s+(?:own\s+)?(?:irc|matrix|chat)|internal|private)\b/i;

/** The sentence of `text` around `index`: from the last sentence end or blank line before to the next after. */
function sentenceAround(text: string, index: number): string {
  let start = 0;
  for (const m of text.slice(0, index).matchAll(/[.!?]\s|\n\s*\n/gu)) start = m.index + m[0].length;
  const end = text.slice(index).search(/[.!?](?:\s|$)|\n\s*\n/u);
  return text.slice(start, end < 0 ? text.length : index + end + 1);
}

/** Whether the post names `channel` (`#xbps`) on a public chat network, in any of its places. */
export function isRoomOnPublicNetwork(channel: string, post: string): boolean {
  if (!/^#[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/i.test(channel) || !post.includes(channel)) return false;
  const room = new RegExp(String.raw`(?<![\p{L}\p{N}_&#/.:}-])${escapeRegExp(channel)}(?![\p{L}\p{N}_-])`, 'giu');
  for (const m of post.matchAll(room)) {
    const end = m.index + m[0].length;
    const after = post.slice(end);
    const listed = moreRooms.exec(after)?.[0] ?? '';
    if (onPublicChatNetwork.test(after.slice(listed.length))) return true;
    const sentence = sentenceAround(post, m.index);
    if (publicNetworkServer.test(sentence) && !privateChat.test(sentence)) return true;
  }
  return false;
}
