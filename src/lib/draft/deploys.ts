import { addParticipant, clip, emptyReading, inWindow, oneLine, toUtc, type RecordReading, type TimeWindow } from './records.ts';

/**
 * Deploys, from either:
 * - `git log` of a deploy repository, one commit per line, tab-separated:
 *   `git log --format='%H%x09%cI%x09%an%x09%s'` (hash, committer date in strict ISO 8601 with its
 *   offset, author name, subject). `%aI` works too; any ISO 8601 date with an offset is read.
 * - GitHub deployments JSON (`GET /repos/{owner}/{repo}/deployments`): an array of
 *   `{ id, sha, ref, environment, description, creator: { login }, created_at }`.
 * Only deploys inside the window are kept (all of them when there is no window).
 */
export const gitLogFormat = '%H%x09%cI%x09%an%x09%s';

export function readGitLog(text: string, file: string, options: { window?: TimeWindow } = {}): RecordReading {
  const reading = emptyReading('git', file);
  const lines = text.split(/\r?\n/).filter((line) => line.trim());
  lines.forEach((line, i) => {
    const [hash, date, author, ...subject] = line.split('\t');
    const at = toUtc(date);
    if (!hash || !/^[0-9a-f]{7,64}$/i.test(hash) || !at) {
      throw new Error(`${file}:${i + 1}: "${clip(line, 80)}" is not a line of \`git log --format='${gitLogFormat}'\` (hash, ISO date with offset, author, subject, separated by tabs).`);
    }
    if (!inWindow(at, options.window)) return;
    reading.entries.push({ at, event: clip(oneLine(`Deploy ${hash.slice(0, 8)}: ${subject.join('\t') || '(no subject)'}`)), kind: 'other', source: 'git', key: hash });
    if (author?.trim()) addParticipant(reading.participants, { name: author.trim(), id: `git:${author.trim()}`, source: 'git', roles: ['authored a deployed change'] });
  });
  return reading;
}

interface GitHubDeployment {
  id?: number;
  sha?: string;
  ref?: string;
  environment?: string;
  description?: string | null;
  creator?: { login?: string; type?: string } | null;
  created_at?: string;
}

export function readGitHubDeployments(data: unknown, file: string, options: { window?: TimeWindow } = {}): RecordReading {
  const reading = emptyReading('github-deployments', file);
  if (!Array.isArray(data)) throw new Error(`${file}: expected GitHub deployments JSON (an array from GET /repos/{owner}/{repo}/deployments).`);
  for (const deployment of data as GitHubDeployment[]) {
    const at = toUtc(deployment.created_at);
    if (!at) {
      reading.notes.push(`${file}: deployment ${deployment.id ?? '(no id)'} has no readable created_at and was skipped.`);
      continue;
    }
    if (!inWindow(at, options.window)) continue;
    const what = [deployment.ref && deployment.ref !== deployment.sha ? deployment.ref : undefined, deployment.sha ? deployment.sha.slice(0, 8) : undefined].filter(Boolean).join(' at ');
    const description = deployment.description ? `: ${deployment.description}` : '';
    reading.entries.push({
      at,
      event: clip(oneLine(`Deployment of ${what || 'an unnamed ref'} to ${deployment.environment ?? 'an unnamed environment'}${description}`)),
      kind: 'other',
      source: 'github-deployments',
      key: String(deployment.id ?? `${at}:${deployment.sha}`),
    });
    const login = deployment.creator?.login;
    if (login && deployment.creator?.type !== 'Bot' && !login.endsWith('[bot]')) addParticipant(reading.participants, { name: login, id: `github:${login}`, source: 'github-deployments', roles: ['started a deployment'] });
  }
  return reading;
}
