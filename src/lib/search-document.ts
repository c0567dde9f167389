import type { Root, RootContent } from 'mdast';
import type { Postmortem } from './postmortem-schema.ts';
import { extractPlainText, isExcludedFromVariant } from './postmortem-text.ts';
import { formatDay } from './format.ts';
import { decodeEntities, escapeHtml } from './html-entities.ts';
import { findAliases, versionSpellings } from './search-aliases.ts';
import { recogniseFailureModes } from './failure-modes.ts';
import { serviceVocabularyWords } from './search-service-words.ts';
import { aliasSentenceLead, factLabels, importedMetadataHeading, tagsSentenceLead } from './search-excerpt.ts';
import { cjkWordsSpacedInHtml } from './cjk-words.ts';
import { shownTitle } from './title-shown-day.ts';
import { nameAcronyms } from './name-acronyms.ts';
import { reportLanguage } from './report-language.ts';
import { wordFamilyForms } from './word-families.ts';
import { startedMonthAndYear } from './search-when.ts';
import { camelCasePartsOfHyphenated } from './compound-name-parts.ts';
import { completedAbbreviatedNames } from './abbreviated-name-completion.ts';
import { englishIncidentWords } from './search-translations.ts';
import { withoutYamlComments } from './yaml-comment-lines.ts';

/** The languages of the translation tables (src/lib/search-translations.ts, src/lib/cjk-incident-words.ts), by their BCP 47 codes. */
const translatedLanguages = new Set(['de', 'es', 'fr', 'it', 'pt', 'ru', 'ja', 'ko', 'zh']);

/**
 * What the internal site's search indexes for one postmortem, as the HTML document pagefind reads.
 *
 * The index is built from the sources, not scraped from the built pages: the build can then index
 * while Astro renders (on the second core) instead of after it. This module is therefore the one
 * definition of what is searchable, how it is weighted, and which filters, metadata and sort key
 * a result carries; the search page (`src/scripts/search.ts`) reads these names.
 */
export interface SearchDocument {
  /** The page's URL, as pagefind returns it in results. */
  url: string;
  /** A complete HTML document for pagefind's `addHTMLFile`. */
  html: string;
}

/** Display names for vocabulary ids (services, teams, triggers); ids are shown when a name is missing. */
export interface SearchNames {
  service(id: string): string;
  team(id: string): string;
  trigger(id: string): string;
  /** Vocabulary aliases of a service, tag or trigger, as one group of words (empty when none). */
  aliases?(kind: 'services' | 'tags' | 'triggers', id: string): string[];
  /** What the vocabulary says of a service beyond its name (`publicName`, `description`), empty when nothing. */
  serviceVocabulary?(id: string): string;
}

/** The filters a search result can be narrowed by, in pagefind's `name:value` form. */
export function searchFilters(data: Postmortem): string[] {
  return [
    `severity:${data.severity}`,
    ...data.services.map((service) => `service:${service}`),
    ...data.tags.map((tag) => `tag:${tag}`),
    `trigger:${data.trigger}`,
    `year:${data.times.started.slice(0, 4)}`,
    `near-miss:${data.nearMiss ? 'yes' : 'no'}`,
    // The report's language when it is not the site's (round 47): a query typed in that language
    // weighs its words by their rarity among these pages (src/lib/query-language.ts,
    // src/lib/forgiving-search.ts). Not offered as a filter group on the search page.
    ...(reportLanguage(data) ? [`language:${reportLanguage(data)}`] : []),
  ];
}

/** Metadata shown with a result (pagefind `name:value` pairs); `title` comes from the heading. */
export function searchMetadata(data: Postmortem): string[] {
  return [`severity:${data.severity}`, `date:${formatDay(data.times.started)}`, `services:${data.services.join(' · ')}`];
}

const paragraph = (text: string) => (text ? `<p>${escapeHtml(text)}</p>` : '');
const list = (items: readonly string[]) =>
  items.length ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '';

/**
 * The body as search HTML for the internal site: headings stay headings (pagefind ranks and
 * anchors by them), every other block becomes a paragraph of its plain text. `<PublicOnly>` blocks
 * are left out as on the internal page; `<Internal>` ones are kept.
 */
export function bodyToSearchHtml(tree: Root, tailWeight = bodyTailWeight): string {
  const { html, importedMetadataHtml } = bodyToSearchParts(tree, tailWeight);
  return importedMetadataHtml ? `${html}\n${importedMetadataHtml}` : html;
}

/**
 * The body's search HTML, and the same with every tag replaced by a space (what the alias
 * search reads): block texts are escaped, so the only tags are the blocks' own. A block that
 * starts after the body's first {@link aboutBodyLength} characters is weighted `tailWeight`:
 * the body's tail is one `<div>` carrying the weight, which pagefind gives the blocks inside
 * it. Until session 55 each block carried it: the same index, byte for byte (docs/performance.md),
 * but 0.6 MB more of the 1,000 bench documents' 13.1 MB for pagefind to read.
 */
function bodyToSearchParts(tree: Root, tailWeight: number): { html: string; text: string; importedMetadataHtml: string } {
  const out: string[] = [];
  // Where the tail starts in `out` (-1: none). Every block after it is in the tail too: `chars` only grows.
  let tailStart = -1;
  const metadata: string[] = [];
  const texts: string[] = [];
  let chars = 0;
  const visit = (nodes: RootContent[]) => {
    // Depth of the "Imported metadata" heading while inside its section (as withoutImportedMetadata:
    // to a heading no deeper, or the end of the enclosing <Internal> block, which ends this list).
    let metadataDepth = 0;
    for (const node of nodes) {
      if (isExcludedFromVariant(node as { type: string; name?: string | null }, 'internal')) continue;
      if (node.type === 'mdxJsxFlowElement') {
        visit(node.children as RootContent[]);
        continue;
      }
      if (node.type === 'heading' && metadataDepth && node.depth <= metadataDepth) metadataDepth = 0;
      if (node.type === 'heading' && !metadataDepth && extractPlainText({ type: 'root', children: [node] }, 'internal').trim() === importedMetadataHeading) metadataDepth = node.depth;
      // A raw HTML block (.md only) is shown on the page: its text is searchable, its comments are not.
      // The report's own frontmatter the import kept: its YAML comments (a template's services
      // commented out, its instructions) are not what the report says (round 48).
      const text = node.type === 'html'
        ? decodeEntities(node.value.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim()
        : metadataDepth && node.type === 'code' && /^ya?ml$/i.test(node.lang ?? '')
          ? withoutYamlComments(node.value).trim()
          : extractPlainText({ type: 'root', children: [node] }, 'internal');
      if (!text) continue;
      const escaped = escapeHtml(node.type === 'heading' ? text : text.replace(/\n/g, ' '));
      const inTail = tailWeight !== 1 && chars >= aboutBodyLength;
      chars += text.length;
      const block = (weight: string) => (node.type === 'heading' ? `<h${node.depth}${weight}>${escaped}</h${node.depth}>` : `<p${weight}>${escaped}</p>`);
      // Indexed with the weight it has here, but written last: excerpts leave it out (importedMetadataRange).
      if (metadataDepth) metadata.push(block(inTail ? ` data-pagefind-weight="${tailWeight}"` : ''));
      else {
        if (inTail && tailStart < 0) tailStart = out.length;
        out.push(block(''));
      }
      texts.push(` ${escaped} `);
    }
  };
  visit(tree.children);
  const html = tailStart < 0
    ? out.join('\n')
    : `${out.slice(0, tailStart).join('\n')}${tailStart ? '\n' : ''}<div data-pagefind-weight="${tailWeight}">${out.slice(tailStart).join('\n')}</div>`;
  return { html, text: texts.join('\n'), importedMetadataHtml: metadata.join('\n') };
}

/** How much of the body counts as what a report is about, for concepts (about 200 words). */
export const aboutBodyLength = 1500;

/**
 * pagefind's weight of the body's blocks after its first {@link aboutBodyLength} characters (the
 * lead is weighted 1). A long review (3,000-9,000 words) holds most everyday words somewhere, each
 * in passing, and pagefind's score summed over a query's words listed it above the short notice
 * about the query; plain TF-IDF, which divides by a report's length, did not. pagefind counts a
 * word's weights (and divides by the page's length, more gently than a cosine), so the tail's
 * words count a quarter; they stay found. A short report has no tail and is indexed as before.
 * Measured in round 20 of docs/findability.md (`--body-tail-weight` of scripts/eval-search.ts).
 */
export const bodyTailWeight = 0.25;

/**
 * What a report is about, where the cues of search concepts are read (src/lib/search-concepts.ts):
 * its title, summary, impact and the first {@link aboutBodyLength} characters of its body. A long
 * review names a scheduler, a certificate and a disk somewhere; read whole, it would carry every
 * concept's words and match every paraphrase.
 */
export function aboutText(data: Pick<Postmortem, 'title' | 'summary' | 'impact'>, bodyText: string): string {
  return [data.title, data.summary, data.impact.description, bodyText.slice(0, aboutBodyLength)].join('\n');
}

/**
 * The search document of one postmortem: the title (weighted highest), the summary, tags, the
 * key facts in words, the body, the timeline, the analysis lists and the action items. Similar
 * and related incidents are left out, as on the page, so a search does not match a report
 * through its neighbours' titles.
 */
/** Choices of what the search document indexes beyond the report's own words. */
export interface SearchDocumentOptions {
  /**
   * Add a responder's everyday words for each failure mode the title, summary or impact states
   * (src/lib/search-concepts.ts `failureModeWords`). Off by default: measured in round 13 of
   * docs/findability.md, it lowered a development figure (round 10 dev top-1 0.73 → 0.71).
   */
  failureModeWords?: boolean;
  /**
   * Add the words of each named service's `publicName` and `description` (content/services.yaml)
   * that the page lacks (src/lib/search-service-words.ts). Off by default: measured in round 14 of
   * docs/findability.md, where it could show no gain (every set of the example knowledge base was
   * at 1.00 without it, and the real-report pools have no services vocabulary). For an internal
   * index only: a `description` is internal wording, which a public index must not carry.
   */
  serviceVocabulary?: boolean;
  /** pagefind's weight of the body past its lead; default {@link bodyTailWeight}, 1 indexes the body as before round 20. */
  bodyTailWeight?: number;
  /** pagefind's weight of the title; default {@link titleWeight} (measured in round 49 of docs/findability.md). */
  titleWeight?: number;
}

/** pagefind's weight of a report's title, the highest of the document (pagefind's own maximum is 10). */
export const titleWeight = 10;

export function toSearchDocument(id: string, data: Postmortem, body: Root | undefined, names: SearchNames, options: SearchDocumentOptions = {}): SearchDocument {
  // Indexed, not quoted: excerpts leave this sentence out (factsSentenceRange, src/lib/search-excerpt.ts).
  const facts = [
    `${data.severity}${data.nearMiss ? ' near-miss' : ''}`,
    `${factLabels.services} ${data.services.map(names.service).join(', ')}`,
    data.teams.length ? `${factLabels.teams} ${data.teams.map(names.team).join(', ')}` : '',
    // The month and year the incident started, as a responder names it ("repo down january", round 39);
    // before the trigger, so that the facts sentence (factsSentenceRange) still runs from severity to trigger.
    startedMonthAndYear(data.times.started) ?? '',
    `${factLabels.trigger} ${names.trigger(data.trigger)}`,
    data.commander ? `${factLabels.commander} ${data.commander}` : '',
  ].filter(Boolean);
  const { html: bodyHtml, text: bodyText, importedMetadataHtml } = body ? bodyToSearchParts(body, options.bodyTailWeight ?? bodyTailWeight) : { html: '', text: '', importedMetadataHtml: '' };
  // Other spellings of what the report says ("k8s" for Kubernetes), from the built-in groups and
  // the vocabulary's `aliases:`: weighted a little above the body, below the title and summary.
  const vocabularyGroups = names.aliases
    ? [
        ...data.services.map((id) => names.aliases!('services', id)),
        ...data.tags.map((id) => names.aliases!('tags', id)),
        names.aliases('triggers', data.trigger),
      ].filter((group) => group.length)
    : [];
  const aliasText = [data.title, data.summary, data.signals.join('\n'), data.services.join(' '), data.tags.join(' '), data.trigger, data.impact.description, bodyText, ...data.timeline.map((entry) => entry.event), ...data.contributors].join('\n');
  // ...and each version number with and without its "v" ("v0.19.0" and "0.19.0").
  // ...and a responder's everyday words for each failure mode the report's lead states ("cert
  // expired" for "the certificate lapsed").
  const about = aboutText(data, bodyText);
  // Modes stated in the title, summary or impact only: the start of the body mentions side issues
  // (a report of an expired certificate that names DNS), and every word added to a page lowers
  // the score of its other words (measured in round 13 of docs/findability.md).
  const failureModes = !options.failureModeWords ? [] : recogniseFailureModes([data.title, data.summary, data.impact.description].join('\n')).map((mode) => mode.id);
  const aliases = [...findAliases(aliasText, vocabularyGroups, { about, failureModes }), ...versionSpellings(aliasText)];
  // ...and the initials of the names its lead spells out ("tf" for "Testing Farm", round 38), where it lacks them.
  for (const acronym of nameAcronyms(about)) {
    if (!aliases.includes(acronym) && !new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'iu').test(aliasText)) aliases.push(acronym);
  }
  // ...and, for a report in German, Spanish, French, Portuguese or Italian, the other forms of its
  // lead's words' families ("gestört" for "Störung", round 38b), which the English stemmer does not join.
  for (const form of wordFamilyForms(about, reportLanguage(data))) {
    if (!aliases.includes(form)) aliases.push(form);
  }
  // ...and, for a report in German, Spanish, French, Italian or Portuguese (since round 57) or
  // Russian (round 58: src/lib/cyrillic-language.ts tells it), or Chinese, Japanese or Korean (round 59:
  // src/lib/cjk-incident-words.ts), the English incident words its lead says ("Ausfall" → "outage", round 45; "scadenza" → "expiry"; "障害" → "outage"):
  // an English query found such a notice by a name alone.
  if (translatedLanguages.has(reportLanguage(data) ?? '')) {
    for (const word of englishIncidentWords(about)) {
      if (!aliases.includes(word)) aliases.push(word);
    }
  }
  // ...and the whole name of a CamelCase part of a hyphenated word ("rediris" for "IFCA-RedIris", round 41),
  // which pagefind indexes only split ("red", "iris").
  for (const part of camelCasePartsOfHyphenated([data.title, data.summary, bodyText].join('\n'))) {
    if (!aliases.includes(part)) aliases.push(part);
  }
  // ...and the whole name of a CamelCase name cut short ("modsecurity" for "ModSec", round 59), which a
  // responder types and pagefind finds on the page only through a start the search does not count.
  for (const name of completedAbbreviatedNames([data.title, data.summary, bodyText].join('\n'))) {
    if (!aliases.includes(name)) aliases.push(name);
  }
  // ...and, when asked, the services vocabulary's words for the services the report names.
  if (options.serviceVocabulary && names.serviceVocabulary) {
    const words = serviceVocabularyWords([aliasText, facts.join('\n'), aliases.join('\n')].join('\n'), data.services.map((id) => names.serviceVocabulary!(id)));
    if (words.length) aliases.push(words.join(' '));
  }
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(data.title)}</title></head><body>`,
    '<main data-pagefind-body>',
    `<div hidden data-pagefind-sort="date:${escapeHtml(data.times.started)}">`,
    ...searchMetadata(data).map((meta) => `<span data-pagefind-meta="${escapeHtml(meta)}"></span>`),
    // The result's title as written, from an attribute: the heading's text below has spaces between
    // Chinese and Japanese words and around Latin letters and digits (cjkWordsSpacedInHtml, for the
    // index), which a result title showed ("2024 年 1 月 の Misskey 障害", round 49).
    `<meta data-pagefind-meta="title[content]" content="${escapeHtml(shownTitle(data))}">`,
    ...searchFilters(data).map((filter) => `<span data-pagefind-filter="${escapeHtml(filter)}"></span>`),
    '</div>',
    // The result's title reads as the report page's heading: without the day the result shows beside
    // it (src/lib/title-shown-day.ts; "2023-07-16 Disk errors on host3" under "16 Jul 2023").
    `<h1 data-pagefind-weight="${options.titleWeight ?? titleWeight}">${escapeHtml(shownTitle(data))}</h1>`,
    `<p data-pagefind-weight="5">${escapeHtml(data.summary)}</p>`,
    // Pasted error text should find the report that quotes it.
    data.signals.length ? `<p data-pagefind-weight="6">Signals: ${escapeHtml(data.signals.join('; '))}.</p>` : '',
    // A sentence, not a list: indexed, never quoted (tagsSentenceRange, src/lib/search-excerpt.ts).
    data.tags.length ? `<p data-pagefind-weight="4">${tagsSentenceLead} ${escapeHtml(data.tags.join(', '))}.</p>` : '',
    paragraph(`${facts.join('. ')}.`),
    paragraph(data.impact.description),
    bodyHtml,
    // Indexed, never quoted: result excerpts are rebuilt without this sentence (src/lib/search-excerpt.ts).
    aliases.length ? `<p data-pagefind-weight="2">${aliasSentenceLead} ${escapeHtml(aliases.join(', '))}.</p>` : '',
    data.timeline.length ? `<h2>Timeline</h2>${list(data.timeline.map((entry) => entry.event))}` : '',
    data.contributors.length ? `<h2>Contributing factors</h2>${list(data.contributors)}` : '',
    data.mitigators.length ? `<h2>Mitigators</h2>${list(data.mitigators)}` : '',
    data.risks.length ? `<h2>Risks</h2>${list(data.risks)}` : '',
    data.actionItems.length ? `<h2>Action items</h2>${list(data.actionItems.map((item) => `${item.id} ${item.title}`))}` : '',
    // Last, so that it runs to the end of the page's words: indexed, never quoted (importedMetadataRange).
    importedMetadataHtml,
    '</main></body></html>',
  ];
  // Chinese and Japanese runs as words pagefind can find one by one (round 31; the text of elements, never attributes).
  return { url: `/postmortems/${id}/`, html: cjkWordsSpacedInHtml(html.filter(Boolean).join('\n')) };
}
