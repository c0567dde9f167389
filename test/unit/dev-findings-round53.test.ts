import { afterEach, describe, expect, test } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postmortemLoader } from '../../src/integrations/postmortem-loader.ts';
import { KbSession } from '../../src/integrations/kb-session.ts';
import { installKbSession } from '../../src/integrations/session-handle.ts';
import { devCheckReport } from '../../src/lib/dev-check-report.ts';
import { formatFindingsText, type Finding } from '../../src/lib/findings.ts';
import { shownFromWorkingFolder } from '../../src/lib/shown-path.ts';
import { checkFindings, checkLintOptions } from '../../scripts/lib/check-findings.ts';
import { kbConfig } from '../../site.config.ts';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { loaderContext } from '../support/loader-context.ts';

// Session 53: `npm run dev` validated a saved postmortem's front matter alone (frontmatterOnly),
// so what `npm run check` says of its body (follow-ups tracked nowhere, lints, a public post's
// redaction findings) was heard only from the check. The loader runs here with a real dev
// session (its worker included) and a stand-in for Astro's content layer and file watcher.

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A dev server's loader over a copy of the good-input fixture: its watcher, what it logged, what it rendered. */
async function devLoader() {
  const dir = makeContentFromFixture('good-input');
  const cacheDir = mkdtempSync(join(tmpdir(), 'kb-dev53-'));
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
  await postmortemLoader().load(context);
  const path = join(dir, goodInputPostmortem);
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
    const [before, asked] = [logged.length, checks.length];
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    watcher.emit('change', path);
    // A loader that asks nothing (the front matter alone checked) is said as nothing said, after 10 s.
    for (let waited = 0; checks.length === asked && waited < 10_000; waited += 20) await new Promise((done) => setTimeout(done, 20));
    // The loader reads a saved file again 250 ms after it validated it, if it changed meanwhile
    // (readAgainIfChanged): a second check of the same text may be asked, and it is the one said.
    await new Promise((done) => setTimeout(done, 300));
    await Promise.allSettled(checks);
    await new Promise((done) => setImmediate(done));
    return logged.slice(before);
  };
  return { dir, path, save, logged, rendered };
}

/** What `npm run check -- <file>` prints of a file's findings: the same function the check calls. */
function checkSays(dir: string, path: string): Finding[] {
  return checkFindings(dir, { onlyFiles: [shownFromWorkingFolder(path)], lint: checkLintOptions(kbConfig, dir) }).findings;
}

const bodyWithFindings = (source: string) => `${source}\n## Follow-ups\n\n- [ ] Add an alert on the pool size\n- TBD\n`;

describe('npm run dev: a saved postmortem\'s body findings', () => {
  test('are said in the check\'s words (file, line, rule, fix), and the page shows the edit all the same', async () => {
    const { dir, path, save, rendered } = await devLoader();
    const said = await save(bodyWithFindings);
    const expected = checkSays(dir, path);
    // The body's findings: a follow-up tracked nowhere (a warning), a placeholder in a published post (an error).
    expect(expected.map((f) => [f.rule, f.severity])).toEqual([['body/untracked-follow-up', 'warning'], ['completeness/placeholder', 'error']]);
    expect(said).toHaveLength(1);
    expect(said[0].level).toBe('error');
    expect(said[0].text).toContain(formatFindingsText(expected, 1));
    expect(said[0].text).toContain(`${shownFromWorkingFolder(path)}:47:1  warning  body/untracked-follow-up`);
    // Not blocked: the edited body was rendered for the page.
    expect(rendered.some((markdown) => markdown.includes('Add an alert on the pool size'))).toBe(true);
  }, 60_000);

  test('a public post\'s redaction findings are said too, as the check says them', async () => {
    const { dir, path, save } = await devLoader();
    const said = await save((source) => `${source.replace(/^visibility: internal$/m, 'visibility: public\npublic:\n  title: Checkout errors\n  summary: Some checkouts failed for ten minutes after a configuration change; we reverted it.')}\nThe on-call engineer paged db-primary-7.corp.example.net and rolled it back.\n`);
    const expected = checkSays(dir, path);
    expect(expected.map((f) => f.rule)).toContain('redact/internal-host');
    expect(said.map((l) => l.level)).toEqual(['error']);
    expect(said[0].text).toContain(formatFindingsText(expected, 1));
  }, 60_000);

  test('a warning alone is said as a warning; the same findings are not said again at the next save; their end is said', async () => {
    const { dir, path, save } = await devLoader();
    const first = await save((source) => `${source}\n## Follow-ups\n\n- [ ] Add an alert on the pool size\n`);
    expect(first.map((l) => l.level)).toEqual(['warn']);
    expect(first[0].text).toContain(formatFindingsText(checkSays(dir, path), 1));
    // A word of the account changed, the same warning: nothing new to say.
    expect(await save((source) => `${source}\nThe pool was raised again.\n`)).toEqual([]);
    const fixed = await save((source) => source.replace('- [ ] Add an alert on the pool size\n', ''));
    expect(fixed).toEqual([{ level: 'warn', text: `${shownFromWorkingFolder(path)}: npm run check finds nothing more in it.` }]);
  }, 60_000);
});

describe('devCheckReport', () => {
  const finding = (line: number, severity: 'error' | 'warning', rule = 'body/x'): Finding => ({ file: 'a.mdx', line, column: 1, rule, severity, message: `m${line}` });
  test('leaves out the front matter\'s errors said at the save, and takes its level from what is left', () => {
    const frontMatterError = finding(3, 'error', 'schema/x');
    const { print } = devCheckReport('a.mdx', [frontMatterError, finding(40, 'warning')], [frontMatterError]);
    expect(print?.severity).toBe('warning');
    expect(print?.text).toContain(formatFindingsText([finding(40, 'warning')], 1));
    expect(print?.text).not.toContain('schema/x');
  });
  test('says a report once, and says nothing of a file that had none', () => {
    const first = devCheckReport('a.mdx', [finding(40, 'error')], []);
    expect(devCheckReport('a.mdx', [finding(40, 'error')], [], first.last).print).toBeUndefined();
    expect(devCheckReport('a.mdx', [], [], '').print).toBeUndefined();
  });
});
