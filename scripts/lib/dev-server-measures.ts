// The dev server the bench and scripts/measure-dev-first-page.ts start and measure: a free port
// for it, `astro dev` itself, and its CPU time so far.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** A dev server started by {@link startAstroDev}: its process, what it printed so far, whether it ended. */
export interface AstroDev {
  child: ChildProcessByStdio<null, Readable, Readable>;
  output(): string;
  exited(): boolean;
}

/** `astro dev` of the project at `root` on `port` (127.0.0.1), with `env` added. */
export function startAstroDev(root: string, port: number, env: Record<string, string>): AstroDev {
  // A test runner's environment (NODE_ENV=test, VITEST=...) makes astro dev serve nothing: the
  // dev server gets a plain development environment.
  const devEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(key)));
  // --ignore-lock: Astro 7 refuses a second dev server of one project ("Another astro dev server is
  // already running"), and backgrounds itself when it thinks an agent runs it; a measuring server
  // must start beside the writer's own `npm run dev` and stay this process's child.
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: root, env: { ...devEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let ended = false;
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  child.on('exit', () => (ended = true));
  return { child, output: () => log, exited: () => ended };
}

/** The CPU seconds (user and system, every thread) a process has used so far, from /proc; null where there is none. */
export function processCpuSeconds(pid: number | undefined): number | null {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses, in clock ticks (100 a second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** A TCP port nothing listens on now, so the dev server never meets another server. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}
