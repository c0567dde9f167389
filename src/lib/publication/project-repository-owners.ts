/**
 * An account named exactly as its repository, linked to the project's own pages
 * (`github.com/cstate/cstate/wiki/Usage`, `gitlab.com/inkscape/inkscape/-/issues/…`), is the
 * project's organisation, not a person (round 23 of false positives, docs/redaction.md): a status
 * page's template links its theme's wiki so, and the owner's name (`cstate`: an initial and a
 * word) reads as a person's handle. A person's own profile repository is also named as its
 * account (`github.com/hbrekke/hbrekke`), but has no wiki, issues, releases or discussions of
 * its own to link, so the repository's page alone, or a file in it, is judged as before.
 */
const projectPages = /^\/(?:-\/)?(?:wiki|issues|pulls?|releases|discussions|milestones|tags|projects)(?![\w.-])/;

/** Whether the owner `owner`, followed in `line` at `end` by `/<repo>/…`, is its project's own account. */
export function isProjectOwnAccount(line: string, end: number, owner: string): boolean {
  const rest = line.slice(end);
  const repo = /^\/([\w.-]+)/.exec(rest);
  if (!repo || repo[1].replace(/\.git$/, '').toLowerCase() !== owner.toLowerCase()) return false;
  return projectPages.test(rest.slice(repo[0].length));
}

/**
 * A project's own account linked by its name (round 38b of false positives, docs/redaction.md):
 * `[MATE Desktop GitHub](https://github.com/mate-desktop)`, the link's text spelling the account's
 * words with the code host's name. Only for an account that does not read as a person's
 * handle and none of whose words is a given name: `[Tavish Oberlin GitHub](…/tavish-oberlin)`
 * and `[Sofia Tools GitHub](…/sofia-tools)` are still found, as is a one-word account
 * (`[Quorret GitHub](…/quorret)`), which a person's handle may be. A host of the account's name on the line
 * (`git.mate-desktop.org`) is not enough: a person's own domain is named so (`tavishoberlin.dev`).
 */
export function isProjectAccountNamedOnLine(line: string, index: number, account: string, personal: (account: string) => boolean, givenName: (word: string) => boolean): boolean {
  const words = account.toLowerCase().split(/[-_.]+/).filter(Boolean);
  if (words.length < 2 || personal(account) || words.some((w) => givenName(w.charAt(0).toUpperCase() + w.slice(1)))) return false;
  const spelled = words.join('[-_. ]?');
  const text = /\[([^\]]*)\]\(<?(?:https?:\/\/)?(?:www\.)?[\w.-]+\/@?[\w.-]*\/?$/.exec(line.slice(0, index + account.length))?.[1];
  return !!text && new RegExp(`^(?:the\\s+|our\\s+)?${spelled}\\s+(?:on\\s+)?(?:github|gitlab|codeberg|bitbucket)(?:\\s+(?:org|organi[sz]ation|account|page))?$|^(?:github|gitlab|codeberg|bitbucket)\\s+(?:of|for)\\s+(?:the\\s+)?${spelled}$`, 'i').test(text.trim());
}
