import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { splitFrontmatter } from './frontmatter-split.ts';
import { withPublishedStatus } from './draft-source.ts';
import { actionItemStatuses } from './postmortem-schema.ts';
import type { BatchFacts } from './import/batch-facts.ts';
import { titleWithoutItsDate } from './public-title.ts';
import { reportMarkedNotPublic } from './report-marked-not-public.ts';

export type ActionItemStatus = (typeof actionItemStatuses)[number];

/**
 * Facts of a whole batch filled into drafts already written (`npm run fill`): the import's
 * `--set` works only while importing, and the import never overwrites a draft, so an adopter who
 * decided a batch fact after importing (a starting severity, the drafted day) edited every draft
 * by hand or wrote a script. Measured on 40 imported reports: 237 errors on publishing, 6 a draft,
 * most of them the same fact missing in every file; a hand-written script broke the YAML of 22.
 *
 * As with `--set`, a value fills a field only where the file has none: nothing written is changed.
 * Only the frontmatter's missing keys are added; every other byte of the file stays as it was.
 */
export interface DraftFill extends BatchFacts {
  /** The status of every action item that has none (what the team knows of it today). */
  actionItemStatus?: ActionItemStatus;
  /**
   * Make each internal file public, its `public.title` and `public.summary` its own title and
   * summary (`--public`): for reports the organisation already published (its blog's incident
   * posts), whose wording is already the customers'. An organisation adopting with 18 such posts
   * wrote the same five lines into each by hand. A file with a `public:` block of its own, or
   * without a summary, is left as it is.
   */
  makePublic?: boolean;
}

/** What filling one draft did. */
export interface DraftFillResult {
  /** The file with the missing facts added ('' when the draft was left alone). */
  text: string;
  /** Each fact filled, as `severity`, `actionItems[2].status`. */
  filled: string[];
  /** Why the draft was left alone, when it was. */
  skipped?: string;
  /**
   * With `makePublic`, why this internal file was not made public, with what to do: said, not
   * left silent (session 28: the one report of 32 without a summary stayed internal unnoticed).
   */
  notMadePublic?: string;
}

/** Frontmatter keys in the order the import writes them: a filled key goes after the last key before it that the draft has. */
const keyOrder = ['title', 'summary', 'severity', 'status', 'visibility', 'historical', 'services', 'teams', 'tags', 'trigger', 'times', 'impact', 'drafted', 'published'];

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The frontmatter as a YAML document, or why it cannot be edited. */
function readFrontmatter(source: string): { doc: Document; yamlStart: number; yamlEnd: number } | { problem: string } {
  const split = splitFrontmatter(source);
  if (!split.present) return { problem: 'it has no frontmatter' };
  const doc = parseDocument(split.yaml, { keepSourceTokens: false });
  if (doc.errors.length || !isMap(doc.contents)) return { problem: 'its frontmatter is not valid YAML (npm run check says where)' };
  const yamlStart = source.indexOf('\n') + 1;
  return { doc, yamlStart, yamlEnd: yamlStart + split.yaml.length };
}

/**
 * The lines to add to a frontmatter for `key: value`, placed after the last key present that the
 * import writes before it: the new text is inserted, never re-serialised, so comments, quoting and
 * every value already written keep their bytes.
 */
function insertTopLevel(yaml: string, key: string, value: unknown): string {
  const lines = yaml.split('\n');
  const topKeys = lines.map((line, i) => ({ i, key: /^([A-Za-z][\w-]*):/.exec(line)?.[1] })).filter((l) => l.key);
  const before = keyOrder.slice(0, keyOrder.indexOf(key));
  const anchor = [...topKeys].reverse().find((l) => before.includes(l.key!));
  // Insert after the anchor key's whole value (its indented lines and comments under it).
  let at = anchor ? anchor.i + 1 : 0;
  if (anchor) while (at < lines.length && (/^[ \t]/.test(lines[at]) || lines[at].trim() === '')) at++;
  const added = Array.isArray(value) ? [`${key}:`, ...value.map((v) => `  - ${v}`)] : [`${key}: ${value}`];
  lines.splice(at, 0, ...added);
  return lines.join('\n');
}

/**
 * Fills the batch's facts into one postmortem where it has none. Any status: a team that set its
 * imported reports to published first (as the adoption steps said) has the same facts missing in
 * published files, and adding a missing fact changes nothing written.
 */
export function fillDraft(source: string, fill: DraftFill): DraftFillResult {
  const read = readFrontmatter(source);
  if ('problem' in read) return { text: '', filled: [], skipped: read.problem };
  const data = read.doc.toJS() as Record<string, unknown>;
  let yaml = source.slice(read.yamlStart, read.yamlEnd);
  const filled: string[] = [];
  const scalar = (key: 'severity' | 'trigger' | 'drafted') => {
    const value = fill[key];
    if (value !== undefined && isEmpty(data[key])) {
      // An empty `severity:` line the author left is replaced, not written twice.
      yaml = /^\S/.test(yaml) && new RegExp(`^${key}:[ \\t]*(?:null|~|''|"")?[ \\t]*$`, 'm').test(yaml)
        ? yaml.replace(new RegExp(`^${key}:[ \\t]*(?:null|~|''|"")?[ \\t]*$`, 'm'), `${key}: ${value}`)
        : insertTopLevel(yaml, key, value);
      filled.push(key);
    }
  };
  const list = (key: 'services' | 'teams' | 'tags') => {
    const value = fill[key];
    if (!value?.length || !isEmpty(data[key])) return;
    const emptyLine = new RegExp(`^${key}:[ \\t]*(?:\\[\\s*\\]|null|~)?[ \\t]*$`, 'm');
    yaml = emptyLine.test(yaml) ? yaml.replace(emptyLine, `${key}:\n${value.map((v) => `  - ${v}`).join('\n')}`) : insertTopLevel(yaml, key, value);
    filled.push(key);
  };
  scalar('severity');
  list('services');
  list('teams');
  list('tags');
  scalar('trigger');
  scalar('drafted');
  if (fill.actionItemStatus) yaml = fillActionItemStatus(yaml, fill.actionItemStatus, filled);
  const notMadePublic = fill.makePublic ? whyNotMadePublic(data, source.slice(read.yamlEnd)) : undefined;
  if (fill.makePublic && data.visibility !== 'public' && !notMadePublic) {
    // JSON strings are YAML's double-quoted scalars: any title or summary is written as it reads.
    // The public page shows the day beside the title, in the reader's words: the title's own
    // "06-05-2026 - " is left out of its public wording (public-title.ts).
    const block = `visibility: public\npublic:\n  title: ${JSON.stringify(titleWithoutItsDate(String(data.title)))}\n  summary: ${JSON.stringify(String(data.summary).trim())}`;
    const visibilityLine = /^visibility:[ \t]*(?:internal)?[ \t]*$/m;
    yaml = visibilityLine.test(yaml) ? yaml.replace(visibilityLine, block) : insertTopLevel(yaml, 'visibility', '__public__').replace('visibility: __public__', block);
    filled.push('visibility', 'public.title', 'public.summary');
  }
  const why = notMadePublic ? { notMadePublic } : {};
  if (!filled.length) return { text: source, filled, ...why };
  return { text: source.slice(0, read.yamlStart) + yaml + source.slice(read.yamlEnd), filled, ...why };
}

/** Why `--public` leaves an internal file internal, naming the field and the fix; undefined when it can make it public (or it is already). */
function whyNotMadePublic(data: Record<string, unknown>, body: string): string | undefined {
  if (data.visibility === 'public') return undefined;
  const markedNotPublic = reportMarkedNotPublic(body);
  if (markedNotPublic) return `the report's own metadata says it was not public (\`${markedNotPublic}\`, under "Imported metadata"), so --public does not publish it: if it was published after all, set visibility: public with public.title and public.summary in the file yourself`;
  if (data.public !== undefined) return 'it has a public: block of its own, which --public never replaces: set visibility: public in the file if that wording is the customers\'';
  if (typeof data.title !== 'string' || !data.title.trim()) return 'it has no title to be its public.title: write title: (and summary:), then run npm run fill -- --public on it again';
  if (typeof data.summary !== 'string' || !data.summary.trim()) return 'it has no summary to be its public.summary (the report states none): write summary: in the file (or set visibility: public with public.title and public.summary yourself), then run npm run fill -- --public on it again';
  return undefined;
}

/**
 * Adds `status: <value>` to each action item that has none, as the item's last field at its own
 * indentation. Items written in flow style (`- { id: AI-1, title: … }`) are left for the author.
 */
function fillActionItemStatus(yaml: string, status: ActionItemStatus, filled: string[]): string {
  const doc = parseDocument(yaml);
  const items = doc.get('actionItems');
  if (!isSeq(items)) return yaml;
  const lines = yaml.split('\n');
  const lineStarts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) lineStarts.push(at);
  const lineOf = (offset: number) => { let i = 0; while (i + 1 < lineStarts.length && lineStarts[i + 1] <= offset) i++; return i; };
  const inserts: { after: number; text: string }[] = [];
  items.items.forEach((item, index) => {
    if (!isMap(item) || item.flow || !item.range) return;
    // A status written (even empty, which check then names) is the author's: never replaced.
    if ((item as YAMLMap).has('status')) return;
    const firstKey = (item as YAMLMap).items[0]?.key as { range?: [number, number, number] } | undefined;
    if (!firstKey?.range) return;
    const indent = firstKey.range[0] - lineStarts[lineOf(firstKey.range[0])];
    // The item's last line of content: its value end, not the blank lines or comments after it.
    let last = lineOf(Math.max(item.range[0], item.range[1] - 1));
    while (last > lineOf(firstKey.range[0]) && (lines[last].trim() === '' || lines[last].trim().startsWith('#'))) last--;
    inserts.push({ after: last, text: `${' '.repeat(indent)}status: ${status}` });
    filled.push(`actionItems[${index}].status`);
  });
  for (const { after, text } of inserts.sort((a, b) => b.after - a.after)) lines.splice(after + 1, 0, text);
  return lines.join('\n');
}

/** Publishes a draft as recorded: `status: published` and `published: <day>` (the caller checks the result). */
export function publishDraft(source: string, day: string): string {
  const read = readFrontmatter(source);
  if ('problem' in read) return source;
  let yaml = withPublishedStatus(source.slice(read.yamlStart, read.yamlEnd));
  if (isEmpty((read.doc.toJS() as Record<string, unknown>).published)) {
    yaml = /^published:[ \t]*(?:null|~)?[ \t]*$/m.test(yaml) ? yaml.replace(/^published:[ \t]*(?:null|~)?[ \t]*$/m, `published: ${day}`) : insertTopLevel(yaml, 'published', day);
  }
  return source.slice(0, read.yamlStart) + yaml + source.slice(read.yamlEnd);
}

/** The action item status of `--set actionItems.status=…`, or the problem with it. */
export function parseActionItemStatus(value: string): ActionItemStatus | { problem: string } {
  const status = actionItemStatuses.find((s) => s === value.trim().toLowerCase());
  return status ?? { problem: `"${value}" is not an action item status: use one of ${actionItemStatuses.join(', ')} (what the team knows of the items today; open items without an owner are listed under "no owner recorded").` };
}

/**
 * A check's message about a draft `--publish` left unpublished, as the draft stands: the check
 * reads it as if published, and says "status is published, but services is not filled in yet",
 * which the listing printed as it was, of a draft whose status is `draft` (adoption walk, rounds 54
 * and 55: the newcomer read that the draft was published).
 */
export function withoutPublishedPremise(message: string): string {
  return message.replace(/^status is published, but /, '');
}

/**
 * What a draft left unpublished lacks, without what is its own (which item, how long, which
 * title, which times), so that `npm run fill -- --publish` counts drafts by what to decide: 184
 * imported reports listed an action item's title over 200 characters as 20 reasons, one per length
 * ("is 202 characters long", "is 221 …"), and a day-only title as one reason per day.
 */
export function leftToFillReason(message: string): string {
  return withoutPublishedPremise(message)
    .replace(/actionItems\[\d+\]/g, 'actionItems[…]')
    .replace(/action item \S+ /, 'action item … ')
    .replace(/\b\d+ characters long/g, '… characters long')
    .replace(/"[^"\n]*"/g, '"…"')
    .replace(/\((?:\d{4}-\d{2}-\d{2}[^)]*)\)/g, '(…)')
    .replace(/has \d+ cells and the table's header \d+: the cells from the \d+(?:st|nd|rd|th) on/, 'has more cells than the table\'s header: the cells after the header\'s');
}
