/**
 * The language `npm run redact` writes a post's stand-ins in where a line's own words do not tell
 * (generic-phrase-languages.ts, person-placeholder.ts): the guard's reading of the title and
 * summary first (report-language.ts knows no Portuguese or Italian; round 38), then
 * report-language.ts, then, since adoption round 60, the page's own words: a French wiki's
 * decision record titled by products ("ADR-001 : FileBrowser vs Nextcloud") got "an engineer" on
 * every line its words did not tell, beside "[nom retiré]" on those they did.
 */
import { splitFrontmatter } from '../frontmatter-split.ts';
import { reportLanguage } from '../report-language.ts';
import { asOtherLanguage } from './generic-phrase-languages.ts';
import { otherLanguageOfText, pageLanguageOfText, type OtherLanguage } from './other-languages.ts';

export function postStandInLanguage(facts: { title: string; summary?: string }, source: string): OtherLanguage | undefined {
  return otherLanguageOfText(`${facts.title}. ${facts.summary ?? ''}`) ?? asOtherLanguage(reportLanguage(facts)) ?? pageLanguageOfText(splitFrontmatter(source).body);
}
