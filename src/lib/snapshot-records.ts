import { join } from 'node:path/posix';
import type { PostmortemRecord } from './browse.ts';
import { postmortemIdFromPath } from './content-files.ts';
import { parseVocabulary } from './vocabulary.ts';
import { validatePostmortemSource } from './validate-postmortem.ts';
import type { ContentSnapshot } from './public-diff.ts';

/**
 * The valid postmortems of a content snapshot (a past commit, say) as records; files that do not
 * validate against that snapshot's vocabularies are left out, as the build of that commit would
 * have refused them. Throws `VocabularyError` when the snapshot's vocabularies do not parse.
 */
export function readSnapshotRecords(snapshot: ContentSnapshot, contentDir = 'content'): PostmortemRecord[] {
  const vocabulary = parseVocabulary(snapshot.vocabulary, contentDir);
  const knownIds = new Set([...snapshot.postmortems.keys()].map(postmortemIdFromPath));
  const records: PostmortemRecord[] = [];
  for (const [path, source] of snapshot.postmortems) {
    const id = postmortemIdFromPath(path);
    const { data } = validatePostmortemSource(join(contentDir, 'postmortems', path), id, source, { vocabulary, knownIds, contentDir, frontmatterOnly: true });
    if (data) records.push({ id, data });
  }
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
