/**
 * Whether a repository is named after the account that holds it, as an organisation names its
 * projects' parts (`rustls/rustls-ffi`, `fdroid/fdroidserver`, `argoproj/argo-cd`): a sign that
 * the account is an organisation's. Session 49 read it twice (coined-repository-owners.ts' own
 * `namedAfterOwner`, organisation-group-accounts.ts' `fdroid/fdroid*` pattern); the review of
 * session 49 asked for one (round 50 of false positives, docs/redaction.md).
 *
 * The repository opens with the account's name and says more (`fdroid/fdroiddata`), or its first
 * run of letters and digits, four or more, opens the account's name (`argoproj/argo-cd`). A
 * person's account holds repositories so named too, and they are not counted: its profile
 * repository (`hbrekke/hbrekke`) and its pages (`hbrekke/hbrekke.github.io`, `….gitlab.io`).
 */
export function isNamedAfterOwner(owner: string, repository: string): boolean {
  const account = owner.toLowerCase();
  const repo = repository.toLowerCase().replace(/\.git$/, '');
  if (/\.git(?:hub|lab)\.io$/.test(repo) || repo === account) return false;
  const head = /^[a-z0-9]+/.exec(repo)?.[0] ?? '';
  return (repo.startsWith(account) && repo.length > account.length) || (head.length >= 4 && account.startsWith(head));
}
