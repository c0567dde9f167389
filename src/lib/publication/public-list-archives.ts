/**
 * A mailing list whose public archive the post links (round 44 of false positives,
 * docs/redaction.md): an open-source node software's disclosure says "Braydon … sends his paper to
 * the bitcoin-dev mailing list" and links the message at
 * `lists.linuxfoundation.org/pipermail/bitcoin-dev/2019-October/…`. A list named by a word no
 * list knows is read as the organisation's own (named-systems.ts); a list anyone can read in an
 * archive on the web is public, whatever its words. The archive is read from the link's path as
 * the list servers write it (Mailman's `pipermail/<list>/` and `listinfo/<list>`, HyperKitty's
 * `list/<list>@`, Google Groups' `g/<list>`, lore.kernel.org, The Mail Archive). A link under an
 * internal domain is no public archive: the list behind it is still found.
 */
import { isHostUnderSuffix } from '../host-spelling.ts';

const archiveLink = /\bhttps?:\/\/([a-z0-9.-]+\.[a-z]{2,})(?::\d+)?\/(?:[^\s)\]"'<>]*?\/)?(?:pipermail\/|mailman3?\/(?:listinfo|lists)\/|hyperkitty\/list\/|archives\/list\/)([a-z0-9][\w.-]*?)(?=[/@?#)\]"'\s]|\.[a-z]+\.[a-z]|$)/gi;
const loreOrMailArchive = /\bhttps?:\/\/(lore\.kernel\.org|(?:www\.)?mail-archive\.com|groups\.google\.com)\/(?:search\?l=|(?:a\/[\w.-]+\/)?(?:g|forum\/#!forum)\/)?([a-z0-9][\w.-]*?)(?=[/@?#&)\]"'\s]|$)/gi;

let lastPost: string | undefined;
let lastLists: ReadonlySet<string> = new Set();

/** The lists (in lower case) whose public archive `post` links, hosts under `internalDomains` left out. */
export function listsWithPublicArchive(post: string, internalDomains: readonly string[]): ReadonlySet<string> {
  if (post === lastPost) return lastLists;
  const lists = new Set<string>();
  if (/pipermail|mailman|hyperkitty|archives\/list|groups\.google|lore\.kernel|mail-archive/i.test(post)) {
    for (const m of [...post.matchAll(archiveLink), ...post.matchAll(loreOrMailArchive)]) {
      const host = m[1].toLowerCase();
      if (/(?:^|\.)(?:internal|intranet|corp|local|lan)(?:\.|$)/.test(host) || internalDomains.some((d) => isHostUnderSuffix(host, d))) continue;
      lists.add(m[2].toLowerCase());
    }
  }
  lastPost = post;
  lastLists = lists;
  return lists;
}

/** True when `name` is a mailing list whose public archive `post` links. */
export function isListWithPublicArchive(name: string, post: string, internalDomains: readonly string[]): boolean {
  return listsWithPublicArchive(post, internalDomains).has(name.trim().replace(/^[\x60"“]|[\x60"”]$/g, '').toLowerCase());
}
