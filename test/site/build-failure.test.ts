import { describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildSite, projectRoot, testOutputDir, type SiteBuild } from '../support/build-site.ts';

const example = 'postmortems/2025-03-14-orders-migration-lock.mdx';

/** A copy of the example vocabularies with the one complete example postmortem, edited by `breakIt`. */
function makeContent(name: string, breakIt: (source: string) => string): string {
  const dir = resolve(testOutputDir, 'content', name);
  mkdirSync(join(dir, 'postmortems'), { recursive: true });
  for (const file of ['services.yaml', 'teams.yaml', 'tags.yaml', 'triggers.yaml']) {
    cpSync(join(projectRoot, 'content', file), join(dir, file));
  }
  const source = readFileSync(join(projectRoot, 'content', example), 'utf8');
  writeFileSync(join(dir, example), breakIt(source));
  return dir;
}

/** The file of one fault's copy of the example, in a folder of faults (`faultBuild`). */
function faultFile(fault: string): string {
  return `postmortems/2025-03-14-orders-migration-lock-${fault}.mdx`;
}

interface FaultBuild extends SiteBuild {
  contentDir: string;
}

/**
 * Faults that the same stage of the build finds, each in a copy of the example of its own, built
 * once (suite time, session 49: the file's 16 builds are 10). A stage checks every post and prints
 * every error it found before it stops the build (the worker's validation; the loader's bodies since
 * session 49), so each fault is said as in a build of its own. Faults of different stages keep builds
 * of their own: a stage that stops the build stops it before the next stage reads anything.
 * Each test asserts its own post's line and that it is an error: the stage stops the build on any
 * error (kb-worker.ts, postmortem-loader.ts), which every build here shows (status 1, nothing
 * written), and a fault alone stops it too (the alias, index-after and leak cases).
 * `prepare` edits the folder (or the output folder) before the build. Built on first use.
 */
function faultBuild(name: string, variant: 'internal' | 'public', faults: Record<string, (source: string) => string>, prepare?: (contentDir: string, outDir: string) => void): () => FaultBuild {
  let built: FaultBuild | undefined;
  return () => {
    if (built) return built;
    // A link left by an earlier run would have the copies written through it: start afresh.
    rmSync(resolve(testOutputDir, 'content', name), { recursive: true, force: true });
    const contentDir = makeContent(name, (s) => s);
    const source = readFileSync(join(contentDir, example), 'utf8');
    rmSync(join(contentDir, example));
    for (const [fault, breakIt] of Object.entries(faults)) writeFileSync(join(contentDir, faultFile(fault)), breakIt(source));
    const outDir = resolve(testOutputDir, `${name}-build`);
    prepare?.(contentDir, outDir);
    built = { ...buildSite({ contentDir, outDir, variant }), contentDir };
    return built;
  };
}

/** The lines of a build's output that name a fault's file. */
function linesOf(build: SiteBuild, fault: string): string {
  const file = faultFile(fault).replace(/^postmortems\//, '');
  return build.output.split('\n').filter((line) => line.includes(file)).join('\n');
}

const deepList = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
const withDeepList = (s: string) => s.replace('\n## ', `\n${deepList}\n\n## `);
/** Lines of the example the deep list's error names: the list's first item, its 65th level. */
const deepListLine = (source: string) => source.split('\n').indexOf('- item') + 1 + 64;

/** Faults the internal build's validation finds (the worker, before Astro renders a page). */
const validatedInternal = faultBuild('validation-faults', 'internal', {
  'unknown-service': (s) => s.replace('services: [checkout-api, orders-db]', 'services: [checkout-ap, orders-db]'),
  'image-outside': (s) => `${s}\n![host](../../../../../../../../../../etc/hostname)\n`,
  'absolute-image': (s) => `${s}\n![passwd](/etc/passwd)\n`,
  'bad-image': (s) => s.replace('\n## ', '\n![Lock waits](./media/lock-waits.png)\n\n## '),
  'deep-nesting': withDeepList,
}, (contentDir, outDir) => {
  mkdirSync(join(contentDir, 'postmortems/media'), { recursive: true });
  writeFileSync(join(contentDir, 'postmortems/media/lock-waits.png'), 'an export that went wrong');
  // The output of an earlier build, which a failed build removes.
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'stale output of an earlier build');
});

/** Where the linked postmortem's file is: outside every content folder. */
const outside = resolve(testOutputDir, 'outside-the-content-folder.mdx');

/** Faults the public build's validation finds. */
const validatedPublic = faultBuild('validation-faults-public', 'public', {
  'linked-outside': (s) => s,
  'deep-nesting': withDeepList,
}, (contentDir) => {
  rmSync(outside, { force: true });
  renameSync(join(contentDir, faultFile('linked-outside')), outside);
  symlinkSync(outside, join(contentDir, faultFile('linked-outside')));
});

/** Faults of bodies the internal build's loader refuses (after validation passed). */
const loadedInternal = faultBuild('body-faults', 'internal', {
  'seven-hashes': (s) => `${s}\n####### Details of the lock\n`,
  'invalid-mdx': (s) => s.replace('</Internal>', '</Internl>'),
});

/**
 * Faults of the public build's two later stages, built together (suite time, session 50): an
 * `<Internal>` inside a `<PublicOnly>`, on which the loader stops, and a leak in a source's public
 * text, which the worker's scan of the sources finds beside the loader. The loader waits for that
 * scan before it stops (postmortem-loader.ts, `publicationScanStop`): its findings and its stop
 * are printed, then the build stops on the body, as the body alone stops it. That the scan alone
 * stops a public build is redaction-canary.test.ts's leaking build.
 */
const publicStages = faultBuild('public-stage-faults', 'public', {
  'shown-nowhere': (s) => s.replace('\n## ', '\n<PublicOnly>\nSorry.\n\n<Internal>\nzqxnested\n</Internal>\n</PublicOnly>\n\n## '),
  'public-leak': (s) => s.replace(/\n## /, '\nSee https://grafana.ops.internal/d/orders for the graphs.\n\n## '),
});

/** The line of a fault's copy that holds `text` (1-based). */
function lineOf(build: FaultBuild, fault: string, text: string): number {
  return readFileSync(join(build.contentDir, faultFile(fault)), 'utf8').split('\n').indexOf(text) + 1;
}

describe('npm run build on bad input', () => {
  test('fails with file, field, value and fix, and leaves no output folder behind', () => {
    const build = validatedInternal();
    const { outDir } = build;
    expect(build.status).toBe(1);
    expect(build.output).toContain('2025-03-14-orders-migration-lock-unknown-service.mdx:10:12');
    expect(build.output).toContain('unknown service "checkout-ap"');
    expect(build.output).toContain('Did you mean "checkout-api"?');
    expect(linesOf(build, 'unknown-service')).toContain(':10:12  error  vocabulary/unknown');
    expect(existsSync(outDir)).toBe(false);
    // The earlier output is gone too, not merely moved aside.
    for (const work of ['staging', 'search', 'similar.json', 'previous']) expect(existsSync(`${outDir}.${work}`), work).toBe(false);
  });

  test('a vocabulary whose aliases expand exponentially fails the build with its line and fix, not a stack trace (bad input round 4)', () => {
    const contentDir = makeContent('alias-bomb', (s) => s);
    const levels = 'abcdefghi';
    writeFileSync(join(contentDir, 'tags.yaml'), ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...levels.slice(1).split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${levels[i]}`).join(',')}]`)].join('\n') + '\n');
    const outDir = resolve(testOutputDir, 'alias-bomb-build');
    const build = buildSite({ contentDir, outDir });
    expect(build.status).toBe(1);
    expect(build.output).toContain('tags.yaml:2:8  error  vocabulary/file  not valid YAML: aliases (*name) repeat an anchor (&name) so often that the data would not fit in memory.');
    expect(build.output).toContain('fix: write the values out instead of repeating them through aliases.');
    expect(build.output).not.toMatch(/\n\s+at /);
    expect(existsSync(outDir)).toBe(false);
  });

  test('a line of seven # (shown as text, it was check only) fails the build at its line, and an image outside the content folder before Astro starts (bad input round 5)', () => {
    const build = loadedInternal();
    const line = lineOf(build, 'seven-hashes', '####### Details of the lock');
    expect(build.status).toBe(1);
    expect(build.output).toContain(`2025-03-14-orders-migration-lock-seven-hashes.mdx:${line}:1`);
    expect(build.output).toContain('a line starting with 7 # is no heading');
    expect(build.output).not.toMatch(/\n\s+at /);
    const imageBuild = validatedInternal();
    expect(imageBuild.status).toBe(1);
    expect(imageBuild.output).toContain('mdx/bad-image');
    expect(imageBuild.output).toContain('is outside the content folder');
    expect(linesOf(imageBuild, 'image-outside')).toMatch(/:\d+:1  error  mdx\/bad-image  the image "[./]+etc\/hostname" \(host\) is outside the content folder/);
    expect(existsSync(imageBuild.outDir)).toBe(false);
  });

  test('an image by an absolute path no file of public/ has, and a postmortem linked from outside the content folder, fail both builds before Astro starts (bad input round 6)', () => {
    const build = validatedInternal();
    const line = lineOf(build, 'absolute-image', '![passwd](/etc/passwd)');
    expect(build.status).toBe(1);
    expect(build.output).toContain(`2025-03-14-orders-migration-lock-absolute-image.mdx:${line}:1  error  mdx/missing-image  the image "/etc/passwd" (passwd) starts with /, so the site loads it from its own root, the project's public folder, where there is no file`);
    expect(build.output).not.toMatch(/\n\s+at /);
    expect(existsSync(build.outDir)).toBe(false);

    const publicBuild = validatedPublic();
    expect(publicBuild.status).toBe(1);
    expect(publicBuild.output).toContain(`corpus/link-outside  `);
    expect(publicBuild.output).toContain(`is, through a symbolic link, the file ${outside}, outside the content folder`);
    expect(linesOf(publicBuild, 'linked-outside')).toContain('  error  corpus/link-outside  ');
    expect(existsSync(publicBuild.outDir)).toBe(false);
  });

  test('a folder that no build wrote is not replaced: the build refuses it and leaves it as it was', () => {
    const contentDir = makeContent('good-refused', (s) => s);
    const outDir = resolve(testOutputDir, 'not-a-build');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'notes.txt'), 'kept');
    const build = buildSite({ contentDir, outDir });
    expect(build.status).toBe(2);
    expect(build.output).toMatch(/Not building into .*not-a-build: it is a folder that a build did not write/);
    expect(readFileSync(join(outDir, 'notes.txt'), 'utf8')).toBe('kept');
  });

  test('invalid MDX fails the build with the file and line, and leaves nothing behind', () => {
    const build = loadedInternal();
    const { outDir } = build;
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/2025-03-14-orders-migration-lock-invalid-mdx\.mdx/);
    expect(build.output).toMatch(/Internl/);
    expect(linesOf(build, 'invalid-mdx')).toMatch(/invalid-mdx\.mdx:\d+:\d+: the MDX body does not parse: .*Internl/);
    expect(existsSync(outDir)).toBe(false);
    for (const work of ['staging', 'search', 'similar.json']) expect(existsSync(`${outDir}.${work}`), work).toBe(false);
  });

  test('an image that is text, and an <Internal> inside a <PublicOnly>, fail the build at their lines, without Astro\'s stack trace', () => {
    const imageBuild = validatedInternal();
    expect(imageBuild.status).toBe(1);
    expect(imageBuild.output).toMatch(/2025-03-14-orders-migration-lock-bad-image\.mdx:\d+:1 +error +mdx\/bad-image +the image "\.\/media\/lock-waits\.png" \(Lock waits\) cannot be published: the file is text/);
    expect(imageBuild.output).not.toMatch(/NoImageMetadata|\n\s+at /);

    const nestedBuild = publicStages();
    const nestedLine = lineOf(nestedBuild, 'shown-nowhere', '<Internal>');
    expect(nestedBuild.status).toBe(1);
    expect(nestedBuild.output).toContain(`2025-03-14-orders-migration-lock-shown-nowhere.mdx:${nestedLine}:1: mdx/shown-nowhere: <Internal> inside <PublicOnly> is shown on neither site`);
    // The build stops on the body, as it did alone: its stop is the last word, the scan's came before.
    expect(nestedBuild.output).toMatch(/Build failed: [^\n]*shown-nowhere\.mdx:\d+:1: mdx\/shown-nowhere/);
    expect(existsSync(nestedBuild.outDir)).toBe(false);
  });

  test('lists nested thousands of levels deep fail both builds at once, with the file and line, before any parser reads them', () => {
    for (const build of [validatedInternal(), validatedPublic()]) {
      const line = deepListLine(readFileSync(join(build.contentDir, faultFile('deep-nesting')), 'utf8'));
      expect(build.status, build.output.slice(-2000)).toBe(1);
      expect(build.output).toContain(`2025-03-14-orders-migration-lock-deep-nesting.mdx:${line}:1  error  body/nesting-depth  lists or block quotes nested 3000 levels deep`);
      // Refused from the text, not by a parser giving up: no stack overflow and no parser's trace.
      expect(build.output).not.toMatch(/Maximum call stack size exceeded|RangeError|\n\s+at /);
      expect(existsSync(build.outDir)).toBe(false);
    }
  });

  test('each post of a folder of faults is named with its own error: none hides behind another', () => {
    const shared = [
      [validatedInternal, ['unknown-service', 'image-outside', 'absolute-image', 'bad-image', 'deep-nesting']],
      [validatedPublic, ['linked-outside', 'deep-nesting']],
      [loadedInternal, ['seven-hashes', 'invalid-mdx']],
      [publicStages, ['shown-nowhere', 'public-leak']],
    ] as const;
    for (const [built, faults] of shared) {
      const build = built();
      for (const fault of faults) expect(linesOf(build, fault), `${fault} in ${build.outDir}`).toMatch(/:\d+:\d+(  error  |: )/);
    }
    // The loader's stage names each body it refused, and how many, before the build stops.
    expect(loadedInternal().output).toContain('Build failed: 2 postmortem bodies do not parse');
  });

  test('a good copy of the same content builds', () => {
    const contentDir = makeContent('good', (s) => s);
    const outDir = resolve(testOutputDir, 'good-build');
    mkdirSync(join(outDir, 'postmortems/a-deleted-postmortem'), { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'the home page of an earlier build');
    writeFileSync(join(outDir, 'postmortems/a-deleted-postmortem/index.html'), 'a page of an earlier build');
    const build = buildSite({ contentDir, outDir });
    expect(build.output).not.toMatch(/Build failed/);
    expect(build.status).toBe(0);
    expect(existsSync(join(outDir, 'postmortems/2025-03-14-orders-migration-lock/index.html'))).toBe(true);
    // The earlier build's pages are deleted, not left beside the new ones.
    expect(existsSync(join(outDir, 'postmortems/a-deleted-postmortem'))).toBe(false);
    expect(existsSync(`${outDir}.previous`)).toBe(false);
  });

  test('the search index built after Astro (--search-index after) holds the same postmortems', () => {
    const contentDir = makeContent('index-after', (s) => s);
    const outDir = resolve(testOutputDir, 'index-after-build');
    const build = buildSite({ contentDir, outDir, args: ['--search-index', 'after'] });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain("after the Astro build's process ended");
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(1);
    for (const work of ['staging', 'staging.search', 'search', 'similar.json']) expect(existsSync(`${outDir}.${work}`), work).toBe(false);
    // The same index, byte for byte, as the build of the same content with the index beside Astro.
    const besideIndex = resolve(testOutputDir, 'good-build/pagefind');
    const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
    expect(files(join(outDir, 'pagefind'))).toEqual(files(besideIndex));
    for (const file of files(besideIndex)) expect(readFileSync(join(outDir, 'pagefind', file)).equals(readFileSync(join(besideIndex, file))), file).toBe(true);
  });

  test("a content error stops a build whose index comes after Astro's process, with the file named, and nothing is written", () => {
    const contentDir = makeContent('index-after-bad', (s) => s.replace('services: [checkout-api, orders-db]', 'services: [checkout-ap, orders-db]'));
    const outDir = resolve(testOutputDir, 'index-after-bad-build');
    const build = buildSite({ contentDir, outDir, args: ['--search-index', 'after'] });
    expect(build.status).toBe(1);
    expect(build.output).toContain('2025-03-14-orders-migration-lock.mdx:10:12');
    expect(build.output).toContain('Build failed: ');
    expect(build.output).toContain(`Nothing was written to ${outDir}.`);
    expect(existsSync(outDir)).toBe(false);
    for (const work of ['staging', 'staging.search', 'search', 'similar.json']) expect(existsSync(`${outDir}.${work}`), work).toBe(false);
  });

  test('a leak in the public text of a source stops the public build, with file and line, and nothing is written', () => {
    const build = publicStages();
    const { outDir } = build;
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/2025-03-14-orders-migration-lock-public-leak\.mdx:\d+:\d+/);
    expect(build.output).toContain('grafana.ops.internal');
    expect(linesOf(build, 'public-leak')).toMatch(/:\d+:\d+  error  redact\/[^\n]*grafana\.ops\.internal/);
    expect(build.output).toMatch(/redaction guard found \d+ problem\(s\) in public text/);
    expect(existsSync(outDir)).toBe(false);
    for (const work of ['staging', 'search', 'similar.json']) expect(existsSync(`${outDir}.${work}`), work).toBe(false);
  });
});
