/**
 * A reader that goes away before a command has written everything (`npm run digest | head -1`,
 * `| less` quit early) closes the pipe, and the next write fails with EPIPE: Node reported it as an
 * unhandled 'error' event, with its stack trace, after the reader had all it wanted (bad input
 * round 25). Other programs end quietly then (a shell's SIGPIPE); so do these, with the status the
 * command had set. Imported for its effect by command-line.ts, which every command loads.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw error;
  });
}

endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);
