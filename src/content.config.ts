import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { resolveContentDir } from '../site.config.ts';
import { loadVocabulary } from './lib/vocabulary.ts';
import { createPostmortemSchema } from './lib/postmortem-schema.ts';
import { listPostmortemFiles, postmortemIdFromPath } from './lib/content-files.ts';
import { postmortemLoader } from './integrations/postmortem-loader.ts';
import { publicLinkRewriter } from './integrations/public-variant.ts';

const contentDir = resolveContentDir();
const postmortemsDir = join(contentDir, 'postmortems');
const isPublic = process.env.KB_VARIANT === 'public';

const postmortems = defineCollection({
  // Renders each postmortem for this build's site only (the public build never keeps the raw
  // source, which holds internal prose) through Astro's Markdown renderer: the fast path.
  loader: isPublic
    ? postmortemLoader({ postmortemsDir, variant: 'public', rewriteLink: publicLinkRewriter(postmortemsDir) })
    : postmortemLoader({ postmortemsDir, variant: 'internal' }),
  schema: createPostmortemSchema({
    vocabulary: loadVocabulary(contentDir),
    knownIds: new Set(listPostmortemFiles(postmortemsDir).map(postmortemIdFromPath)),
    contentDir,
  }),
});

export const collections = { postmortems };
