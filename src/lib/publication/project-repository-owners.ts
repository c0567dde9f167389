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
