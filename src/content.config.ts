import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { resolveContentDir } from '../site.config.ts';
import { loadVocabulary } from './lib/vocabulary.ts';
import { createPostmortemSchema } from './lib/postmortem-schema.ts';
import { listPostmortemFiles, postmortemIdFromPath, postmortemGlob } from './lib/content-files.ts';

const contentDir = resolveContentDir();
const postmortemsDir = join(contentDir, 'postmortems');

const postmortems = defineCollection({
  loader: glob({
    pattern: postmortemGlob,
    base: postmortemsDir,
    generateId: ({ entry }) => postmortemIdFromPath(entry),
    // The public build never needs the raw source, which holds internal prose: do not keep it.
    retainBody: process.env.KB_VARIANT !== 'public',
  }),
  schema: createPostmortemSchema({
    vocabulary: loadVocabulary(contentDir),
    knownIds: new Set(listPostmortemFiles(postmortemsDir).map(postmortemIdFromPath)),
    contentDir,
  }),
});

export const collections = { postmortems };
