/**
 * Exits with `code` once everything written to stdout and stderr has left the process.
 *
 * `process.exit` drops what a pipe has not taken yet: `npm run check | less`, `| tee` or a CI log
 * got the first 64 KiB of a long report (the pipe's buffer) and nothing after, not even the
 * summary line, and `--format json` gave JSON cut mid-string. Awaited at the top level, it stops
 * the script there, as `process.exit` does.
 */
export function exitAfterOutput(code: number): Promise<never> {
  process.exitCode = code;
  const pending = [process.stdout, process.stderr].filter((stream) => stream.writableLength > 0);
  if (pending.length === 0) process.exit(code);
  let left = pending.length;
  for (const stream of pending) {
    stream.once('drain', () => {
      if (--left === 0) process.exit(code);
    });
    // A reader that went away (`| head`) takes nothing more: exit as process.exit did.
    stream.once('error', () => process.exit(code));
  }
  return new Promise<never>(() => {});
}
