#!/usr/bin/env node
// npm run build            -> the internal site in dist/
// npm run build:public     -> the customer-facing site in dist-public/ (same sources, redacted)
//
// Steps: validate every postmortem's frontmatter (the schema, vocabulary and cross-file rules of
// `npm run check`, so a bad file fails in seconds with file:line:column; Astro then compiles every
// body and stops on invalid MDX with its file and line), build with Astro into a staging folder,
// index it with pagefind, then move it into place. On any failure the staging folder and the previous output
// are removed, so nothing half-built or stale can be mistaken for a good build.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../site.config.ts';
import { validateCorpus } from '../src/lib/validate-corpus.ts';
import { formatFindingsText } from '../src/lib/findings.ts';
import { indexSiteForSearch } from './lib/search-index.ts';
import { postprocessSite } from './lib/postprocess-html.ts';
import { redactionOptions, scanSourcesForPublication, scanBuiltSite } from './lib/redaction-check.ts';

const { values } = parseArgs({
  options: {
    variant: { type: 'string', default: 'internal' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('Usage: node scripts/build.ts [--variant internal|public] [--out DIR]');
  process.exit(0);
}
const variant = values.variant;
if (variant !== 'internal' && variant !== 'public') {
  console.error(`Unknown --variant "${variant}". Use internal or public.`);
  process.exit(2);
}
const outDir = resolve(values.out ?? process.env.KB_OUT_DIR ?? (variant === 'public' ? 'dist-public' : 'dist'));
const stagingDir = `${outDir}.staging`;
const contentDir = resolveContentDir();

function fail(message: string): never {
  rmSync(stagingDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\nNothing was written to ${outDir}.`);
  process.exit(1);
}

const started = performance.now();
// Frontmatter, vocabularies and cross-file rules here; Astro compiles (and checks) every body next.
const validation = validateCorpus(contentDir, { frontmatterOnly: true });
const errors = validation.findings.filter((f) => f.severity === 'error');
if (errors.length) {
  console.error(formatFindingsText(errors, validation.postmortems.length));
  fail(`${errors.length} error(s) in ${contentDir}/. Fix them (npm run check shows the same list) and build again.`);
}
console.log(`Validated ${validation.postmortems.length} postmortems in ${contentDir}/.`);

// The public site is checked twice by the redaction guard: the public text of every source
// before building, and every built page after (templates can leak too).
const redaction = variant === 'public' ? redactionOptions(validation.vocabulary!) : undefined;
let allowedPublicText = new Set<string>();
if (redaction) {
  const scan = scanSourcesForPublication(validation.postmortems, redaction);
  if (scan.findings.length) {
    console.error(formatFindingsText(scan.findings, validation.postmortems.length));
    fail(`the redaction guard found ${scan.findings.length} problem(s) in public text.`);
  }
  allowedPublicText = scan.allowed;
}

rmSync(stagingDir, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', KB_OUT_DIR: stagingDir, KB_VARIANT: variant, KB_CONTENT_DIR: contentDir },
});
if (astro.status !== 0) fail('astro build exited with an error (see above).');
postprocessSite(stagingDir);

if (redaction) {
  const leaks = scanBuiltSite(stagingDir, redaction, allowedPublicText);
  if (leaks.length) {
    console.error(formatFindingsText(leaks, leaks.length));
    fail(`the redaction guard found ${leaks.length} problem(s) in the built public site.`);
  }
}

try {
  const indexStarted = performance.now();
  const pages = await indexSiteForSearch(stagingDir);
  console.log(`Search index: pagefind scanned ${pages} pages (only postmortem pages are indexed) in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s.`);
} catch (error) {
  fail(`search indexing failed: ${(error as Error).message}`);
}

rmSync(outDir, { recursive: true, force: true });
renameSync(stagingDir, outDir);
if (!existsSync(resolve(outDir, 'index.html'))) fail(`${outDir}/index.html is missing after the build.`);
console.log(`Built the ${variant} site into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
