import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { publicDiffMarker } from '../../src/lib/public-diff.ts';

const root = resolve(import.meta.dirname, '../..');
type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { needs?: string | string[]; if?: string; steps: Step[]; permissions?: Record<string, string>; outputs?: Record<string, string>; environment?: unknown };
type Workflow = { on: Record<string, any>; jobs: Record<string, Job>; permissions?: Record<string, string> };
const load = (name: string): Workflow => parse(readFileSync(resolve(root, '.github/workflows', name), 'utf8'));
const ci = load('ci.yml');
const deploy = load('deploy.yml');
const digest = load('digest.yml');
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');
const uses = (job: Job) => job.steps.map((s) => s.uses ?? '').filter(Boolean);

/** A paths-filter glob (picomatch style, as dorny/paths-filter uses) as a regular expression. */
function globToRegExp(glob: string): RegExp {
  const body = glob.split(/(\*\*\/?|\*)/).map((part) => (part.startsWith('**') ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
}

describe('CI workflow', () => {
  const codeFilter: string[] = parse(ci.jobs.changes.steps.find((s) => s.uses?.startsWith('dorny/paths-filter'))!.with!.filters as string).code;
  const isCode = (path: string) => codeFilter.some((glob) => globToRegExp(glob).test(path));

  test('runs on every pull request and on main', () => {
    expect(ci.on.pull_request?.paths).toBeUndefined();
    expect(ci.on.push.branches).toEqual(['main']);
  });

  test('every content pull request: install, annotated check, both builds, both sites as artifacts', () => {
    const job = ci.jobs.content;
    expect(job.if).toBeUndefined();
    const commands = runs(job);
    for (const command of ['npm ci', 'npm run check -- --format github', 'npm run build\n', 'npm run build:public']) {
      expect(`${commands}\n`).toContain(command);
    }
    expect(commands).not.toMatch(/npm (run )?test/);
    const artifacts = job.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact')).map((s) => s.with!.path);
    expect(artifacts).toEqual(['dist/', 'dist-public/']);
  });

  test('the public diff goes to the job summary and to a sticky comment with the marker', () => {
    const job = ci.jobs.content;
    expect(job.steps[0].with?.['fetch-depth']).toBe(0);
    const diff = job.steps.find((s) => s.run?.includes('public-diff'))!;
    expect(diff.if).toContain("github.event_name == 'pull_request'");
    expect(diff.run).toContain('--base "origin/${{ github.base_ref }}"');
    expect(diff.run).toContain('$GITHUB_STEP_SUMMARY');
    const comment = job.steps.find((s) => s.uses?.startsWith('actions/github-script'))!;
    expect(comment.with!.script).toContain(publicDiffMarker);
    expect(comment.with!.script).toContain('updateComment');
    expect(job.permissions?.['pull-requests']).toBe('write');
  });

  test('each changed postmortem gets its review checklist in the job summary', () => {
    const review = ci.jobs.content.steps.find((s) => s.run?.includes('npm run --silent review'))!;
    expect(review.if).toContain("github.event_name == 'pull_request'");
    expect(review.run).toContain('git diff --name-only --diff-filter=AMR "origin/${{ github.base_ref }}...HEAD"');
    expect(review.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
  });

  test("the tool's test suite runs only when code changes", () => {
    expect(ci.jobs.test.needs).toBe('changes');
    expect(ci.jobs.test.if).toBe("needs.changes.outputs.code == 'true'");
    expect(runs(ci.jobs.test)).toContain('npm test');
    expect(ci.jobs.changes.outputs?.code).toBe('${{ steps.filter.outputs.code }}');
  });

  test('the code filter covers every tracked code and test file, and no content', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    const code = files.filter((f) => /^(src|scripts|test|bench|templates|schema)\//.test(f) || ['package.json', 'package-lock.json', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'vitest.config.ts', 'lint.config.json'].includes(f));
    expect(code.length).toBeGreaterThan(50);
    expect(code.filter((f) => !isCode(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('content/') && isCode(f))).toEqual([]);
    expect(isCode('content/postmortems/2025-01-01-x.mdx')).toBe(false);
    expect(isCode('.github/workflows/ci.yml')).toBe(true);
  });
});

describe('deploy workflow', () => {
  test('runs on pushes to main only', () => {
    expect(Object.keys(deploy.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(deploy.on.push.branches).toEqual(['main']);
    for (const job of Object.values(deploy.jobs)) expect(job.if).toBe("github.ref == 'refs/heads/main'");
  });

  test('publishes the public site to GitHub Pages and keeps the internal one as an artifact', () => {
    const build = deploy.jobs.build;
    expect(runs(build)).toContain('npm run build:public');
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with!.path).toBe('dist-public/');
    const internal = build.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(internal.with!.path).toBe('dist/');
    expect(uses(deploy.jobs.deploy)).toEqual(['actions/deploy-pages@v4']);
    expect(deploy.jobs.deploy.needs).toBe('build');
    expect(deploy.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    // Nothing but the public folder reaches Pages.
    expect(JSON.stringify(deploy)).not.toMatch(/upload-pages-artifact[^}]*"path":"dist\//);
  });
});

describe('digest workflow', () => {
  test('runs weekly on a schedule and by hand', () => {
    expect(digest.on.schedule).toHaveLength(1);
    expect(digest.on.schedule[0].cron.split(' ')).toHaveLength(5);
    expect(digest.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    expect(digest.on.workflow_dispatch).toBeDefined();
  });

  test('writes the digest with full history and posts only where a webhook is configured', () => {
    const job = digest.jobs.digest;
    expect(job.steps[0].with?.['fetch-depth']).toBe(0);
    expect(runs(job)).toContain('npm run --silent digest');
    const post = job.steps.find((s) => s.run?.includes('curl'))!;
    expect(post.env?.DIGEST_WEBHOOK_URL).toBe('${{ secrets.DIGEST_WEBHOOK_URL }}');
    expect(post.run).toMatch(/if \[ -z "\$DIGEST_WEBHOOK_URL" \]; then[\s\S]*exit 0/);
  });
});

test('every npm script a workflow runs exists', () => {
  const scripts = Object.keys(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).scripts);
  for (const workflow of [ci, deploy, digest]) {
    for (const job of Object.values(workflow.jobs)) {
      for (const [, name] of runs(job).matchAll(/npm run (?:--silent )?([\w:-]+)/g)) expect(scripts).toContain(name);
    }
  }
});
