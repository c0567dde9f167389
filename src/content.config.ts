import { defineCollection } from 'astro:content';
import { draftPostmortemObjectSchema, type Postmortem } from './lib/postmortem-schema.ts';
import { postmortemLoader } from './integrations/postmortem-loader.ts';

const postmortems = defineCollection({
  // Renders each postmortem for this build's site only (the public build never keeps the raw
  // source, which holds internal prose) through Astro's Markdown renderer: the fast path. The
  // loader stores frontmatter the build worker validated with the full rules
  // (src/lib/validate-postmortem.ts), so Astro does not parse it a second time.
  loader: postmortemLoader(),
  // What `entry.data` is: a draft may lack review facts, and the data layer shows only those that
  // have them (`isShownOnInternalSite`).
  schema: draftPostmortemObjectSchema.transform((pm) => pm as Postmortem),
});

export const collections = { postmortems };
