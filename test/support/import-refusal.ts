import { ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';

/**
 * Why the import refuses a page as no report (the ListingPageError's message, as the command says
 * it), or undefined when it reads the page. Other errors are thrown: a test must not take a crash
 * for a refusal. Shared by the import rounds' unit tests (rounds 54 and 55 each wrote it).
 */
export async function importRefusal(name: string, text: string): Promise<string | undefined> {
  try {
    await readReportContent(name, new TextEncoder().encode(text));
  } catch (error) {
    if (error instanceof ListingPageError) return error.message;
    throw error;
  }
  return undefined;
}
