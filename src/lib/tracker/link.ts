/**
 * Where a follow-up lives, from its `link`: a short label for the follow-ups page
 * ("GitHub acme/deploy#12", "Jira OPS-12", "Linear PAY-7"), or the host for anything else.
 */
export function describeTrackerLink(url: string): { tracker: string; label: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { tracker: 'link', label: url };
  }
  const path = parsed.pathname;
  const github = /^\/([^/]+)\/([^/]+)\/(issues|pull)\/(\d+)/.exec(path);
  if (parsed.hostname === 'github.com' && github) return { tracker: 'github', label: `GitHub ${github[1]}/${github[2]}#${github[4]}` };
  const linear = /^\/[^/]+\/issue\/([A-Z][A-Z0-9]*-\d+)/.exec(path);
  if (parsed.hostname === 'linear.app' && linear) return { tracker: 'linear', label: `Linear ${linear[1]}` };
  const jira = /\/browse\/([A-Z][A-Z0-9_]*-\d+)/.exec(path) ?? /[?&]selectedIssue=([A-Z][A-Z0-9_]*-\d+)/.exec(parsed.search);
  if (jira) return { tracker: 'jira', label: `Jira ${jira[1]}` };
  return { tracker: 'link', label: parsed.hostname };
}
