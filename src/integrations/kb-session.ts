import { Worker } from 'node:worker_threads';
import { defineCollection } from 'astro/content/config';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { shownFromWorkingFolder } from '../lib/shown-path.ts';
import { formatFindingsText, type Finding } from '../lib/findings.ts';
import { listPostmortemFiles, outsideContentFolderProblem, postmortemIdFromPath, realPathOutsideContentFolder, blockingFileKind } from '../lib/content-files.ts';
import type { Vocabulary } from '../lib/vocabulary.ts';
import type { ValidatedPostmortem } from '../lib/validate-postmortem.ts';
import { isPubliclyVisible } from '../lib/predicates.ts';
import type { DraftPostmortem, Postmortem } from '../lib/postmortem-schema.ts';
import type { Variant } from '../lib/postmortem-text.ts';
import type { RedactionOptions } from '../lib/redaction-guard.ts';
import type { ScanShare } from './parallel-scan.ts';

/** The public build's checks after its pages (public-build-checks.ts). */
type PublicBuildChecks = typeof import('./public-build-checks.ts');
import { bodyOfSplitSource } from '../lib/frontmatter-split.ts';
import type { LiveLinks, LiveSimilarLinks, SimilarityRecord, SimilarLinks, SimilarLinksSnapshot } from '../lib/similar-links.ts';
import type { LinkBy } from '../lib/similarity-link-by.ts';
import type { KbWorkerJob, KbWorkerMessage, KbWorkerRequest, SearchIndexTiming, SearchIndexedTiming, TransferredPostmortem } from './kb-worker.ts';
import { RenderedBodies } from './rendered-bodies.ts';
import { installKbSession, KbBuildError } from './session-handle.ts';
import { postmortemLoader } from './postmortem-loader.ts';
import { draftPostmortemObjectSchema } from '../lib/postmortem-schema.ts';
import { ValidatedSources } from '../lib/validated-sources.ts';
import { kbWorkerJob, kbWorkerModule, takeEarlyWorker } from './early-worker.ts';

export { KbBuildError };

/** Astro's version: a cached rendering from another version is redone. */
const astroVersion = (createRequire(import.meta.url)('astro/package.json') as { version: string }).version;

interface DevModules {
  validatePostmortemSource: typeof import('../lib/validate-postmortem.ts').validatePostmortemSource;
  loadVocabulary: typeof import('../lib/vocabulary.ts').loadVocabulary;
  LiveSimilarLinks: typeof LiveSimilarLinks;
}

/** A postmortem the site shows, as the data layer has it. */
export interface ShownPostmortem {
  id: string;
  data: Postmortem;
}

export interface KbSessionOptions {
  variant: Variant;
  /** `build` and `dev` run the side work; anything else (`astro sync`, `astro check`) validates only. */
  server: 'build' | 'dev' | 'other';
  contentDir: string;
  /** Internal build: where pagefind writes the index before it moves into the site, and when it runs. */
  search?: { dir: string; timing: SearchIndexTiming; largestCorpusIndexedBeside: number };
  /** What similar links join (site.config.ts `similarity.linkBy`). Default `blend`. */
  linkBy?: LinkBy;
}

/**
 * A build or dev server's shared state, in the one process Astro runs in: the integration
 * (kb-integration.ts) creates it in `astro:config:setup`; the content loader, the public-variant
 * transform and the data layer (src/data/postmortems.ts) read it. Its side work runs on a worker
 * thread (kb-worker.ts): every postmortem is validated there once, and the loader stores that
 * validated frontmatter instead of parsing it again.
 */
export class KbSession {
  readonly postmortemsDir: string;
  private worker?: Worker;
  /** Why the worker is gone, once it is: what a request to it is answered with. */
  private workerEnded?: Error;
  /** The worker's validated postmortems, until the content loader takes them (then released: sources are large). */
  private validated?: ReturnType<typeof deferred<TransferredPostmortem[]>> = deferred<TransferredPostmortem[]>();
  /** Settles when validation has: resolved when every postmortem is valid. */
  private readonly valid = deferred<void>();
  private initialValidationTaken = false;
  /** True once the worker reported validation errors: work that waits for validation can stop. */
  validationFailed = false;
  private readonly redaction = deferred<RedactionOptions>();
  private readonly scanned = deferred<{ allowed: Set<string> }>();
  /** Public build: the postmortems the worker's scan shares with this thread, and their counter. */
  private readonly scanShare = deferred<ScanShare>();
  private readonly similar = deferred<SimilarLinksSnapshot>();
  /** Whether this build's similar links are the last build's, kept under the same key (src/integrations/similar-links-cache.ts). */
  similarLinksKept = false;
  private readonly searchIndexed = deferred<{ pages: number; seconds: number; timing: SearchIndexedTiming; reused?: boolean }>();
  private liveLinks?: LiveSimilarLinks;
  private nextRequest = 0;
  private readonly similarRequests = new Map<number, { resolve: (links: SimilarLinks) => void; reject: (error: Error) => void }>();
  /**
   * Dev server: settles once the worker has loaded the check's modules after its start-up work
   * and the first page served ({@link firstPageServed}; kb-worker.ts `warmCheckModules`): the CPU
   * seconds that took, or why it failed.
   */
  readonly checkModulesWarmed = deferred<{ cpuSeconds: number } | { error: string }>();
  /** Dev server: whether the worker was told the first page was served. */
  private firstPageSaid = false;
  private readonly fileChecks = new Map<number, { resolve: (checked: FileCheck) => void; reject: (error: Error) => void }>();
  private pagesChanged: () => void = () => {};
  /** Dev server: what every postmortem's frontmatter is now (edits included), for the public site's links. */
  private readonly entryData = new Map<string, DraftPostmortem | undefined>();
  /**
   * Dev server: each postmortem's body, for similarity. Kept here rather than in Astro's data
   * store: the store is serialised, written and parsed again after every edit, and bodies were a
   * third of it.
   */
  private readonly bodies = new Map<string, string>();
  /** Dev server: similarity records by entries array, so each corpus version is assembled once. */
  private readonly recordsOf = new WeakMap<readonly ShownPostmortem[], SimilarityRecord[]>();
  private vocabulary?: Vocabulary;
  private knownIds?: Set<string>;
  private devModulesLoaded?: Promise<DevModules>;
  private publicChecks?: Promise<PublicBuildChecks>;
  /** Did this build's check that similar links cover the shown postmortems pass, for this list of them? */
  private readonly similarCoverageChecked = new WeakSet<readonly ShownPostmortem[]>();
  /** Every postmortem's rendered body, which pages show; the content loader fills it (postmortem-loader.ts). */
  readonly renderedBodies = new RenderedBodies(astroVersion);
  /**
   * The validated frontmatter of each entry in Astro's data store, kept beside the store rather
   * than in it: what the pages' `entry.data` is (src/data/collection.ts). The content loader
   * fills it whenever it stores, keeps or deletes an entry (postmortem-loader.ts), so that it is
   * the store's version of each postmortem (under `astro dev` a file with errors keeps its last
   * good data), unlike {@link entryData}, which follows every save.
   */
  readonly storedData = new Map<string, DraftPostmortem>();
  /**
   * Build: for each family of pages ("Post pages", "Follow-up pages"), writes the pages Astro's
   * routes left out into the built site, once Astro has written its own (src/data/post-pages.ts
   * and src/data/follow-up-pages.ts set them; the integration calls them). Each returns how many.
   */
  readonly pagesLeft = new Map<string, (siteDir: string) => Promise<number>>();
  /** The validated text of each postmortem `@astrojs/mdx` compiles from its file (the loader records it; validated-source-guard.ts compares). */
  readonly validatedSources = new ValidatedSources();

  readonly options: KbSessionOptions;

  constructor(options: KbSessionOptions) {
    this.options = options;
    this.postmortemsDir = join(options.contentDir, 'postmortems');
  }

  get variant(): Variant {
    return this.options.variant;
  }

  /**
   * The postmortems collection of the content config (src/content.config.ts): its loader, and
   * the schema that types `entry.data` (a draft may lack review facts; the data layer shows only
   * those that have them, `isShownOnInternalSite`). Handed over from the modules Node loaded with
   * this session: imported by the content config, Vite would transform and evaluate the loader's
   * whole import graph a second time at every start (0.4 s of Astro's start-up at 1,000
   * postmortems). An edit of the loader's code under `astro dev` needs a restart of the server.
   */
  postmortemCollection() {
    return defineCollection({ loader: postmortemLoader(), schema: draftPostmortemObjectSchema.transform((pm) => pm as Postmortem) });
  }

  /**
   * Starts the worker (once), or takes the one the build script started for the same job before
   * it loaded Astro (early-worker.ts). The build calls this first thing, so the side work overlaps
   * Astro's start-up.
   */
  start(): void {
    if (this.worker) return;
    const job = kbWorkerJob(this.options);
    const early = this.options.server === 'build' ? takeEarlyWorker(job) : undefined;
    const worker = early?.worker ?? new Worker(kbWorkerModule, { workerData: { kbWorkerJob: job } });
    this.worker = worker;
    // The dev server and `astro sync` must be able to exit while it idles; a build awaits its results.
    if (this.options.server !== 'build') worker.unref();
    worker.on('message', (message: KbWorkerMessage) => this.receive(message));
    worker.on('error', (error) => this.failAll(new Error(`the build worker failed: ${error.stack ?? error.message}`)));
    worker.on('exit', (code) => {
      // A request made after this would wait for ever (a dev server's check of a save said nothing).
      this.workerEnded = code !== 0 ? new Error(`the build worker stopped (exit code ${code}).`) : new Error('the build worker ended before it sent this result.');
      this.failAll(this.workerEnded);
    });
    // What an early worker said before this session listened, in the order it said it.
    early?.replay();
  }

  /** Stops the worker (end of a build, or a dev server's restart); whatever still waits on it fails. */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    worker.removeAllListeners('exit');
    await worker.terminate();
    this.failAll(new KbBuildError('the build session was stopped before this result came.'));
  }

  private receive(message: KbWorkerMessage): void {
    switch (message.type) {
      case 'validated': {
        if (message.errors.length) {
          console.error(formatFindingsText(message.errors, message.postmortems.length));
          const error = new KbBuildError(`${message.errors.length} error(s) in ${shownFromWorkingFolder(this.options.contentDir)}/. Fix them (npm run check shows the same list) and build again.`);
          this.validationFailed = true;
          this.validated?.reject(error);
          this.valid.reject(error);
          this.failAll(new KbBuildError('validation failed (see above).'));
          return;
        }
        for (const postmortem of message.postmortems) {
          this.entryData.set(postmortem.id, postmortem.entryData);
          if (this.options.server === 'dev') this.bodies.set(postmortem.id, bodyOfSplitSource(postmortem));
        }
        this.validated?.resolve(message.postmortems);
        this.valid.resolve();
        return;
      }
      case 'redaction-options':
        this.redaction.resolve(message.redaction);
        return;
      case 'publication-scan-share':
        this.scanShare.resolve(message.share);
        return;
      case 'publication-scan': {
        const fatal = message.findings.filter((finding) => finding.severity === 'error');
        if (message.findings.length) (fatal.length ? console.error : console.warn)(formatFindingsText(message.findings, this.entryData.size));
        if (fatal.length) this.scanned.reject(new KbBuildError(`the redaction guard found ${fatal.length} problem(s) in public text.`));
        else this.scanned.resolve({ allowed: new Set(message.allowed) });
        return;
      }
      case 'similar': {
        const snapshot = { links: new Map(message.links), digests: new Map(message.digests) };
        if (message.request === undefined) {
          this.similarLinksKept = message.kept === true;
          this.similar.resolve(snapshot);
        }
        else this.similarRequests.get(message.request)?.resolve(snapshot.links);
        this.similarRequests.delete(message.request ?? -1);
        return;
      }
      case 'search-index':
        this.searchIndexed.resolve(message);
        return;
      case 'checked-file': {
        const check = this.fileChecks.get(message.request);
        this.fileChecks.delete(message.request);
        if ('error' in message) check?.reject(new Error(message.error));
        else check?.resolve({ findings: message.findings, cpuSeconds: message.cpuSeconds });
        return;
      }
      case 'check-modules-warmed':
        this.checkModulesWarmed.resolve('error' in message ? { error: message.error } : { cpuSeconds: message.cpuSeconds });
        return;
      case 'failed':
        this.failAll(new KbBuildError(`${message.step} failed: ${message.message}`));
    }
  }

  private failAll(error: Error): void {
    for (const pending of [this.validated, this.valid, this.redaction, this.scanned, this.scanShare, this.similar, this.searchIndexed, this.checkModulesWarmed]) pending?.reject(error);
    for (const request of this.similarRequests.values()) request.reject(error);
    this.similarRequests.clear();
    for (const check of this.fileChecks.values()) check.reject(error);
    this.fileChecks.clear();
  }

  /**
   * Every postmortem, validated by the worker (frontmatter, vocabularies, cross-file rules), for the
   * content loader's first load. Rejects after printing every error with its file, line and column.
   * Undefined once taken under `astro dev`: a later reload validates each file again (`validateFile`),
   * because the files may have changed since.
   */
  takeInitialValidation(): Promise<TransferredPostmortem[]> | undefined {
    const validated = this.validated;
    if (this.initialValidationTaken || !validated) return undefined;
    this.initialValidationTaken = true;
    this.start();
    // Released once the loader has it: the sources are large, and nothing else reads them.
    validated.promise.then(() => (this.validated = undefined), () => {});
    return validated.promise;
  }

  /**
   * What only `astro dev` runs on this thread (validating a saved file, keeping similar links
   * current), loaded when first needed: a build's start-up does not pay for it (the worker
   * validates), and this thread is the one Astro starts on.
   */
  private devModules(): Promise<DevModules> {
    return (this.devModulesLoaded ??= Promise.all([
      import('../lib/validate-postmortem.ts'),
      import('../lib/vocabulary.ts'),
      import('../lib/similar-links.ts'),
    ]).then(([validation, vocabulary, similarLinks]) => ({
      validatePostmortemSource: validation.validatePostmortemSource,
      loadVocabulary: vocabulary.loadVocabulary,
      LiveSimilarLinks: similarLinks.LiveSimilarLinks,
    })));
  }

  /** Validates one postmortem on this thread (`astro dev`: a saved file), with the same rules as the worker. */
  async validateFile(path: string): Promise<ValidatedPostmortem> {
    const { validatePostmortemSource, loadVocabulary } = await this.devModules();
    this.vocabulary ??= loadVocabulary(this.options.contentDir);
    this.knownIds ??= new Set(listPostmortemFiles(this.postmortemsDir).map(postmortemIdFromPath));
    const id = postmortemIdFromPath(path);
    // As the build's validation (validate-corpus.ts): a link to a file outside the content folder is not read.
    const outside = realPathOutsideContentFolder(path, this.options.contentDir);
    if (outside !== undefined) {
      const { message, fix } = outsideContentFolderProblem(shownFromWorkingFolder(path), outside, shownFromWorkingFolder(this.options.contentDir));
      throw new Error(`${message} Fix: ${fix}`);
    }
    // A named pipe saved as a postmortem would block this thread until a writer closed it.
    const special = blockingFileKind(path);
    if (special) throw new Error(`${shownFromWorkingFolder(path)} is ${special}, not a file: it is not read. Fix: replace it with the postmortem as a file, or remove it.`);
    this.knownIds.add(id);
    const validated = validatePostmortemSource(shownFromWorkingFolder(path), id, readFileSync(path, 'utf8'), {
      vocabulary: this.vocabulary,
      knownIds: this.knownIds,
      contentDir: shownFromWorkingFolder(this.options.contentDir),
      frontmatterOnly: true,
    });
    this.entryData.set(id, validated.entryData);
    this.bodies.set(id, bodyOfSplitSource(validated));
    return validated;
  }

  /**
   * `astro dev`: what `npm run check -- <file>` says of a saved file (the body's findings, lints,
   * a public post's redaction findings), computed by the check's code on the worker
   * (kb-worker.ts), so that this thread shows the page meanwhile. `validateFile` checks the
   * front matter alone, on this thread, for the page.
   */
  checkFile(path: string): Promise<FileCheck> {
    this.start();
    if (this.workerEnded) return Promise.reject(this.workerEnded);
    const request = this.nextRequest++;
    return new Promise((resolve, reject) => {
      this.fileChecks.set(request, { resolve, reject });
      this.worker!.postMessage({ type: 'check-file', request, file: shownFromWorkingFolder(path) } satisfies KbWorkerRequest);
    });
  }

  /**
   * `astro dev` served its first page: the worker may load the check's modules now, no longer
   * beside that page's rendering (docs/performance.md, session 56). Said once.
   */
  firstPageServed(): void {
    if (this.firstPageSaid || !this.worker || this.workerEnded) return;
    this.firstPageSaid = true;
    this.worker.postMessage({ type: 'first-page-served' } satisfies KbWorkerRequest);
  }

  /** A postmortem file was deleted (`astro dev`). */
  forgetFile(path: string): void {
    const id = postmortemIdFromPath(path);
    this.entryData.delete(id);
    this.bodies.delete(id);
    this.knownIds?.delete(id);
  }

  /** A post's validated frontmatter by id: the public build traces its built pages' findings to the posts (built-finding-origin.ts). */
  postData(id: string): Postmortem | undefined {
    return this.entryData.get(id) as Postmortem | undefined;
  }

  /** The ids the public site publishes, sorted: what the links of its renderings depend on. */
  async publicIds(): Promise<string[]> {
    await this.valid.promise;
    return [...this.entryData].filter(([, data]) => data && isPubliclyVisible(data as Postmortem)).map(([id]) => id).sort();
  }

  /**
   * Whether the public site publishes an id (public and published): links to others go nowhere
   * there. Reads the validated frontmatter, as edited since under `astro dev`.
   */
  /** Whether an id is a postmortem's of the corpus, public or not (the public link rewriter's second question). */
  async postIdTest(): Promise<(id: string) => boolean> {
    await this.valid.promise;
    return (id) => this.entryData.has(id);
  }

  async publicIdTest(): Promise<(id: string) => boolean> {
    await this.valid.promise;
    return (id) => {
      const data = this.entryData.get(id);
      return Boolean(data && isPubliclyVisible(data as Postmortem));
    };
  }

  /**
   * The public build's scan of every public source; rejects (after printing the findings) when it
   * found a leak. `allowed`: the matches the sources' markers allow.
   */
  publicationScan(): Promise<{ allowed: Set<string> }> {
    this.start();
    return this.scanned.promise;
  }

  /**
   * Public build, about to stop on bodies that do not parse: waits for the scan of the sources,
   * which runs in the worker beside the loader (it needs no help from this thread), so that its
   * findings are printed before the build stops, every time rather than when the scan happened to
   * be first (suite time, session 50). Returns the scan's own stop ("the redaction guard found N
   * problem(s) in public text."), if it found a leak, for the loader to print before its own.
   * Undefined in any other run: `astro sync` and `astro check` do not scan.
   */
  async publicationScanStop(): Promise<string | undefined> {
    if (this.options.variant !== 'public' || this.options.server !== 'build') return undefined;
    try {
      await this.publicationScan();
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  /**
   * Public build, once Astro's pages are written: this thread, which would only wait for the
   * worker's scan of the sources, scans postmortems from the same counter (parallel-scan.ts) and
   * sends the worker what it scanned. Returns at once when the worker has taken every postmortem.
   */
  async joinPublicationScan(): Promise<void> {
    const [share, options] = await Promise.all([this.scanShare.promise, this.redactionOptions()]);
    const { scanAsAstroThread } = await import('./parallel-scan.ts');
    const reply = await scanAsAstroThread(share, options);
    if (reply) this.worker?.postMessage({ type: 'publication-scan-part', reply } satisfies KbWorkerRequest);
  }

  /**
   * Public build: what Astro's thread runs once its pages are written (public-build-checks.ts),
   * loaded and warmed up once. The content loader asks for it first thing, while this thread waits
   * for the worker's validation: at 1,000 postmortems ~0.9 s of this thread's CPU for the modules
   * and ~0.4 s for the guard's first use, which the thread otherwise spent after its pages, on the
   * build's critical path (docs/performance.md, session 30). Undefined in any other run: a dev
   * server never reaches the end of a build.
   */
  publicBuildChecks(): Promise<PublicBuildChecks> | undefined {
    if (this.options.variant !== 'public' || this.options.server !== 'build') return undefined;
    return (this.publicChecks ??= import('./public-build-checks.ts').then((checks) => {
      checks.warmUpScan();
      return checks;
    }));
  }

  /** What the public build's redaction guard looks for (names, hosts, scopes), known before the scan of the sources ends. */
  redactionOptions(): Promise<RedactionOptions> {
    this.start();
    return this.redaction.promise;
  }

  /**
   * Similar incidents for the postmortems the site shows (`shown`). A build takes the worker's
   * links, computed over the same validated postmortems while Astro started; the dev server keeps
   * them current as files change (`LiveSimilarLinks`).
   */
  async similarLinks(shown: readonly ShownPostmortem[]): Promise<LiveLinks> {
    this.start();
    if (this.options.server !== 'dev') {
      const { links } = await this.similar.promise;
      // Every page asks; the list of shown postmortems is the same array each time.
      if (this.similarCoverageChecked.has(shown)) return { links, current: true };
      const missing = shown.filter((entry) => !links.has(entry.id)).map((entry) => entry.id);
      if (missing.length || links.size !== shown.length) {
        throw new KbBuildError(`similar incidents were computed over ${links.size} postmortems, but the site shows ${shown.length}${missing.length ? ` (not covered: ${missing.slice(0, 3).join(', ')})` : ''}.`);
      }
      this.similarCoverageChecked.add(shown);
      return { links, current: true };
    }
    let records = this.recordsOf.get(shown);
    if (!records) this.recordsOf.set(shown, (records = shown.map(({ id, data }) => ({ id, data, body: this.bodies.get(id) ?? '' }))));
    if (!this.liveLinks) {
      const { LiveSimilarLinks } = await this.devModules();
      this.liveLinks = new LiveSimilarLinks((changed) => this.requestSimilarLinks(changed), {
        onUpdate: () => this.pagesChanged(),
        onError: (error) => console.error(`Similar incidents could not be updated: ${error.message}`),
      });
      this.liveLinks.seed(await this.similar.promise);
    }
    return this.liveLinks.linksFor(records);
  }

  /**
   * Dev server: called when pages show something new that Astro's data store does not know of:
   * recomputed similar links replaced the ones carried over from before an edit, or an edited
   * body was rendered again (bodies live beside the store, in {@link renderedBodies}).
   */
  onPagesChanged(listener: () => void): void {
    this.pagesChanged = listener;
  }

  /** Dev server: an edited postmortem's body was rendered again; its page shows it now. */
  bodyRerendered(): void {
    this.pagesChanged();
  }

  private requestSimilarLinks(records: readonly SimilarityRecord[]): Promise<SimilarLinks> {
    const request = this.nextRequest++;
    return new Promise((resolve, reject) => {
      this.similarRequests.set(request, { resolve, reject });
      this.worker!.postMessage({ type: 'similar', request, records: [...records] } satisfies KbWorkerRequest);
    });
  }

  /** Internal build: the search index of the sources, in `search.dir` (asks the worker to start it now if it waited for Astro). */
  searchIndex(): Promise<{ pages: number; seconds: number; timing: SearchIndexedTiming; reused?: boolean }> {
    this.worker?.postMessage({ type: 'index-search' } satisfies KbWorkerRequest);
    return this.searchIndexed.promise;
  }
}

/** What `npm run check` says of one file, and the worker's CPU time for it. */
export interface FileCheck {
  findings: Finding[];
  cpuSeconds: number;
}

/** A promise settled from outside, never reported as unhandled (the session rejects whatever is pending when the worker fails). */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/**
 * Makes `session` the one that the content loader and the pages reach (session-handle.ts); a
 * previous one (a dev server's restart) is stopped.
 */
export function setKbSession(session: KbSession): void {
  const previous = installKbSession(session);
  if (previous && previous !== session) void previous.stop();
}
