import { escapeRegExp } from '../regexp.ts';
import { linksSiteNamed } from './own-site-links.ts';
import { isNamedAfterOwner } from './owner-named-repositories.ts';

/**
 * A code host's account that is the organisation's group, though one post links it alone as a
 * person's profile is linked (round 49 of false positives, docs/redaction.md): F-Droid's posts
 * close with "**Issue Trackers:** [gitlab.com/fdroid](https://gitlab.com/fdroid)", which made
 * `fdroid` a person, and carried-people.ts then found it in every link to the project's
 * repositories of 238 posts (374 findings: `gitlab.com/fdroid/fdroidserver/-/issues/…`).
 *
 * The posts say it twice, as organisation-name-guess.ts asks: they link two repositories or more
 * under the account that are named after it (`fdroid/fdroidserver`, `fdroid/fdroidclient`,
 * `fdroid/fdroiddata`), as projects name their parts, where a person's account holds at most its
 * profile repository or pages (`hbrekke/hbrekke`, `hbrekke/hbrekke.github.io`); and they link a
 * site whose name is the account's, hyphens aside (`f-droid.org`, `forum.f-droid.org`), not a
 * page on a shared host (`hbrekke.github.io`). Only the carrying is left out: the place a rule
 * found the account is still a finding, for its author to allow.
 */
/** Whether the posts' lines link the account `account` (lower case) as the group of the organisation whose site they link. */
export function isOrganisationGroupAccount(account: string, lines: Iterable<string>): boolean {
  const lower = account.toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]{2,}$/.test(lower)) return false;
  const repository = new RegExp(`(?<![\\w.-])(?:www\\.)?(?:github\\.com|gitlab\\.com|codeberg\\.org|bitbucket\\.org)/${escapeRegExp(lower)}/([\\w.-]+)`, 'giu');
  const all = [...lines];
  const repositories = new Set<string>();
  for (const line of all) {
    if (!line.toLowerCase().includes(lower)) continue;
    for (const m of line.matchAll(repository)) {
      const repo = m[1].toLowerCase().replace(/\.git$/, '');
      if (isNamedAfterOwner(lower, repo)) repositories.add(repo);
    }
  }
  return repositories.size >= 2 && linksSiteNamed(lower, all.join('\n'));
}
