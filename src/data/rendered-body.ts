import { getKbSession } from '../integrations/session-handle.ts';
import type { RenderedBody } from '../integrations/rendered-bodies.ts';

/**
 * A postmortem's body as this site renders it: rendered by the content loader and kept beside
 * Astro's data store (src/integrations/rendered-bodies.ts). Undefined when Astro renders the entry
 * itself (a body with images, or one compiled as MDX): the page then uses `render(entry)`.
 */
export function renderedBody(id: string): RenderedBody | undefined {
  return getKbSession().renderedBodies.get(id);
}
