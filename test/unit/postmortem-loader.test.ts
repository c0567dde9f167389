import { afterEach, describe, expect, test } from 'vitest';
import { copyFileSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { postmortemLoader } from '../../src/integrations/postmortem-loader.ts';
import { installKbSession } from '../../src/integrations/session-handle.ts';
import { RenderedBodies } from '../../src/integrations/rendered-bodies.ts';
import type { KbSession } from '../../src/integrations/kb-session.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { isMarkedPublic } from '../../src/lib/predicates.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';
import { ValidatedSources } from '../../src/lib/validated-sources.ts';
import { fixturesDir, goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { loaderContext } from '../support/loader-context.ts';

// Session 18 (docs/performance.md): the internal build renders every body while the worker
// validates; those renderings were let go before they were stored, and every body was rendered a
// second time. The loader is run here with a stand-in for Astro's content layer and the session.

const projectRoot = resolve(import.meta.dirname, '../..');
const projectContentDir = join(projectRoot, 'content');
let cacheDir: string | undefined;
// The unit files share a worker (isolate: false): the stand-in session is taken out again, or a
// later file's setKbSession would stop it as a real one (session 53: "previous.stop is not a function").
let sessionBefore: KbSession | undefined;
afterEach(() => {
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  cacheDir = undefined;
  installKbSession(sessionBefore as KbSession);
  sessionBefore = undefined;
});

/** One load of the internal site's postmortems; the renderings Astro was asked for, by file. */
async function loadInternalSite(contentDir = projectContentDir) {
  const validation = validateCorpus(contentDir, { frontmatterOnly: true });
  const postmortems = validation.postmortems.map(({ tree: _tree, ...postmortem }) => postmortem);
  let initialTaken = false;
  const session = {
    postmortemsDir: join(contentDir, 'postmortems'),
    variant: 'internal',
    validationFailed: false,
    renderedBodies: new RenderedBodies('test'),
    storedData: new Map(),
    validatedSources: new ValidatedSources(),
    takeInitialValidation: () => (initialTaken ? undefined : ((initialTaken = true), Promise.resolve(postmortems))),
    publicIdTest: async () => () => false,
    publicIds: async () => [],
  } as unknown as KbSession;
  sessionBefore = installKbSession(session);
  cacheDir = mkdtempSync(join(tmpdir(), 'kb-loader-'));
  const renders = new Map<string, number>();
  const { context, stored } = loaderContext(cacheDir, (_, fileURL) => renders.set(fileURL.pathname, (renders.get(fileURL.pathname) ?? 0) + 1));
  await postmortemLoader().load(context);
  return { postmortems, renders, session, stored };
}

describe('the internal site\'s content loader', () => {
  test('renders each body once (and a public post\'s public text once more, for its preview)', async () => {
    const { postmortems, renders, session } = await loadInternalSite();
    expect(postmortems.length).toBeGreaterThan(10);
    const publicPosts = postmortems.filter((postmortem) => isMarkedPublic(postmortem.entryData as Postmortem));
    expect(publicPosts.length).toBeGreaterThan(0);
    for (const postmortem of postmortems) {
      const expected = isMarkedPublic(postmortem.entryData as Postmortem) ? 2 : 1;
      expect(renders.get(pathToFileURL(resolve(postmortem.file)).pathname), postmortem.file).toBe(expected);
      expect(session.renderedBodies.get(postmortem.id)?.html ?? '', postmortem.file).toMatch(/^<p>\d+<\/p>$/);
      // The frontmatter is kept beside Astro's store, not in it (docs/performance.md, session 26).
      expect(session.storedData.get(postmortem.id)?.title, postmortem.file).toBe((postmortem.entryData as Postmortem).title);
    }
    for (const postmortem of publicPosts) expect(session.renderedBodies.get(postmortem.id)?.publicHtml, postmortem.file).toMatch(/^<p>\d+<\/p>$/);
  });
});

describe('a body @astrojs/mdx compiles from its file (bad input round 24)', () => {
  test('its validated text is recorded for the build\'s guard, and only its: a body the loader rendered is not read again', async () => {
    // The fixture's two bodies need MDX proper; the good-input one beside them does not.
    const dir = makeContentFromFixture('mdx-fallback');
    copyFileSync(join(fixturesDir, 'good-input', goodInputPostmortem), join(dir, goodInputPostmortem));
    const { postmortems, session, stored } = await loadInternalSite(dir);
    const deferred = postmortems.filter((postmortem) => (stored.get(postmortem.id) as { deferredRender?: boolean } | undefined)?.deferredRender);
    expect(deferred.length).toBeGreaterThan(0);
    expect(deferred.length).toBeLessThan(postmortems.length);
    for (const postmortem of postmortems) {
      const path = realpathSync(resolve(postmortem.file));
      const recorded = session.validatedSources.problem(path, `${postmortem.source}\nsaved during the build`, postmortem.file) !== undefined;
      expect(recorded, postmortem.file).toBe(deferred.includes(postmortem));
      expect(session.validatedSources.problem(path, postmortem.source, postmortem.file)).toBeUndefined();
    }
  });
});
