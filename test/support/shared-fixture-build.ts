import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildSite, testOutputDir, type SiteBuild } from './build-site.ts';
import { fixturesDir, makeContentFromFixture } from './content-fixture.ts';
import { oncePerRun, recordedThisRun, recordThisRun } from './once-per-run.ts';

type Variant = 'internal' | 'public';

export interface SharedFixtureBuilds {
  /** The content folder the builds read (a copy of the fixture): its caches (contentCacheDir) are theirs. */
  contentDir: string;
  /** One build per variant asked for, made in that order in the same content folder. */
  builds: Record<Variant, SiteBuild>;
}

/**
 * A fixture (`makeContentFromFixture`) built once per test run for every file that builds it
 * unchanged, the same variants in the same order (suite time, session 48): public-canary and
 * rendered-bodies both built the canary fixture internal then public, each in a copy of its own.
 * The record is named by the digest of the fixture's files, so two files share a build only when
 * they would have built the same bytes.
 *
 * Several fixtures are built as one content folder of all their postmortems (session 50:
 * fast-path's mdx-fallback and public-images' posts, whose builds asserted each on its own posts).
 *
 * A file that edits the content before building, or asserts on a state between two builds, builds
 * its own copy as before.
 */
export function sharedFixtureBuilds(fixture: string | readonly string[], variants: readonly Variant[]): SharedFixtureBuilds {
  const fixtures = typeof fixture === 'string' ? [fixture] : [...fixture];
  const name = `fixture-${fixtures.join('+')}-${variants.join('-')}-${fixtureDigest(fixtures)}`;
  return JSON.parse(oncePerRun(name, import.meta.filename, [fixtures.join(','), name, ...variants])) as SharedFixtureBuilds;
}

/** The files makeContentFromFixture copies: the fixtures' postmortems and the shared vocabularies. */
function fixtureDigest(fixtures: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of [...fixtures.map((fixture) => join(fixturesDir, fixture, 'postmortems')), join(fixturesDir, 'vocabulary')]) {
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const path of files.map((entry) => join(entry.parentPath, entry.name)).sort()) {
      hash.update(`${relative(fixturesDir, path)}\0`).update(readFileSync(path)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** Run under the lock (`node shared-fixture-build.ts <fixture>[,<fixture>...] <name> <variant>...`): builds unless recorded; prints the record. */
function buildUnlessBuilt(fixtures: readonly string[], name: string, variants: Variant[]): void {
  let record = recordedThisRun(name);
  if (record === undefined) {
    const [first, ...others] = fixtures;
    const contentDir = makeContentFromFixture(first!);
    for (const other of others) cpSync(join(fixturesDir, other, 'postmortems'), join(contentDir, 'postmortems'), { recursive: true });
    const builds = {} as Record<Variant, SiteBuild>;
    for (const variant of variants) builds[variant] = buildSite({ contentDir, outDir: resolve(testOutputDir, name, variant), variant });
    record = JSON.stringify({ contentDir, builds } satisfies SharedFixtureBuilds);
    recordThisRun(name, record);
  }
  process.stdout.write(record);
}

if (process.argv[1] === import.meta.filename) {
  const [fixture, name, ...variants] = process.argv.slice(2);
  if (!fixture || !name || variants.length === 0 || variants.some((v) => v !== 'internal' && v !== 'public')) {
    throw new Error(`usage: node test/support/shared-fixture-build.ts <fixture>[,<fixture>...] <name> internal|public... (got ${process.argv.slice(2).join(' ')})`);
  }
  buildUnlessBuilt(fixture.split(','), name, variants as Variant[]);
}
