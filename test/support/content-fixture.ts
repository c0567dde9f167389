import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';

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

/** A content folder of the shared test vocabularies and an empty `postmortems/`, for a test that writes its own posts. */
export function vocabularyContentFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kb-${prefix}-`));
  mkdirSync(join(dir, 'postmortems'));
  for (const file of readdirSync(join(fixturesDir, 'vocabulary'))) cpSync(join(fixturesDir, 'vocabulary', file), join(dir, file));
  return dir;
}

/** An empty content folder: the example knowledge base's four vocabularies and no postmortem (what `npm run new` starts from). */
export function emptyContentFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-new-'));
  for (const f of ['services.yaml', 'teams.yaml', 'tags.yaml', 'triggers.yaml']) cpSync(join(resolve(import.meta.dirname, '../..'), 'content', f), join(dir, f));
  mkdirSync(join(dir, 'postmortems'));
  return dir;
}

/** The postmortem of the `good-input` fixture, which checks with no error. */
export const goodInputPostmortem = 'postmortems/2025-07-08-checkout-config.mdx';

/**
 * The errors of a copy of the `good-input` fixture after `change` to its postmortem, written back
 * as `name` (the postmortem renamed when another name is given).
 */
export function errorsAfterEditingGoodInput(change: (text: string) => string, name = goodInputPostmortem) {
  return findingsAfterEditingGoodInput(change, name).filter((f) => f.severity === 'error');
}

/**
 * Every finding (warnings too) of the good-input fixture after `change`, its postmortem saved as
 * `name`, with `extra` files (path in the content folder → text) written beside it.
 */
export function findingsAfterEditingGoodInput(change: (text: string) => string, name = goodInputPostmortem, extra: Record<string, string> = {}) {
  const dir = makeContentFromFixture('good-input');
  try {
    const path = join(dir, goodInputPostmortem);
    const text = change(readFileSync(path, 'utf8'));
    if (name !== goodInputPostmortem) rmSync(path);
    writeFileSync(join(dir, name), text);
    for (const [file, content] of Object.entries(extra)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), content);
    }
    return validateCorpus(dir).findings;
  } finally {
    // Every call made a copy (285 in one run's folder): the findings are all that is kept.
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An edit of the fixture's text replacing `from` by `to`; throws when the fixture has no `from`, so an edit never silently does nothing. */
export const replacing = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`the fixture has no ${from}`);
  return text.replace(from, to);
};
