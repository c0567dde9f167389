import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { vocabularyContentFolder } from '../support/content-fixture.ts';
import { allProbes, probeFileName } from '../support/canary-round34-probes.ts';
import { runScript, type ScriptResult } from '../support/run-script.ts';

/**
 * `npm run redact` and `npm run check` on the findings canary round 34 added (docs/redaction.md,
 * "Redact and the canary round 34 findings"): for each, the author gets a fix or a message naming
 * the file, the line and what to write; never a silent no-op, never a fix that publishes what was
 * hidden. Before, a public field written as a YAML alias and a `data-` attribute's words were
 * "not changed: the text is not at the reported place (the file changed)", and a link the public
 * build refuses was "0 change(s), 0 left for you" (and nothing in npm run check).
 */
const probes = [13, 104, 105, 63, 100, 77, 101, 102, 92, 45, 87, 90];
let contentDir: string;
const files = new Map<number, string>();
const before = new Map<string, string>();
let redact: ScriptResult;
let check: ScriptResult;

beforeAll(async () => {
  // The canary's content folder (test/site/canary-round34.test.ts): the test vocabularies and the probes.
  contentDir = vocabularyContentFolder('redact-canary34');
  for (const probe of allProbes.filter((p) => probes.includes(p.n))) {
    const file = join(contentDir, 'postmortems', probeFileName(probe));
    writeFileSync(file, probe.source);
    files.set(probe.n, file);
    before.set(file, probe.source);
  }
  const named = [...files].filter(([n]) => n !== 90).map(([, file]) => file);
  const env = { ...process.env, KB_CONTENT_DIR: contentDir };
  [redact, check] = await Promise.all([runScript('redact.ts', named, { env }), runScript('check.ts', [], { env })]);
});
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

const lineOf = (output: string, n: number) => output.split('\n').filter((line) => line.startsWith(`${files.get(n)}:`));

describe('npm run redact on the canary round 34 findings', () => {
  test('no post is changed (nothing to rewrite safely), and the run fails: the posts are still refused', () => {
    for (const [file, source] of before) expect(readFileSync(file, 'utf8')).toBe(source);
    expect(readdirSync(join(contentDir, 'postmortems')).length).toBe(probes.length);
    expect(redact.status).toBe(1);
    expect(redact.stdout + redact.stderr).not.toMatch(/\n\s+at /);
  });

  test('a public field written as a YAML alias: its line, and that the public text is written in place of the alias', () => {
    expect(redact.stdout).not.toContain('the file changed');
    expect(lineOf(redact.stdout, 13)).toContain(`${files.get(13)}:27:10  redact/hidden-text  not changed: npm run redact has no fix to propose for this (the public text must be written by you): write the public text itself in place of *sig.`);
    expect(lineOf(redact.stdout, 104).join('\n')).toMatch(/:25:9 {2}redact\/hidden-text {2}not changed: .*in place of \*t\./);
    expect(lineOf(redact.stdout, 105).join('\n')).toMatch(/:33:12 {2}redact\/hidden-text {2}not changed: .*in place of \*ai\./);
  });

  test('a data- attribute holding words (.mdx and .md): its line, and which attribute to take out', () => {
    expect(lineOf(redact.stdout, 63).join('\n')).toMatch(/:32:1 {2}redact\/hidden-text {2}not changed: .*take the data-note attribute out/);
    expect(lineOf(redact.stdout, 100).join('\n')).toMatch(/:32:4 {2}redact\/hidden-text {2}not changed: .*take the data-note attribute out/);
  });

  test('a link the public build refuses (an HTML link, a .md post\'s links): its line and the fix, counted as left for you', () => {
    for (const n of [101, 102, 92]) {
      const said = lineOf(redact.stdout, n).join('\n');
      expect(said).toMatch(/:32:1 {2}public\/source {2}not changed: the link \/incidents\/2025.*leads to a postmortem customers do not see.*Fix: /);
      expect(said).toMatch(/: 0 change\(s\), 1 left for you\./);
    }
    expect(lineOf(redact.stdout, 92).join('\n')).toContain('write it as a Markdown link');
    expect(lineOf(redact.stdout, 101).join('\n')).toContain('rename the file to .mdx');
  });

  test('a Markdown link of an .mdx post, which the build rewrites, is no finding', () => {
    expect(lineOf(redact.stdout, 87)).toEqual([`${files.get(87)}: 0 change(s), 0 left for you.`]);
  });

  test('an entity-written tag in a .md post and a lookalike-letter tag: the line and what to write', () => {
    expect(lineOf(redact.stderr, 77).join('\n')).toMatch(/:32: "&#60;Internal" is read as an <Internal> tag.*Fix: /);
    expect(lineOf(redact.stderr, 45).join('\n')).toMatch(/:32: <Ιnternal> looks like <Internal>.*Fix: retype <Internal>/);
  });
});

describe('npm run check on the same posts', () => {
  test('the links the public build refuses are errors with their line (before: nothing)', () => {
    expect(check.status).toBe(1);
    for (const n of [101, 102, 92]) expect(lineOf(check.stdout, n).join('\n')).toMatch(/:32:1 {2}error {2}public\/source {2}the link .* leads to a postmortem customers do not see/);
    // Its address in capitals is no finding of the public build's (the build rewrites it), but a
    // page not found on the internal site: the check says to write it in lower case.
    expect(lineOf(check.stdout, 87).join('\n')).not.toMatch(/error {2}public\/source/);
    expect(lineOf(check.stdout, 87).join('\n')).toMatch(/error {2}body\/postmortem-link {2}the link \/INCIDENTS\/.* written in capitals/);
  });
});
