import { cjkLanguage } from './cjk-language.ts';
import { cyrillicLanguage } from './cyrillic-language.ts';
import { textLanguage } from './import/text-language.ts';

/** The BCP 47 codes of the languages src/lib/import/text-language.ts tells apart. */
const languageCodes: Record<string, string> = { English: 'en', Spanish: 'es', German: 'de', French: 'fr', Danish: 'da', Dutch: 'nl', Portuguese: 'pt', Italian: 'it' };

/**
 * The `lang` attribute for a report's own words (its title, summary and body) when they are in
 * another language than the site's, told by its title and summary; undefined when they are in the
 * site's language or the words do not tell. Every page says `lang="en"`: a screen reader read an
 * imported German status notice ("Videokonferenz: Ausfall", "Der Zugang … ist derzeit gestört")
 * with English pronunciation (WCAG 3.1.2, language of parts; session 30, ui32). The labels around
 * the words stay the site's language, so the attribute goes on the words' elements, not the page.
 * Chinese, Japanese and Korean are told by their scripts (src/lib/cjk-language.ts; look round 42):
 * marked so, each takes its own language's glyph shapes and voice. Russian is told by its script
 * too (src/lib/cyrillic-language.ts, round 58).
 */
export function reportLanguage(report: { title: string; summary?: string }, siteLanguage = 'en'): string | undefined {
  const code = languageOfWords(`${report.title}. ${report.summary ?? ''}`);
  return code && code !== siteLanguage ? code : undefined;
}

/**
 * The BCP 47 code of a report's title and summary ({@link cjkLanguage}, {@link cyrillicLanguage}, else {@link textLanguage}),
 * each text told once: every card of a report (index, year, service, tag, severity and insights pages: about 7,000 cards in a build of
 * 1,000, two calls each) asked again, 0.1 s of Astro's thread (docs/performance.md, session 31).
 * Keyed by the text itself, so an edited title or summary is told anew; cleared when it grows past
 * a corpus's worth, so a long `astro dev` session does not keep every text it ever saw.
 */
const toldLanguages = new Map<string, string | undefined>();
const toldLanguagesKept = 20_000;
function languageOfWords(text: string): string | undefined {
  if (toldLanguages.has(text)) return toldLanguages.get(text);
  if (toldLanguages.size >= toldLanguagesKept) toldLanguages.clear();
  const script = cjkLanguage(text) ?? cyrillicLanguage(text);
  const language = script ? undefined : textLanguage(text);
  const code = script ?? (language ? languageCodes[language] : undefined);
  toldLanguages.set(text, code);
  return code;
}
