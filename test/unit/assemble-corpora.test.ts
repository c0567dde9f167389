import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  authorFullNames,
  collectionReadme,
  globToRegExp,
  indexLine,
  isKeptForIndependentChecks,
  mergeIndex,
  parseCorpusManifest,
  selectPaths,
  type CorpusEntry,
} from '../../scripts/lib/corpus-manifest.ts';

// Names, repositories and reports invented for the test.
const commit = 'a'.repeat(40);
const entry = (fields: Record<string, unknown> = {}) => ({
  name: 'lantern-outages',
  repo: 'lantern-example/outage-notes',
  commit,
  paths: ['reports/*.md'],
  licence: 'MIT',
  what: 'an invented lighting co-op\'s outage notes',
  ...fields,
});
const parse = (items: unknown) => parseCorpusManifest(JSON.stringify(items), 'manifest.json');

describe('parseCorpusManifest', () => {
  test('reads an entry, exclude defaulting to none', () => {
    expect(parse([entry({ exclude: ['reports/empty.md'] }), entry({ name: 'second' })])).toEqual([
      { ...entry(), exclude: ['reports/empty.md'] },
      { ...entry({ name: 'second' }), exclude: [] },
    ]);
  });

  test('refuses each repository kept for independent checks, in any letter case', () => {
    for (const repo of ['dfds/postmortems', 'posthog/POST-MORTEMS', 'IntelligentDDS/Post-mortems-Analysis']) {
      expect(() => parse([entry({ repo })])).toThrow(/kept for independent checks.*remove it from the manifest/);
    }
    expect(isKeptForIndependentChecks('dfds/postmortems-other')).toBe(false);
  });

  test.each([
    [[entry({ commit: 'abc1234' })], /collection 1 \(lantern-outages\): "commit" must be the full 40-digit commit/],
    [[entry({ paths: [] })], /"paths" must be a non-empty array of path globs/],
    [[entry({ paths: ['../outside/*.md'] })], /must be a path inside the repository/],
    [[entry({ repo: 'no-owner' })], /"repo" must be owner\/name/],
    [[entry(), entry()], /collection 2 \(lantern-outages\): "name" lantern-outages is already collection 1/],
    [[entry({ name: '_meta' })], /"name" must be a folder name/],
    [[entry({ licence: '' })], /"licence" must be a non-empty string/],
    [[entry({ source: 'x' })], /unknown field "source"/],
    [{ name: 'x' }, /manifest.json: the manifest must be a JSON array/],
  ])('names file, entry and field of a mistake (%#)', (items, message) => {
    expect(() => parse(items)).toThrow(message);
  });

  test('says the file of text that is not JSON', () => {
    expect(() => parseCorpusManifest('[{', 'corpora.json')).toThrow(/^corpora\.json: not JSON/);
  });

  test('the repository\'s manifest parses and lists no source kept for independent checks', () => {
    const file = resolve(import.meta.dirname, '../../scripts/corpora-manifest.json');
    const entries = parseCorpusManifest(readFileSync(file, 'utf8'), file);
    expect(entries.map((item) => item.name)).toEqual(expect.arrayContaining(['2i2c', 'chia', 'portswigger', 'nodejs-build-docs', 'off-infra', 'ethereum-pm', 'metakgp-mftp']));
    expect(entries.filter((item) => isKeptForIndependentChecks(item.repo))).toEqual([]);
  });
});

describe('globToRegExp', () => {
  test.each([
    ['reports/*.md', 'reports/2024-01-02-fuse.md', true],
    ['reports/*.md', 'reports/old/2019-fuse.md', false],
    ['reports/**', 'reports/old/2019-fuse.md', true],
    ['20*/**/*.md', '2023/07/feeder.md', true],
    ['20*/**/*.md', '2023/feeder.md', true],
    ['notes/?.md', 'notes/a.md', true],
    ['notes/?.md', 'notes/ab.md', false],
    ['a.md', 'aXmd', false],
    ['**', 'any/depth/file.txt', true],
  ])('%s against %s: %s', (glob, path, matches) => {
    expect(globToRegExp(glob).test(path)).toBe(matches);
  });
});

describe('on a tiny git repository made here', () => {
  let root: string;
  let gitDir: string;
  let head: string;
  const script = resolve(import.meta.dirname, '../../scripts/assemble-corpora.ts');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: join(root, 'work'), encoding: 'utf8' });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'assemble-corpora-'));
    const files: Record<string, string> = {
      'README.md': '# Outage notes\n',
      'LICENSE': 'MIT\n',
      'reports/2024-03-01-feeder-trip.md': '# Feeder trip\n\nThe north feeder tripped.\n',
      'reports/2024-05-09-meter-sync.md': '# Meter sync\n',
      'reports/images/trip.png': 'not really a picture',
      'tools/render.py': 'print("x")\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, 'work', path, '..'), { recursive: true });
      writeFileSync(join(root, 'work', path), text);
    }
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=Oskar Lindqvist', '-c', 'user.email=oskar@example.invalid', 'commit', '-q', '-m', 'notes');
    git('-c', 'user.name=lantern-bot[bot]', '-c', 'user.email=bot@example.invalid', 'commit', '-q', '--allow-empty', '-m', 'bot');
    head = git('rev-parse', 'HEAD').trim();
    // Where the fetch tool puts github:lantern-example/outage-notes.
    gitDir = join(root, 'mirrors', 'lantern-example+outage-notes', 'repo');
    mkdirSync(join(gitDir, '..'), { recursive: true });
    execFileSync('git', ['clone', '-q', '--bare', join(root, 'work'), gitDir]);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('selectPaths takes the globs\' files of the tree and leaves the excluded out', () => {
    const all = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', head], { encoding: 'utf8' }).trim().split('\n');
    expect(selectPaths(all, ['README.md', 'reports/**'], ['reports/images/**'])).toEqual(['README.md', 'reports/2024-03-01-feeder-trip.md', 'reports/2024-05-09-meter-sync.md']);
    expect(selectPaths(all, ['reports/*.md'])).toEqual(['reports/2024-03-01-feeder-trip.md', 'reports/2024-05-09-meter-sync.md']);
  });

  test('the script copies the collection, its README.txt, its INDEX.txt line and the authors\' full names; a missing mirror names the fetch', () => {
    const manifest = join(root, 'manifest.json');
    writeFileSync(manifest, JSON.stringify([
      entry({ commit: head, paths: ['reports/**'], exclude: ['reports/images/**'] }),
      entry({ name: 'absent', repo: 'nobody-example/absent-notes' }),
    ]));
    const out = join(root, 'corpora');
    mkdirSync(out);
    writeFileSync(join(out, 'INDEX.txt'), 'earlier\tsomeone/else\t.\t' + 'b'.repeat(40) + '\tkept as it was\n');
    const run = spawnSync(process.execPath, [script, '--manifest', manifest, '--mirrors', join(root, 'mirrors'), '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('absent: no mirror of nobody-example/absent-notes');
    expect(run.stderr).toContain('fetch github:nobody-example/absent-notes');
    expect(readFileSync(join(out, 'lantern-outages/reports/2024-03-01-feeder-trip.md'), 'utf8')).toBe('# Feeder trip\n\nThe north feeder tripped.\n');
    expect(existsSync(join(out, 'lantern-outages/reports/images/trip.png'))).toBe(false);
    expect(existsSync(join(out, 'lantern-outages/README.md'))).toBe(false);
    expect(readFileSync(join(out, 'lantern-outages/README.txt'), 'utf8')).toContain(`Commit: ${head}`);
    expect(readFileSync(join(out, 'INDEX.txt'), 'utf8').split('\n')).toEqual([
      'earlier\tsomeone/else\t.\t' + 'b'.repeat(40) + '\tkept as it was',
      `lantern-outages\tlantern-example/outage-notes\treports/**\t${head}\tan invented lighting co-op's outage notes`,
      '',
    ]);
    expect(readFileSync(join(out, '_meta/git-author-full-names.txt'), 'utf8')).toBe('Oskar Lindqvist\n');
  });

  test('the script refuses a manifest naming a source kept for independent checks, writing nothing', () => {
    const manifest = join(root, 'kept.json');
    writeFileSync(manifest, JSON.stringify([entry({ repo: 'PostHog/post-mortems' })]));
    const out = join(root, 'kept-out');
    const run = spawnSync(process.execPath, [script, '--manifest', manifest, '--mirrors', join(root, 'mirrors'), '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PostHog/post-mortems is kept for independent checks');
    expect(existsSync(out)).toBe(false);
  });
});

describe('the written files', () => {
  const parsed: CorpusEntry = { ...entry(), exclude: ['reports/empty.md'] } as CorpusEntry;

  test('an INDEX.txt line is name, repository, paths, commit and what, tab-separated', () => {
    expect(indexLine(parsed)).toBe(`lantern-outages\tlantern-example/outage-notes\treports/*.md\t${commit}\tan invented lighting co-op's outage notes`);
  });

  test('mergeIndex replaces the collection\'s older line in place and appends new ones', () => {
    const older = `lantern-outages\tlantern-example/outage-notes\told/*.md\t${'c'.repeat(40)}\tolder\n`;
    const merged = mergeIndex(`first\tx/y\t.\t${'d'.repeat(40)}\tkept\n${older}\n`, [parsed, { ...parsed, name: 'new-one' }]);
    expect(merged.split('\n')).toEqual([`first\tx/y\t.\t${'d'.repeat(40)}\tkept`, indexLine(parsed), indexLine({ ...parsed, name: 'new-one' }), '']);
  });

  test('README.txt names repository, commit, paths with the exclusions, licence and count', () => {
    const readme = collectionReadme(parsed, ['reports/a.md', 'reports/b.md']);
    expect(readme).toContain('Repository: https://github.com/lantern-example/outage-notes');
    expect(readme).toContain('Paths: reports/*.md (without reports/empty.md)');
    expect(readme).toContain('Licence: MIT');
    expect(readme).toContain('Files: 2,');
    expect(readme).not.toContain('absent');
    expect(collectionReadme(parsed, ['reports/a.md'], ['reports/huge.log'])).toContain('absent from its mirror (large files a snapshot leaves out): reports/huge.log');
  });

  test('authorFullNames keeps people of two words or more, once each, without bots and handles', () => {
    expect(authorFullNames(['Oskar Lindqvist', 'oskarl', 'Oskar  Lindqvist', 'dependabot[bot]', 'GitHub Action', 'Renovate Bot', 'Ines de la Fuente', '', 'Web Flow <noreply>']))
      .toEqual(['Ines de la Fuente', 'Oskar Lindqvist']);
    // Tool accounts whose words the guard would read as given names ("Lanterns" held a post).
    expect(authorFullNames(['Lanterns Submit Queue', 'Lanterns Prow Robot', 'meter-sync.sh helper script', 'Ledger Sync', 'Ferrule Build', 'Not Applicable', 'unknown unknown', 'Quillon Agent', 'img src=x onerror=alert(1)', 'Kamil Osei (kam193)']))
      .toEqual(['Kamil Osei (kam193)']);
  });
});
