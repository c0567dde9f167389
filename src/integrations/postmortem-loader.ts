import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listPostmortemFiles, postmortemIdFromPath, postmortemExtensions } from '../lib/content-files.ts';
import { MarkdownSyntaxError, RefusedMarkupError, nameImagesInPreview, toFastMarkdown, type FastMarkdown } from '../lib/fast-markdown.ts';
import { formatFindingsText, type Finding } from '../lib/findings.ts';
import { devCheckReport } from '../lib/dev-check-report.ts';
import { isMarkedPublic, isPubliclyVisible } from '../lib/predicates.ts';
import type { DraftPostmortem, Postmortem } from '../lib/postmortem-schema.ts';
import type { ValidatedPostmortem } from '../lib/validate-postmortem.ts';
import type { KbSession } from './kb-session.ts';
import { getKbSession, KbBuildError } from './session-handle.ts';
import { publicLinkRewriter } from './public-variant.ts';
import type { RenderedBodies } from './rendered-bodies.ts';
import { isDraftSource } from '../lib/draft-source.ts';
import { createMarkdownRenderer, type MarkdownConfig, type RenderedMarkdown, type RenderMarkdown } from './markdown-renderer.ts';
import { labelTaskListCheckboxes } from '../lib/task-list-labels.ts';
import { makeTablesFocusable } from '../lib/focusable-tables.ts';
import { fixEmptyTableHeaders } from '../lib/empty-table-headers.ts';
import { joinCjkLineBreaks } from '../lib/cjk-line-breaks.ts';
import { shownFromWorkingFolder } from '../lib/shown-path.ts';

type RenderedBody = { rendered: RenderedMarkdown } | { needsMdx: string };
/** The internal site's cut of a public post's public text for its preview, or what that cut threw. */
type PreviewCut = { cut: FastMarkdown } | { error: unknown };

/**
 * Whether a source may set `visibility: public`: read from the text before validation has the
 * data, only to decide whether to cut the preview early. A miss costs only the early cut (the
 * preview is cut later, as before); a wrong guess costs one cut that nothing uses.
 */
const mayBeMarkedPublic = (source: string) => source.includes('public') && /^visibility:[ \t]*["']?public\b/m.test(source);

/** Bumped whenever the rendering below changes, so cached entries of older code are redone. */
const renderVersion = 5;

const codeDigests = new Map<string, string>();
/**
 * A digest of the code and dependencies that make a body's rendering: every module of `src/lib`
 * and `src/integrations`, the Astro config and the lockfile, read once per process. A cached
 * rendering is reused only if made by the same code: `renderVersion` alone was bumped by hand, and
 * was not when the public cut changed (a list item left without words, a refusal added), so an
 * upgraded knowledge base kept serving renderings of its old code, new refusals unchecked, until
 * its cache was cleared.
 */
export function renderCodeDigest(root: string): string {
  let digest = codeDigests.get(root);
  if (digest === undefined) {
    const hash = createHash('sha256');
    const files = ['src/lib', 'src/integrations'].flatMap((folder) => {
      try {
        return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((name) => /\.(?:ts|mjs|js|json|txt)$/.test(name)).map((name) => join(folder, name));
      } catch {
        return [];
      }
    });
    for (const file of [...files.sort(), 'astro.config.mjs', 'package-lock.json']) {
      hash.update(`${file}\0`);
      try {
        hash.update(readFileSync(join(root, file)));
      } catch {
        hash.update('(none)');
      }
    }
    digest = hash.digest('hex');
    codeDigests.set(root, digest);
  }
  return digest;
}

/**
 * The postmortems collection, loaded the fast way: each source is turned into plain Markdown for
 * this build's site ({@link toFastMarkdown}) and rendered by Astro's built-in renderer, instead
 * of being compiled as an MDX module. A source that needs MDX proper (an expression, say) is
 * left to `@astrojs/mdx`, as the glob loader would.
 *
 * The frontmatter is not parsed here: the session's worker has validated every postmortem
 * (schema, vocabularies, cross-file rules, with file:line:column), and the loader stores that
 * data. An error there stops the sync with every problem listed. Under `astro dev` a saved file
 * is validated again, alone, on this thread.
 *
 * For a public postmortem the internal build also renders the public text, so its page can
 * preview exactly what customers will read (`publicHtml`).
 *
 * The rendered bodies are kept beside Astro's data store, not in it (rendered-bodies.ts: the
 * store is serialised and evaluated again after every edit under `astro dev`), and saved in
 * Astro's cache folder by a digest of the source, the site and this code: a rebuild where one
 * postmortem changed renders that one only. A body with images stays in the store.
 */
export function postmortemLoader(): Loader {
  // Resolved on each load: the dev server makes a new session when it restarts.
  let session: KbSession;
  let postmortemsDir: string;
  let variant: KbSession['variant'];
  let rewriteLink: ((url: string) => string | null | undefined) | undefined;
  /** The code that renders, and for the public site the posts its links may lead to: part of every rendering's digest. */
  let renderContext = '';
  let renderMarkdown: RenderMarkdown;
  const prerendered = new Map<string, { source: string; body: RenderedBody; preview?: PreviewCut }>();
  return {
    name: 'postmortem-kb:postmortems',
    load: async (context) => {
      session = getKbSession();
      postmortemsDir = resolve(session.postmortemsDir);
      variant = session.variant;
      const renderWithAstro = createMarkdownRenderer(context.config.markdown as MarkdownConfig, context.renderMarkdown);
      renderMarkdown = async (markdown, options) => {
        const rendered = await renderWithAstro(markdown, options);
        return { ...rendered, html: joinCjkLineBreaks(makeTablesFocusable(fixEmptyTableHeaders(labelTaskListCheckboxes(rendered.html)))) };
      };
      const initial = session.takeInitialValidation();
      if (variant === 'public') {
        // A public build's Astro thread waits here for the worker's validation (its renderings
        // link only posts the public site shows): it loads what it runs after its pages meanwhile.
        session.publicBuildChecks()?.catch(() => {});
        rewriteLink = publicLinkRewriter(await session.publicIdTest(), await session.postIdTest());
      }
      // A public rendering links a post only while it is public: a post made internal since must
      // not stay linked from the cached renderings of the posts that name it.
      const linkTargets = variant === 'public' ? createHash('sha256').update((await session.publicIds()).join('\n')).digest('hex') : '';
      renderContext = `${renderCodeDigest(fileURLToPath(context.config.root))}\0${linkTargets}`;
      const seen = new Set<string>();
      const bodies = session.renderedBodies;
      const cacheFile = renderedBodiesFile(context, variant);
      bodies.loadOnce(cacheFile);
      if (initial && variant === 'internal') await renderWhileValidating(context);
      const validated = initial ? await initial : [];
      if (!initial) {
        for (const file of listPostmortemFiles(postmortemsDir)) validated.push(failOnErrors(await session.validateFile(join(postmortemsDir, file))));
      }
      // The bodies rendered while the worker validated are stored now, then let go. (Until session
      // 18 they were let go before this loop: every body was rendered again, twice the rendering
      // of a cold internal build on this thread.)
      // A body that does not parse stops the load, but after the other bodies: each such body is
      // said (its file, line and column), not only the first, as validation lists every error
      // (suite time, session 49). Any other error stops the load at once, as before.
      const unparsed: BodySyntaxError[] = [];
      try {
        for (const postmortem of validated) {
          try {
            const id = await storeEntry(context, resolve(postmortem.file), postmortem.id, postmortem.source, postmortem.entryData!);
            if (id) seen.add(id);
          } catch (error) {
            if (!(error instanceof BodySyntaxError)) throw error;
            unparsed.push(error);
          }
        }
      } finally {
        prerendered.clear();
      }
      if (unparsed.length) {
        // A public build says what the scan of the sources found too, before it stops here: the
        // user fixes both at once, and the stop itself is the bodies', as before.
        const scanStop = await session.publicationScanStop();
        if (scanStop) console.error(scanStop);
        throw stopOnUnparsedBodies(unparsed);
      }
      for (const id of context.store.keys()) {
        if (seen.has(id)) continue;
        context.store.delete(id);
        session.storedData.delete(id);
      }
      bodies.retainOnly(seen);
      bodies.save(cacheFile);
      // Before the cache held the HTML as it is, it was JSON of the same name (12 MB at 1,000
      // postmortems), which nothing reads any more.
      rmSync(cacheFile.replace(/\.cache$/, '.json'), { force: true });

      const watcher = context.watcher;
      if (!watcher) return;
      watcher.add(postmortemsDir);
      const isPostmortem = (path: string) =>
        path.startsWith(postmortemsDir) && (postmortemExtensions as readonly string[]).some((ext) => path.endsWith(ext));
      // A save that empties the file and then writes it (`>` in a shell, some editors) gives the
      // watcher one event, read while the file was empty (chokidar folds a second change within
      // its throttle): the page kept its last version and the terminal said "the file is empty"
      // until the next save. Read again once the writes have settled, if the file is not what
      // was read.
      const readAgainIfChanged = (path: string, read: string) => setTimeout(() => {
        let now: string;
        try {
          now = readFileSync(path, 'utf8');
        } catch {
          return; // Deleted meanwhile: the unlink event says so.
        }
        if (now !== read) void onChange(path);
      }, 250);
      // What `npm run check` says of a saved file beyond its front matter (the body's findings,
      // lints, a public post's redaction findings) comes from the worker while this thread shows
      // the page; said once the check is done, unless a later save of the file asked again.
      const lastReports = new Map<string, string>();
      const latestCheck = new Map<string, number>();
      let checksAsked = 0;
      // `bodyStop`: settles once this thread rendered the body (or found it does not parse): a body
      // that does not parse is said with the check's report, once, in the check's words and fix.
      const reportCheck = (path: string, saidAlready: readonly Finding[], bodyStop: Promise<BodySyntaxError | undefined>) => {
        const asked = ++checksAsked;
        latestCheck.set(path, asked);
        const file = shownFromWorkingFolder(path);
        const check = session.checkFile(path).then((checked) => checked, (error: Error) => error);
        void Promise.all([check, bodyStop]).then(([checked, stop]) => {
          const latest = latestCheck.get(path) === asked;
          if (checked instanceof Error) {
            if (stop && latest) context.logger.error(stop.message);
            context.logger.warn(`${file}: what npm run check says of it could not be computed (${checked.message}); run npm run check -- ${file}.`);
            return;
          }
          if (!latest) return;
          const { print, last } = devCheckReport(file, checked.findings, saidAlready, lastReports.get(path), stop && { rule: stop.rule, message: stop.message });
          lastReports.set(path, last);
          if (print?.severity === 'error') context.logger.error(print.text);
          else if (print) context.logger.warn(print.text);
        });
      };
      const onChange = async (path: string) => {
        if (!isPostmortem(path)) return;
        try {
          const postmortem = await session.validateFile(path);
          readAgainIfChanged(path, postmortem.source);
          const errors = postmortem.findings.filter((finding) => finding.severity === 'error');
          let bodyParsed!: (stop?: BodySyntaxError) => void;
          reportCheck(path, errors, new Promise((settle) => (bodyParsed = settle)));
          if (errors.length) {
            bodyParsed();
            // The page keeps its last good version until the file is fixed.
            context.logger.error(formatFindingsText(errors, 1));
            return;
          }
          const bodyBefore = bodies.get(postmortem.id)?.digest;
          const storedBefore = context.store.get(postmortem.id)?.digest;
          try {
            await storeEntry(context, path, postmortem.id, postmortem.source, postmortem.entryData!);
            bodyParsed();
          } catch (error) {
            // Said with the check's report (reportCheck); the page keeps its last good version.
            if (error instanceof BodySyntaxError) return bodyParsed(error);
            bodyParsed();
            throw error;
          }
          // Astro reloads the page when its store changed; a body beside the store, we do.
          if (bodies.get(postmortem.id)?.digest !== bodyBefore && context.store.get(postmortem.id)?.digest === storedBefore) session.bodyRerendered();
          saveSoon(bodies, cacheFile);
        } catch (error) {
          // A body's error already starts with the file, line and column (withSourcePosition).
          const message = (error as Error).message;
          context.logger.error(message.includes(path) || message.startsWith(relative(process.cwd(), path)) ? message : `${relative(process.cwd(), path)}: ${message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        if (!isPostmortem(path)) return;
        session.forgetFile(path);
        session.validatedSources.forget(path);
        context.store.delete(postmortemIdFromPath(path));
        session.storedData.delete(postmortemIdFromPath(path));
        bodies.delete(postmortemIdFromPath(path));
        saveSoon(bodies, cacheFile);
      });
    },
  };

  /**
   * Internal site: renders every body that has no cached rendering while the worker validates
   * the frontmatter on the other core (the internal rendering needs no frontmatter), so
   * validation is not added to Astro's critical path. A body that fails here is rendered again
   * after validation, which reports it with its position.
   */
  async function renderWhileValidating(context: LoaderContext): Promise<void> {
    for (const file of listPostmortemFiles(postmortemsDir)) {
      // The build fails anyway; say so now rather than after rendering everything.
      if (session.validationFailed) return;
      const filePath = join(postmortemsDir, file);
      const id = postmortemIdFromPath(file);
      // Synchronously: the thread has nothing else to do meanwhile, and a promise per file cost more than the read.
      let source: string;
      try {
        source = readFileSync(filePath, 'utf8');
      } catch {
        continue; // Validation names the file and what is wrong with it.
      }
      const digest = renderDigestOf(context, source);
      if (session.renderedBodies.current(id, digest) || context.store.get(id)?.rendered?.metadata?.renderDigest === digest) continue;
      try {
        const body = await renderBody(context, filePath, source);
        // Cut now, while the body's MDX parse is the one `parseMdxOnce` holds (the internal cut
        // just made it): cut after validation, as storeEntry would, the parse is made again
        // (63-116 ms for the 184 public posts of 1,000, on this thread).
        const preview = 'rendered' in body && mayBeMarkedPublic(source) ? cutPreview(filePath, source) : undefined;
        prerendered.set(id, { source, body, preview });
      } catch {
        // Reported after validation, in file order, with its line and column.
      }
    }
  }

  function renderDigestOf(context: LoaderContext, source: string): string {
    return context.generateDigest(`${renderVersion}\0${renderContext}\0${variant}\0${source}`);
  }

  /** The internal site's cut of a public post's public text, for its preview (what it throws is kept, to be thrown where the preview is made). */
  function cutPreview(filePath: string, source: string): PreviewCut {
    try {
      // A draft's undefined reference is a warning of npm run check, as on its own page: refused
      // here, the internal build of a batch check passed stopped on a public draft (adoption round 50).
      return { cut: toFastMarkdown(source, { variant: 'public', isMdx: filePath.endsWith('.mdx'), file: filePath, purpose: 'preview', draft: isDraftSource(source) }) };
    } catch (error) {
      return { error };
    }
  }

  /** This site's rendering of a body, or why it needs the MDX compiler. */
  async function renderBody(context: LoaderContext, filePath: string, source: string): Promise<RenderedBody> {
    const fast = withSourcePosition(filePath, () =>
      toFastMarkdown(source, { variant, isMdx: filePath.endsWith('.mdx'), file: filePath, rewriteLink, draft: isDraftSource(source) }));
    if ('needsMdx' in fast) return { needsMdx: fast.needsMdx };
    return { rendered: await renderMarkdown(fast.markdown, { fileURL: pathToFileURL(filePath) }) };
  }

  /**
   * Stores one validated postmortem; returns its id, or undefined when this site does not show it.
   * Its data is kept beside Astro's store (`session.storedData`), not in it: Astro serialises the
   * whole store with devalue before it bundles it for the pages, and parses it back when they
   * load, 0.3-0.5 s of CPU on its thread at 1,000 postmortems (2.2 MB of data; docs/performance.md
   * "Session 26"), and again after every edit under `astro dev`. The store entry's digest still covers the data, so an edit of
   * the frontmatter changes the store, and the dev server reloads the page, as before.
   */
  async function storeEntry(context: LoaderContext, filePath: string, id: string, source: string, data: DraftPostmortem): Promise<string | undefined> {
    const stored = await storeEntryBesideData(context, filePath, id, source, data);
    if (stored) session.storedData.set(id, data);
    else session.storedData.delete(id);
    return stored;
  }

  async function storeEntryBesideData(context: LoaderContext, filePath: string, id: string, source: string, data: DraftPostmortem): Promise<string | undefined> {
    const bodies = session.renderedBodies;
    // Vite names a module by its real path (a link in the content folder resolved).
    const modulePath = realPathOr(filePath);
    session.validatedSources.forget(modulePath);
    if (variant === 'public' && !isPubliclyVisible(data as Postmortem)) {
      // The public build holds nothing of a postmortem customers do not see, not even its data.
      context.store.delete(id);
      bodies.delete(id);
      return undefined;
    }
    const renderDigest = renderDigestOf(context, source);
    const existing = context.store.get(id);
    const storedPath = relative(fileURLToPath(context.config.root), filePath);
    // The data is beside the store (storeEntry); the entry holds none.
    const entryData = {};
    const dataJson = JSON.stringify(data);
    // No `body`: similarity reads the session's copy (kb-session.ts). The rendered body is kept
    // beside the store (rendered-bodies.ts), so the entry's digest covers only what the store
    // holds: an edit of the body alone leaves Astro's store as it was.
    const storeBodyBeside = (html: string, publicHtml?: string) => {
      bodies.set(id, { digest: renderDigest, html, ...(publicHtml === undefined ? {} : { publicHtml }) });
      context.store.set({ id, data: entryData, filePath: storedPath, digest: context.generateDigest(`data beside\0${storedPath}\0${dataJson}`) });
      return id;
    };
    const cached = bodies.current(id, renderDigest);
    if (cached) return storeBodyBeside(cached.html, cached.publicHtml);
    // A body with images stays in the store (Astro resolves their references when it renders the
    // entry); its digest covers the rendering and the data.
    const digest = context.generateDigest(`${renderDigest}\0${dataJson}`);
    if (existing && existing.filePath === storedPath && existing.rendered?.metadata?.renderDigest === renderDigest) {
      if (existing.digest !== digest) context.store.set({ ...existing, data: entryData, digest });
      return id;
    }
    const early = prerendered.get(id);
    const body = early?.source === source ? early.body : await renderBody(context, filePath, source);
    const preview = 'rendered' in body && variant === 'internal' && isMarkedPublic(data as Postmortem)
      ? (early?.source === source && early.preview) || cutPreview(filePath, source)
      : undefined;
    const publicText = preview && withSourcePosition(filePath, () => {
      if ('error' in preview) throw preview.error;
      return preview.cut;
    });
    const needsMdx = 'needsMdx' in body ? body.needsMdx : publicText && 'needsMdx' in publicText ? `its public text ${publicText.needsMdx}` : undefined;
    if (needsMdx !== undefined || !('rendered' in body)) {
      context.logger.info(`${relative(postmortemsDir, filePath)}: compiled as MDX because ${needsMdx}`);
      bodies.delete(id);
      // @astrojs/mdx reads the file again: its text must be this one (validated-source-guard.ts).
      session.validatedSources.record(modulePath, source);
      context.store.set({ id, data: entryData, filePath: storedPath, digest, deferredRender: true });
      return id;
    }
    const fileURL = pathToFileURL(filePath);
    const rendered = body.rendered;
    let publicHtml: string | undefined;
    if (publicText && 'markdown' in publicText) {
      publicHtml = nameImagesInPreview((await renderMarkdown(publicText.markdown, { fileURL })).html);
    }
    if (!rendered.metadata?.imagePaths?.length) return storeBodyBeside(rendered.html, publicHtml);
    bodies.delete(id);
    rendered.metadata = { ...rendered.metadata, renderDigest, ...(publicHtml === undefined ? {} : { publicHtml }) };
    context.store.set({ id, data: entryData, filePath: storedPath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
    return id;
  }
}

/** A file's real path, or the path as given when it cannot be resolved. */
function realPathOr(filePath: string): string {
  try {
    // realpath(3) in one call, as Vite's own resolution (the JS version stats each folder of the path).
    return realpathSync.native(filePath);
  } catch {
    return filePath;
  }
}

/** Where the rendered bodies are kept between builds and dev-server restarts: Astro's cache folder, one file per site. */
function renderedBodiesFile(context: LoaderContext, variant: KbSession['variant']): string {
  return join(fileURLToPath(context.config.cacheDir), `postmortem-bodies-${variant}.cache`);
}

const pendingSaves = new WeakMap<RenderedBodies, ReturnType<typeof setTimeout>>();

/** Dev server: saves the bodies a second after the last edit, off the edit's path. */
function saveSoon(bodies: RenderedBodies, file: string): void {
  clearTimeout(pendingSaves.get(bodies));
  const timer = setTimeout(() => {
    try {
      bodies.save(file);
    } catch (error) {
      console.error(`Could not save the rendered bodies to ${file}: ${(error as Error).message}`);
    }
  }, 1000);
  timer.unref();
  pendingSaves.set(bodies, timer);
}

/** A file that does not validate stops a full load, with every problem listed. */
function failOnErrors(postmortem: ValidatedPostmortem): ValidatedPostmortem {
  const errors = postmortem.findings.filter((finding) => finding.severity === 'error');
  if (errors.length) {
    console.error(formatFindingsText(errors, 1));
    throw new KbBuildError(`${postmortem.file} has ${errors.length} error(s) (listed above).`);
  }
  return postmortem;
}

/** A body that does not parse, or markup the site refuses: said with its file, line and column. */
class BodySyntaxError extends KbBuildError {
  /** The rule `npm run check` says it under: `mdx/syntax`, or the refused markup's (`body/active-content`, …). */
  readonly rule: string;
  constructor(message: string, rule: string) {
    super(message);
    this.rule = rule;
  }
}

/**
 * The error that stops the load on bodies that do not parse: one is thrown as it is; of several,
 * each is printed and the error names how many (the build prints its message last, as "Build failed").
 */
function stopOnUnparsedBodies(unparsed: readonly BodySyntaxError[]): KbBuildError {
  if (unparsed.length === 1) return unparsed[0]!;
  for (const error of unparsed) console.error(error.message);
  return new KbBuildError(`${unparsed.length} postmortem bodies do not parse (each listed above with its file, line and column). Run \`npm run check\` for every problem and its fix.`);
}

/**
 * Runs `parse`; a body that does not parse stops the sync with the file, line and column, as
 * `npm run check` reports them.
 */
function withSourcePosition<T>(filePath: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof MarkdownSyntaxError)) throw error;
    const file = shownFromWorkingFolder(filePath);
    const problem = error instanceof RefusedMarkupError ? `${error.rule}: ${error.reason}` : `the MDX body does not parse: ${error.reason}`;
    // A KbBuildError without a cause: `astro dev` printed the parser's stack under the message.
    throw new BodySyntaxError(`${file}:${error.line}:${error.column}: ${problem.replace(/\.$/, "")}. Run \`npm run check\` for every problem and its fix.`, error instanceof RefusedMarkupError ? error.rule : 'mdx/syntax');
  }
}
