import { getKbSession } from './integrations/session-handle.ts';

// Renders each postmortem for this build's site only (the public build never keeps the raw
// source, which holds internal prose) through Astro's Markdown renderer: the fast path. The
// loader stores frontmatter the build worker validated with the full rules
// (src/lib/validate-postmortem.ts), so Astro does not parse it a second time. Loader and schema
// come from the session (kb-session.ts `postmortemCollection`), which says why; the session also
// calls `defineCollection` (from `astro/content/config`, what `astro:content` re-exports): imported
// here, `astro:content` brought about 75 of Astro's runtime modules through Vite's transform at
// every start, 0.3-0.5 s of Astro's thread.
export const collections = { postmortems: getKbSession().postmortemCollection() };
