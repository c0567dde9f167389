import { join } from 'node:path/posix';
import type { Finding } from './findings.ts';
import { formatFieldPath, sortFindings } from './findings.ts';
import type { Postmortem } from './postmortem-schema.ts';
import { postmortemIdFromPath } from './content-files.ts';
import { parseVocabulary, VocabularyError, type Vocabulary, type VocabularyKind } from './vocabulary.ts';
import { validatePostmortemSource } from './validate-postmortem.ts';
import { isPubliclyVisible, publicFrontmatterFields, toPublicPostmortem } from './public-projection.ts';
import { findAliasedPublicFields } from './publication/public-field-aliases.ts';
import { scanPostmortemForPublication } from './publication-scan.ts';
import { PublicVariantError } from './strip-internal.ts';
import { MdxSyntaxError } from './mdx-tree.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { extractPublicBodyText, renderPublicPostText } from './public-post-text.ts';
import { diffLines, withContext, type DiffLine } from './line-diff.ts';

/** The content folder at one point in history: postmortem sources and vocabulary sources. */
export interface ContentSnapshot {
  /** Postmortem sources by path relative to the `postmortems/` folder (`2025/x.mdx`). */
  postmortems: ReadonlyMap<string, string>;
  /** Vocabulary file sources (a missing file is the empty string). */
  vocabulary: Record<VocabularyKind, string>;
}

export interface PublicDiffOptions {
  /** The content folder as shown in file names, e.g. `content`. */
  contentDir: string;
  /** Files git saw renamed between the two snapshots, as paths relative to `postmortems/`. */
  renames?: readonly { from: string; to: string }[];
  /** Redaction settings of the public build (service ids are taken from the new vocabulary). */
  redaction: { internalDomains: readonly string[]; people: readonly string[] };
}

/**
 * What a change means for customers:
 * - `added`: a post becomes public (new file, or one that turned public or was published);
 * - `removed`: a post stops being public (deleted, turned internal, or back in review);
 * - `changed`: a public post stays public and its text changes;
 * - `moved`: a public post's file was renamed, so its address changes (its text may change too);
 * - `pending`: a post marked public but not yet published: what customers will read once it is.
 */
export type PublicChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'pending';

export interface PublicPostChange {
  kind: PublicChangeKind;
  id: string;
  /** Address on the public site. */
  url: string;
  /** The source file (the old one for `removed`). */
  file: string;
  /** For `moved`: the old id, address and file. */
  previous?: { id: string; url: string; file: string };
  /** Public title customers see (the new one, else the old one). */
  title: string;
  /** Why a post stops being public, or why a pending one is not yet. */
  reason?: string;
  /** Line diff of the customer-visible text, old to new (every line for a new or removed post). */
  diff: DiffLine[];
  /** Redaction findings in what the new version would publish. */
  findings: Finding[];
}

export interface PublicDiff {
  changes: PublicPostChange[];
  /** Files whose public text cannot be computed (schema errors): `npm run check` says why. */
  unreadable: { file: string; side: 'base' | 'head'; message: string }[];
  counts: Record<PublicChangeKind, number> & { findings: number };
}

/** One side's view of a post: where it is, whether customers see it, and its text. */
interface PostView {
  id: string;
  file: string;
  source: string;
  data: Postmortem;
  state: 'public' | 'pending' | 'internal';
  /** The text customers read (or would read once published); undefined for internal posts. */
  text?: string;
  /** Why the text could not be computed (the public build would refuse the source). */
  refusal?: string;
  /** The public title is a YAML alias of text written elsewhere: the change is named by its id. */
  titleAliased?: boolean;
}

const publicUrl = (id: string) => `/incidents/${id}/`;

function describeState(view: PostView | undefined): string {
  if (!view) return 'the file is deleted';
  if (view.data.visibility !== 'public') return 'visibility is now internal';
  if (!view.data.public) return 'it has no `public` wording';
  return `status is ${view.data.status}`;
}

/** Body text by source: a file unchanged between the two versions is parsed once. */
type BodyTextCache = Map<string, { text: string } | { refusal: string }>;

function publicBodyText(file: string, source: string, cache: BodyTextCache): { text: string } | { refusal: string } {
  const key = `${file.endsWith('.md') ? 'md' : 'mdx'}\u0000${source}`;
  let entry = cache.get(key);
  if (!entry) {
    try {
      entry = { text: extractPublicBodyText(file, source) };
    } catch (error) {
      // A body that does not parse (an unclosed <Internal>, say) has no public text to compare:
      // refused like a source the public cut refuses, never a crash (canary round 32).
      if (error instanceof MdxSyntaxError) {
        const line = error.line + splitFrontmatter(source).bodyStartLine - 1;
        entry = { refusal: `${file}:${line}: the body does not parse (${error.reason}), so its public text cannot be computed; run npm run check for the fix.` };
      } else if (!(error instanceof PublicVariantError)) throw error;
      else entry = { refusal: error.message };
    }
    cache.set(key, entry);
  }
  return entry;
}

/**
 * Ids of services whose customer-facing name (`publicName`) differs between the two versions:
 * the only vocabulary change a customer can see. `all` when either vocabulary does not parse.
 */
function findServicesWithNewPublicNames(base: ContentSnapshot, head: ContentSnapshot, contentDir: string): Set<string> | 'all' {
  if (base.vocabulary.services === head.vocabulary.services) return new Set();
  try {
    const before = parseVocabulary(base.vocabulary, contentDir).services;
    const after = parseVocabulary(head.vocabulary, contentDir).services;
    const ids = new Set([...before.keys(), ...after.keys()]);
    return new Set([...ids].filter((id) => before.get(id)?.publicName !== after.get(id)?.publicName));
  } catch (error) {
    if (!(error instanceof VocabularyError)) throw error;
    return 'all';
  }
}

/** The views of the posts at `paths` (all others are unchanged and need no reading). */
function readSnapshot(
  snapshot: ContentSnapshot,
  paths: ReadonlySet<string>,
  side: 'base' | 'head',
  options: PublicDiffOptions,
  unreadable: PublicDiff['unreadable'],
  bodyTexts: BodyTextCache,
) {
  const views = new Map<string, PostView>();
  let vocabulary: Vocabulary;
  try {
    vocabulary = parseVocabulary(snapshot.vocabulary, options.contentDir);
  } catch (error) {
    if (!(error instanceof VocabularyError)) throw error;
    unreadable.push({ file: options.contentDir, side, message: error.message });
    return { views, vocabulary: undefined };
  }
  const knownIds = new Set([...snapshot.postmortems.keys()].map(postmortemIdFromPath));
  for (const path of [...paths].sort()) {
    const source = snapshot.postmortems.get(path);
    if (source === undefined) continue;
    const file = join(options.contentDir, 'postmortems', path);
    const id = postmortemIdFromPath(path);
    const validated = validatePostmortemSource(file, id, source, { vocabulary, knownIds, contentDir: options.contentDir, frontmatterOnly: true });
    const data = validated.data;
    if (!data) {
      const errors = validated.findings.filter((f) => f.severity === 'error');
      unreadable.push({ file, side, message: `${errors.length} error${errors.length === 1 ? '' : 's'}, first: line ${errors[0]?.line}: ${errors[0]?.message}` });
      continue;
    }
    const wantsPublic = data.visibility === 'public' && data.public !== undefined;
    const view: PostView = { id, file, source, data, state: isPubliclyVisible(data) ? 'public' : wantsPublic ? 'pending' : 'internal' };
    if (wantsPublic) {
      const body = publicBodyText(file, source, bodyTexts);
      // A public field that is a YAML alias shows text written elsewhere, an internal field's
      // perhaps (canary round 34): refused like a body the cut refuses, its text not shown.
      const aliased = findAliasedPublicFields(splitFrontmatter(source).yaml, publicFrontmatterFields(data).map((field) => field.path))[0];
      if (aliased) {
        const line = splitFrontmatter(source).yamlStartLine + splitFrontmatter(source).yaml.slice(0, aliased.offset).split('\n').length - 1;
        view.refusal = `${file}:${line}: ${formatFieldPath(aliased.path)} is the YAML alias ${aliased.alias}, text written elsewhere in the frontmatter; write the public text itself.`;
        view.text = '';
        view.titleAliased = aliased.path.join('.') === 'public.title';
      } else if ('refusal' in body) {
        view.refusal = body.refusal;
        view.text = '';
      } else {
        view.text = renderPublicPostText(toPublicPostmortem(id, data, vocabulary), body.text);
      }
    }
    views.set(path, view);
  }
  return { views, vocabulary };
}

function findingsFor(view: PostView, vocabulary: Vocabulary, options: PublicDiffOptions): Finding[] {
  if (view.refusal !== undefined) {
    return [{ file: view.file, line: Number(/:(\d+):/.exec(view.refusal)?.[1] ?? 1), column: 1, rule: 'public/source', severity: 'error', message: view.refusal }];
  }
  const redaction = { internalDomains: options.redaction.internalDomains, people: options.redaction.people, serviceIds: [...vocabulary.services.keys()] };
  return sortFindings(scanPostmortemForPublication(view.file, view.source, view.data, redaction).findings);
}

/**
 * What customers will see change between two versions of a content folder: each post that
 * becomes public, stops being public, changes, moves or waits for publication, with a line diff
 * of its customer-visible text (the public projection and the body without `<Internal>`
 * blocks, as plain text) and the redaction findings in its new version. Posts whose public text
 * is unchanged are left out, whatever changed in their internal parts. Ordered by file.
 */
export function computePublicDiff(base: ContentSnapshot, head: ContentSnapshot, options: PublicDiffOptions): PublicDiff {
  const unreadable: PublicDiff['unreadable'] = [];
  const renamedTo = new Map((options.renames ?? []).map(({ from, to }) => [to, from]));
  const basePathOf = (path: string) => (base.postmortems.has(path) ? path : renamedTo.get(path) ?? path);
  // An unchanged source shows customers the same text unless the customer name of one of its
  // services changed: only the other posts are read, which keeps a one-file pull request fast in
  // a knowledge base of thousands.
  const renamedServices = findServicesWithNewPublicNames(base, head, options.contentDir);
  const mayShowNewNames = (source: string) => renamedServices === 'all' || [...renamedServices].some((id) => source.includes(id));
  const headPaths = new Set([...head.postmortems].filter(([path, source]) =>
    basePathOf(path) !== path || base.postmortems.get(path) !== source || mayShowNewNames(source)).map(([path]) => path));
  const basePaths = new Set([...headPaths].map(basePathOf));
  const keptBasePaths = new Set([...head.postmortems.keys()].map(basePathOf));
  for (const path of base.postmortems.keys()) if (!keptBasePaths.has(path)) basePaths.add(path);
  const bodyTexts: BodyTextCache = new Map();
  const before = readSnapshot(base, basePaths, 'base', options, unreadable, bodyTexts);
  const after = readSnapshot(head, headPaths, 'head', options, unreadable, bodyTexts);
  const changes: PublicPostChange[] = [];
  const matchedBase = new Set<string>();
  const shown = (view: PostView | undefined) => (view && view.state !== 'internal' ? view.text ?? '' : '');

  for (const [path, view] of after.views) {
    const basePath = basePathOf(path);
    const old = before.views.get(basePath);
    if (old || base.postmortems.has(basePath)) matchedBase.add(basePath);
    const oldPublicText = old?.state === 'public' ? old.text ?? '' : '';
    let kind: PublicChangeKind | undefined;
    let reason: string | undefined;
    if (view.state === 'public') {
      if (old?.state !== 'public') kind = 'added';
      else if (old.id !== view.id) kind = 'moved';
      else if (old.text !== view.text) kind = 'changed';
    } else if (old?.state === 'public') {
      kind = 'removed';
      reason = describeState(view);
    }
    if (kind === 'removed') {
      changes.push({ kind, id: old!.id, url: publicUrl(old!.id), file: old!.file, title: old!.titleAliased ? old!.id : old!.data.public!.title, reason, diff: diffLines(oldPublicText, ''), findings: [] });
      continue;
    }
    if (!kind && view.state === 'pending' && shown(old) !== view.text) {
      kind = 'pending';
      reason = `status is ${view.data.status}: customers see it once it is published`;
    }
    if (!kind) continue;
    // A pending post is compared with what the old version showed or would have shown.
    const oldText = kind === 'pending' ? shown(old) : oldPublicText;
    changes.push({
      kind,
      id: view.id,
      url: publicUrl(view.id),
      file: view.file,
      previous: kind === 'moved' ? { id: old!.id, url: publicUrl(old!.id), file: old!.file } : undefined,
      title: view.titleAliased ? view.id : view.data.public!.title,
      reason,
      diff: diffLines(oldText, view.text ?? ''),
      findings: after.vocabulary ? findingsFor(view, after.vocabulary, options) : [],
    });
  }
  for (const [path, old] of before.views) {
    if (matchedBase.has(path) || old.state !== 'public') continue;
    const headSource = head.postmortems.has(path);
    // A file in the new version that does not validate is reported as unreadable, not as removed.
    if (headSource) continue;
    changes.push({ kind: 'removed', id: old.id, url: publicUrl(old.id), file: old.file, title: old.titleAliased ? old.id : old.data.public!.title, reason: describeState(undefined), diff: diffLines(old.text ?? '', ''), findings: [] });
  }
  changes.sort((a, b) => a.file.localeCompare(b.file, 'en') || a.kind.localeCompare(b.kind, 'en'));
  const counts = { added: 0, removed: 0, changed: 0, moved: 0, pending: 0, findings: 0 };
  for (const change of changes) {
    counts[change.kind]++;
    counts.findings += change.findings.length;
  }
  return { changes, unreadable, counts };
}

/** The marker that identifies the public-diff comment on a pull request, so it is updated in place. */
export const publicDiffMarker = '<!-- postmortem-kb:public-diff -->';

const headings: Record<PublicChangeKind, string> = {
  added: 'Becomes public',
  removed: 'Stops being public',
  changed: 'Changes',
  moved: 'Moves to a new address',
  pending: 'Public once published',
};

/** Wraps text in a code fence longer than any run of backticks inside it. */
function fence(language: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language}\n${text}\n${ticks}`;
}

/**
 * The public diff as Markdown for a pull-request comment or a job summary: a one-line summary,
 * then per post its address, why, the redaction findings and a ```diff block of the customer
 * text with `context` lines around each change. Each post's diff is cut after `maxLines` lines
 * (a pull-request comment holds at most 65,536 characters), saying so.
 */
export function formatPublicDiffMarkdown(diff: PublicDiff, options: { base: string; context?: number; maxLines?: number }): string {
  const { counts } = diff;
  const parts: string[] = [publicDiffMarker, '## What customers will see change', ''];
  const summary = [
    counts.added && `${counts.added} post${counts.added === 1 ? '' : 's'} become${counts.added === 1 ? 's' : ''} public`,
    counts.removed && `${counts.removed} stop${counts.removed === 1 ? 's' : ''} being public`,
    counts.changed && `${counts.changed} changed`,
    counts.moved && `${counts.moved} moved to a new address`,
    counts.pending && `${counts.pending} will be public once published`,
  ].filter(Boolean);
  if (!summary.length && !diff.unreadable.length) {
    parts.push(`Compared with \`${options.base}\`: nothing customers see changes.`);
    return parts.join('\n') + '\n';
  }
  parts.push(`Compared with \`${options.base}\`: ${summary.join(', ') || 'no readable change'}. ` +
    (counts.findings ? `**${counts.findings} redaction finding${counts.findings === 1 ? '' : 's'}**.` : 'No redaction findings.'), '');
  for (const change of diff.changes) {
    parts.push(`### ${headings[change.kind]}: ${change.title}`, '');
    const where = change.previous
      ? `\`${change.previous.url}\` → \`${change.url}\` (\`${change.previous.file}\` → \`${change.file}\`)`
      : `\`${change.url}\` (\`${change.file}\`)`;
    parts.push(`${where}${change.reason ? `: ${change.reason}` : ''}`, '');
    if (change.findings.length) {
      parts.push('Redaction findings:', '');
      for (const f of change.findings) parts.push(`- \`${f.file}:${f.line}:${f.column}\` ${f.rule}: ${f.message}`);
      parts.push('');
    }
    const lines = change.kind === 'added' || change.kind === 'removed' ? change.diff : withContext(change.diff, options.context ?? 2);
    if (!lines.length) continue;
    const maxLines = options.maxLines ?? 150;
    const body = lines.slice(0, maxLines).map((line) => (line.op === '…' ? `@@ ${line.skipped} unchanged line${line.skipped === 1 ? '' : 's'} @@` : `${line.op} ${line.text}`));
    if (lines.length > maxLines) body.push(`@@ ${lines.length - maxLines} more lines not shown @@`);
    parts.push(fence('diff', body.join('\n')), '');
  }
  if (diff.unreadable.length) {
    parts.push('### Not compared', '', 'These files do not validate, so their public text is unknown; `npm run check` says why:', '');
    for (const u of diff.unreadable) parts.push(`- \`${u.file}\` (${u.side === 'base' ? 'old version' : 'new version'}): ${u.message}`);
    parts.push('');
  }
  return parts.join('\n');
}
