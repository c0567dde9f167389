/**
 * A mistake on the command line, thrown by a reader that is handed an option's value: a --window
 * that is no window, a file named that is not there, a folder or a named pipe given for a file.
 * The caller must change the command, so the command exits 2; a file that is there but cannot be
 * read or parsed is the input's mistake and exits 1 (docs/rules.md, "Round 31: exit statuses of
 * new and draft"). Thrown as an Error, so a caller that does not tell the two apart says it as before.
 */
export class CommandLineMistake extends Error {}

export const isCommandLineMistake = (error: unknown): error is CommandLineMistake => error instanceof CommandLineMistake;
