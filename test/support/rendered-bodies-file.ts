import { readFileSync } from 'node:fs';
import { RenderedBodies } from '../../src/integrations/rendered-bodies.ts';

/** The renderer a rendered-bodies cache file was written for (its header's `renderer`). */
function rendererOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  return (JSON.parse(text.slice(0, text.indexOf('\n'))) as { renderer: string }).renderer;
}

/**
 * Replaces the cached HTML of `id` in a build's rendered-bodies file, keeping its digest: the
 * next build shows `html` only if it reuses the cache (the proof of reuse in the site tests).
 */
export function plantRenderedBody(file: string, id: string, html: string): void {
  const bodies = new RenderedBodies(rendererOf(file));
  bodies.loadOnce(file);
  const body = bodies.get(id);
  if (!body) throw new Error(`${file} holds no rendering of ${id}`);
  bodies.set(id, { ...body, html });
  bodies.save(file);
}
