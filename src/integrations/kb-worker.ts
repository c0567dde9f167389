// The build's side work, on a worker thread beside Astro's renderer (started by kb-integration.ts):
// validate every postmortem once, then (public site) scan its public text for leaks, or (internal
// site) compute similar incidents and the search index from the sources. Results go back to the
// integration as messages; nothing here touches Astro.
import { parentPort, workerData } from 'node:worker_threads';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateCorpus } from '../lib/validate-corpus.ts';
import { bodyOfSplitSource } from '../lib/frontmatter-split.ts';
import type { Finding } from '../lib/findings.ts';
import type { ValidatedPostmortem } from '../lib/validate-postmortem.ts';
import type { SimilarLink } from '../lib/similarity.ts';
import { computeSimilarLinks, digestSimilarityInput, type SimilarityRecord } from '../lib/similar-links.ts';
import { defaultLinkBy, type LinkBy } from '../lib/similarity-link-by.ts';
import { isShownOnInternalSite } from '../lib/internal-site-scope.ts';
import type { Variant } from '../lib/postmortem-text.ts';
import type { RedactionOptions } from '../lib/redaction-guard.ts';
import type { AstroThreadHelp, ScanShare } from './parallel-scan.ts';
import type { ScanReply } from './scan-worker.ts';
import type { PublicationScanResult } from '../../scripts/lib/redaction-check.ts';
import { autoIndexesBesideAstro } from './deferred-search-index.ts';
import type { SearchIndexThread } from './search-index-thread.ts';
import type { SearchDocument } from '../lib/search-document.ts';

/** What the worker is asked to do. */
export interface KbWorkerJob {
  contentDir: string;
  variant: Variant;
  /**
   * `build`: everything the site needs; `dev`: validation and similar links, then a recompute of
   * the links on each request; `validate`: validation only (`astro sync`, `astro check`).
   */
  mode: 'build' | 'dev' | 'validate';
  /** Internal build: where the search index is written, and when (see scripts/build.ts `--search-index`). */
  search?: { dir: string; timing: SearchIndexTiming; largestCorpusIndexedBeside: number };
  /** What similar links join: site.config.ts `similarity.linkBy` (src/lib/similarity-link-by.ts). Default `blend`. */
  linkBy?: LinkBy;
}

/**
 * `deferred`: the documents are written into `search.dir` for the process that started this build,
 * which indexes them once this process has ended (scripts/build.ts; src/integrations/deferred-search-index.ts).
 */
export type SearchIndexTiming = 'auto' | 'beside' | 'after' | 'deferred';

/** When the search index was built, as the build reports it. */
export type SearchIndexedTiming = 'beside' | 'after' | 'deferred';

/** A validated postmortem as it crosses the thread boundary (no body tree: the build parses no body here). */
export type TransferredPostmortem = Omit<ValidatedPostmortem, 'tree'>;

export type KbWorkerMessage =
  | { type: 'validated'; postmortems: TransferredPostmortem[]; errors: Finding[] }
  | { type: 'redaction-options'; redaction: RedactionOptions }
  | { type: 'publication-scan-share'; share: ScanShare }
  | { type: 'publication-scan'; findings: Finding[]; allowed: string[] }
  | { type: 'similar'; request?: number; links: [string, SimilarLink[]][]; digests: [string, string][]; /** The last build's links, kept under the same key (similar-links-cache.ts). */ kept?: boolean }
  | { type: 'search-index'; pages: number; seconds: number; timing: SearchIndexedTiming; /** The last build's index, kept and copied back: its documents were this build's. */ reused?: boolean }
  | { type: 'failed'; step: string; message: string }
  /** `npm run dev`: what `npm run check -- <file>` says of a saved file, and the CPU time this thread took for it. */
  | { type: 'checked-file'; request: number; findings: Finding[]; cpuSeconds: number }
  | { type: 'checked-file'; request: number; error: string }
  /** `npm run dev`: the check's modules are loaded (warmed after the start-up work), and the CPU time this thread took for them. */
  | { type: 'check-modules-warmed'; cpuSeconds: number }
  | { type: 'check-modules-warmed'; error: string };

export type KbWorkerRequest =
  | { type: 'similar'; request: number; records: SimilarityRecord[] }
  | { type: 'index-search' }
  | { type: 'publication-scan-part'; reply: ScanReply }
  | { type: 'check-file'; request: number; file: string }
  /** `npm run dev`: Astro served its first page; the check's modules may be loaded now. */
  | { type: 'first-page-served' };

/*
 * Every step here runs at normal priority, as Astro's thread does: the build waits for each.
 *
 * The internal build's similar incidents: Astro's postmortem pages wait for them. At nice 19 they
 * had the CPU only when pagefind (its own process, at normal priority) and Astro left some, and
 * once the blend made them longer (2.5-3.2 s of CPU at 1,000 against 1.3-1.9 s for `cause`),
 * Astro's page phase waited for them: 39.5 s of a 115 s build on a loaded host, 2.5 s at normal
 * priority, the same links and pages (docs/performance.md, session 24).
 *
 * The public build's scan of the sources: it ran at nice 19 while it ran beside Astro's pages, but
 * Astro's pages take a few seconds and the build then waits for the scan (about 9 s of a 15 s build
 * of 1,000 on a quiet host). At nice 19 on a busy host the scan's two threads had a core only when
 * every other process left one idle; the build waited for them (docs/performance.md, session 28).
 */

function post(message: KbWorkerMessage): void {
  parentPort!.postMessage(message);
}

function similarMessage(records: readonly SimilarityRecord[], linkBy: LinkBy | undefined, request?: number): Extract<KbWorkerMessage, { type: 'similar' }> {
  return { type: 'similar', request, links: [...computeSimilarLinks(records, linkBy)], digests: [...digestSimilarityInput(records)] };
}

async function run(job: KbWorkerJob): Promise<void> {
  let step = 'validation';
  // Beside Astro, the search index thread loads pagefind and starts its process while this one
  // validates, and takes the documents as they are made.
  const earlySearchIndex = job.mode === 'build' && job.variant === 'internal' && job.search && indexesBeside(job.search, job.contentDir)
    ? await startSearchIndexEarly(job.search.dir)
    : undefined;
  try {
    // At normal priority: the content loader stores what this returns, so Astro waits for it.
    const validation = validateCorpus(job.contentDir, { frontmatterOnly: true });
    const errors = validation.findings.filter((finding) => finding.severity === 'error');
    post({ type: 'validated', postmortems: validation.postmortems.map(({ tree: _tree, ...postmortem }) => postmortem), errors });
    if (errors.length || job.mode === 'validate') return;
    if (job.variant === 'public') {
      step = 'the redaction guard';
      // Loaded here only: the guard's name lists and language model are a public-build concern.
      const { redactionOptions, publicationSources } = await import('../../scripts/lib/redaction-check.ts');
      const { scanForPublicationOnTwoThreads } = await import('./parallel-scan.ts');
      const redaction = redactionOptions(validation.vocabulary!, validation.postmortems, job.contentDir);
      // Sent before the scan: the integration scans the built pages with the same lists while
      // this scan still runs.
      post({ type: 'redaction-options', redaction });
      // A build's second scanner is Astro's thread, once its pages are written (kb-integration.ts): a
      // thread of its own cost ~2 s of CPU to load the scan's modules again, and took cores from
      // Astro's pages while Astro's thread, later, only waited (docs/performance.md, session 29).
      // A dev server's Astro thread serves pages and never ends: a second scanner thread helps.
      const helpers = job.mode === 'build' ? { scanner: null, astroThread: astroThreadHelp() } : {};
      const scan = await scanForPublicationOnTwoThreads(publicationSources(validation.postmortems), redaction, helpers);
      post({ type: 'publication-scan', findings: scan.findings, allowed: [...scan.allowed] });
      return;
    }

    const server = job.mode === 'dev' ? 'dev' : 'build';
    const records: SimilarityRecord[] = validation.postmortems.flatMap((postmortem) =>
      postmortem.entryData && isShownOnInternalSite(postmortem.entryData, server)
        ? [{ id: postmortem.id, data: postmortem.entryData, body: bodyOfSplitSource(postmortem) }]
        : []);

    // A build whose similar links were kept by the last build of the same input sends them at once,
    // before the search documents: Astro's post pages wait for them (session 63).
    step = 'similar incidents';
    const kept = job.mode === 'build' ? await keptSimilarLinksFor(records, job.linkBy, job.contentDir) : undefined;
    if (kept?.links) post({ type: 'similar', links: kept.links, digests: [...kept.digests!], kept: true });
    step = 'search indexing';
    const search = job.search && (await prepareSearchIndex(job.search, validation, earlySearchIndex, job.contentDir));
    // Beside Astro, pagefind (its own process, fed by a thread of its own) starts before similar
    // incidents are computed: it is the longest part of the side work, and pages need the links
    // only once Astro renders. The links are computed at normal priority: Astro's pages wait for
    // them (see the note on priority above post()).
    const indexed = search?.timing === 'beside' ? search.index() : undefined;
    indexed?.catch(() => {});
    step = 'similar incidents';
    if (!kept?.links) {
      const message = similarMessage(records, job.linkBy);
      post(message);
      kept?.keep(message);
    }

    if (job.mode === 'dev') {
      parentPort!.on('message', (request: KbWorkerRequest) => {
        if (request.type !== 'similar') return;
        try {
          post(similarMessage(request.records, job.linkBy, request.request));
        } catch (error) {
          post({ type: 'failed', step: 'similar incidents', message: (error as Error).message });
        }
      });
      return;
    }
    if (!search) return;
    step = 'search indexing';
    if (search.timing === 'after') {
      // pagefind's memory peaks while it writes; after Astro, that peak does not add to Astro's.
      await new Promise<void>((go) => parentPort!.once('message', (request: KbWorkerRequest) => request.type === 'index-search' && go()));
    }
    post(await (indexed ?? search.index()));
  } catch (error) {
    post({ type: 'failed', step, message: (error as Error).stack ?? String(error) });
  }
}

/**
 * The similar links the last build of this content folder kept, when they were computed from
 * what this build would compute them from (src/lib/similar-links-record.ts), and how to keep this
 * build's. With no kept file (a cold build) nothing is digested ahead: the digests come with the
 * computed links, as before.
 */
async function keptSimilarLinksFor(records: readonly SimilarityRecord[], linkBy: LinkBy | undefined, contentDir: string) {
  const [{ contentCacheDir }, cache, { similarLinksKey }] = await Promise.all([import('../../site.config.ts'), import('./similar-links-cache.ts'), import('../lib/similar-links-record.ts')]);
  const file = cache.keptSimilarLinksFile(contentCacheDir(contentDir));
  const keyOf = (inputDigests: ReadonlyMap<string, string>) => similarLinksKey({ inputDigests, linkBy: linkBy ?? defaultLinkBy, code: cache.similarLinksCode() });
  const keepWith = (key?: string) => (message: Extract<KbWorkerMessage, { type: 'similar' }>) =>
    cache.keepSimilarLinks(file, key ?? keyOf(new Map(message.digests)), message.links);
  if (!existsSync(file)) return { links: undefined, digests: undefined, keep: keepWith() };
  const digests = digestSimilarityInput(records);
  const key = keyOf(digests);
  return { links: cache.readKeptSimilarLinks(file, key), digests, keep: keepWith(key) };
}

/** Astro's thread as a helper of the scan (parallel-scan.ts): the share goes to it, what it scanned comes back as a request. */
function astroThreadHelp(): AstroThreadHelp {
  let results: Promise<[number, PublicationScanResult][]> | undefined;
  return {
    offer(share) {
      // Listening before the share is sent: its reply must not come to a port without a listener.
      results = new Promise((resolve, reject) => {
        const listener = (request: KbWorkerRequest) => {
          if (request.type !== 'publication-scan-part') return;
          parentPort!.off('message', listener);
          if ('results' in request.reply) resolve(request.reply.results);
          else reject(new Error(`Astro's thread failed while it scanned: ${request.reply.error}`));
        };
        parentPort!.on('message', listener);
      });
      results.catch(() => {});
      post({ type: 'publication-scan-share', share });
    },
    results: () => results!,
  };
}

async function startSearchIndexEarly(outputPath: string) {
  const { startSearchIndexThread } = await import('./search-index-thread.ts');
  return startSearchIndexThread(outputPath);
}

/** Whether pagefind runs beside Astro, known before validation (`auto`: by the files' count). */
function indexesBeside(search: NonNullable<KbWorkerJob['search']>, contentDir: string): boolean {
  return search.timing === 'auto' ? autoIndexesBesideAstro(contentDir, search.largestCorpusIndexedBeside) === true : search.timing === 'beside';
}

/** Documents made and handed to an early search index thread at a time: pagefind starts on the first while the rest are made. */
const documentsPerBatch = 100;

/**
 * The internal build's search index: the documents of every postmortem, whether pagefind runs
 * beside Astro or after it (`--search-index`), and the step that runs it. Given a thread started
 * early (beside Astro), the documents go to it in batches as they are made.
 */
async function prepareSearchIndex(search: NonNullable<KbWorkerJob['search']>, validation: ReturnType<typeof validateCorpus>, early: SearchIndexThread | undefined, contentDir: string) {
  const { buildSearchDocuments } = await import('../../scripts/lib/search-documents.ts');
  const { SearchWordCounts, formatSearchWords, searchWordsFileName } = await import('../lib/search-words.ts');
  // The words of the documents, for the search page's spelling suggestions: written into the
  // index folder once pagefind has written it (pagefind writes the folder afresh).
  const words = new SearchWordCounts();
  // Not into a folder a failed build has already removed.
  const writeWords = () => {
    if (existsSync(search.dir)) writeFileSync(join(search.dir, searchWordsFileName), formatSearchWords(words.list()));
  };
  if (early) {
    const started = performance.now();
    // The last build's index, kept in Astro's cache folder: when this build's documents are the
    // ones it was built from, it is this build's index too (src/lib/search-index-reuse.ts).
    const [{ contentCacheDir }, kept, { SearchDocumentsAgainstLastIndex }] = await Promise.all([import('../../site.config.ts'), import('./search-index-cache.ts'), import('../lib/search-index-reuse.ts')]);
    // Astro's cache folder is relative to the project's root (Astro's root: scripts/lib/astro-build.ts), whatever the working folder.
    const keptDir = kept.keptSearchIndexDir(resolve(import.meta.dirname, '../..', contentCacheDir(contentDir)));
    const pagefindVersion = kept.installedPagefindVersion();
    const last = kept.readKeptSearchIndex(keptDir, pagefindVersion);
    const against = new SearchDocumentsAgainstLastIndex<SearchDocument>(last?.documents);
    let pages = 0;
    for (let at = 0; at < validation.postmortems.length; at += documentsPerBatch) {
      const documents = buildSearchDocuments(validation.postmortems.slice(at, at + documentsPerBatch), validation.vocabulary!);
      const now = against.offer(documents);
      if (now.length) early.add(now);
      for (const document of documents) words.addDocument(document.html);
      pages += documents.length;
    }
    const reused = last && against.unchanged && kept.restoreKeptSearchIndex(keptDir, last, search.dir);
    if (!reused) {
      const held = against.takeHeld();
      if (held.length) early.add(held);
    }
    const index = async (): Promise<KbWorkerMessage> => {
      if (reused) {
        await early.close();
        writeWords();
        return { type: 'search-index', pages, seconds: (performance.now() - started) / 1000, timing: 'beside', reused: true };
      }
      const written = await early.finish();
      if (written !== pages) throw new Error(`pagefind indexed ${written} of ${pages} search documents.`);
      // Kept before the words file joins the folder: the record is of pagefind's output alone.
      if (existsSync(search.dir)) kept.keepSearchIndex(search.dir, keptDir, against.digests, pagefindVersion);
      writeWords();
      return { type: 'search-index', pages: written, seconds: (performance.now() - started) / 1000, timing: 'beside' };
    };
    return { timing: 'beside' as const, index };
  }
  const documents = buildSearchDocuments(validation.postmortems, validation.vocabulary!);
  for (const document of documents) words.addDocument(document.html);
  if (search.timing === 'deferred') {
    const { writeDeferredSearchDocuments } = await import('./deferred-search-index.ts');
    const index = async (): Promise<KbWorkerMessage> => {
      const started = performance.now();
      writeDeferredSearchDocuments(search.dir, documents, formatSearchWords(words.list()));
      return { type: 'search-index', pages: documents.length, seconds: (performance.now() - started) / 1000, timing: 'deferred' };
    };
    return { timing: 'deferred' as const, index };
  }
  const { indexDocumentsOnOwnThread } = await import('./search-index-thread.ts');
  const timing: 'beside' | 'after' = search.timing === 'beside' || (search.timing === 'auto' && documents.length <= search.largestCorpusIndexedBeside) ? 'beside' : 'after';
  const index = async (): Promise<KbWorkerMessage> => {
    const started = performance.now();
    const pages = await indexDocumentsOnOwnThread(documents, search.dir);
    writeWords();
    return { type: 'search-index', pages, seconds: (performance.now() - started) / 1000, timing };
  };
  return { timing, index };
}

let checkModulesLoading: Promise<[typeof import('../../site.config.ts'), typeof import('../../scripts/lib/check-findings.ts')]> | undefined;

/**
 * The check's modules (its lints, the guard's lists), loaded once: warmed by {@link warmCheckModules}
 * once the dev server has started, or at the first save if that comes first.
 */
function checkModules() {
  return (checkModulesLoading ??= Promise.all([import('../../site.config.ts'), import('../../scripts/lib/check-findings.ts')]));
}

/**
 * `npm run dev`: loads the check's modules once this worker's start-up work is done (the first
 * validation Astro's content loader waits for, the similar links its pages wait for) and Astro
 * has served its first page, so that the first save does not wait ~1.6 s of CPU for them
 * (docs/performance.md, session 55). It runs on this thread, not Astro's; started before the
 * first page (session 55), its ~1 s of CPU shared the host's cores with that page's rendering
 * (session 56). A save before it loads them itself. A failed load is not said in the terminal:
 * the first save's check loads them again and says why it could not.
 */
async function warmCheckModules(): Promise<void> {
  const started = process.threadCpuUsage();
  try {
    await checkModules();
    const used = process.threadCpuUsage(started);
    post({ type: 'check-modules-warmed', cpuSeconds: (used.user + used.system) / 1e6 });
  } catch (error) {
    checkModulesLoading = undefined;
    post({ type: 'check-modules-warmed', error: (error as Error).message });
  }
}

/**
 * `npm run dev`: `npm run check`'s findings for a saved file (scripts/lib/check-findings.ts, the
 * check's own code), computed here rather than on Astro's thread, which shows the page meanwhile.
 * Listening from the start: a save during the first validation is answered after it.
 */
function answerFileChecks(contentDir: string): void {
  parentPort!.on('message', async (request: KbWorkerRequest) => {
    if (request.type !== 'check-file') return;
    const started = process.threadCpuUsage();
    try {
      const [{ kbConfig }, { checkFindings, checkLintOptions }] = await checkModules();
      const { findings } = checkFindings(contentDir, { onlyFiles: [request.file], lint: checkLintOptions(kbConfig, contentDir) });
      const used = process.threadCpuUsage(started);
      post({ type: 'checked-file', request: request.request, findings, cpuSeconds: (used.user + used.system) / 1e6 });
    } catch (error) {
      post({ type: 'checked-file', request: request.request, error: (error as Error).message });
    }
  });
}

if (parentPort && (workerData as { kbWorkerJob?: KbWorkerJob } | undefined)?.kbWorkerJob) {
  const job = (workerData as { kbWorkerJob: KbWorkerJob }).kbWorkerJob;
  // Listening from the start: the first page may be served before the start-up work is sent.
  const firstPage = job.mode === 'dev' ? new Promise<void>((served) => {
    const listen = (request: KbWorkerRequest) => {
      if (request.type !== 'first-page-served') return;
      parentPort!.off('message', listen);
      served();
    };
    parentPort!.on('message', listen);
  }) : undefined;
  if (job.mode === 'dev') answerFileChecks(job.contentDir);
  await run(job);
  if (firstPage) {
    await firstPage;
    await warmCheckModules();
  }
}
