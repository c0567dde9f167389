import { afterEach, describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { formatFindingsText, type Finding } from '../../src/lib/findings.ts';
import { shownFromWorkingFolder } from '../../src/lib/shown-path.ts';
import { checkFindings, checkLintOptions } from '../../scripts/lib/check-findings.ts';
import { kbConfig } from '../../site.config.ts';
import { cleanUpDevLoaders, devLoader } from '../support/dev-loader.ts';

// Session 54: what session 53's report on a saved file (npm run dev) left untested or said twice.
// The loader runs with a real dev session (its worker included) and a stand-in for Astro's
// content layer and file watcher (test/support/dev-loader.ts).

afterEach(cleanUpDevLoaders);

/** What `npm run check -- <file>` says of a file: the same function the check calls. */
function checkSays(dir: string, path: string): Finding[] {
  return checkFindings(dir, { onlyFiles: [shownFromWorkingFolder(path)], lint: checkLintOptions(kbConfig, dir) }).findings;
}

const untrackedFollowUp = (source: string) => `${source}\n## Follow-ups\n\n- [ ] Add an alert on the pool size\n`;

describe('npm run dev after a first validation that failed', () => {
  test('the worker, which validated and found the error, still answers the check of each save once the file is fixed', async () => {
    // The first load stops on a front-matter error the worker found; its worker stays (unref'd),
    // for the checks of the saves to come.
    const broken = (source: string) => source.replace(/^severity: SEV-2$/m, 'severity: SEV-9');
    const { dir, path, save, firstLoad, loadAgain, session } = await devLoader({ beforeStart: broken });
    expect(firstLoad?.message).toMatch(/1 error\(s\) in .*Fix them/);
    expect(session.validationFailed).toBe(true);
    // Fixed, then Astro syncs again (the `s` shortcut, a restart of the content layer): the loader
    // validates the files on its own thread and watches them.
    const fixedSource = (source: string) => source.replace(/^severity: SEV-9$/m, 'severity: SEV-2');
    writeFileSync(path, fixedSource(readFileSync(path, 'utf8')));
    await loadAgain();
    // The next save's body findings are said, from the worker, in the check's words.
    const said = await save(untrackedFollowUp);
    expect(said.map((l) => l.level)).toEqual(['warn']);
    expect(said[0].text).toContain(formatFindingsText(checkSays(dir, path), 1));
    expect(said[0].text).toContain(`${shownFromWorkingFolder(path)}:47:1  warning  body/untracked-follow-up`);
  }, 60_000);

  test('a worker that has ended is said at the save, not waited for', async () => {
    const { path, save, session } = await devLoader();
    // As if the worker had stopped (a crash of its thread): the check of a save cannot be computed.
    await (session as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    const said = await save(untrackedFollowUp);
    expect(said).toEqual([{ level: 'warn', text: expect.stringMatching(new RegExp(`^${shownFromWorkingFolder(path).replace(/[.]/g, '\\.')}: what npm run check says of it could not be computed \\(the build worker .*\\); run npm run check -- `)) }]);
  }, 60_000);
});
