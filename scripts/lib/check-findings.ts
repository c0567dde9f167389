import { resolveAsOfInstant } from '../../src/lib/as-of.ts';
import { loadComplianceConfig } from '../../src/lib/compliance-config.ts';
import { sortFindings, type Finding } from '../../src/lib/findings.ts';
import type { KbConfig } from '../../src/lib/kb-config.ts';
import { isMarkedPublic } from '../../src/lib/predicates.ts';
import { scanViewOf } from '../../src/lib/publication/draft-scan-view.ts';
import { validateCorpus, type CorpusValidation } from '../../src/lib/validate-corpus.ts';
import type { LintOptions } from '../../src/lib/validate-postmortem.ts';
import { corpusLinkRewriter, hiddenPostLinkFindings } from './hidden-post-links.ts';
import { redactionOptions, scanSourcesForPublication } from './redaction-check.ts';
import { redactionSettings } from './redaction-settings.ts';

/**
 * What `npm run check` lints with: the levels of site.config.ts, its "today", the people it
 * names and the notification regimes of the content folder. Throws when the compliance file or
 * `KB_AS_OF_INSTANT` is wrong (the check says it and stops; `npm run dev` says it beside the file).
 */
export function checkLintOptions(kbConfig: Pick<KbConfig, 'lint' | 'asOf'>, contentDir: string): LintOptions {
  return {
    config: kbConfig.lint, asOf: kbConfig.asOf, people: redactionSettings().people,
    asOfInstant: resolveAsOfInstant(), notificationRegimes: loadComplianceConfig(contentDir).regimes,
  };
}

export interface CheckFindings {
  validation: CorpusValidation;
  /** The redaction guard's options, when it ran (lint on, vocabularies read). */
  guardOptions?: ReturnType<typeof redactionOptions>;
  /** The guard's findings on the public posts (any status: authors hear them before review). */
  redaction: Finding[];
  /** Everything said of the files, sorted: validation (body and lints included), the guard, links the public build refuses. */
  findings: Finding[];
}

/**
 * The findings of `npm run check` for a content folder, or for `onlyFiles` of it: the one place
 * they are computed, for the check (scripts/check.ts) and for `npm run dev`'s report on a saved
 * file (kb-worker.ts). `lint` undefined: schema, vocabularies and MDX only, no guard
 * (`--no-lint`). The check adds the site settings' findings of a whole-folder run itself.
 */
export function checkFindings(
  contentDir: string,
  options: { onlyFiles?: string[]; lint?: LintOptions; onProgress?: (done: number, total: number) => void } = {},
): CheckFindings {
  const validation = validateCorpus(contentDir, { onlyFiles: options.onlyFiles, lint: options.lint, onProgress: options.onProgress });
  // Public posts (any status, so authors hear it before review) also get the redaction guard the
  // public build applies: the same findings, earlier. A draft still lacking review facts is scanned
  // as npm run redact reads it (scanViewOf in scanSourcesForPublication, adoption round 47).
  const guardOptions = validation.vocabulary && options.lint ? redactionOptions(validation.vocabulary, validation.postmortems, contentDir) : undefined;
  const redaction = guardOptions ? scanSourcesForPublication(validation.postmortems, guardOptions, isMarkedPublic).findings : [];
  // A link the public build refuses (canary round 34, src/lib/links-to-hidden-posts.ts) needs the
  // build's link rewriter, which the scan does not have: said here, not first by the public build.
  const hiddenPostLinks = guardOptions ? (() => {
    const rewriteLink = corpusLinkRewriter(contentDir, validation.postmortems, validation.vocabulary!);
    const refused = new Set(redaction.filter((f) => f.rule === 'public/source').map((f) => f.file));
    return validation.postmortems.flatMap((pm) => {
      const data = scanViewOf(pm);
      return data && isMarkedPublic(data) && !refused.has(pm.file) ? hiddenPostLinkFindings(pm.file, pm.source, rewriteLink) : [];
    });
  })() : [];
  return { validation, guardOptions, redaction, findings: sortFindings([...validation.findings, ...redaction, ...hiddenPostLinks]) };
}
