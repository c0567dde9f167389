// Bad input, round 24: round 23's leftover (a save between validation and @astrojs/mdx's own read)
// and inputs no earlier round tried (docs/rules.md, "Bad input round 24"). Each test asserts what
// the commit before did not do; the controls, what was said clearly before and still is. In-process
// only: no command is started, no disk is filled (a writer that fails part-way stands for one).
import { afterEach, describe, expect, test } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { createInterface } from 'node:readline/promises';
import { ValidatedSources } from '../../src/lib/validated-sources.ts';
import { checkValidatedSource } from '../../src/integrations/validated-source-guard.ts';
import { installKbSession } from '../../src/integrations/session-handle.ts';
import type { KbSession } from '../../src/integrations/kb-session.ts';
import { createAstroConfig } from '../../src/integrations/astro-config.ts';
import { promptLine } from '../../scripts/lib/prompt-line.ts';
import { copyNewFile, replaceFile, writeErrorWords, writeNewFile, type WriteFile } from '../../scripts/lib/safe-write.ts';
import { newFileWriteProblem } from '../../scripts/lib/output-folder.ts';
import { parseArgsOnce } from '../../scripts/lib/command-line.ts';
import { findingsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import { configRefusal } from '../support/kb-config-refusal.ts';

const made: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-round24-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A write that puts the first bytes down and then fails as a full disk does. */
const diskFullAfter = (bytes: number): WriteFile => (path, data, options) => {
  writeFileSync(path, typeof data === 'string' ? data.slice(0, bytes) : data.subarray(0, bytes), options);
  throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', syscall: 'write' });
};

describe('a postmortem compiled by @astrojs/mdx and saved again after validation (round 23 left it)', () => {
  const file = '/srv/kb/content/postmortems/2025-05-01-expression.mdx';
  const validated = '---\ntitle: x\n---\nThe pool held {6 * 7} connections.\n';

  test('the text the compiler reads is compared with the one validated: another text is refused, naming the file', () => {
    const sources = new ValidatedSources();
    sources.record(file, validated);
    expect(sources.problem(file, validated, 'content/postmortems/x.mdx')).toBeUndefined();
    expect(sources.problem(file, validated.replace('{6 * 7}', '{6 * 8}'), 'content/postmortems/x.mdx'))
      .toMatch(/^content\/postmortems\/x\.mdx changed while the build ran: .*Nothing of it was published\. Build again/);
  });

  test('a byte-order mark one reader keeps is no change; a file never recorded (rendered by the loader) is not compared', () => {
    const sources = new ValidatedSources();
    sources.record(file, validated);
    expect(sources.problem(file, `\uFEFF${validated}`, 'x')).toBeUndefined();
    expect(sources.problem('/srv/kb/content/postmortems/other.mdx', 'anything', 'x')).toBeUndefined();
    sources.forget(file);
    expect(sources.problem(file, 'another text', 'x')).toBeUndefined();
  });

  test("the build's transform throws on the file's changed text, and leaves Astro's wrappers (ids with a query) alone", () => {
    const sources = new ValidatedSources();
    sources.record(file, validated);
    const previous = installKbSession({ validatedSources: sources } as unknown as KbSession);
    try {
      expect(checkValidatedSource(validated, file)).toBeUndefined();
      expect(() => checkValidatedSource('---\ntitle: x\n---\nsaved meanwhile\n', file)).toThrow(/changed while the build ran/);
      expect(checkValidatedSource('saved meanwhile', `${file}?astroPropagatedAssets`)).toBeUndefined();
    } finally {
      installKbSession(previous as KbSession);
    }
  });

  test.each(['internal', 'public'] as const)('the %s site runs the guard before the public cut and @astrojs/mdx (it must see the text as read)', (variant) => {
    const names = (createAstroConfig({ variant }).integrations ?? []).flat().map((integration) => (integration as { name: string }).name);
    const guard = names.indexOf('postmortem-kb:validated-source');
    expect(guard).toBeGreaterThanOrEqual(0);
    expect(guard).toBeLessThan(names.indexOf('@astrojs/mdx'));
    if (variant === 'public') expect(guard).toBeLessThan(names.indexOf('postmortem-kb:public-variant'));
  });
});

describe('a full disk, a read-only folder (before: a postmortem cut short by fill, an empty draft left by import)', () => {
  test('a postmortem rewritten when the disk fills part-way is left whole, with no temporary file beside it', () => {
    const dir = folder();
    const path = join(dir, 'x.mdx');
    writeFileSync(path, 'the whole postmortem, as the author wrote it\n');
    expect(() => replaceFile(path, 'the whole postmortem, filled in by the command\n', diskFullAfter(10))).toThrow(/ENOSPC/);
    expect(readFileSync(path, 'utf8')).toBe('the whole postmortem, as the author wrote it\n');
    expect(readdirSync(dir)).toEqual(['x.mdx']);
  });

  test('a rewrite keeps the file\'s permissions, and a link in the folder still points at the file it names', () => {
    const dir = folder();
    const target = join(dir, 'real.mdx');
    writeFileSync(target, 'before\n');
    chmodSync(target, 0o640);
    symlinkSync(target, join(dir, 'link.mdx'));
    replaceFile(join(dir, 'link.mdx'), 'after\n');
    expect(readFileSync(target, 'utf8')).toBe('after\n');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(dir, 'link.mdx'), 'utf8')).toBe('after\n');
    expect(readdirSync(dir).sort()).toEqual(['link.mdx', 'real.mdx']);
  });

  test('a new draft cut short by a full disk is removed, so "nothing was written" is true and the next run takes its name', () => {
    const dir = folder();
    const path = join(dir, 'draft.mdx');
    expect(() => writeNewFile(path, 'a draft of some length', {}, diskFullAfter(0))).toThrow(/ENOSPC/);
    expect(existsSync(path)).toBe(false);
  });

  test('a file another command wrote meanwhile (EEXIST) is never removed', () => {
    const dir = folder();
    const path = join(dir, 'draft.mdx');
    const writtenMeanwhile: WriteFile = (p) => {
      writeFileSync(p, 'theirs');
      throw Object.assign(new Error('EEXIST: file already exists'), { code: 'EEXIST', syscall: 'open', path: p });
    };
    expect(() => writeNewFile(path, 'ours', {}, writtenMeanwhile)).toThrow(/EEXIST/);
    expect(readFileSync(path, 'utf8')).toBe('theirs');
    writeFileSync(join(dir, 'image.png'), 'there before');
    expect(() => copyNewFile(join(dir, 'missing.png'), join(dir, 'image.png'))).toThrow();
    expect(readFileSync(join(dir, 'image.png'), 'utf8')).toBe('there before');
  });

  test.each([
    ['ENOSPC', /the disk is full \(ENOSPC\): free space there, or write elsewhere/],
    ['EROFS', /read-only file system \(EROFS\)/],
    ['EDQUOT', /disk quota .* \(EDQUOT\)/],
    ['EACCES', /permission denied \(EACCES\)/],
  ])('%s is said in words, not as its code alone (before: "cannot be written (ENOSPC)")', (code, words) => {
    const error = Object.assign(new Error(code), { code, syscall: 'open', path: '/drafts/x.mdx' });
    expect(writeErrorWords(error)).toMatch(words);
    expect(newFileWriteProblem(error, '/drafts/x.mdx')).toMatch(new RegExp(`^cannot be written: .*${words.source}`));
  });
});

describe('the input ended at a prompt of npm run new (before: AbortError\'s stack trace, or a hang)', () => {
  test('Ctrl+D (readline aborts the question) and an input that ends both give undefined, to be said as such', async () => {
    const input = new PassThrough();
    const prompt = createInterface({ input, output: new PassThrough() });
    const asked = promptLine(prompt, 'Title: ');
    input.end();
    expect(await asked).toBeUndefined();
    const aborted = createInterface({ input: new PassThrough(), output: new PassThrough() });
    const answer = promptLine(aborted, 'Title: ');
    aborted.close();
    expect(await answer).toBeUndefined();
  });

  test('an answer typed is returned as typed (control)', async () => {
    const input = new PassThrough();
    const prompt = createInterface({ input, output: new PassThrough() });
    const asked = promptLine(prompt, 'Title: ');
    input.write('Checkout errors\n');
    expect(await asked).toBe('Checkout errors');
    prompt.close();
  });
});

describe('"-" where a command reads or writes files (before: "-: no such file or folder")', () => {
  const refusal = (args: string[]) => {
    try {
      parseArgsOnce({ args, options: { out: { type: 'string' } }, allowPositionals: true }, { options: ['out'], positionals: true });
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  };
  test.each([[['-']], [['report.md', '--out', '-']]])('%j', (args) => {
    expect(refusal(args)).toMatch(/is "-", which many programs read as standard input or output, but this command reads and writes files by their names only/);
  });
  test('a title "-" is not a path and is taken (control)', () => {
    expect(parseArgsOnce({ args: ['--title', '-'], options: { title: { type: 'string' } } }).values.title).toBe('-');
  });
});

const rulesOf = (change: (text: string) => string, name?: string) =>
  findingsAfterEditingGoodInput(change, name).map((f) => ({ rule: f.rule, severity: f.severity, text: `${f.message} ${f.fix ?? ''}` }));

describe('a person\'s name as commander (before: passed, though the same name in reviewers was warned)', () => {
  test('"Jane Doe" is warned, with the role to write', () => {
    const found = rulesOf(replacing('related: []', 'related: []\ncommander: Jane Doe')).filter((f) => f.rule === 'schema/commander-person');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].text).toMatch(/commander is "Jane Doe", which reads as a person's name: .*write the role, e.g. commander: "IC: payments on-call"/);
  });
  test.each(['IC: payments on-call', 'Payments Incident Commander', 'SRE on-call'])('the role "%s" passes (control)', (role) => {
    expect(rulesOf(replacing('related: []', `related: []\ncommander: "${role}"`)).filter((f) => f.rule === 'schema/commander-person')).toEqual([]);
  });
});

describe('a file name whose day is not the day times.started gives (before: passed)', () => {
  // Round 43: said as consistency/file-day, the lint's rule, also where the lint does not run (here).
  test('2024-07-08-… for an incident started 2025-07-08 is warned, with both fixes', () => {
    const found = rulesOf((text) => text, 'postmortems/2024-07-08-checkout-config.mdx').filter((f) => f.rule === 'consistency/file-day');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].text).toMatch(/file name says 2024-07-08, but times\.started is 2025-07-08T17:45:00(?:\.000)?Z: .*rename the file to 2025-07-08-checkout-config \(keeping its extension.*correct times\.started/);
  });
  test.each(['postmortems/2025-07-09-checkout-config.mdx', 'postmortems/checkout-config.mdx'])('%s passes: a day apart (the local day of a UTC start), or no day in the name (control)', (name) => {
    expect(rulesOf((text) => text, name).filter((f) => f.rule === 'consistency/file-day')).toEqual([]);
  });
});

describe('the first entry of a list written without its "- " (before: the parser\'s words three times, or a fix that made another error)', () => {
  test.each([
    ['the dash deleted', '  - at: 2025-07-08T17:49:00Z', '  at: 2025-07-08T17:49:00Z', /line 23 \(`at: 2025-07-08T17:49:00Z`\) has no "- " before it, but it starts the first entry of timeline: the entries after it are list items \(line 26\)/],
    ['the dash made a space', '  - at: 2025-07-08T17:49:00Z', '    at: 2025-07-08T17:49:00Z', /line 23 .* has no "- " before it, but it starts the first entry of timeline/],
    ['the only action item\'s dash deleted', '  - id: AI-1', '  id: AI-1', /line 30 \(`id: AI-1`\) has no "- " before it, but it starts the first entry of actionItems: actionItems is a list/],
  ])('%s', (_, from, to, message) => {
    const errors = rulesOf(replacing(from, to)).filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].rule).toBe('frontmatter/yaml');
    expect(errors[0].text).toMatch(message);
    expect(errors[0].text).toMatch(/write "- " before it, the keys under it as they are: `  - /);
  });
  test('a later entry without its dash keeps round 21\'s words (control)', () => {
    const errors = rulesOf(replacing('  - at: 2025-07-08T17:55:00Z', '  at: 2025-07-08T17:55:00Z')).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.text)).toEqual([expect.stringMatching(/is a key, but the block it is in holds list items/)]);
  });
});

// Controls: inputs of kinds no earlier round named, said clearly on the commit before and since.
describe('frontmatter values of the wrong kind or case, said with the value to write (controls)', () => {
  const end = '  end: 2025-07-08T17:55:00Z';
  test.each([
    ['tags: [config/limits]', 'tags: [config]', 'tags: [config/limits]', /holds "\/" .*Did you mean "config"/],
    ['tags: ["#config"]', 'tags: [config]', 'tags: ["#config"]', /holds "#" .*Did you mean "config"/],
    ['services: [checkout api]', 'services: [checkout-api]', 'services: [checkout api]', /Did you mean "checkout-api"/],
    // Bad input round 53: an id in other letter case is said in one sentence with the id to write (was: its capitals named, then "did you mean").
    ['trigger: Configuration', 'trigger: configuration', 'trigger: Configuration', /^trigger category "Configuration" is configuration in other letter case.*Write configuration\./],
    ['priority: p1', 'priority: P1', 'priority: p1', /did you mean "P1"/],
    ['type: prevention', 'type: prevent', 'type: prevention', /write type: prevent/],
    ['action status: Done', 'status: done', 'status: Done', /did you mean "done"/],
    ['nearMiss: "false"', 'related: []', 'related: []\nnearMiss: "false"', /write false, without quotes/],
    ['drafted as a date-time', 'drafted: 2025-07-09', 'drafted: 2025-07-09T10:00:00Z', /the time of day is not written/],
    ['due before the incident', 'due: 2025-08-01', 'due: 2025-06-01', /cannot be due before the incident/],
    ['severity: 2', 'severity: SEV-2', 'severity: 2', /did you mean "SEV-2"/],
    ['downtimeMinutes: PT1H30M', end, `${end}\n  downtimeMinutes: PT1H30M`, /write 90 \(PT1H30M in minutes\)/],
    ['downtimeMinutes: 90 mins', end, `${end}\n  downtimeMinutes: 90 mins`, /write 90, without quotes or unit/],
    ['usersAffected: 1.5', end, `${end}\n  usersAffected: 1.5`, /must be a whole number/],
    ['revenueLost: "$12,000"', end, `${end}\n  revenueLost: "$12,000"`, /write 12000 if the comma groups thousands/],
    ['errorBudgetBurnedPercent: 150%', end, `${end}\n  errorBudgetBurnedPercent: 150%`, /write 150, without quotes or unit/],
    ['an impact window ending before it starts', end, '  end: 2025-07-08T17:40:00Z', /impact\.end .* must be after impact\.start/],
    ['related: itself', 'related: []', 'related: [2025-07-08-checkout-config]', /lists this postmortem itself/],
    ['title with a BEL escape', 'title: Checkout errors after a config push', 'title: "Checkout\\a errors after a config push"', /control character U\+0007/],
    ['summary as a map', 'summary: A configuration push lowered a limit and checkout failed for 10 minutes. Reverting fixed it.', 'summary:\n  text: A push failed.', /written as a set of keys[\s\S]*write summary: A push failed\./],
    ['statusPage without its scheme', 'related: []', 'related: []\nstatusPage: status.acme.example/incidents/1', /write "https:\/\/status\.acme\.example\/incidents\/1"/],
    ['an action item owned by two teams', 'owner: checkout', 'owner: [checkout, payments]', /has one owner team/],
    ['security: yes', 'related: []', 'related: []\nsecurity: yes', /must be a set of keys/],
  ])('%s', (_, from, to, message) => {
    const errors = rulesOf(replacing(from, to)).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.text)).toEqual([expect.stringMatching(message)]);
  });
});

describe('file names and settings (controls)', () => {
  test.each([
    ['a zero-width space', 'postmortems/2025-07-08-check\u200bout-config.mdx', /U\+200B.*rename the file to 2025-07-08-check-out-config\.mdx/],
    ['an emoji', 'postmortems/2025-07-08-🔥-checkout-config.mdx', /\(🔥\).*rename the file to 2025-07-08-checkout-config\.mdx/],
    ['a right-to-left override', 'postmortems/2025-07-08-checkout\u202Egifnoc.mdx', /U\+202E/],
  ])('a file name with %s', (_, name, message) => {
    expect(rulesOf((text) => text, name).filter((f) => f.rule === 'file/name').map((f) => f.text)).toEqual([expect.stringMatching(message)]);
  });
  test.each([
    [{ redcation: { people: ['Jane Doe'] } }, /Did you mean "redaction" for "redcation"\?/],
    [{ redaction: [] }, /redaction must be an object of options/],
    [{ organisation: 42 }, /organisation must be text in quotes \(got 42\)/],
    [{ sites: { internal: { title: 'Acme KB', url: 'https://incidents.acme.internal' }, public: { title: 'Acme History', url: 'https://incidents.acme.internal' } } }, /name the same host/],
  ])('site.config.ts %j', (extra, message) => {
    expect(configRefusal(extra)).toMatch(message);
  });
});
