import { visit } from 'unist-util-visit';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { splitFrontmatter } from '../frontmatter.ts';
import { parseBodyText } from '../body-tree.ts';

/**
 * The images an imported report shows. A report refers to its images by paths relative to where
 * it was written (`../../media/outage.png`, `/assets/images/graph.png` from the root of the
 * repository it came from); in the draft, written elsewhere, such a path points at nothing and
 * Astro's build stops on it. The importer copies each image it finds beside the drafts
 * (`<out>/media/<draft id>/<name>`) and points the reference there; a reference to an image that
 * cannot be found becomes a note, inside `<Internal>`, that keeps its description and its original path.
 */

/** One image the draft shows: Markdown `![alt](url)` or an HTML `<img src>`. */
export interface ImageReference {
  url: string;
  alt: string;
  /** Line in the draft (1-based, frontmatter included). */
  line: number;
  kind: 'markdown' | 'html';
}

/** True for a path on disk; false for `https:`, `data:`, protocol-relative and in-page URLs. */
export function isLocalImageUrl(url: string): boolean {
  return url !== '' && !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#');
}

/** The file path a local URL names: without `?query` or `#fragment`, percent-escapes decoded. */
export function imagePathOf(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

interface Located extends ImageReference {
  start: number;
  end: number;
  /** The Markdown of the description as written (escapes kept), for Markdown images. */
  altSource: string;
  title?: string | null;
  /**
   * Set when the image is all a link shows (`[![graph](a.png)](https://…)`, `<a href><img></a>`):
   * the link's address, or '' when it is not written there (a reference link).
   */
  aloneInLinkTo?: string;
}

/** The address of the link `parent` is when `node` is all it shows (blank text aside), else undefined. */
function linkShowingOnly(node: unknown, parent: any): string | undefined {
  if (!parent) return undefined;
  const isLink = parent.type === 'link' || parent.type === 'linkReference' || ((parent.type === 'mdxJsxTextElement' || parent.type === 'mdxJsxFlowElement') && parent.name === 'a');
  if (!isLink) return undefined;
  const others = (parent.children ?? []).filter((child: any) => child !== node && !(child.type === 'text' && !child.value.trim()));
  if (others.length) return undefined;
  if (parent.type === 'link') return parent.url ?? '';
  if (parent.type === 'linkReference') return '';
  const href = parent.attributes?.find((a: any) => a.type === 'mdxJsxAttribute' && a.name === 'href')?.value;
  return typeof href === 'string' ? href : '';
}

/** Images of an MDX body, with their offsets in it. */
function locateImages(body: string): Located[] {
  const found: Located[] = [];
  // remark is loaded on first use (body-tree.ts): a build's checks import this module's path helpers only.
  const tree = parseBodyText(body, true);
  visit(tree, (node: any, _index: number | undefined, parent: any) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'image') {
      const written = body.slice(start, end);
      const altEnd = written.lastIndexOf('](');
      found.push({ kind: 'markdown', url: node.url, alt: node.alt ?? '', title: node.title, line: node.position.start.line, start, end, altSource: altEnd > 1 ? written.slice(2, altEnd) : '', aloneInLinkTo: linkShowingOnly(node, parent) });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const attribute = (name: string) => node.attributes.find((a: any) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const src = attribute('src');
      if (typeof src !== 'string') return;
      const alt = attribute('alt');
      found.push({ kind: 'html', url: src, alt: typeof alt === 'string' ? alt : '', line: node.position.start.line, start, end, altSource: '', aloneInLinkTo: linkShowingOnly(node, parent) });
    }
  });
  return found;
}

/** What becomes of one reference: copied to `newUrl`, not found, or left as written (remote). */
export type ImageDecision = { kind: 'copied'; newUrl: string } | { kind: 'missing' } | { kind: 'kept' };

/** Text as MDX shows it literally: marks, brackets, braces and angle brackets escaped. */
const escapeMarkdown = (text: string) => text.replace(/[{}<>[\]\\*_`]/g, '\\$&');

/**
 * The text that replaces an image that could not be found: its description and the path it had,
 * so no word of the report is lost and the draft points at nothing that would stop the build.
 */
export function missingImageText(reference: { url: string; alt: string; altSource?: string; title?: string | null }): string {
  // The Markdown description as written is already safe; an HTML alt attribute is escaped.
  const description = (reference.altSource || escapeMarkdown(reference.alt)).trim();
  // A title (`![Graph](a.png "Errors while testing")`) is the writer's caption: it is kept too.
  const title = reference.title?.trim() && reference.title.trim() !== reference.alt.trim() ? ` "${escapeMarkdown(reference.title.trim())}"` : '';
  const path = reference.url.replace(/`/g, "'");
  return `[Image not found when imported${description ? `: ${description}` : ''}${title} (\`${path}\`)]`;
}

/**
 * What replaces an image that could not be found when it was all a link showed
 * (`[![graph](lost.png)](https://…)`). The note alone, inside `<Internal>`, left the public page an
 * empty link (adoption round 52): an address a reader cannot see or follow, announced by a screen
 * reader as a link with no name. The link's words become what the image stood for on both sites,
 * its description (else its title, else the link's own address, as an autolink shows it); the
 * note after them, inside `<Internal>`, keeps the image's path for the team.
 */
export function missingLinkedImageText(reference: { url: string; alt: string; altSource?: string; title?: string | null }, linkUrl: string): string {
  const description = (reference.altSource || escapeMarkdown(reference.alt)).trim();
  const title = reference.title?.trim() ? escapeMarkdown(reference.title.trim()) : '';
  const words = description || title || (linkUrl ? escapeMarkdown(linkUrl) : 'the linked page');
  // The words are the description (or title) already: the note names the path alone.
  return `${words}<Internal> ${missingImageText({ url: reference.url, alt: '', altSource: '', title: description ? reference.title : null })}</Internal>`;
}

/** Rewrites the images of a draft's body as `decide` says; the frontmatter is left as it is. */
export function rewriteImageReferences(draft: string, decide: (reference: ImageReference) => ImageDecision): { draft: string; references: (ImageReference & { decision: ImageDecision })[] } {
  const split = splitFrontmatter(draft);
  const head = draft.slice(0, draft.length - split.body.length);
  // Decided in the order of the text (the first image keeps its name), applied from the end so
  // the offsets of the images before stay valid.
  const images = locateImages(split.body);
  const references = images.map((image) => {
    const reference: ImageReference = { url: image.url, alt: image.alt, line: image.line + split.bodyStartLine - 1, kind: image.kind };
    return { ...reference, decision: decide(reference) };
  });
  let body = split.body;
  for (let i = images.length - 1; i >= 0; i--) {
    const image = images[i];
    const decision = references[i].decision;
    let replacement: string | undefined;
    // The note is for the team, not for customers (adoption round 52: the public pages of imported
    // posts read "[Image not found when imported: …]" and the report's own path): inside
    // <Internal>, the internal page shows it where the image was, the public page leaves it out.
    if (decision.kind === 'missing') {
      replacement = image.aloneInLinkTo === undefined ? `<Internal>${missingImageText(image)}</Internal>` : missingLinkedImageText(image, image.aloneInLinkTo);
    }
    if (decision.kind === 'copied') {
      // An HTML <img> becomes a Markdown image: Astro builds only those into the site (a raw
      // <img src="./media/…"> would point at a page-relative URL that does not exist).
      const alt = image.kind === 'markdown' ? image.altSource : escapeMarkdown(image.alt);
      replacement = `![${alt}](${decision.newUrl}${image.title ? ` "${image.title.replace(/"/g, '\\"')}"` : ''})`;
    }
    if (replacement !== undefined) body = body.slice(0, image.start) + replacement + body.slice(image.end);
  }
  return { draft: head + body, references };
}

/** A name safe in a URL and on any file system: `SaaS uptime (1).png` -> `saas-uptime-1.png`. */
export function safeImageName(path: string): string {
  const extension = extname(path).toLowerCase().replace(/[^.a-z\d]/g, '');
  const stem = basename(path, extname(path)).toLowerCase().replace(/[^a-z\d]+/g, '-').replace(/^-+|-+$/g, '');
  return `${stem || 'image'}${extension}`;
}

/** Where the importer looks for a report's images, and what it may touch. */
export interface ImageSearch {
  /** The report's file. */
  sourceFile: string;
  /**
   * The folder given on the command line (or the report's own folder): a path starting with `/`
   * is read from there or a folder between it and the report, as a site generator serves it.
   */
  sourceRoot: string;
  /** The folder the drafts are written to. */
  outDir: string;
  /** The draft's id: its images go to `<outDir>/media/<id>/`. */
  draftId: string;
  isFile(path: string): boolean;
  /**
   * Images held inside the report itself (a Word document's), by the URL the draft shows them by:
   * copied from these bytes rather than looked for on disk.
   */
  embedded?: readonly { url: string; bytes: Uint8Array }[];
}

/** One image to copy: from the report's folder to the media folder beside the drafts. */
export interface ImageCopy {
  /** The image's file; for an image inside the report, `<report>#<url>` (written from `bytes`). */
  from: string;
  to: string;
  /** The image, when it is held inside the report (a .docx) rather than in a file of its own. */
  bytes?: Uint8Array;
}

export interface PlacedImages {
  draft: string;
  copies: ImageCopy[];
  /** References to images that could not be found: kept as text (see {@link missingImageText}). */
  missing: ImageReference[];
  /** Remote images (`https://…`), kept as links to where they are. */
  remote: number;
}

/** The file a local image URL of the report names, if it exists. */
export function findImageFile(url: string, search: Pick<ImageSearch, 'sourceFile' | 'sourceRoot' | 'isFile'>): string | undefined {
  const path = imagePathOf(url);
  if (!path) return undefined;
  if (!path.startsWith('/')) {
    const file = resolve(dirname(search.sourceFile), path);
    return search.isFile(file) ? file : undefined;
  }
  // Root-relative: from the report's folder up to the root it was imported from, never above.
  const root = resolve(search.sourceRoot);
  for (let folder = resolve(dirname(search.sourceFile)); ; folder = dirname(folder)) {
    const file = join(folder, path);
    if (search.isFile(file)) return file;
    const fromRoot = relative(root, folder);
    if (!fromRoot || fromRoot.startsWith('..') || isAbsolute(fromRoot) || folder === dirname(folder)) return undefined;
  }
}

/**
 * Points every local image of a draft at a copy in `<outDir>/media/<draft id>/`, and turns a
 * reference to an image that cannot be found into text. Never overwrites: a name already taken
 * (by another image of the same report, or a file left there before) gets `-2`, `-3`, ….
 * Writes nothing itself; the caller copies `copies`.
 */
export function placeImages(draft: string, search: ImageSearch): PlacedImages {
  const copies: ImageCopy[] = [];
  const missing: ImageReference[] = [];
  let remote = 0;
  const mediaDir = join(search.outDir, 'media', search.draftId);
  const copied = new Map<string, string>();
  const taken = new Set<string>();
  const rewritten = rewriteImageReferences(draft, (reference) => {
    if (!isLocalImageUrl(reference.url)) {
      if (/^(https?:)?\/\//i.test(reference.url)) remote++;
      return { kind: 'kept' };
    }
    const inside = search.embedded?.find((image) => image.url === reference.url);
    const file = inside ? `${search.sourceFile}#${inside.url}` : findImageFile(reference.url, search);
    if (!file) {
      missing.push(reference);
      return { kind: 'missing' };
    }
    let target = copied.get(file);
    if (!target) {
      const name = safeImageName(file);
      const stem = name.slice(0, name.length - extname(name).length);
      target = join(mediaDir, name);
      for (let n = 2; taken.has(target) || search.isFile(target); n++) target = join(mediaDir, `${stem}-${n}${extname(name)}`);
      taken.add(target);
      copied.set(file, target);
      copies.push({ from: file, to: target, ...(inside && { bytes: inside.bytes }) });
    }
    return { kind: 'copied', newUrl: `./${relative(search.outDir, target).split(sep).join('/')}` };
  });
  return { draft: rewritten.draft, copies, missing, remote };
}
