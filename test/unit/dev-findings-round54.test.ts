import { afterEach, describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { devCheckReport } from '../../src/lib/dev-check-report.ts';
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
  }, 180_000);

  test('a worker that has ended is said at the save, not waited for', async () => {
    const { path, save, session } = await devLoader();
    // As if the worker had stopped (a crash of its thread): the check of a save cannot be computed.
    await (session as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    const said = await save(untrackedFollowUp);
    expect(said).toEqual([{ level: 'warn', text: expect.stringMatching(new RegExp(`^${shownFromWorkingFolder(path).replace(/[.]/g, '\\.')}: what npm run check says of it could not be computed \\(the build worker .*\\); run npm run check -- `)) }]);
  }, 180_000);
});

describe('npm run dev: a saved body that does not parse', () => {
  const unclosed = (source: string) => `${source}\n<div>\nThe pool stayed open.\n`;

  test('is said once, in the check\'s words (file, line, fix), at each save, and the page keeps its last good version', async () => {
    const { dir, path, save, rendered } = await devLoader();
    const renderedBefore = rendered.length;
    const said = await save(unclosed);
    const expected = checkSays(dir, path);
    expect(expected.map((f) => [f.rule, f.severity])).toEqual([['mdx/syntax', 'error']]);
    expect(expected[0].fix).toBeTruthy();
    // Until session 54 the loader's "…does not parse…" was said first, then the check's mdx/syntax.
    expect(said).toHaveLength(1);
    expect(said[0].level).toBe('error');
    expect(said[0].text).toContain(formatFindingsText(expected, 1));
    expect(said[0].text).toContain('the page keeps its last good version');
    expect(said[0].text.match(/does not parse/g)).toHaveLength(1);
    expect(rendered.slice(renderedBefore).some((markdown) => markdown.includes('The pool stayed open'))).toBe(false);
    // Saved again, still broken: said again, as a front-matter error is (the page is still the old one).
    const again = await save((source) => `${source}More text.\n`);
    expect(again.map((l) => l.level)).toEqual(['error']);
    expect(again[0].text).toContain('mdx/syntax');
    // Fixed: one line says the check finds nothing more.
    const fixed = await save((source) => source.replace('\n<div>\n', '\n'));
    expect(fixed).toEqual([{ level: 'warn', text: `${shownFromWorkingFolder(path)}: npm run check finds nothing more in it.` }]);
  }, 180_000);
});

describe('devCheckReport with a body that does not parse', () => {
  const syntax: Finding = { file: 'a.mdx', line: 40, column: 1, rule: 'mdx/syntax', severity: 'error', message: 'the MDX body does not parse: x', fix: 'close the <div>' };
  const stop = { rule: 'mdx/syntax', message: 'a.mdx:41:1: the MDX body does not parse: y. Run `npm run check` for every problem and its fix.' };
  test('says the check\'s finding alone when the check names the rule', () => {
    const { print } = devCheckReport('a.mdx', [syntax], [], '', stop);
    expect(print?.severity).toBe('error');
    expect(print?.text).toContain(formatFindingsText([syntax], 1));
    expect(print?.text).not.toContain(stop.message);
  });
  test('says the loader\'s words when the check does not name the rule (then its other findings), and says it again at the next save', () => {
    const warning: Finding = { ...syntax, rule: 'body/x', severity: 'warning' };
    const first = devCheckReport('a.mdx', [warning], [], '', { ...stop, rule: 'body/active-content' });
    expect(first.print?.text.startsWith(stop.message)).toBe(true);
    expect(first.print?.text).toContain(formatFindingsText([warning], 1));
    expect(devCheckReport('a.mdx', [], [], first.last, stop).print).toEqual({ severity: 'error', text: stop.message });
    expect(devCheckReport('a.mdx', [warning], [], first.last, { ...stop, rule: 'body/active-content' }).print?.text).toBe(first.print?.text);
  });
});
