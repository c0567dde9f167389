import { defineCollection } from 'astro:content';
import { getKbSession } from './integrations/session-handle.ts';

// Renders each postmortem for this build's site only (the public build never keeps the raw
// source, which holds internal prose) through Astro's Markdown renderer: the fast path. The
// loader stores frontmatter the build worker validated with the full rules
// (src/lib/validate-postmortem.ts), so Astro does not parse it a second time. Loader and schema
// come from the session (kb-session.ts `postmortemCollection`), which says why.
const postmortems = defineCollection(getKbSession().postmortemCollection());

export const collections = { postmortems };
