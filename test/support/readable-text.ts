import { decodeEntities } from '../../src/lib/html-entities.ts';

/**
 * A built file's text as a reader (or a browser going to an address) reads it: character references
 * decoded, percent-encoding decoded, invisible format characters (zero-width ones, soft hyphens, bidi
 * controls: Unicode's Cf) dropped, compatibility forms folded (NFKC: full-width letters, the
 * ideographic full stop as a dot). A marker a probe spells in any of these ways is found here though
 * its bytes differ (canary round 42, docs/architecture.md).
 */
export function readableText(text: string): string {
  const decoded = decodeEntities(text).replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
  return decoded.replace(/\p{Cf}/gu, '').normalize('NFKC').replaceAll('\u3002', '.');
}
