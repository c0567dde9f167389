import { escapeRegExp } from '../regexp.ts';
import { usedAsOrganisation } from './person-patterns.ts';
import { linksSiteNamed, withoutHostNames } from './own-site-links.ts';

/**
 * A lower-case word a post writes as its organisation's name, though a rule found it as an
 * account (round 49 of false positives, docs/redaction.md): a validator's guide runs its node as
 * `/home/cheqd/`, the user named after the network, and every other "cheqd" of the post ("the
 * cheqd team", "cheqd v1.x mainnet upgrade", 17 in one report) was a person "named elsewhere in this
 * post". The account's own place is still found; its word is not looked for in the rest of the
 * post when the post says twice that it is an organisation's: it links a host with the word as a
 * label of its name (`explorer.cheqd.io`, `status.cheqd.net`), and writes it where organisations
 * and products stand ("the cheqd team", "cheqd validators"), apart from a host. A person's handle is
 * sometimes their domain too (`hbrekke.dev`), but no post writes "the hbrekke team".
 */

/** Whether `post` writes the lower-case `word` as the name of the organisation whose hosts it links. */
export function isPostOrganisationWord(word: string, post: string): boolean {
  const lower = word.toLowerCase();
  if (!post.toLowerCase().includes(`${lower}.`)) return false;
  if (!linksSiteNamed(lower, post)) return false;
  const withoutHosts = withoutHostNames(post).replace(new RegExp(`/${escapeRegExp(word)}/`, 'giu'), ' ');
  return usedAsOrganisation(word, withoutHosts);
}
