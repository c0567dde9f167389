import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

export const fixturesDir = resolve(import.meta.dirname, '../fixtures');

/**
 * A content folder made of a fixture's `postmortems/` and the shared test vocabularies, in a
 * fresh temporary directory (fixtures keep only what differs between cases).
 */
export function makeContentFromFixture(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kb-${fixture.replace(/\W+/g, '-')}-`));
  cpSync(join(fixturesDir, fixture, 'postmortems'), join(dir, 'postmortems'), { recursive: true });
  for (const file of readdirSync(join(fixturesDir, 'vocabulary'))) {
    cpSync(join(fixturesDir, 'vocabulary', file), join(dir, file));
  }
  mkdirSync(join(dir, 'postmortems'), { recursive: true });
  return dir;
}
