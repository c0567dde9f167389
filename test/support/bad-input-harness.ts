// The bad-input rounds' harness, shared from round 61 on (docs/rules.md "Bad input round 61"). Rounds 51-60 each kept a
// copy under test/fixtures/bad-input/roundNN/harness/ (probe.ts, classify.py); they are left as they were, so that their
// results read the same. A round now writes its cases (test/fixtures/bad-input/roundNN/cases.ts) and a probe of three
// lines that calls `runBadInputProbe`, and classifies its output with `classifyProbe`.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';

/** An edit of the good-input post's text. */
export type Edit = (text: string) => string;
/** A case: its name, the edit of the good-input post, and other files to write beside it (`{self}` is the case's file name). A name starting `md-` is written as `.md`. */
export type Case = [string, Edit, Record<string, Edit>?];

/** Replaces the first `from` (which must be there: a case whose edit reads nothing fails loudly). */
export const rep = (from: string, to: string): Edit => (t) => {
  if (!t.includes(from)) throw new Error(`no ${from}`);
  return t.replace(from, to);
};
/** Adds Markdown at the body's end. */
export const add = (md: string): Edit => (t) => `${t}\n${md}\n`;
/** Applies edits in turn. */
export const both = (...edits: Edit[]): Edit => (t) => edits.reduce((acc, e) => e(acc), t);
/** Adds an "## Action items" section. */
export const ai = (md: string) => add(`## Action items\n\n${md}`);
/** Adds a "## Timeline" section. */
export const tl = (md: string) => add(`## Timeline\n\n${md}`);
/** Adds a front-matter key after `related: []`. */
export const extra = (v: string) => rep('related: []', `related: []\n${v}`);
/** Makes the post public, with its public wording. */
export const pub = rep('visibility: internal', 'visibility: public\npublic:\n  title: Checkout errors for ten minutes\n  summary: Some checkout attempts failed for ten minutes after a configuration change. Reverting it fixed them.');

/** The good-input post every case edits. */
export const goodInputPost = 'test/fixtures/good-input/postmortems/2025-07-08-checkout-config.mdx';

/**
 * Writes each case's post (and its other files) into `contentDir`, runs `scripts/check.ts --format json` once over them
 * all, and writes each case's findings under its name into `out` (round 60's probe, as a function). Run from the project
 * folder. Returns the summary line.
 */
export function runBadInputProbe(options: { cases: readonly Case[]; out: string; contentDir: string; filter?: string; root?: string }): string {
  const root = options.root ?? process.cwd();
  const dir = resolve(options.contentDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'postmortems'), { recursive: true });
  for (const f of ['services.yaml', 'teams.yaml', 'tags.yaml', 'triggers.yaml']) cpSync(join(root, 'test/fixtures/vocabulary', f), join(dir, f));
  const good = readFileSync(join(root, goodInputPost), 'utf8');
  const files: [string, string[]][] = [];
  options.cases.forEach(([name, edit, others], i) => {
    if (options.filter && !name.includes(options.filter)) return;
    const self = `2025-07-08-c${String(i + 1).padStart(3, '0')}-${name.toLowerCase()}`;
    // Each post its own title, so that no two are said alike (a title quoted or folded is left as written).
    const titled = (text: string) => text.replace(/^title: (.*)$/m, (m, t) => (t.startsWith('"') || t.startsWith('>') ? m : `title: ${t} (case ${i + 1})`));
    const written = [`${self}.${name.startsWith('md-') ? 'md' : 'mdx'}`];
    writeFileSync(join(dir, 'postmortems', written[0]), titled(edit(good)));
    for (const [path, otherEdit] of Object.entries(others ?? {})) {
      const file = path.replace('{self}', self);
      mkdirSync(dirname(join(dir, 'postmortems', file)), { recursive: true });
      writeFileSync(join(dir, 'postmortems', file), titled(otherEdit(good)));
      written.push(file);
    }
    files.push([written[0], written]);
  });
  let json = '';
  try {
    json = execFileSync(process.execPath, ['scripts/check.ts', '--format', 'json'], { cwd: root, env: { ...process.env, KB_CONTENT_DIR: dir, KB_AS_OF: '2026-06-01' }, encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (error) {
    json = (error as { stdout?: string }).stdout ?? '';
    if (!json) throw error;
  }
  const result = JSON.parse(json) as { errors: number; warnings: number; findings: { file: string; severity: string; rule: string; line?: number; message: string; fix?: string }[] };
  const lines: string[] = [];
  const mine = (x: { file: string }, file: string) => x.file.endsWith(`/${file}`) || x.file === file;
  for (const [name, written] of files) {
    lines.push(`=== ${name}`);
    for (const file of written) for (const f of result.findings.filter((x) => mine(x, file) && x.rule !== 'corpus/same-incident')) lines.push(`  ${file === name ? '' : `[${file}] `}${f.severity} ${f.rule} ${f.line ?? ''}: ${f.message} | ${f.fix ?? ''}`);
  }
  for (const f of result.findings.filter((x) => !files.some(([, written]) => written.some((file) => mine(x, file))))) lines.push(`  OTHER ${f.file} ${f.severity} ${f.rule}: ${f.message}`);
  writeFileSync(options.out, lines.join('\n') + '\n');
  return `${files.length} cases, ${result.errors} errors, ${result.warnings} warnings -> ${options.out}`;
}

/** The class of a case, as read from its messages by hand and written in the round's classification. */
export type CaseClass = 'clear' | 'unclear' | 'silently wrong' | 'crash';

/**
 * Each case's class before and now (round 60's classify.py, as a function): the names of a probe's output, each
 * `clear` unless the round's judgement lists it as otherwise. Returns the table's lines (name, before, now) and the
 * counts of each.
 */
export function classifyProbe(probeText: string, judged: { before: Partial<Record<Exclude<CaseClass, 'clear'>, readonly string[]>>; now: Partial<Record<Exclude<CaseClass, 'clear'>, readonly string[]>> }): { lines: string[]; before: Record<string, number>; now: Record<string, number> } {
  const names = probeText.split('\n').filter((line) => line.startsWith('=== ')).map((line) => line.slice(4).trim());
  const short = (name: string) => name.replace(/^2025-07-08-c\d+-|\.mdx?$/g, '');
  const classOf = (name: string, table: Partial<Record<string, readonly string[]>>): CaseClass =>
    ((Object.entries(table).find(([, listed]) => listed?.includes(short(name)))?.[0] as CaseClass | undefined) ?? 'clear');
  const lines = names.map((name) => `${name}\t${classOf(name, judged.before)}\t${classOf(name, judged.now)}`);
  const count = (column: number) => {
    const counts: Record<string, number> = {};
    for (const line of lines) counts[line.split('\t')[column]] = (counts[line.split('\t')[column]] ?? 0) + 1;
    return counts;
  };
  return { lines, before: count(1), now: count(2) };
}
