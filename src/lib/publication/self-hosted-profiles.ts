/**
 * A person's profile on a self-hosted code forge (since the nineteenth probe round,
 * docs/redaction.md): `https://gitlab.example.com/haldor.brenne`, `git.acme.io/hbrekke`,
 * `gitea.…/`, `forgejo.…/`, `codeberg.org/…` is read by the profile rules already. One path
 * segment on a forge's host is a user or a group; a segment shaped as a personal handle (a dot
 * between two words, or a handle the lexicon reads as a person's) is a user. A group of words
 * (`platform-team`, `infrastructure`) is not.
 */
import { allMatches } from '../regexp.ts';
import { looksLikePersonalHandle } from './person-patterns.ts';
import type { PatternMatch } from './person-patterns.ts';

const forgeProfile = /\bhttps?:\/\/(?:gitlab|gitea|forgejo|gogs|git|code|scm)\.[a-z0-9.-]+\.[a-z]{2,}\/(?:users\/)?([a-z][a-z0-9._-]{1,38}[a-z0-9])\/?(?=$|[\s)"'\]>?#])/gi;
const dottedHandle = /^[a-z]{2,}\.[a-z]{2,}$/i;

/** Users named by a link to their profile on a self-hosted forge, on one line. */
export function findSelfHostedProfiles(line: string): PatternMatch[] {
  if (!/https?:\/\/(?:gitlab|gitea|forgejo|gogs|git|code|scm)\./i.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of allMatches(forgeProfile, line)) {
    const user = m[1];
    if (!dottedHandle.test(user) && !looksLikePersonalHandle(user)) continue;
    found.push({ text: user, index: m.index! + m[0].lastIndexOf(user), severity: 'error', why: "a user's profile on a self-hosted code forge" });
  }
  return found;
}
