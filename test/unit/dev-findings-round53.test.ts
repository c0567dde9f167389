import { afterEach, describe, expect, test } from 'vitest';
import { devCheckReport } from '../../src/lib/dev-check-report.ts';
import { formatFindingsText, type Finding } from '../../src/lib/findings.ts';
import { shownFromWorkingFolder } from '../../src/lib/shown-path.ts';
import { checkFindings, checkLintOptions } from '../../scripts/lib/check-findings.ts';
import { kbConfig } from '../../site.config.ts';
import { cleanUpDevLoaders, devLoader } from '../support/dev-loader.ts';

// Session 53: `npm run dev` validated a saved postmortem's front matter alone (frontmatterOnly),
// so what `npm run check` says of its body (follow-ups tracked nowhere, lints, a public post's
// redaction findings) was heard only from the check. The loader runs here with a real dev
// session (its worker included) and a stand-in for Astro's content layer and file watcher.

afterEach(cleanUpDevLoaders);

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
  }, 180_000);

  test('a public post\'s redaction findings are said too, as the check says them', async () => {
    const { dir, path, save } = await devLoader();
    const said = await save((source) => `${source.replace(/^visibility: internal$/m, 'visibility: public\npublic:\n  title: Checkout errors\n  summary: Some checkouts failed for ten minutes after a configuration change; we reverted it.')}\nThe on-call engineer paged db-primary-7.corp.example.net and rolled it back.\n`);
    const expected = checkSays(dir, path);
    expect(expected.map((f) => f.rule)).toContain('redact/internal-host');
    expect(said.map((l) => l.level)).toEqual(['error']);
    expect(said[0].text).toContain(formatFindingsText(expected, 1));
  }, 180_000);

  test('a warning alone is said as a warning; the same findings are not said again at the next save; their end is said', async () => {
    const { dir, path, save } = await devLoader();
    const first = await save((source) => `${source}\n## Follow-ups\n\n- [ ] Add an alert on the pool size\n`);
    expect(first.map((l) => l.level)).toEqual(['warn']);
    expect(first[0].text).toContain(formatFindingsText(checkSays(dir, path), 1));
    // A word of the account changed, the same warning: nothing new to say.
    expect(await save((source) => `${source}\nThe pool was raised again.\n`)).toEqual([]);
    const fixed = await save((source) => source.replace('- [ ] Add an alert on the pool size\n', ''));
    expect(fixed).toEqual([{ level: 'warn', text: `${shownFromWorkingFolder(path)}: npm run check finds nothing more in it.` }]);
  }, 180_000);
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
