// What the public build's Astro thread runs once its pages are written (kb-integration.ts,
// `astro:build:done`): pagefind's indexing of the built pages, their redaction scan, and its share
// of the scan of the sources. Loaded while that thread waits for the worker's validation, which
// the public site's content loader needs before it renders anything (kb-session.ts).
import { isEnglishWord } from '../lib/publication/people.ts';
import { scanPublicText } from '../lib/redaction-guard.ts';
import { readBuiltSite, readPublicPieces, scanBuiltPages } from '../../scripts/lib/redaction-check.ts';
import { indexSiteForSearch } from '../../scripts/lib/search-index.ts';
import { scanAsAstroThread } from './parallel-scan.ts';

export { indexSiteForSearch, readBuiltSite, readPublicPieces, scanAsAstroThread, scanBuiltPages };

/**
 * A few lines in the shapes the guard reads, scanned once so that what it makes on first use (the
 * English word list, the language model's lexicon, its regular expressions compiled) is made before
 * the pages are written, not on the first page or postmortem this thread scans. Nothing is kept:
 * the guard's caches are keyed by the text scanned, and this text is nobody's.
 */
const warmUpText = [
  'On Monday the on-call engineer restarted the orders-db1 host after an alert from checkout-api.',
  'Dana Whitfield saw 503 errors at https://status.example.com/incidents/42 and paged the team.',
].join('\n');

export function warmUpScan(): void {
  isEnglishWord('warm');
  scanPublicText('warm-up.md', warmUpText, { internalDomains: ['.internal'], serviceIds: ['checkout-api'], people: [] });
}
