// Bad input, round 23: round 22's leftovers and inputs no earlier round tried (docs/rules.md, "Bad
// input round 23"). Each test asserts what the commit before did not do; the controls, what passes
// unchanged. In-process only: no command is started.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { constants, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgsOnce } from '../../scripts/lib/command-line.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { findingsAfterEditingGoodInput, errorsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { configRefusal, minimalKbConfig } from '../support/kb-config-refusal.ts';
import { loadKbConfig } from '../../src/lib/kb-config.ts';
import { resolveAsOfDate } from '../../src/lib/as-of.ts';
import { newFileWriteProblem } from '../../scripts/lib/output-folder.ts';

describe('only the arguments a command declares as paths are read from the folder it was typed in (round 22 read every value so)', () => {
  let caller: string;
  const saved = { json: process.env.npm_package_json, init: process.env.INIT_CWD };
  beforeEach(() => {
    caller = mkdtempSync(join(tmpdir(), 'kb-caller-'));
    for (const folder of ['postmortems', 'acme/kb', 'main', 'sync', 'Europe/Berlin']) mkdirSync(join(caller, folder), { recursive: true });
    writeFileSync(join(caller, 'r.md'), '# report');
    // As npm starts a script: in the project's folder, naming the folder it was typed in.
    process.env.npm_package_json = resolve('package.json');
    process.env.INIT_CWD = caller;
  });
  afterEach(() => {
    rmSync(caller, { recursive: true, force: true });
    for (const [key, value] of [['npm_package_json', saved.json], ['INIT_CWD', saved.init]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  test.each([
    ['new --title postmortems', ['--title', 'postmortems'], { title: { type: 'string' } }, {}, { title: 'postmortems' }, []],
    ['follow-ups export --repo acme/kb', ['export', '--repo', 'acme/kb'], { repo: { type: 'string' }, out: { type: 'string' } }, { options: ['out'], positionals: { from: 1 } }, { repo: 'acme/kb' }, ['export']],
    ['public-diff --base main', ['--base', 'main'], { base: { type: 'string' } }, {}, { base: 'main' }, []],
    ['import r.md --timezone Europe/Berlin', ['r.md', '--timezone', 'Europe/Berlin'], { timezone: { type: 'string' } }, { positionals: true }, { timezone: 'Europe/Berlin' }, ['<caller>/r.md']],
    ['follow-ups sync r.md (the command word kept)', ['sync', 'r.md'], { out: { type: 'string' } }, { options: ['out'], positionals: { from: 1 } }, {}, ['sync', '<caller>/r.md']],
  ] as const)('%s', (_, args, options, paths, values, positionals) => {
    const parsed = parseArgsOnce({ args: [...args], options, allowPositionals: true } as Parameters<typeof parseArgsOnce>[0], paths as Parameters<typeof parseArgsOnce>[1]);
    expect(parsed.values).toEqual(values);
    expect(parsed.positionals).toEqual(positionals.map((p) => p.replace('<caller>', caller)));
  });
});

describe('a web address given where a command reads a file (before: "there is no file https:/…")', () => {
  const refusal = (args: string[], options: object, paths: object) => {
    try {
      parseArgsOnce({ args, options, allowPositionals: true } as never, paths);
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  };
  test.each([
    [['https://status.acme.example/history.atom'], {}, { positionals: true }, /the argument "https:\/\/status\.acme\.example\/history\.atom" is a web address.*curl -fLo history\.atom/],
    [['r.md', '--out', 'https://drafts.example/'], { out: { type: 'string' } }, { options: ['out'], positionals: true }, /--out "https:\/\/drafts\.example\/" is a web address/],
    [['--chat', 's3://bucket/chat.txt'], { chat: { type: 'string', multiple: true } }, { options: ['chat'] }, /--chat "s3:\/\/bucket\/chat\.txt" is a web address/],
    [['file:///srv/kb/content/postmortems/x.mdx'], {}, { positionals: true }, /is a file:\/\/ address; give the file's path instead: \/srv\/kb\/content\/postmortems\/x\.mdx\./],
  ])('%j', (args, options, paths, message) => {
    expect(refusal(args, options, paths)).toMatch(message);
  });
  test('control: an address in a value that is not a path (a title) is taken', () => {
    expect(refusal(['--title', 'https://status page down'], { title: { type: 'string' } }, {})).toBeUndefined();
  });
});

describe('an incident start before 1970 (round 22 took 1969 and 1900, and the Unix epoch, as any date)', () => {
  const started = '  started: 2025-07-08T17:45:00Z';
  test.each([
    ['1969-07-20T20:17:00Z', /times\.started \(1969-07-20T20:17:00Z\) is before 1970.*set historical: true/],
    ['1900-01-01T00:00:00Z', /is before 1970/],
    ['1970-01-01T00:00:00Z', /is exactly 1970-01-01T00:00:00Z, the Unix epoch \(time 0\), which a tool writes when it has no date/],
    ['1969-12-31T16:00:00-08:00', /the Unix epoch/], // time 0 written in California
  ])('started: %s', (at, message) => {
    const errors = errorsAfterEditingGoodInput(replacing(started, `  started: ${at}`));
    expect(errors.filter((e) => e.field === 'times.started').map((e) => e.message)).toEqual([expect.stringMatching(message)]);
  });
  test('control: a historical record may be older', () => {
    const errors = errorsAfterEditingGoodInput((text) => replacing(started, '  started: 1969-07-20T20:17:00Z')(text).replace('severity: SEV-2', 'severity: SEV-2\nhistorical: true').replace('due: 2025-08-01', 'due: 1969-08-01'));
    expect(errors.filter((e) => e.field === 'times.started')).toEqual([]);
  });
  test('control: 1970-01-02 is taken', () => {
    expect(errorsAfterEditingGoodInput((text) => text.replaceAll('2025-07-08T', '1970-01-02T').replace('drafted: 2025-07-09', 'drafted: 1970-01-03').replace('published: 2025-07-12', 'published: 1970-01-04').replace('due: 2025-08-01', 'due: 1970-02-01')).filter((e) => e.field === 'times.started')).toEqual([]);
  });
});

describe('two postmortems of one service whose windows overlap but start apart (round 22: no word; corpus/same-incident compares the start minute)', () => {
  const fixture = readFileSync(join(import.meta.dirname, '../fixtures/good-input', goodInputPostmortem), 'utf8');
  const fiveMinutesLater = (text: string) => text.replace(/2025-07-08T(\d\d):(\d\d):00Z/g, (_, h, m) => new Date(Date.UTC(2025, 6, 8, Number(h), Number(m) + 5)).toISOString().replace('.000Z', 'Z'));
  const withSecond = (text: string) => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems/2025-07-08-checkout-pool.mdx'), text.replace(/^title: .*$/m, 'title: Checkout pool exhausted'));
    return validateCorpus(dir).findings.filter((f) => f.rule.startsWith('corpus/'));
  };
  test('a second one starting 5 minutes later is said, naming the other and the fix', () => {
    const [finding, ...rest] = withSecond(fiveMinutesLater(fixture));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'corpus/overlapping-incident', severity: 'warning', field: 'impact.start', file: expect.stringMatching(/checkout-pool\.mdx$/) });
    expect(finding.message).toMatch(/window of checkout-api \(2025-07-08T17:50:00Z to 2025-07-08T18:00:00Z\) overlaps that of .*checkout-config\.mdx/);
    expect(finding.fix).toMatch(/add 2025-07-08-checkout-config to this postmortem's related/);
  });
  test.each([
    ['naming the other in related', (t: string) => fiveMinutesLater(t).replace('related: []', 'related: [2025-07-08-checkout-config]')],
    ['a day later', (t: string) => t.replaceAll('2025-07-08T', '2025-07-09T')],
    ['another service', (t: string) => fiveMinutesLater(t).replace('services: [checkout-api]', 'services: [search]')],
    ['starting when the first ended', (t: string) => t.replace(/start: 2025-07-08T17:45:00Z/, 'start: 2025-07-08T17:55:00Z').replace(/end: 2025-07-08T17:55:00Z/, 'end: 2025-07-08T18:05:00Z')],
  ])('control: %s', (_, change) => {
    expect(withSecond(change(fixture)).filter((f) => f.rule === 'corpus/overlapping-incident')).toEqual([]);
  });
});

describe('site.config.ts and the environment: a content folder that is an address, ~ in KB_CONTENT_DIR, public names that allow nothing', () => {
  test.each([
    [{ contentDir: 'https://git.acme.example/kb/content' }, /contentDir is "https:\/\/git\.acme\.example\/kb\/content", a web address/],
    [{ contentDir: 'file:///srv/kb/content' }, /contentDir is "file:\/\/\/srv\/kb\/content", a file:\/\/ address: write the folder's path \("\/srv\/kb\/content"\)/],
    [{ redaction: { publicNames: ['.'] } }, /redaction\.publicNames\[0\] is "\.": names are allowed whole/],
    [{ redaction: { publicNames: ['*'] } }, /redaction\.publicNames\[0\] is "\*"/],
    [{ redaction: { publicNames: ['a'] } }, /redaction\.publicNames\[0\] is "a"/],
  ])('%j', (extra, message) => {
    expect(configRefusal(extra)).toMatch(message);
  });
  test.each([
    ['~/kb', /KB_CONTENT_DIR is "~\/kb": ~ is not read as your home folder here/],
    ['https://git.acme.example/kb', /KB_CONTENT_DIR is "https:\/\/git\.acme\.example\/kb", a web address/],
  ])('KB_CONTENT_DIR=%s', (value, message) => {
    expect(() => loadKbConfig(minimalKbConfig, { KB_CONTENT_DIR: value }, { fileExists: () => false })).toThrow(message);
  });
  test('control: KB_CONTENT_DIR naming a folder, and a public name of two letters, are taken', () => {
    expect(loadKbConfig({ ...minimalKbConfig, redaction: { publicNames: ['S3'] } }, { KB_CONTENT_DIR: '/srv/kb' }, { fileExists: () => false }).contentDir).toBe('/srv/kb');
  });
});

describe('controls: inputs of this round said clearly, or left rightly, before it', () => {
  const title = 'title: Checkout errors after a config push';
  const minutes = (value: string) => replacing('  end: 2025-07-08T17:55:00Z', `  end: 2025-07-08T17:55:00Z\n  downtimeMinutes: ${value}`);
  test.each([
    ['historical: on', replacing('severity: SEV-2', 'severity: SEV-2\nhistorical: on'), 'schema/type'],
    ['downtimeMinutes: 0x1E', minutes('0x1E'), 'schema/invalid'],
    ['downtimeMinutes: .inf', minutes('.inf'), 'schema/type'],
    ['downtimeMinutes: 1_000', minutes('1_000'), 'schema/type'],
    ['title: ~', replacing(title, 'title: ~'), 'schema/type'],
    ['an escaped tab in the title', replacing(title, 'title: "Checkout\\terrors after a config push"'), 'schema/plain-text'],
    ['!!timestamp', replacing('  started: 2025-07-08T17:45:00Z', '  started: !!timestamp 2025-07-08T17:45:00Z'), 'frontmatter/yaml'],
    ['Title: capitalised', replacing(title, 'Title: Checkout errors after a config push'), 'schema/unknown-key'],
    ['an explicit key (? title)', replacing(title, '? title\n: Checkout errors after a config push'), undefined],
    ['a quoted key', replacing(title, '"title": Checkout errors after a config push'), undefined],
    ['downtimeMinutes: 010 (YAML 1.2: ten)', minutes('010'), undefined],
  ])('%s', (_, change, rule) => {
    const errors = errorsAfterEditingGoodInput(change);
    if (rule) expect(errors.map((e) => e.rule)).toContain(rule);
    else expect(errors).toEqual([]);
  });

  test.each([
    ['._2025-07-08-checkout-config.mdx', Buffer.from([0, 5, 22, 7, 0, 2, 0, 0])], // macOS AppleDouble
    ['2025-07-08-checkout-config.mdx~', 'backup'],
    ['.2025-07-08-checkout-config.mdx.swp', 'b0VIM 9.0\0'],
    ['2025-07-08-checkout-config.mdx.orig', 'merge leftover'],
    ['.DS_Store', Buffer.from([0, 0, 0, 1])],
    ['Thumbs.db', Buffer.from([0xd0, 0xcf, 0x11, 0xe0])],
  ])('an editor or file manager\'s %s beside the postmortem is not read', (name, content) => {
    expect(findingsAfterEditingGoodInput((text) => text, goodInputPostmortem)).toEqual([]);
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems', name), content);
    expect(validateCorpus(dir).findings).toEqual([]);
  });

  test('an Emacs lock file (a link to nowhere) and an empty folder are not read', () => {
    const dir = makeContentFromFixture('good-input');
    symlinkSync('me@host.1234:1700000000', join(dir, 'postmortems/.#2025-07-08-checkout-config.mdx'));
    mkdirSync(join(dir, 'postmortems/2024'));
    expect(validateCorpus(dir).findings).toEqual([]);
  });
});

describe('two commands at once: a new file written meanwhile by the other (before: "is a file, or inside one, not a folder", and `new` a stack trace)', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'kb-two-runs-'));
  const failure = (write: () => void) => {
    try {
      write();
    } catch (error) {
      return error;
    }
    throw new Error('expected the write to fail');
  };
  test('the draft file there already is said as written meanwhile, not overwritten', () => {
    const file = join(folder(), '2025-07-08-checkout.mdx');
    writeFileSync(file, 'the other run');
    const problem = newFileWriteProblem(failure(() => writeFileSync(file, 'this run', { flag: 'wx' })), file);
    expect(problem).toMatch(/2025-07-08-checkout\.mdx was written meanwhile by another command \(two runs at once\?\).*not overwritten/);
    expect(readFileSync(file, 'utf8')).toBe('the other run');
  });
  test('an image copied meanwhile alike', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.png'), 'a');
    writeFileSync(join(dir, 'b.png'), 'b');
    expect(newFileWriteProblem(failure(() => copyFileSync(join(dir, 'a.png'), join(dir, 'b.png'), constants.COPYFILE_EXCL)), join(dir, 'b.png'))).toMatch(/written meanwhile/);
  });
  test('control: a folder that is a file is still said so', () => {
    const out = join(folder(), 'drafts');
    writeFileSync(out, '');
    expect(newFileWriteProblem(failure(() => mkdirSync(out, { recursive: true })), join(out, 'x.mdx'))).toBe('is a file, or inside one, not a folder');
  });
});

describe('the machine\'s language and zone do not change what is built (deterministic output)', () => {
  // Node takes its default collation from LANG: under da_DK "aa-db" sorted after "zeta" (aa is å
  // in Danish), under sv_SE "ångström" after "zeta", so a list built on one laptop was ordered
  // otherwise than on CI. Every comparison names its locale; the browser's search sorts for its reader.
  test('no localeCompare of the build or the commands leaves the locale to the machine', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory() ? files(join(dir, entry.name)) : /\.(?:ts|astro|mjs)$/.test(entry.name) ? [join(dir, entry.name)] : []);
    const unnamed = ['src', 'scripts'].flatMap((dir) => files(resolve(dir))).filter((file) => !file.includes(`${join('src', 'scripts')}/`))
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line, i) => [file, i + 1, line] as const))
      .filter(([, , line]) => /localeCompare\([^,()]*(?:\([^()]*\))?[^,()]*\)/.test(line))
      .map(([file, line]) => `${file}:${line}`);
    expect(unnamed).toEqual([]);
  });
  test('control: another TZ leaves the findings and "today" as they are (every date is read and written in UTC)', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: another day than UTC for 14 hours of each
      const findings = findingsAfterEditingGoodInput((text) => text);
      expect(findings).toEqual([]);
      expect(resolveAsOfDate({}, new Date('2026-01-01T23:30:00Z'))).toBe('2026-01-01');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
