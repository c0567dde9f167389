/**
 * Search that forgives: pagefind returns only pages holding every query word (upstream issues
 * Pagefind/pagefind#599 and #780), so one word no postmortem contains ("stalled" for a report
 * that says "stuck", a typo, a word from another team's jargon) empties the results. When the
 * all-words search finds few pages, this also searches each word alone and lists the pages that
 * hold most of the words below the exact ones, with the words they matched, and says which query
 * words no postmortem contains. An exact phrase of the query in a title moves that result first.
 *
 * Plain logic over a minimal search interface, so the search page (src/scripts/search.ts) and the
 * evaluation (scripts/eval-search.ts, running pagefind's own search in Node) share it.
 */
import { excerptAtLocations, excerptOfOwnText, pageWords, type ExcerptSource } from './search-excerpt.ts';
import { compoundCandidates, withCompoundForm, type QueryCompound } from './query-forms.ts';
import { cjkWordsSpaced, isChineseFunctionWord, isJapaneseFunctionWord } from './cjk-words.ts';
import { pagesByOneRareWord } from './rare-word-pages.ts';
import { inLanguageRarity, queryLanguages } from './query-language.ts';
import { typedCodes, writesCode } from './typed-codes.ts';
import { rareWordFactor } from './rare-word-weight.ts';
import { wholeWordSearchNeeded, wordStartOnlyPages, wordStartShare } from './word-start-share.ts';
import { stemmer } from 'stemmer';

/** What a result needs to show: pagefind's `data()` in the fields we read. */
export interface SearchResultData extends ExcerptSource {
  url: string;
  /** The page's number of words (pagefind's `word_count`). */
  word_count?: number;
  meta: Record<string, string>;
}

/** The part of pagefind's JS API used here. */
export interface SearchEngine {
  search(term: string, options?: Record<string, unknown>): Promise<{ results: { id: string; score: number; data(): Promise<SearchResultData> }[] } | null>;
}

export interface ExactHit {
  id: string;
  data: SearchResultData;
}

export interface PartialHit extends ExactHit {
  /** Query words this page holds, in query order. */
  matched: string[];
  /** Set when the page holds fewer than half of the words (pages holding more than a third are listed since round 20); the list is then headed "some". */
  fewerThanHalf?: true;
  /** Query words this page holds only as a synonym (`alternativesOf`): query word → the synonym it holds. */
  asSynonym?: Record<string, string>;
}

export interface ForgivingResults {
  /** Pages holding every word (pagefind's own ranking, a title holding the phrase first). */
  exact: ExactHit[];
  /** All exact results found (the page may show only the first `limit`). */
  exactCount: number;
  /** Pages holding most but not all words, best first; empty when the exact search found enough. */
  partial: PartialHit[];
  /** Query words no postmortem holds (with the current filters). */
  missing: string[];
}

/**
 * How the page names the list of pages holding part of the query: "most" of the words, or
 * "some" once a page holding fewer than half of them is listed (round 10: such pages are listed
 * when few hold more, and "most" would then say more than they do).
 */
export function partialWording(partial: readonly { fewerThanHalf?: true }[]): 'most' | 'some' {
  return partial.some((hit) => hit.fewerThanHalf) ? 'some' : 'most';
}

export interface ForgivingOptions {
  /** Results to load and return per list. Default 20. */
  limit?: number;
  /** Below this many exact results, partial matches are searched too. Default 5. */
  fewResults?: number;
  /** Passed to every search (filters, sort). */
  searchOptions?: Record<string, unknown>;
  /** Move results whose title holds the query phrase first. Default true; off when sorting by date. */
  titleBonus?: boolean;
  /** Words per excerpt, as set in pagefind's options. Default 24. */
  excerptLength?: number;
  /**
   * When few pages hold every word, how many times its summed score a page holding every word
   * must reach to stay above a page holding most of them. Default 1.5 (docs/findability.md, round
   * 9); Infinity keeps every such page first. Relevance order only (not with `titleBonus: false`).
   * A page that does not stay first is ranked among the partial matches by its `wordScore`s,
   * without the bonus (round 36).
   */
  exactBonus?: number;
  /**
   * What a page's pagefind score for one query word counts in the partial matches' ranking, which
   * sums it over the words the page holds. Default `partialWordScore` (its square root, round 36);
   * `(score) => score` ranks by pagefind's scores summed, as before.
   */
  wordScore?: (pagefindScore: number) => number;
  /**
   * Synonyms of a query word (e.g. src/lib/search-synonyms.ts), searched when the partial matches
   * are: a page holding a synonym counts as holding the word, at `synonymWeight` times pagefind's
   * score for the synonym. None by default. The search page passes a word's other English
   * spelling and its translations, for a word no page holds (src/lib/search-alternatives.ts,
   * round 16); synonyms from a general word embedding and from WordNet were measured in round 12,
   * and no setting raised the paraphrase development set and most lowered it
   * (docs/findability.md), so they are only `npm run eval:search -- --synonyms`.
   */
  alternativesOf?: (word: string) => readonly string[];
  /** A query word held by fewer pages than this has its synonyms searched. Default 3. */
  synonymsBelow?: number;
  /** Share of pagefind's score a page gets for holding a synonym instead of the word. Default 0.5. */
  synonymWeight?: number;
  /**
   * The alternatives of `alternativesOf` that are the typed word itself, misspelt with its letters
   * kept ("pasued" → "paused", src/lib/spelling-correction.ts `lettersKeptCorrectionOf`): a page
   * holding one counts at its full score, not `synonymWeight` (round 51). None by default.
   */
  sameWordAlternativesOf?: (word: string) => readonly string[];
  /**
   * For a query, the alternatives of each word of a phrase of another language it holds ("base de
   * datos": "database"), asked before `alternativesOf` for that word; undefined for the other words
   * (src/lib/search-alternatives.ts, round 56).
   */
  phraseAlternativesOf?: (query: string) => (word: string) => readonly string[] | undefined;
  /**
   * Whether the index holds a longer word starting with a query word (the internal site's word
   * list; src/lib/word-start-share.ts holdsLongerWord): when it holds none, no page holds the word
   * only as the start of another, and its whole-word search is not asked (round 56). Unset: asked.
   */
  holdsLongerWord?: (word: string) => boolean;
  /**
   * Search a compound typed in another form than a page writes it ("web-hook", "time out" →
   * "webhook", "timeout"; "failover" → "fail over"; src/lib/query-compounds.ts). Default true.
   */
  compounds?: boolean;
  /**
   * Other spellings of a word (src/lib/spelling-variants.ts), searched with the compounds: a page
   * holding one counts as holding the typed word, at its own score. None by default.
   */
  otherSpellings?: (word: string) => readonly string[];
}

/**
 * What one query word adds to a partial match's rank: the square root of pagefind's score for the
 * page. pagefind weighs a word in a title ten times one in the body, so summed as they are one
 * everyday word in another report's title outweighed several telling words of the report meant:
 * "content scrapers broke when the https cert lapsed" listed Crowdstrike's "Content update" and
 * three titles holding "broke" above the certificate report holding "content", "cert" and
 * "lapsed"; "north" (matched in "Northeast blackout") put that title first for "admission webhook
 * cert ran out, north american customers locked out". The root keeps the order of one word's pages
 * and a title above a body, but lets more of the query's words count for more (round 36,
 * docs/findability.md: development top-1 0.68 → 0.76 on 74 paraphrases).
 */
export function partialWordScore(pagefindScore: number): number {
  return Math.sqrt(pagefindScore);
}

/**
 * A page longer than this many words holds most everyday words somewhere, each in passing: as an
 * exact result it does not count towards the `fewResults` that stop the partial search. Round 37
 * of docs/findability.md: pgmac's homelab reviews (2,300 to 11,200 words; the median report of
 * that set has 139) held every word of responder paraphrases such as "servers without error
 * correcting memory corrupted data"; five were then the only results, and the partial matches,
 * where the report meant held five of the seven words, were never searched (round 37b).
 */
export const longPageWords = 2000;

/**
 * Pages holding every word, split by how strongly: a long review that mentions each word once
 * somewhere in 20,000 characters holds them all, but a short report whose title and summary hold
 * most of them is what the query is about. When few pages hold every word (the partial matches
 * are searched), each is ranked with the partial matches by pagefind's score summed over the
 * words (which already weighs the title and summary above the body, and a word in a short page
 * above one in a long page), its own counting `exactBonus` times. Those ranked above every partial
 * match stay exact results; the others are listed among the partial matches, at their place (by
 * the partial matches' own rank, `partialWordScore`, since round 36), with every word as matched. A page
 * whose title holds the query phrase always stays exact, and since round 49 so does a page writing a
 * code the query types as one token ("CVE-2025-4366", src/lib/typed-codes.ts): `alwaysExact`.
 */
export function strongExact<T>(
  exact: readonly T[],
  scoreOf: (hit: T) => number,
  bestPartialScore: number,
  exactBonus: number,
  alwaysExact: (hit: T) => boolean,
): { strong: T[]; weak: T[] } {
  const strong: T[] = [];
  const weak: T[] = [];
  // Stays exact only while it ranks above the best partial match, in order: one weaker exact
  // result goes below, and so do those after it (their order is pagefind's).
  let belowPartial = false;
  for (const hit of exact) {
    if (!alwaysExact(hit) && (belowPartial || scoreOf(hit) * exactBonus < bestPartialScore)) {
      belowPartial = true;
      weak.push(hit);
    } else strong.push(hit);
  }
  return { strong, weak };
}

/**
 * A result's data with an excerpt in the report's own words (never the alias sentence,
 * src/lib/search-excerpt.ts), `excerptLength` words long as set in pagefind's options.
 */
export async function loadResultData(result: { data(): Promise<SearchResultData> }, excerptLength = 24): Promise<SearchResultData> {
  const data = await result.data();
  return { ...data, excerpt: excerptOfOwnText(data, excerptLength) };
}

/**
 * Words too common to count towards "most words" or to report as missing. Since round 16 also the
 * English function words a responder types in a sentence ("web apps flaky because of a db
 * server"): conjunctions, pronouns, auxiliaries and modals, determiners, question words. Such a
 * word is rare in reports, so pagefind scores it high: "because", in 2 of 256 status notices,
 * put a maintenance notice first on that query (docs/findability.md, round 16). Words that carry
 * an incident's meaning stay counted: negations ("no", "not"), the particles of phrasal verbs
 * ("down", "out", "up", "off", "over", "under"), quantities ("all", "every"), "us" (a region's
 * "us-east") and "may" (the month). And the function words of the languages a query word is
 * translated from (src/lib/search-translations.ts): "la base de données", "caída del centro de
 * datos" counted "de" and "del", which pagefind matched as the start of "deploy…"; left counted are
 * those that are also English words or names ("die", "plus", "la", "en", "du", "des", "im") and the
 * negations ("nicht", "pas"). Since round 62 those of Dutch, Polish and Vietnamese, the table's new
 * languages: "storing database na verhuizing" counted "na", which pagefind matched as the start of
 * "name…" in reports about anything. Since round 63 those of Swedish (new in the table) and Russian
 * (in it since round 57): "certifikatet har gått ut" counted "har", "атака на dns сервер" counted "на";
 * "till" and "med" are English words and stay counted, as does "не" (a negation).
 */
const stopWords = new Set(
  `a an and are as at be by for from has have in into is it its of on or the to was were with after before during when our we some
  because but so then than that this these those there their theirs them they he she him his her hers i me my you your yours
  which who whom whose what where why how been being do does did doing can could would should shall might must will am if
  also just very too though although until since via about while
  der das den dem und oder mit von zu zum zur auf bei nach für ist sind wird wurde ein eine einer einen
  le les un une de et est sont sur pour par avec dans au aux ne
  el los las una del y con por para está están es al se que lo
  het een van na bij voor naar
  z w ze we dla przy od po się jest
  của và các những là trong cho với khi được bị
  och att av på är ett för från vid hos har
  на в во с со по из для и от при к у о об`.split(/\s+/),
);
/** The query without its stop words, as pagefind gets it: a word of the query is kept unless it is one. */
/** A stop word of the list, a Japanese function word (all Hiragana) or a Chinese one (src/lib/cjk-words.ts). */
const isStopWord = (word: string) => stopWords.has(word) || isJapaneseFunctionWord(word) || isChineseFunctionWord(word);
const withoutStopWords = (query: string) => query.split(' ').filter((word) => !isStopWord(word.toLowerCase())).join(' ');

/** The words of a query as pagefind splits them (lowercased; hyphens and punctuation split). */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [])];
}

/** Whether `query` is one word (one of Chinese, Japanese or Korean letters may be several, so is not). */
export function isOneWordQuery(query: string): boolean {
  const words = queryWords(query);
  return words.length === 1 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(words[0]);
}

/**
 * The search page's status line when no page holds every word of `query` and the `partial` pages
 * hold part of it. A query of one word has such pages only through a form of it (the index's
 * spelling, a translation: "maintanance" finds "maintenance"), where "all of your words; these hold
 * most of them" read as a mistake.
 */
export function partialStatusLine(noun: string, query: string, partial: readonly { fewerThanHalf?: true }[]): string {
  if (isOneWordQuery(query)) {
    return `No ${noun} holds your word as written; ${partial.length === 1 ? 'this one holds' : 'these hold'} a word like it.`;
  }
  return `No ${noun} is mainly about all of your words; these hold ${partialWording(partial)} of them.`;
}

/**
 * The query as given to pagefind: punctuation that joins words in pasted text ("=", ",", "(",
 * "[", "<", "|", "#") becomes a space. pagefind keeps such a character inside the word and then
 * finds nothing or a wrong prefix ("MemoryDenyWriteExecute=yes" matched only "memo" in another
 * report), while the page indexed both words. A hyphen between letters becomes a space too:
 * pagefind finds "out-of-memory" as "out" alone (70 of 110 reports) where "out of memory" finds
 * the 18 that hold all three words; a page's "ingress-nginx" is indexed under both parts.
 * Dots, underscores, slashes, colons and hyphens next to digits stay (pagefind indexes
 * "stats.grafana.org", "credential_guard.sh" and "6.17.0-35-generic" as written, and their
 * parts), and so do quotes, which ask pagefind for a phrase.
 */
export function pagefindQuery(query: string): string {
  return query
    .replace(/[^\p{L}\p{N}\s.\-_/:'"\u2019]+/gu, ' ')
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Results whose title holds the whole query (2+ words) come first, otherwise in pagefind's order. */
export function titlePhraseFirst<T extends { data: SearchResultData }>(hits: readonly T[], query: string): T[] {
  if (queryWords(query).length < 2) return [...hits];
  const inTitle = (hit: T) => titleHoldsQuery(hit.data, query);
  return [...hits.filter(inTitle), ...hits.filter((hit) => !inTitle(hit))];
}

/** Whether a result's title holds the whole query, as words. */
const titleHoldsQuery = (data: SearchResultData, query: string) => ` ${normalise(cjkWordsSpaced(data.meta.title ?? ''))} `.includes(` ${normalise(query)} `);

/**
 * The forms pagefind indexes a page word under, lower case: the word without its punctuation
 * ("Pi-hole" as "pihole") and each of its parts split at punctuation and at lower-to-upper case
 * changes ("full_nodes" as "nodes", "ingress-nginx" as "nginx", "SessionEnd" as "end").
 */
function indexedForms(word: string): string[] {
  const parts = word.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);
  return [parts.join(''), ...parts].map((form) => form.toLowerCase());
}

/**
 * True when pagefind found `word` on this page only through a shorter word. pagefind matches a
 * query word as a prefix ("scan" finds "scans") after stemming ("creating" finds "create"), and
 * when no indexed word starts with it, it silently matches the longest indexed prefix of it
 * instead: "bgp" finds every "B", "p2p" finds "P2", "dos" finds "do". Those pages do not hold the
 * word, and the word then never shows as missing. A matched word of the page counts as the query
 * word when one of its indexed forms starts with it, or shares all of it but a suffix of up to 4
 * letters and at least 3 letters (a stem: "evicted" and "evictions"; a typo: "kubernets").
 * Without pagefind's word data (raw_content, weighted_locations) the page counts as holding it.
 */
export function matchedOnlyShorterWord(word: string, data: SearchResultData): boolean {
  if (data.raw_content === undefined || !data.weighted_locations?.length) return false;
  const words = pageWords(data.raw_content);
  const holds = holdsQueryWord(word);
  return !data.weighted_locations.some(({ location }) => indexedForms(words[location] ?? '').some(holds));
}

/**
 * Whether an indexed form of a page word is the query word, by the rule of matchedOnlyShorterWord.
 * `strict` also refuses a form that is only the start of the query word, shorter by more than two
 * letters: "data" is not "database", though it shares four letters ("pools" still holds "pool").
 */
function holdsQueryWord(word: string, strict = false): (form: string) => boolean {
  const wanted = word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const minShared = Math.max(3, wanted.length - 4);
  const stem = stemmer(wanted);
  return (form) => {
    if (!wanted) return false;
    if (form.startsWith(wanted)) return true;
    let shared = 0;
    while (shared < form.length && shared < wanted.length && form[shared] === wanted[shared]) shared++;
    if (strict && shared === form.length && wanted.length - form.length > 2) return false;
    // A page word that is only the first half of the query word, or less, is another word
    // ("pas" is not "pasued", "over" not "overview", round 50) unless it is the query word's stem
    // ("get" of "getting"): the query word then counts as missing, and its spelling as the
    // knowledge base writes it is searched (src/lib/spelling-correction.ts).
    if (shared === form.length && form.length * 2 <= wanted.length && form !== stem) return false;
    // Nor is a start three or more letters short of it, or a word that parts from it before its
    // last two letters and neither starts with the query word's stem nor has a stem the query word
    // starts with: "data" and "datanode" are not "databse", where "deploying" is "deployment"
    // (round 53). Counted as holding it, they kept the typo from being corrected, and the
    // Elasticsearch notice holding "data nodes" came first for "databse timeout".
    if (shared === form.length && wanted.length - form.length >= 3 && form !== stem) return false;
    // Nor is a word that shares all of it but its last two letters when those two are consonants
    // (round 57): they are no English ending ("-ed", "-er", "-es", "-ly" hold a vowel), so the
    // query word is a typo that dropped a vowel and "back", "backup" and "background" are not
    // "backlg"; counted as holding it, they kept it from being corrected to "backlog". pagefind
    // lists such a page only when no indexed word starts with the query word.
    if (wanted.length - shared === 2 && form !== stem && missingLettersAreConsonants(wanted.slice(shared))) return false;
    if (shared < form.length && shared < wanted.length - 2 && !form.startsWith(stem) && !wanted.startsWith(stemmer(form))) return false;
    return shared >= minShared;
  };
}

/** True for two letters that are both consonants ("lg" of "backlg"); digits and vowels (with "y") are not. */
export function missingLettersAreConsonants(tail: string): boolean {
  return /^[b-df-hj-np-tv-xz]+$/u.test(tail);
}

/**
 * A partial result's excerpt, marking every query word it was listed for: pagefind's data for it
 * comes from the search for one of them and marks only that one. Words are found in the page as
 * pagefind found them (indexed forms, prefix or stem); the alias sentence is never quoted.
 */
export function excerptMarkingWords(data: SearchResultData, matched: readonly string[], excerptLength = 24): string {
  if (data.raw_content === undefined) return data.excerpt;
  const tests = matched.map((word) => holdsQueryWord(word, true));
  const locations = pageWords(data.raw_content).flatMap((word, location) =>
    indexedForms(word).some((form) => tests.some((holds) => holds(form))) ? [{ location, balanced_score: 1 }] : []);
  return locations.length ? excerptAtLocations(data, locations, excerptLength) : data.excerpt;
}

/**
 * How many of a query's words (those some postmortem holds) a page must hold to be listed among
 * the partial matches: more than a third of them (2 of 3 to 5, 3 of 6 to 8), at least one
 * (docs/findability.md, round 20). From {@link longQueryWords} words on, a third (3 of 9 to 11):
 * a long query's third is mostly everyday words ("over", "two", "weeks"), which long notices hold
 * in passing, and a short report holding the query's three telling words, each several times, was
 * not listed at all ("customers sites deleted by maintenance script, restored over two weeks":
 * the report holds "customers", "sites" and "restored"; plain BM25 ranks it first; round 45).
 */
export function listedFromWords(heldWords: number): number {
  return Math.max(1, Math.floor(heldWords / 3) + (heldWords >= longQueryWords ? 0 : 1));
}

/** The query length, in words some postmortem holds, from which a third of them lists a page (round 45). */
export const longQueryWords = 9;

/** The results pagefind gives for one word, none when it found them only through a shorter word. */
async function resultsHolding<T extends { data(): Promise<SearchResultData> }>(word: string, results: T[]): Promise<T[]> {
  return results.length && matchedOnlyShorterWord(word, await results[0].data()) ? [] : results;
}

/**
 * The results pagefind gives for a joined word, none unless the first page holds a word starting
 * with all of it ("timeout" in "Timeouts"). Stricter than resultsHolding, whose stems forgive up to
 * four letters: "metricsgaps" would count as held by "metrics", which pagefind silently matched.
 */
async function resultsStartingWith<T extends { data(): Promise<SearchResultData> }>(word: string, results: T[]): Promise<T[]> {
  if (!results.length) return results;
  const data = await results[0].data();
  if (data.raw_content === undefined || !data.weighted_locations?.length) return results;
  const words = pageWords(data.raw_content);
  return data.weighted_locations.some(({ location }) => indexedForms(words[location] ?? '').some((form) => form.startsWith(word))) ? results : [];
}

type EngineResult = NonNullable<Awaited<ReturnType<SearchEngine['search']>>>['results'][number];

/** A compound of the query whose other forms some page holds, with the pages holding each form. */
interface HeldCompound extends QueryCompound {
  /** Pages holding one of its forms, best score per page. */
  pages: Map<string, EngineResult>;
}

/**
 * The query's compounds that the index holds in another form (src/lib/query-compounds.ts): a
 * pair of typed words whose joined word some page holds, with the pages holding it joined or
 * writing the pair as a phrase; a typed word some page writes as a phrase of two words.
 */
async function heldCompounds(engine: SearchEngine, tokens: readonly string[], searchOptions: Record<string, unknown>, otherSpellings?: (word: string) => readonly string[]): Promise<HeldCompound[]> {
  const candidates = compoundCandidates(tokens, isStopWord, otherSpellings);
  // All candidates are asked at once, not one after another: in the browser each search may
  // fetch index chunks, and a sentence has a dozen candidates (round 22 in the browser,
  // docs/findability.md). pagefind loads each chunk once however many searches want it.
  const first = await Promise.all(candidates.map(async (candidate) => (await engine.search(candidate.held ?? candidate.phrase!, searchOptions))?.results ?? []));
  // Whether a page holds a form is read from its data(), which reports the words matched by the
  // last search that found the page: read after the searches above had all run, it reported
  // another form's words ("datacenter" checked against the locations of "outage", both the other
  // forms of a Korean query's words: the form was dropped; round 61). So a form some page holds is
  // asked again, its chunks now loaded, and its first page read before the next search.
  const found: HeldCompound[] = [];
  for (const [i, candidate] of candidates.entries()) {
    if (!first[i].length) continue;
    const joined = candidate.held === undefined ? [] : await resultsStartingWith(candidate.held, (await engine.search(candidate.held, searchOptions))?.results ?? []);
    if (candidate.held !== undefined && !joined.length) continue;
    const phrased = candidate.phrase === undefined ? [] : candidate.held === undefined ? first[i] : (await engine.search(candidate.phrase, searchOptions))?.results ?? [];
    if (!joined.length && !phrased.length) continue;
    const pages = new Map<string, EngineResult>();
    for (const result of [...joined, ...phrased]) if ((pages.get(result.id)?.score ?? -Infinity) < result.score) pages.set(result.id, result);
    const forms = [...(joined.length ? [candidate.held!] : []), ...(phrased.length ? [candidate.phrase!] : [])];
    found.push({ start: candidate.start, length: candidate.length, forms, pages });
  }
  return found;
}

/**
 * Whether a query has other forms to ask the index about (src/lib/query-forms.ts' candidates):
 * when it has none, searching with and without them gives the same results.
 */
export function queryHasOtherForms(query: string, otherSpellings?: (word: string) => readonly string[]): boolean {
  return compoundCandidates(pagefindQuery(cjkWordsSpaced(query)).split(' ').filter(Boolean), isStopWord, otherSpellings).length > 0;
}

/**
 * The pages in the language the query is typed in (src/lib/query-language.ts), by the `language`
 * filter of their search documents (src/lib/search-document.ts), and how many pages the search
 * covers: two filtered listings of ids, no page's data loaded. None when the query says no
 * language, or no page or every page is in it (a German query on English reports ranks as before).
 */
async function queryLanguagePages(engine: SearchEngine, query: string, searchOptions: Record<string, unknown>): Promise<{ has(id: string): boolean; count: number; all: number } | undefined> {
  const languages = queryLanguages(query);
  if (!languages.length) return undefined;
  const filters = { ...((searchOptions.filters as Record<string, unknown> | undefined) ?? {}), language: { any: languages } };
  const [ids, all] = await Promise.all([listedIds(engine, { ...searchOptions, filters }), listedIds(engine, searchOptions)]);
  const count = all.size;
  return ids.size && ids.size < count ? { has: (id) => ids.has(id), count: ids.size, all: count } : undefined;
}

/**
 * How many pages the filters keep (listedIds), 0 for an engine that cannot list pages: the tests'
 * stand-in engines search words only, and a word's weight then stays 1 (src/lib/rare-word-weight.ts).
 */
async function pageCount(engine: SearchEngine, options: Record<string, unknown>): Promise<number> {
  try {
    return (await listedIds(engine, options)).size;
  } catch {
    return 0;
  }
}

/**
 * The ids of the pages a filter set keeps (pagefind's search(null)), listed once per engine and
 * filter set: every German, French or Spanish query needs the count of all pages and of those in
 * its language, which change only with the filters (the review of round 47: all pages were listed
 * again on each such query). Cached as the promise, so queries typed at once share one listing.
 */
const listings = new WeakMap<object, Map<string, Promise<Set<string>>>>();
function listedIds(engine: SearchEngine, options: Record<string, unknown>): Promise<Set<string>> {
  // pagefind's search(null) lists the pages its filters keep; SearchEngine declares the word search
  // alone, which the tests' stand-in engines implement (one that lists no page leaves every word's
  // weight at 1).
  const listing = engine as unknown as { search(term: null, options: Record<string, unknown>): ReturnType<SearchEngine['search']> };
  const byOptions = listings.get(engine) ?? new Map<string, Promise<Set<string>>>();
  listings.set(engine, byOptions);
  const key = JSON.stringify(options);
  let ids = byOptions.get(key);
  if (!ids) {
    ids = listing.search(null, options).then((listed) => new Set((listed?.results ?? []).map((result) => result.id)));
    byOptions.set(key, ids);
    // A listing that failed is asked again by the next query, not remembered.
    ids.catch(() => byOptions.delete(key));
  }
  return ids;
}

/** Tokens as pagefind's all-words query: without stop words when two or more other words remain (a phrase is kept whole). */
const exactQueryOf = (tokens: readonly string[], dropStopWords: boolean, stopWord: (word: string) => boolean = isStopWord) =>
  (dropStopWords ? tokens.filter((token) => !stopWord(token.toLowerCase())) : tokens).join(' ');

/**
 * The words of a query typed in capitals among words that are not, lower case: an acronym the
 * responder names ("CAN report", "IT outage", "OR scheduling down"), not the stop word it spells
 * ("can", "it", "or"). Round 49: "用語集 CANレポート" (the glossary's "CAN report") dropped "can"
 * as the modal verb and the glossary, holding "CAN" and "レポート", was not listed. A query typed
 * all in capitals ("SITE IS DOWN") says nothing by its case: none.
 */
export function acronymsTyped(query: string): Set<string> {
  const capitals = query.match(/(?<![\p{Script=Latin}\p{N}])\p{Lu}{2,}(?![\p{Script=Latin}\p{N}])/gu) ?? [];
  const otherWords = (query.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !/^\p{Lu}+$/u.test(word));
  return otherWords.length ? new Set(capitals.map((word) => word.toLowerCase())) : new Set();
}

export async function searchForgiving(engine: SearchEngine, query: string, options: ForgivingOptions = {}): Promise<ForgivingResults> {
  // Chinese and Japanese words apart, as the index holds them (src/lib/cjk-words.ts).
  query = cjkWordsSpaced(query);
  const limit = options.limit ?? 20;
  const fewResults = options.fewResults ?? 5;
  const searchOptions = options.searchOptions ?? {};
  const byTitle = <T extends { data: SearchResultData }>(hits: T[]) => (options.titleBonus === false ? hits : titlePhraseFirst(hits, query));
  const load = <T extends { id: string; data(): Promise<SearchResultData> }>(results: readonly T[]) =>
    Promise.all(results.map(async (result) => ({ id: result.id, data: await loadResultData(result, options.excerptLength) })));
  const acronyms = acronymsTyped(query);
  const stopWord = (word: string) => isStopWord(word) && !acronyms.has(word);
  const counted = queryWords(query).filter((word) => !stopWord(word));
  // pagefind's "every word" includes words such as "in" and "some": a report that says "in a
  // subset of zones" was no exact result for "failing in some zones", and six other reports
  // holding "some" filled the list. With two or more other words the stop words are not asked for.
  const tokens = pagefindQuery(query).split(' ').filter(Boolean);
  const exactQuery = exactQueryOf(tokens, counted.length >= 2, stopWord);
  // The typed words and the other forms' candidates are asked at once (round 22 in the browser).
  const [typedSearch, compounds] = await Promise.all([
    engine.search(exactQuery, searchOptions),
    options.compounds === false ? ([] as HeldCompound[]) : heldCompounds(engine, tokens, searchOptions, options.otherSpellings),
  ]);
  const typedResults = typedSearch?.results ?? [];
  // A compound typed in another form than a page writes it (round 22): the query with the
  // compound in each of its other forms finds those pages too. First, best score first: for two
  // words typed with a hyphen, the pages holding any of its forms (the hyphen says the two are one
  // word, and pages holding the typed words may hold them apart: "web" and "hook" anywhere in a
  // page); for two words typed with a space, the pages writing them side by side (the phrase).
  // Other forms join the typed words' results by score: a joined word for two typed words (it sits
  // in many alias sentences: "filesystem" first put disk reports above the "file system" ones), a
  // split or another spelling of one typed word ("interconnect" written is as good as "inter connect").
  const shownFirst = new Map<string, EngineResult>();
  const byScoreToo = new Map<string, EngineResult>();
  const hyphenated = (compound: QueryCompound) => compound.length === 2 && query.toLowerCase().includes(`${tokens[compound.start]}-${tokens[compound.start + 1]}`.toLowerCase());
  // pagefind scores every result of a phrase search 1: such a page takes its score for the typed
  // words when it has one (it holds them side by side), so the phrase filters and the words rank.
  const typedScore = new Map(typedResults.map((result) => [result.id, result.score]));
  // Every form's search at once; their results are then taken in the forms' order, as before.
  const formSearches = compounds.flatMap((compound) => compound.forms.map((form) => ({ compound, form })));
  const formResults = await Promise.all(
    formSearches.map(async ({ compound, form }) => (await engine.search(exactQueryOf(withCompoundForm(tokens, compound, form), counted.length >= 2, stopWord), searchOptions))?.results ?? []),
  );
  formSearches.forEach(({ compound, form }, i) => {
    const phrase = form.startsWith('"');
    const found = hyphenated(compound) || (compound.length === 2 && phrase) ? shownFirst : byScoreToo;
    for (const hit of formResults[i]) {
      const result = phrase && typedScore.has(hit.id) ? { ...hit, score: typedScore.get(hit.id)! } : hit;
      if ((found.get(result.id)?.score ?? -Infinity) < result.score) found.set(result.id, result);
    }
  });
  const bestFirst = (results: Iterable<EngineResult>) => [...results].sort((a, b) => b.score - a.score);
  const withCompounds = (results: readonly EngineResult[]) => {
    const rest = new Map(results.filter((result) => !shownFirst.has(result.id)).map((result) => [result.id, result]));
    for (const [id, result] of byScoreToo) if (!shownFirst.has(id) && (rest.get(id)?.score ?? -Infinity) < result.score) rest.set(id, result);
    return [...bestFirst(shownFirst.values()), ...(byScoreToo.size ? bestFirst(rest.values()) : rest.values())];
  };
  // The counted words a held compound stands for: a page holding one of its forms holds them.
  const compoundOf = (word: string) => compounds.filter((compound) => tokens.slice(compound.start, compound.start + compound.length).some((token) => token.toLowerCase() === word));
  if (counted.length < 2) {
    // One word: nothing to forgive, but still say when no postmortem holds it. A word no page
    // holds that has alternatives ("Stromausfall", src/lib/search-alternatives.ts) goes on to
    // the partial matches below, which list the pages holding an alternative.
    const held = withCompounds(counted.length ? await resultsHolding(counted[0], typedResults) : typedResults);
    if (!(held.length === 0 && counted.length === 1 && options.alternativesOf?.(counted[0]).length)) {
      const exact = byTitle(await load(held.slice(0, limit)));
      return { exact, exactCount: held.length, partial: [], missing: held.length === 0 ? counted : [] };
    }
  }

  // Each word alone: which words no postmortem holds, and which pages hold most of the words.
  // pagefind drops a word that is nowhere in the index without saying so, so its "all words"
  // results then lack that word: they are listed with the partial matches, not as exact.
  // pagefind's results for a word, when it found the word only as a longer word's shorter prefix
  // ("b" for "bgp"), count as none: the word is missing.
  // One word after the other: a result's data() reports the matched words of the last search
  // that found its page, so searches running together would check another word's matches.
  const perWord: EngineResult[][] = [];
  const heldAlone: EngineResult[][] = [];
  for (const word of counted) {
    const alone = await resultsHolding(word, (await engine.search(word, searchOptions))?.results ?? []);
    // A page holding a compound's other form holds each of its words ("timeout" for "time" and "out").
    const fromCompounds = compoundOf(word).flatMap((compound) => [...compound.pages.values()]).filter((result) => !alone.some((own) => own.id === result.id));
    perWord.push([...alone, ...fromCompounds]);
    heldAlone.push(alone);
  }
  const missing = counted.filter((_, i) => perWord[i].length === 0);
  // A page found only by a form's search holds every word when each counted word's own search (or
  // a form of it) found it (round 63): pagefind drops a word nowhere in the index without saying
  // so, and "ネットワーク 障害" (network outage) asked as "ネットワーク outage" was "outage" alone, so
  // every outage notice counted as holding both words, above the one writing "network outage".
  const typedIds = new Set(typedResults.map((result) => result.id));
  const holdsEveryWord = (id: string) => perWord.every((results) => results.some((result) => result.id === id));
  const trustedExact = missing.length ? [] : withCompounds(typedResults).filter((result) => typedIds.has(result.id) || holdsEveryWord(result.id));
  // A phrase can only move results it sees: load a few more than are shown.
  const exact = byTitle(await load(trustedExact.slice(0, limit + 10))).slice(0, limit);
  // Long pages holding every word do not make the list long enough (round 37b): the partial
  // matches are searched too, and strongExact below keeps a long page first only when it holds the
  // words strongly enough.
  const longExact = exact.filter((hit) => (hit.data.word_count ?? 0) > longPageWords).length;
  if (trustedExact.length - longExact >= fewResults) return { exact, exactCount: trustedExact.length, partial: [], missing };

  const exactIds = new Set(trustedExact.map((result) => result.id));
  // The pages writing each word itself, not only as the start of a longer word ("graph", not
  // "graphql"; src/lib/word-start-share.ts): pagefind's phrase search matches whole words. Asked
  // at once, and only here, where the partial matches are ranked (each adds an index search), and
  // only for a word two or more pages hold and, with the internal site's word list, only when it
  // holds a longer word starting with it (`wholeWordSearchNeeded`, round 56).
  const startOnly = await Promise.all(counted.map(async (word, w) =>
    wordStartOnlyPages(heldAlone[w], wholeWordSearchNeeded(word, heldAlone[w].length, options.holdsLongerWord)
      ? new Set(((await engine.search(`"${word}"`, searchOptions))?.results ?? []).map((result) => result.id))
      : undefined)));
  type Found = (typeof perWord)[number][number];
  // Per query word: the pages holding it, with their score, and the synonym a page holds instead.
  // A page holding a word only as the start of a longer one counts at a share of its score (round 55).
  const holding = perWord.map((results, w) => new Map<string, { result: Found; score: number; synonym?: string }>(
    results.map((result) => [result.id, { result, score: result.score * (startOnly[w].has(result.id) ? wordStartShare : 1) }])));
  // A word few pages hold (a responder's word the reports do not use) also finds the pages
  // holding one of its synonyms, at a share of their score; a page holding the word keeps its own.
  const synonymsBelow = options.synonymsBelow ?? 3;
  const synonymWeight = options.synonymWeight ?? 0.5;
  if (options.alternativesOf) {
    // A word of a phrase of another language typed whole means the phrase's words (round 56).
    const inTypedPhrase = options.phraseAlternativesOf?.(query);
    for (let w = 0; w < counted.length; w++) {
      if (perWord[w].length >= synonymsBelow) continue;
      const sameWord = options.sameWordAlternativesOf?.(counted[w]) ?? [];
      for (const synonym of inTypedPhrase?.(counted[w]) ?? options.alternativesOf(counted[w])) {
        if (counted.includes(synonym)) continue;
        const weight = sameWord.includes(synonym) ? 1 : synonymWeight;
        for (const result of await resultsHolding(synonym, (await engine.search(synonym, searchOptions))?.results ?? [])) {
          const score = result.score * weight;
          const held = holding[w].get(result.id);
          if (!held || (held.synonym !== undefined && held.score < score)) holding[w].set(result.id, { result, score, synonym });
        }
      }
    }
  }
  // `score`: pagefind's scores summed (whether a page holding every word stays exact, as since
  // round 9); `rank`: the words' `wordScore`s summed, the order of the partial matches (round 36).
  const wordScore = options.wordScore ?? partialWordScore;
  // Since round 47, for a query typed in another language than the site's, each word counts by
  // its rarity among the pages in that language (`queryLanguagePages`, `inLanguageRarity`): in a
  // knowledge base of English reports and a few dozen German pages, "Zertifikat" is held by 19 of
  // 376 pages, so pagefind scores it as a rare word, and a German page whose title held it ranked
  // first for "plötzlich viel traffic nach dem zertifikat" above the FAQ holding "viel", "traffic"
  // and "Zertifikat". Pages in other languages are not ranked below (tried: Spanish queries on
  // English notices lost their answers, docs/findability.md).
  const language = await queryLanguagePages(engine, query, searchOptions);
  const languageWeight = perWord.map((results) =>
    language ? inLanguageRarity(results.filter((result) => language.has(result.id)).length, language.count, results.length, language.all) : 1,
  );
  // A name hardly any page holds counts more than the everyday words of other titles (round 54).
  // All pages as pagefind lists them, asked only when a word is that rare (once per engine and filters).
  const allPages = perWord.some((results) => rareWordFactor(results.length, Infinity) > 1) ? await pageCount(engine, searchOptions) : 0;
  const rareWeight = perWord.map((results) => rareWordFactor(results.length, allPages));
  const tally = new Map<string, { result: Found; words: Set<number>; score: number; rank: number; synonyms: Map<number, string> }>();
  holding.forEach((pages, w) => {
    for (const { result, score, synonym } of pages.values()) {
      const entry = tally.get(result.id) ?? { result, words: new Set<number>(), score: 0, rank: 0, synonyms: new Map<number, string>() };
      entry.words.add(w);
      entry.score += score * languageWeight[w];
      entry.rank += wordScore(score * languageWeight[w]) * rareWeight[w];
      if (synonym !== undefined) entry.synonyms.set(w, synonym);
      tally.set(result.id, entry);
    }
  });
  // Listed: pages holding more than a third of the words some postmortem holds (or a synonym of),
  // and at least one; labelled "most" from half of them on. Until round 20 half were needed: a
  // short notice holding the two telling words of a responder's seven-word sentence ("lamp
  // server totally dead, someone had to go to the rack") was not listed, while long reviews
  // holding four everyday ones were; the ranking by summed score below now decides between them.
  const heldWords = holding.filter((pages) => pages.size > 0).length;
  const needed = listedFromWords(heldWords);
  const half = Math.max(1, Math.ceil(heldWords / 2));
  // Ranked by pagefind's own relevance summed over the words a page holds (what pagefind would
  // rank by if it matched any word): its score already weighs a rare word above a common one
  // and a word in the title or summary above one in the body. Counting matched words first
  // ranked a page holding three everyday words ("never", "state", "sit", which pagefind also
  // matches as the prefix of "sites") above the one whose summary holds the two telling words;
  // on 60 queries over 110 real reports, top-3 rose from 0.88 to 0.95 (docs/findability.md).
  // Since round 36 each word's score counts by its square root (`partialWordScore`).
  const byRank = (a: { rank: number; words: Set<number>; result: { id: string } }, b: typeof a) =>
    b.rank - a.rank || b.words.size - a.words.size || (a.result.id < b.result.id ? -1 : 1);
  const partialEntries = [...tally.values()].filter((entry) => !exactIds.has(entry.result.id) && entry.words.size >= needed).sort(byRank);
  // Pages holding every word but weakly (round 9): listed among the partial matches at their place.
  const exactBonus = options.exactBonus ?? 1.5;
  const codes = typedCodes(query);
  const { strong, weak } = options.titleBonus === false
    ? { strong: exact, weak: [] }
    : strongExact(
        exact,
        (hit) => tally.get(hit.id)?.score ?? Infinity,
        Math.max(0, ...partialEntries.map((entry) => entry.score)),
        exactBonus,
        (hit) => (queryWords(query).length >= 2 && titleHoldsQuery(hit.data, query)) || codes.some((code) => writesCode(hit.data.raw_content ?? '', code)),
      );
  // Every weak page is in the tally (a page missing from it scored Infinity, so stayed strong).
  // Among the partial matches it is ranked by its summed roots with no bonus: holding every word,
  // it already sums one root more than they do (a bonus of 1.5 there put an exact page holding the
  // query's telling word weakly above the report holding it in its title: round 36).
  const weakEntries = weak.map((hit) => tally.get(hit.id)!);
  const ranked = [...partialEntries, ...weakEntries].sort(byRank).slice(0, limit);
  // Still fewer than `fewResults` pages (round 10): pages holding one word fewer than `needed` are
  // listed below them, up to `fewResults` in all, rather than nothing at all. A seven-word query ("alpine containers slow
  // name resolution, search domains") found no page holding four of its words, and the page
  // showed nothing, though the report it was about held three. Never fewer than two words here
  // (pages of one word follow only for the rarest word, below).
  const fewerWords = needed - 1;
  const fewer = strong.length + ranked.length < fewResults && fewerWords >= 2
    ? [...tally.values()].filter((entry) => !exactIds.has(entry.result.id) && entry.words.size === fewerWords).sort(byRank).slice(0, Math.min(limit, fewResults) - strong.length - ranked.length)
    : [];
  // Still short (round 42): pages holding only a rare word of the query, below all of these.
  const shown = strong.length + ranked.length + fewer.length;
  const rare = shown < fewResults && needed >= 2
    ? pagesByOneRareWord(
        [...tally.values()].filter((entry) => !exactIds.has(entry.result.id)),
        holding.map((pages) => pages.size),
        new Set([...ranked, ...fewer].map((entry) => entry.result.id)),
        Math.min(limit, fewResults) - shown,
        fewResults,
        byRank,
      )
    : [];
  const partial = await Promise.all(
    [...ranked, ...fewer, ...rare].map(async (entry) => {
      const matched = counted.filter((_, w) => entry.words.has(w));
      const data = await loadResultData(entry.result, options.excerptLength);
      // The excerpt marks the words the page holds: the synonym where it holds no query word.
      const marked = counted.flatMap((word, w) => (entry.words.has(w) ? [entry.synonyms.get(w) ?? word] : []));
      const hit: PartialHit = { id: entry.result.id, data: { ...data, excerpt: excerptMarkingWords(data, marked, options.excerptLength) }, matched };
      if (entry.words.size < half) hit.fewerThanHalf = true;
      if (entry.synonyms.size) hit.asSynonym = Object.fromEntries([...entry.synonyms].map(([w, synonym]) => [counted[w], synonym]));
      return hit;
    }),
  );
  return { exact: strong, exactCount: trustedExact.length - weak.length, partial, missing };
}
