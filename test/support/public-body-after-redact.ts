import { join } from 'node:path';
import { applyRedactionFixesThatParse } from '../../src/lib/publication/apply-fixes-parsing.ts';
import { publicBodyParses, scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { fixturesDir } from './content-fixture.ts';
import { publicProbePost } from './public-probe-post.ts';

const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));

/**
 * The public page's body of a probe post holding `body` after `npm run redact`'s rounds (scan, fix
 * what parses, scan again), in an `.mdx` or a `.md` file: what a customer reads.
 */
export function publicBodyAfterRedact(body: string, options: RedactionOptions, ext: 'mdx' | 'md' = 'mdx'): string {
  const file = `content/postmortems/2025-03-01-wiki.${ext}`;
  let source = publicProbePost({ body });
  for (let round = 0; round < 4; round++) {
    const data = validatePostmortemSource(file, '2025-03-01-wiki', source, { vocabulary, knownIds: new Set(['2025-03-01-wiki']), contentDir: 'content' }).data!;
    const findings = scanPostmortemForPublication(file, source, data, options).findings.filter((f) => f.severity === 'error');
    const fixed = applyRedactionFixesThatParse(source, findings, { isMdx: ext === 'mdx', parses: (text) => publicBodyParses(file, text) });
    if (!fixed.applied.length) break;
    source = fixed.source;
  }
  const page = ext === 'mdx' ? stripInternalFromSource(source, 'public') : source;
  return splitFrontmatter(page).body.replace(/<\/?PublicOnly>/g, '').trim();
}
