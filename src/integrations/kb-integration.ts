import type { AstroIntegration } from 'astro';
import { renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentCacheDir, kbConfig } from '../../site.config.ts';
import { claimGeneratedContentModules, tidyContentCaches } from './content-caches.ts';
import { formatFindingsText } from '../lib/findings.ts';
import type { Variant } from '../lib/postmortem-text.ts';
import { KbBuildError, KbSession, setKbSession } from './kb-session.ts';
import type { SearchIndexTiming } from './kb-worker.ts';
import { buildSessionOptions, imagesBeforeEarlyWorker } from './early-worker.ts';
import { type ImageSnapshot, imagesChangedSince, snapshotImages } from '../lib/image-snapshot.ts';


export interface KnowledgeBaseOptions {
  /** Which site this build or dev server makes from the sources. */
  variant: Variant;
  /** Internal build: when the search index is built (`--search-index` of scripts/build.ts). Default `auto`. */
  searchIndex?: SearchIndexTiming;
}

/**
 * The knowledge base's build, in Astro's hooks. `astro build` and `astro dev` take the same path:
 *
 * - `astro:config:setup` removes Astro's caches of content folders that no longer exist, and
 *   the modules Astro generated in .astro/ from another content folder's store
 *   (content-caches.ts), and starts the session (kb-session.ts) and its worker thread, which
 *   validates every postmortem once (the content loader stores what it validated), then scans the
 *   public text for leaks (public site) or computes similar incidents and the search index from
 *   the sources (internal site), beside Astro's renderer.
 * - `astro:build:done` (public site) indexes the built pages and scans each for leaks, then
 *   scans sources too (the scan of the sources runs on the worker beside Astro's renderer, and
 *   this thread takes postmortems from the same counter until none is left), and stops the build
 *   when either scan found a leak: the staged pages are removed and nothing reaches the output
 *   folder. Internal site: it moves the search index into the site.
 *
 * Any failure throws: the build stops, and scripts/build.ts removes the half-built output.
 */
export function knowledgeBase(options: KnowledgeBaseOptions): AstroIntegration {
  let session: KbSession;
  let searchDir: string | undefined;
  // The content folder's images before validation reads them (build only; src/lib/image-snapshot.ts).
  let imagesAtStart: ImageSnapshot | undefined;
  let started = performance.now();
  const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
  return {
    name: 'postmortem-kb',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        started = performance.now();
        // Only the cache folder our config chose (.astro/cache/<content folder's hash>): its
        // siblings are other content folders' caches, never anything else.
        const cacheDir = fileURLToPath(config.cacheDir);
        if ((command === 'build' || command === 'dev') && resolve(cacheDir) === resolve(fileURLToPath(config.root), contentCacheDir(kbConfig.contentDir))) {
          tidyContentCaches(cacheDir, kbConfig.contentDir);
        }
        if (command === 'build' || command === 'dev' || command === 'sync') {
          // The modules Astro generates from its data store live in the project's .astro/ (Astro
          // derives it from the root; it is not configurable), shared by every content folder:
          // they must come from the store this run syncs, the cache folder's, or under
          // `astro dev` the one in .astro/ itself. `astro check` syncs as `sync`.
          const dotAstroDir = fileURLToPath(new URL('.astro/', config.root));
          claimGeneratedContentModules(dotAstroDir, command === 'dev' ? dotAstroDir : cacheDir);
        }
        const sessionOptions = buildSessionOptions({ variant: options.variant, outDir: fileURLToPath(config.outDir), searchIndex: options.searchIndex, contentDir: kbConfig.contentDir, linkBy: kbConfig.similarity.linkBy });
        searchDir = sessionOptions.search?.dir;
        // A worker the build script started early (early-worker.ts) snapshotted the images and
        // cleared the search folder before it started, and may have validated and written since.
        const imagesBeforeWorker = command === 'build' ? imagesBeforeEarlyWorker(kbConfig.contentDir) : undefined;
        if (searchDir && !imagesBeforeWorker) rmSync(searchDir, { recursive: true, force: true });
        session = new KbSession({ ...sessionOptions, server: command === 'build' ? 'build' : command === 'dev' ? 'dev' : 'other' });
        setKbSession(session);
        // Before the session starts: its validation reads the images after this.
        imagesAtStart = command === 'build' ? imagesBeforeWorker ?? snapshotImages(resolve(kbConfig.contentDir)) : undefined;
        if (command === 'build' || command === 'dev') session.start();
      },
      'astro:server:setup': ({ server }) => {
        // Recomputed similar links, or a body rendered again after an edit: show them.
        session.onPagesChanged(() => server.ws.send({ type: 'full-reload' }));
        // The worker warms the check's modules once the first page is sent, not beside it.
        server.middlewares.use((_request, response, next) => {
          response.once('finish', () => {
            if (response.statusCode === 200 && String(response.getHeader('content-type') ?? '').includes('text/html')) session.firstPageServed();
          });
          next();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Every page is written: what the build waits for from here is ours (the index, the scan).
        const astroDone = performance.now();
        const siteDir = fileURLToPath(dir);
        let indexing: Promise<number> | undefined;
        let searchDocumentsLeft = false;
        try {
          // Astro read each image again while it built the pages: it must be the image validation read.
          const changedImages = imagesAtStart ? imagesChangedSince(imagesAtStart, process.cwd()) : [];
          if (changedImages.length) {
            if (changedImages.length > 1) for (const problem of changedImages) logger.error(problem);
            throw new KbBuildError(changedImages.length === 1 ? changedImages[0] : `${changedImages.length} images changed while the build ran (listed above).`);
          }
          if (options.variant === 'public') {
            // The scan of the sources may still run on the worker: the built pages are scanned and
            // indexed meanwhile, then this thread scans sources too, and a leak either scan found
            // stops the build here, before the staged pages (index included) are moved into place.
            // Loaded while this thread waited for the worker's validation (postmortem-loader.ts).
            const checks = await session.publicBuildChecks()!;
            const redaction = await session.redactionOptions();
            const indexStarted = performance.now();
            // pagefind reads the finished pages in its own process; it writes the index only
            // after every page is listed and read here (no await between).
            indexing = checks.indexSiteForSearch(siteDir);
            indexing.catch(() => {});
            const pages = checks.readBuiltSite(siteDir);
            // The second line of defence: templates can leak too. One page at a time, the event
            // loop run between two: pagefind goes on to its next step only when this thread reads
            // its reply (docs/performance.md, session 30).
            const builtSite = await checks.scanBuiltPages(pages, redaction, () => new Promise((go) => setImmediate(go)));
            // This thread has nothing else to do until the scan of the sources ends: it scans too.
            await session.joinPublicationScan();
            const { allowed } = await session.publicationScan();
            // A match is traced to the post whose public text it is (read from the files only then):
            // what the scan of the sources judged in its post is not stopped again here, and the rest
            // is said at the post and field it came from (adoption round 45, built-finding-origin.ts).
            const leaks = builtSite.leaks(allowed, () => checks.readPublicPieces(kbConfig.contentDir, (id) => session.postData(id)));
            if (leaks.length) {
              console.error(formatFindingsText(leaks, leaks.length));
              throw new KbBuildError(`the redaction guard found ${leaks.length} problem(s) in the built public site.`);
            }
            const indexed = await indexing;
            logger.info(`Search index: pagefind scanned ${indexed} built pages (only public posts are indexed) in ${seconds(indexStarted)} s.`);
          } else if (searchDir) {
            for (const [family, writeLeft] of session.pagesLeft) {
              const writeStarted = performance.now();
              const cpuBefore = process.threadCpuUsage();
              const written = await writeLeft(siteDir);
              const cpu = process.threadCpuUsage(cpuBefore);
              logger.info(`${family}: ${written} written without Astro's renderer in ${seconds(writeStarted)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of this thread's CPU).`);
            }
            if (session.similarLinksKept) logger.info("Similar incidents: the last build's links reused (computed from the same postmortems, linkBy and code).");
            const search = await session.searchIndex();
            if (search.timing === 'deferred') {
              // Left in the work folder for scripts/build.ts, which indexes them once this process has ended.
              searchDocumentsLeft = true;
              logger.info(`Search index: the documents of ${search.pages} postmortems are written; pagefind indexes them once this process has ended (done after ${seconds(started)} s).`);
            } else {
              renameSync(searchDir, join(siteDir, 'pagefind'));
              const { formatSearchIndexLog } = await import('../lib/search-index-log.ts');
              const now = performance.now();
              logger.info(formatSearchIndexLog({ pages: search.pages, seconds: search.seconds, timing: search.timing, doneAfter: (now - started) / 1000, astroDoneAfter: (astroDone - started) / 1000, reused: search.reused }));
            }
          }
        } finally {
          // A failed build must not leave pagefind writing into the staging folder as it is removed.
          await indexing?.catch(() => {});
          if (searchDir && !searchDocumentsLeft) rmSync(searchDir, { recursive: true, force: true });
          await session.stop();
        }
      },
    },
  };
}
