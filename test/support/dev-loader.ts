import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postmortemLoader } from '../../src/integrations/postmortem-loader.ts';
import { KbSession } from '../../src/integrations/kb-session.ts';
import { installKbSession } from '../../src/integrations/session-handle.ts';
import { goodInputPostmortem, makeContentFromFixture } from './content-fixture.ts';
import { loaderContext } from './loader-context.ts';

const cleanups: (() => unknown)[] = [];

/** For `afterEach`: stops the sessions {@link devLoader} started and puts back the session installed before. */
export async function cleanUpDevLoaders(): Promise<void> {
  for (const cleanup of cleanups.splice(0)) await cleanup();
}

/**
 * A dev server's loader over a copy of the good-input fixture, with a real dev session (its worker
 * included) and a stand-in for Astro's content layer and file watcher: its watcher, what it logged,
 * what it rendered. `beforeStart` edits the postmortem's text before the first load (a file with an
 * error stops it: `firstLoad` is that error); `loadAgain` is Astro's next sync (the `s` shortcut, a
 * change of the content config). Shared by dev-findings-round53/54.test.ts.
 */
export async function devLoader(options: { beforeStart?: (source: string) => string } = {}) {
  const dir = makeContentFromFixture('good-input');
  const cacheDir = mkdtempSync(join(tmpdir(), 'kb-dev-loader-'));
  const path = join(dir, goodInputPostmortem);
  if (options.beforeStart) writeFileSync(path, options.beforeStart(readFileSync(path, 'utf8')));
  const session = new KbSession({ variant: 'internal', server: 'dev', contentDir: dir });
  // Put back what was there after the test: the unit files share a worker (isolate: false).
  const sessionBefore = installKbSession(session);
  cleanups.push(() => session.stop(), () => installKbSession(sessionBefore as KbSession), () => rmSync(dir, { recursive: true, force: true }), () => rmSync(cacheDir, { recursive: true, force: true }));
  const logged: { level: 'warn' | 'error'; text: string }[] = [];
  const rendered: string[] = [];
  const watcher = Object.assign(new EventEmitter(), { add() {} });
  const { context } = loaderContext(cacheDir, (markdown) => rendered.push(markdown), {
    logger: { info() {}, warn: (text: string) => logged.push({ level: 'warn', text }), error: (text: string) => logged.push({ level: 'error', text }) },
    watcher,
  });
  session.start();
  const loader = postmortemLoader();
  const firstLoad = await loader.load(context).then(() => undefined, (error: Error) => error);
  // The loader's requests for the check, so that a save is awaited until its check was answered and said.
  const checks: Promise<unknown>[] = [];
  const checkFile = session.checkFile.bind(session);
  session.checkFile = (file) => {
    const check = checkFile(file);
    checks.push(check);
    return check;
  };
  /** Saves the file as edited, as the watcher reports it, and returns what the loader said once the check of the save was answered. */
  const save = async (edit: (source: string) => string) => {
    const before = logged.length;
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    // As the watcher's `emit` calls them, but awaited: the loader's handler asks for the check once
    // the worker validated the file. Until session 57 the save waited for that ask at most 10 s
    // and then said "nothing said": a worker slower than that on a loaded machine failed the test.
    await Promise.all(watcher.listeners('change').map((onChange) => onChange(path)));
    // The loader reads a saved file again 250 ms after it validated it, if it changed meanwhile
    // (readAgainIfChanged): a second check of the same text may be asked, and it is the one said.
    // A timer of 300 ms set after the handler's fires after that one of 250 ms set within it.
    await new Promise((done) => setTimeout(done, 300));
    await Promise.allSettled(checks);
    await new Promise((done) => setImmediate(done));
    return logged.slice(before);
  };
  return { dir, path, session, save, logged, rendered, firstLoad, loadAgain: () => loader.load(context) };
}
