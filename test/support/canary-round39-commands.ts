/**
 * Canary round 39's probes made by the project's own commands, as a team adopting or redacting
 * makes them (docs/architecture.md, "Canary round 39"): reports in other formats taken through
 * `npm run import`, `fill --public` and publishing, and public posts `npm run redact` rewrote twice.
 * Run synchronously (the round's one build needs its probes before it starts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillDraft, publishDraft } from '../../src/lib/fill-drafts.ts';
import { fixturesDir } from './content-fixture.ts';
import { repositoryRoot } from './run-script.ts';
import type { CanaryProbe } from './canary-probe-kit.ts';

const vocabularyDir = join(fixturesDir, 'vocabulary');

/** Runs `node scripts/<script>` as a user does; a status other than `ok` (a crash, a refusal of the options) throws. */
function runScriptSync(script: string, args: string[], env: NodeJS.ProcessEnv, ok: number[] = [0]): string {
  const run = spawnSync(process.execPath, [join(repositoryRoot, 'scripts', script), ...args], { cwd: repositoryRoot, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 240_000 });
  if (!ok.includes(run.status ?? -1)) throw new Error(`${script} ${args.join(' ')} ended with ${run.status}:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** A fresh content folder holding the fixture vocabulary. */
function contentFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kb-${name}-`));
  mkdirSync(join(dir, 'postmortems'));
  for (const file of readdirSync(vocabularyDir)) cpSync(join(vocabularyDir, file), join(dir, file));
  return dir;
}

export interface ImportedProbes {
  /** The drafts made public and published: probes of the round's build. */
  published: CanaryProbe[];
  /** The drafts `fill --public` did not make public, with why: posts no page may show. */
  heldBack: CanaryProbe[];
}

/**
 * Imports each report (`npm run import`, the batch's missing facts given with `--set`), then makes
 * each draft public as `npm run fill -- --public` does and publishes it as `--publish` does
 * (fill-drafts.ts; the check `--publish` runs first is left to the round's build, which must refuse
 * what it would). A draft is matched to its report by the alive marker of its summary.
 */
export function importedProbes(reports: { n: number; kind: string; name: string; text: string; leak?: string }[], aliveMarker: (n: number) => string): ImportedProbes {
  const dir = contentFolder('canary-r39-import');
  const reportsDir = mkdtempSync(join(tmpdir(), 'kb-canary-r39-reports-'));
  for (const report of reports) writeFileSync(join(reportsDir, report.name), report.text);
  runScriptSync('import.ts', [reportsDir, '--out', join(dir, 'postmortems'), '--set', 'severity=SEV-3', '--set', 'services=checkout-api', '--set', 'teams=checkout', '--set', 'tags=config', '--set', 'trigger=configuration', '--set', 'drafted=2025-03-01'], { KB_CONTENT_DIR: dir });
  const drafts = readdirSync(join(dir, 'postmortems')).map((file) => readFileSync(join(dir, 'postmortems', file), 'utf8'));
  const published: CanaryProbe[] = [];
  const heldBack: CanaryProbe[] = [];
  for (const report of reports) {
    const draft = drafts.find((text) => text.includes(aliveMarker(report.n)));
    if (!draft) throw new Error(`the import wrote no draft of ${report.name}`);
    const filled = fillDraft(withFactsToFill(draft), { makePublic: true });
    const probe = { n: report.n, kind: report.kind, fileName: `2025-03-01-r39-probe-${String(report.n).padStart(2, '0')}.mdx`, ...(report.leak ? { leak: report.leak } : {}) };
    if (filled.notMadePublic || !filled.text.includes('visibility: public')) heldBack.push({ ...probe, source: filled.text || draft });
    else published.push({ ...probe, source: publishDraft(filled.text, '2025-03-10') });
  }
  return { published, heldBack };
}

/**
 * What a team fills in or fixes by hand after the import (its summary and the check list them): the
 * impact and the key times, and the tracker's line naming the ticket (the guard refuses its id).
 */
function withFactsToFill(draft: string): string {
  let text = draft.replace(/^times:\n(?: {2}.*\n)+/m, '').replace(/^(status: .*)$/m, '$1\ntimes:\n  started: 2025-03-01T10:00:00Z\n  resolved: 2025-03-01T10:30:00Z');
  if (!/^impact:/m.test(text)) text = text.replace(/^(times:\n(?: {2}.*\n)+)/m, '$1impact:\n  description: Some customers could not check out.\n');
  return text.replace(/^(?:Jira issue|GitHub issue #)[^\n]*\n/m, '');
}

/** Each post as `npm run redact` leaves it after running twice over all of them. */
export function redactedTwice(probes: CanaryProbe[], fileName: (probe: CanaryProbe) => string): CanaryProbe[] {
  const dir = contentFolder('canary-r39-redact');
  const files = probes.map((probe) => join(dir, 'postmortems', fileName(probe)));
  probes.forEach((probe, i) => writeFileSync(files[i], probe.source));
  // Status 1: findings left for the author, which the round's build must then refuse.
  for (let run = 0; run < 2; run++) runScriptSync('redact.ts', files, { KB_CONTENT_DIR: dir }, [0, 1]);
  return probes.map((probe, i) => ({ ...probe, source: readFileSync(files[i], 'utf8') }));
}
