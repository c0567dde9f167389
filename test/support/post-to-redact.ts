import { join } from 'node:path';
import type { PostToRedact } from '../../scripts/lib/redact-carried-hosts.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from './content-fixture.ts';
import { publicProbePost } from './public-probe-post.ts';

/** The guard's options of the tests of what `npm run redact` carries across posts: internal zones, no one listed. */
export const carriedScanOptions: RedactionOptions = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));

/** A public post `npm run redact` rewrites, with `body` under the probe post's frontmatter, validated as `content/postmortems/<id>.mdx`. */
export function postToRedact(id: string, body: string): PostToRedact {
  const text = publicProbePost({ body });
  const file = `content/postmortems/${id}.mdx`;
  return { file, source: text, data: validatePostmortemSource(file, id, text, { vocabulary, knownIds: new Set([id]), contentDir: 'content' }).data! };
}
