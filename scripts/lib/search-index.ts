import * as pagefind from 'pagefind';

/**
 * Indexes a built site with pagefind (offline: the binary ships in @pagefind/linux-x64) and
 * writes the index into `<siteDir>/pagefind/`. Only elements marked `data-pagefind-body` are
 * indexed, so navigation and list pages stay out of the results.
 */
export async function indexSiteForSearch(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
