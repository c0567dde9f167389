/**
 * What `npm run redact` writes for the user of a home folder (probe round 51, round 50's leftover):
 * the stand-in guides write, `/home/<user>/…`, `C:\Users\<user>\…`. The user was found as a person
 * or an account (home-folder-accounts.ts, the account rule of person-patterns.ts) and the whole code
 * span, path or fenced block went into `<Internal>`, so the public page lost the path the reader
 * needs ("Copied to  before the upgrade"). Only the user is replaced; the folders around it stay.
 * In code (a fenced block, an inline code span) and in frontmatter the stand-in is written as it
 * reads; in prose as character references, since MDX would read `<user>` as a component and
 * Markdown as an HTML tag.
 */
import { userFoldersSource } from './home-folder-shapes.ts';
import { isInsideCodeSpan } from './open-code-span.ts';

const userFolderBefore = new RegExp(String.raw`${userFoldersSource}[\/\\]{1,2}$`);

/** Whether the text at `start` of `source` is the user of a home folder (it follows `/home/`, `/Users/`, `C:\Users\`, …). */
export function isHomeFolderUserAt(source: string, start: number): boolean {
  return userFolderBefore.test(source.slice(Math.max(0, start - 60), start));
}

/**
 * A user-administration command before the text, on its line: `adduser alex sudo`, `usermod -aG
 * sudo alex`, `passwd alex`, `su - alex`, `sudo -u alex …`, `chown -R alex:alex` (false positives
 * round 56: "Run `adduser alex sudo` first." was published "Run  first.", the whole span withheld
 * for the login in it). The login takes the same stand-in as a home folder's user.
 */
const accountCommandBefore = /(?:^|[\s`$(;&|])(?:(?:adduser|deluser|useradd|userdel|usermod|passwd|chsh|chage|gpasswd)(?:[ \t]+-{1,2}[A-Za-z][\w-]*(?:[ \t]+(?!-)[\w,.-]+)?)*[ \t]+|su[ \t]+(?:-l?[ \t]+)?|sudo[ \t]+-u[ \t]+|chown[ \t]+(?:-[A-Za-z]+[ \t]+)*(?:[\w.-]+:)?)$/;

/** Whether the text at `start` of `source` is the login a user-administration command names (`adduser <login> sudo`). */
export function isAccountCommandUserAt(source: string, start: number): boolean {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  return accountCommandBefore.test(source.slice(Math.max(lineStart, start - 80), start));
}

/** The stand-in for a home folder's user at `start`: `<user>` in code or frontmatter, `&lt;user&gt;` in prose. */
export function homeFolderUserStandIn(source: string, start: number, inCodeOrFrontmatter: boolean): string {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  return inCodeOrFrontmatter || isInsideCodeSpan(source.slice(lineStart), start - lineStart) ? '<user>' : '&lt;user&gt;';
}
