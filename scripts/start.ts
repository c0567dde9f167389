#!/usr/bin/env node
// npm start [-- --port N]: build the internal site into dist/, then serve it on http://127.0.0.1:4321/.
//
// Was `npm run build && npm run preview`: npm appends a script's arguments to the last command of
// the line, so `npm start -- --help` built the whole site (a minute) before npm printed its own
// help of `npm run`, and `npm start -- --port 4000` reached `npm run preview` as a setting of
// npm's, only "4000" passing on to Astro, as the folder to serve (bad input round 25). The options are read here,
// before anything is built; the build and the preview are the same commands as before.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgsOnce, wholeNumberOption } from './lib/command-line.ts';

const root = resolve(import.meta.dirname, '..');

function readArguments() {
  try {
    return parseArgsOnce({ options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message} (npm start -- --help lists the options)`);
    process.exit(2);
  }
}
const { values } = readArguments();

if (values.help) {
  console.log(`Usage: npm start [-- --port N]

Builds the internal site into dist/ (npm run build: validation, the redaction guard, the search
index) and, when the build passed, serves it on http://127.0.0.1:4321/ (npm run preview) until
Ctrl+C. Nothing is served when the build fails.

--port N   serve on port N (1-65535) instead of 4321
KB_CONTENT_DIR and KB_OUT_DIR choose the content folder and the output folder, as for npm run build.`);
  process.exit(0);
}
// Said before a minute of building, not by the preview after it.
const port = values.port === undefined ? undefined : wholeNumberOption('port', values.port, 1, 65_535);

const build = spawnSync(process.execPath, [resolve(root, 'scripts/build.ts')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const preview = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', ...(port === undefined ? [] : ['--port', String(port)])], { cwd: root, stdio: 'inherit' });
// Ctrl+C reaches both processes from the terminal; a signal sent to this one alone (a process
// manager's SIGTERM) is passed on, so the server never outlives the command that started it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
