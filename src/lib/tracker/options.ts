/**
 * The command-line values of `npm run follow-ups` that end up in what it writes: the repository
 * of the `gh issue create` script, and the addresses sync builds ticket links from. Each was
 * taken as given: `--repo notarepo` wrote a script every command of which fails, and
 * `--linear-workspace "my team"` wrote links with a space into the postmortems.
 */

/** gh's `--repo`: OWNER/NAME, or HOST/OWNER/NAME for GitHub Enterprise (a host has a dot). */
const repoPattern = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\/)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;
/** A Linear workspace's URL key, as in https://linear.app/<key>/issue/ABC-1. */
const workspacePattern = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** What is wrong with `--repo`, or undefined. */
export function repoOptionProblem(repo: string | undefined, tracker: string): string | undefined {
  if (repo === undefined) return undefined;
  if (tracker !== 'github') return `--repo is for --to github only (the repository gh creates the issues in); ${tracker}'s import file names no repository. Leave --repo out.`;
  if (!repoPattern.test(repo) || repo.endsWith('.git')) {
    return `--repo "${repo}" is not a GitHub repository: write OWNER/NAME as in its address, e.g. --repo acme/shop (or HOST/OWNER/NAME on GitHub Enterprise).`;
  }
  return undefined;
}

/** What is wrong with `--jira-url`, or undefined. */
export function jiraUrlOptionProblem(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const example = 'e.g. --jira-url https://acme.atlassian.net';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `--jira-url "${url}" is not an address: give your Jira site with https://, ${example}.`;
  }
  if (!/^https?:$/.test(parsed.protocol)) return `--jira-url "${url}" is not an http(s) address: give your Jira site, ${example}.`;
  if (/\s/.test(url)) return `--jira-url "${url}" has a space in it: give your Jira site, ${example}.`;
  if (parsed.username || parsed.password) return `--jira-url holds a user name or password before the @, which would be written into every link: give the site alone, ${example}.`;
  if (parsed.search || parsed.hash) return `--jira-url "${url}" has a query or fragment (?... or #...), so the links would be <it>/browse/KEY after it: give the site alone, ${example}.`;
  return undefined;
}

/** What is wrong with `--linear-workspace`, or undefined. */
export function linearWorkspaceOptionProblem(workspace: string | undefined): string | undefined {
  if (workspace === undefined || workspacePattern.test(workspace)) return undefined;
  return `--linear-workspace "${workspace}" is not a workspace key: give the word after linear.app/ in your workspace's address (letters, digits and hyphens), e.g. --linear-workspace acme.`;
}

/** The options each command of `npm run follow-ups` reads, beside --dry-run and --help, which both read. */
const optionsOfCommand = {
  export: { to: 'the tracker to write for', out: 'the folder the files go in', repo: 'the repository of the gh script', postmortem: 'the postmortems whose follow-ups are exported' },
  sync: { 'jira-url': 'the address Jira ticket links are built from', 'linear-workspace': 'the workspace Linear ticket links are built from' },
} as const;

/**
 * An option given to the command that does not read it (bad input round 36): `export --jira-url
 * ftp://x` and `export --linear-workspace "a b"` wrote the export, status 0, the option neither
 * used nor checked, and `sync FILE --to github` synced as if it were not there; the author took
 * it as applied. Undefined when every option given is the command's own (or no command is known).
 */
export function foreignFollowUpsOption(command: string | undefined, given: Record<string, unknown>): string | undefined {
  if (command !== 'export' && command !== 'sync') return undefined;
  const other = command === 'export' ? 'sync' : 'export';
  const foreign = Object.keys(optionsOfCommand[other]).filter((name) => given[name] !== undefined);
  if (!foreign.length) return undefined;
  const described = foreign.map((name) => `--${name} (${optionsOfCommand[other][name as keyof (typeof optionsOfCommand)[typeof other]]})`).join(' and ');
  const them = foreign.length > 1 ? 'them' : 'it';
  const where = other === 'sync' ? 'npm run follow-ups -- sync FILE, which reads the tickets back' : 'npm run follow-ups -- export';
  return `${described} ${foreign.length > 1 ? 'are options' : 'is an option'} of follow-ups ${other}, not of ${command}, which would not read ${them}: leave ${them} out here, or give ${them} to ${where}. Nothing was ${command === 'export' ? 'written' : 'changed'}.`;
}
