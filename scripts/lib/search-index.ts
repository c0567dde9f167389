import * as pagefind from 'pagefind';
import type { SearchDocument } from '../../src/lib/search-document.ts';

/** Runs one pagefind index (offline: the binary ships in @pagefind/linux-x64) and closes it. */
async function withIndex<T>(build: (index: pagefind.PagefindIndex) => Promise<T>): Promise<T> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  try {
    return await build(index);
  } finally {
    await pagefind.close();
  }
}

async function writeIndex(index: pagefind.PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
}

/**
 * Indexes a built site with pagefind and writes the index into `<siteDir>/pagefind/`. Only
 * elements marked `data-pagefind-body` are indexed, so navigation and list pages stay out of the
 * results. The public site uses this: its index holds exactly what its built pages (which the
 * redaction guard has scanned) say.
 */
export async function indexSiteForSearch(siteDir: string): Promise<number> {
  return withIndex(async (index) => {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    await writeIndex(index, `${siteDir}/pagefind`);
    return added.page_count;
  });
}

/**
 * Indexes search documents built from the sources (see src/lib/search-document.ts) and writes the
 * index into `outputPath`. The internal build runs this while Astro renders the pages.
 */
export async function indexDocumentsForSearch(documents: readonly SearchDocument[], outputPath: string): Promise<number> {
  return withIndex(async (index) => {
    // pagefind works through its queue in its own process; sending every document before waiting
    // keeps it busy instead of paying a round trip per page.
    const results = await Promise.all(documents.map((document) => index.addHTMLFile({ url: document.url, content: document.html })));
    const failed = results.flatMap((result) => result.errors);
    if (failed.length) throw new Error(failed.join('; '));
    await writeIndex(index, outputPath);
    return documents.length;
  });
}
