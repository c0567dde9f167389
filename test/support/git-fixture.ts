import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fixturesDir } from './content-fixture.ts';

/** A throwaway git repository with a `content/` folder holding the shared test vocabularies. */
export function makeGitContentRepository(): {
  root: string;
  git: (...args: string[]) => string;
  /** Runs git with author and committer date `date` (ISO 8601). */
  gitAt: (date: string, ...args: string[]) => string;
  write: (path: string, text: string) => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'kb-git-'));
  mkdirSync(join(root, 'content', 'postmortems'), { recursive: true });
  for (const file of readdirSync(join(fixturesDir, 'vocabulary'))) cpSync(join(fixturesDir, 'vocabulary', file), join(root, 'content', file));
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const gitAt = (date: string, ...args: string[]) => execFileSync('git', args, { cwd: root, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8' });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' });
  git('init', '--quiet', '--initial-branch=main');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  return { root, git, gitAt, write };
}

export interface FixturePostmortem {
  title?: string;
  publicTitle?: string;
  visibility?: 'public' | 'internal';
  status?: 'draft' | 'in-review' | 'published';
  severity?: string;
  services?: string[];
  day?: string;
  body?: string;
  /** Extra frontmatter lines (YAML), appended as they are. */
  extra?: string;
  actionItems?: string;
  /** Timeline entries (YAML list items); default: one public communication entry. */
  timeline?: string;
}

/** A valid postmortem source with the given overrides. */
export function fixturePostmortem(options: FixturePostmortem = {}): string {
  const day = options.day ?? '2025-05-01';
  const status = options.status ?? 'published';
  const visibility = options.visibility ?? 'public';
  return `---
title: ${options.title ?? 'Checkout errors after a configuration push'}
summary: A configuration push removed the database pool limit and checkout requests failed for half an hour.
severity: ${options.severity ?? 'SEV-2'}
status: ${status}
visibility: ${visibility}
services: [${(options.services ?? ['checkout-api']).join(', ')}]
teams: [checkout]
tags: [database]
trigger: configuration
times:
  started: ${day}T10:00:00Z
  detected: ${day}T10:05:00Z
  acknowledged: ${day}T10:06:00Z
  mitigated: ${day}T10:30:00Z
  resolved: ${day}T11:00:00Z
impact:
  description: Customers could not complete checkout.
  start: ${day}T10:00:00Z
  end: ${day}T10:30:00Z
drafted: ${day}
${status === 'published' ? `published: ${day}\n` : ''}timeline:
${options.timeline ?? `  - at: ${day}T10:10:00Z
    event: Status page updated for customers.
    kind: communication
    public: true
`}${options.actionItems ?? ''}${options.extra ?? ''}${visibility === 'public' ? `public:
  title: ${options.publicTitle ?? 'Checkout unavailable for 30 minutes'}
  summary: Customers could not complete checkout for 30 minutes; we reverted a change.
` : ''}---

${options.body ?? '## What happened\n\nA configuration change stopped checkout.\n'}`;
}

/**
 * A repository of `files` committed once and cloned bare to `<root>/mirrors/<mirror>/repo`, as the
 * fetch tool leaves a public repository (scripts/build-similarity-sets.ts reads such mirrors).
 */
export function writeBareMirror(root: string, mirror: string, files: Record<string, string>): void {
  const work = join(root, 'work', mirror);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(work, path, '..'), { recursive: true });
    writeFileSync(join(work, path), content);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: work, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'x');
  execFileSync('git', ['clone', '-q', '--bare', work, join(root, 'mirrors', mirror, 'repo')], { stdio: 'pipe' });
}
