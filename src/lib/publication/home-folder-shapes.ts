/**
 * The folders whose next folder is a user's, as the guard reads them: home folders on Linux, macOS
 * and Windows (`/home/`, `/Users/`, `/var/home/`, `C:\Users\`, `C:\Documents and Settings\`) and
 * the users' folders of shared disks (`/scratch/users/`, `/data/home/`, `/mnt/nfs/people/`,
 * `/export/home/`). One list for the two rules that read them (person-patterns.ts's account rule,
 * a user no dictionary knows; home-folder-accounts.ts, a user that is a word or a given name): they
 * had each their own, and the second did not read the shared disks (session 50's review).
 */
export const userFoldersSource = String.raw`(?:\/home|\/Users|\/var\/home|[A-Za-z]:\\{1,2}(?:Users|Documents and Settings)|\/(?:scratch|data|nfs|shared|export|work|gpfs|lustre|mnt\/[\w.-]+)\/(?:users|homes?|people))`;

/** What a line holding one of those folders holds: a cheap test before the patterns. */
export const userFolderCue = /[\/\\](?:home|homes|Users|users|people|Documents and Settings)[\/\\]/;
