import type { Finding } from '../findings.ts';
import { applyRedactionFixes, type FixOptions, type FixResult } from './apply-fixes.ts';

/**
 * The redaction fixes that leave a body the build can still read. A fix that would not parse
 * (an `<Internal>` opened where markup the fix did not foresee surrounds it) is left for the
 * author with that reason, and the others are still applied: one unusual line used to cost the
 * author every fix of the post. `parses` says whether a whole source still parses.
 */
export function applyRedactionFixesThatParse(
  source: string,
  findings: readonly Finding[],
  options: FixOptions & { parses: (source: string) => boolean },
): FixResult {
  const all = applyRedactionFixes(source, findings, options);
  if (!all.applied.length || options.parses(all.source)) return all;
  const unparsable = new Set<Finding>();
  for (const finding of findings) {
    const alone = applyRedactionFixes(source, [finding], options);
    if (alone.applied.length && !options.parses(alone.source)) unparsable.add(finding);
  }
  const rest = applyRedactionFixes(source, findings.filter((finding) => !unparsable.has(finding)), options);
  // Fixes that parse one by one but not together: nothing is changed rather than a broken file.
  const kept = options.parses(rest.source) ? rest : { source, applied: [], skipped: findings.map((finding) => ({ finding, reason: 'the fixes together would leave a body that does not parse: fix the findings by hand' })) };
  return {
    ...kept,
    skipped: [...kept.skipped, ...[...unparsable].map((finding) => ({ finding, reason: 'its fix would leave a body that does not parse (the markup around it): fix it by hand' }))],
  };
}
