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

const codeHosts = new Set(['github', 'gitlab', 'codeberg', 'bitbucket']);
/** Articles and prepositions a link text puts around a project's name, in English and the languages the guard reads ("GitHub del Desktop MATE"). */
const linkingWords = new Set(['the', 'our', 'of', 'for', 'on', 'org', 'organisation', 'organization', 'account', 'page', 'del', 'di', 'della', 'de', 'do', 'da', 'des', 'du', 'von', 'der', 'van']);

/**
 * A project's own account linked by its name (round 38b of false positives, docs/redaction.md):
 * `[MATE Desktop GitHub](https://github.com/mate-desktop)`, the link's text naming the account's
 * words (in any order, with articles and prepositions: "GitHub del Desktop MATE") and the code host.
 * Only for an account that does not read as a person's handle and none of whose words is a given name: `[Tavish Oberlin GitHub](…/tavish-oberlin)`
 * and `[Sofia Tools GitHub](…/sofia-tools)` are still found, as is a one-word account
 * (`[Quorret GitHub](…/quorret)`), which a person's handle may be. A host of the account's name on the line
 * (`git.mate-desktop.org`) is not enough: a person's own domain is named so (`tavishoberlin.dev`).
 */
export function isProjectAccountNamedOnLine(line: string, index: number, account: string, personal: (account: string) => boolean, givenName: (word: string) => boolean): boolean {
  const words = account.toLowerCase().split(/[-_.]+/).filter(Boolean);
  if (words.length < 2 || personal(account) || words.some((w) => givenName(w.charAt(0).toUpperCase() + w.slice(1)))) return false;
  const text = /\[([^\]]*)\]\(<?(?:https?:\/\/)?(?:www\.)?[\w.-]+\/@?[\w.-]*\/?$/.exec(line.slice(0, index + account.length))?.[1];
  if (!text || /['’]/.test(text)) return false;
  const textWords = text.toLowerCase().split(/[\s._-]+/).filter(Boolean);
  if (!textWords.some((w) => codeHosts.has(w))) return false;
  const named = textWords.filter((w) => !codeHosts.has(w) && !linkingWords.has(w));
  return named.length === words.length && [...named].sort().join(' ') === [...words].sort().join(' ');
}
