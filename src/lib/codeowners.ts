import { findMergeConflict } from './pasted-text.ts';

/**
 * Where a CODEOWNERS file is looked for, in GitHub's order (GitLab's folder last); the first one
 * that exists is the one that counts.
 */
export const codeownersLocations = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'] as const;

/** One rule of a CODEOWNERS file: a path pattern and the owners who review what it matches. */
export interface CodeownersRule {
  pattern: string;
  owners: string[];
  /** Line in the file, for messages. */
  line: number;
}

/** The rules of a CODEOWNERS file, in order; comments and blank lines skipped. */
export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [pattern, ...owners] = line.split(/\s+/);
    rules.push({ pattern, owners, line: index + 1 });
  });
  return rules;
}

/**
 * Why a CODEOWNERS text cannot say who must approve, one line each (`line N: ...`), or none:
 * an unresolved merge conflict (the rules of one side were taken, the last line winning), bytes
 * that are not text, and an owner that is neither `@user`, `@org/team` nor an e-mail address
 * (`content/** checkout team` asked for approval from "checkout" and "team", whom GitHub ignores
 * as it ignores such an owner). GitLab's `[Section]` lines are passed over as before.
 */
export function codeownersProblems(text: string): string[] {
  const conflict = findMergeConflict(text);
  if (conflict) return [`line ${conflict.startLine}: an unresolved git merge conflict (lines ${conflict.startLine}-${conflict.endLine}): keep the rules you mean and delete the markers <<<<<<<, ======= and >>>>>>>.`];
  const binary = /[\u0000-\u0008\u000E-\u001F\uFFFD]/.exec(text);
  if (binary) return [`line ${text.slice(0, binary.index).split('\n').length}: the file is not text (a control character or bytes that are not UTF-8): give the CODEOWNERS file itself.`];
  const problems: string[] = [];
  for (const rule of parseCodeowners(text)) {
    if (/^\^?\[/.test(rule.pattern)) continue;
    const invalid = rule.owners.filter((owner) => !/^@[A-Za-z0-9](?:[\w.-]*)(?:\/[A-Za-z0-9][\w.-]*)?$/.test(owner) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(owner));
    if (invalid.length) {
      problems.push(`line ${rule.line}: ${invalid.map((owner) => `"${owner}"`).join(', ')} ${invalid.length === 1 ? 'is no owner' : 'are no owners'}: an owner is @user, @org/team or an e-mail address, and GitHub ignores any other word. Write the team's handle, e.g. @acme/checkout.`);
    }
  }
  return problems;
}

/**
 * A CODEOWNERS pattern as a regular expression over repository paths, with gitignore's rules as
 * GitHub applies them: a pattern with a slash before its end is anchored at the root, one
 * without matches at any depth; `*` stays within a folder, `**` crosses folders; a pattern that
 * names a folder matches everything under it.
 */
export function codeownersPatternToRegExp(pattern: string): RegExp {
  const anchored = pattern.replace(/\/$/, '').includes('/');
  let body = pattern.replace(/^\//, '').replace(/\/$/, '');
  body = body
    .split(/(\*\*\/|\/\*\*|\*\*|\*|\?)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '/**') return '(?:/.*)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}(?:/.*)?$`);
}

/**
 * The owners of a repository path: those of the last rule that matches it (GitHub's rule: later
 * lines win), or none. `path` is relative to the repository root, with forward slashes.
 */
export function findCodeowners(rules: readonly CodeownersRule[], path: string): { rule?: CodeownersRule; owners: string[] } {
  const clean = path.replace(/^\.?\//, '');
  for (let i = rules.length - 1; i >= 0; i--) {
    if (codeownersPatternToRegExp(rules[i].pattern).test(clean)) return { rule: rules[i], owners: rules[i].owners };
  }
  return { owners: [] };
}

/**
 * The people and the organisations a CODEOWNERS file names: users (`@alice`, and the local part
 * of `alice@acme.example`) are people; team handles (`@acme/sre`) are not, but their
 * organisation (`acme`) is whose repositories and package scopes are internal.
 */
export function codeownersPeopleAndScopes(rules: readonly CodeownersRule[]): { people: string[]; scopes: string[] } {
  const people = new Set<string>();
  const scopes = new Set<string>();
  for (const owner of rules.flatMap((rule) => rule.owners)) {
    if (owner.startsWith('@') && owner.includes('/')) scopes.add(owner.slice(1).split('/')[0].toLowerCase());
    else if (owner.startsWith('@')) people.add(owner.slice(1));
    else if (owner.includes('@')) people.add(owner.split('@')[0]);
  }
  return { people: [...people].sort(), scopes: [...scopes].sort() };
}
