#!/usr/bin/env node
// node scripts/eval-search.ts [--queries file.json] [--content dir] [--json] [--baseline | --exact-only | --tfidf | --bm25]
// Builds the internal search index of a content folder (as `npm run build` does, into a temporary
// folder), runs each query through the search page's logic (src/lib/forgiving-search.ts) with
// pagefind's own search in Node, and prints top-1, top-3, top-5 and MRR per kind of query. See docs/findability.md.
import { jsonSyntaxProblem } from '../src/lib/json-syntax.ts';
import { parseCommandLine } from './lib/command-line.ts';
import { exitOnBlockingFile } from './lib/special-file.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateCorpus } from '../src/lib/validate-corpus.ts';
import { searchForgiving, type SearchEngine } from '../src/lib/forgiving-search.ts';
import { searchTypedWordsFirst } from '../src/lib/typed-words-first.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir } = await loadSiteConfig();
import { buildSearchDocuments } from './lib/search-documents.ts';
import { indexDocumentsOnOwnThread } from '../src/integrations/search-index-thread.ts';
import { openSearchIndex } from './lib/search-node.ts';
import { aliasSentenceLead } from '../src/lib/search-excerpt.ts';
import { expectedIdProblem, plainBm25Search, plainTfIdfSearch, reciprocalRank } from '../src/lib/search-evaluation.ts';
import { decodeEntities } from '../src/lib/html-entities.ts';
import { escapeRegExp } from '../src/lib/regexp.ts';
import { isPublished } from '../src/lib/predicates.ts';
import { SearchWordCounts, maxSearchWords } from '../src/lib/search-words.ts';
import { correctedQuery, knownWords, querySpellingSuggestions } from '../src/lib/spelling-suggestion.ts';
import { parseSynonyms, synonymsHeld, synonymsOf } from '../src/lib/search-synonyms.ts';
import { alternativesOf, searchAlternativesKnowing } from '../src/lib/search-alternatives.ts';
import { parseSearchRanking } from '../src/lib/search-page-options.ts';

const { values } = parseCommandLine({
  options: {
    queries: { type: 'string', default: 'test/fixtures/search-queries/queries.json' },
    content: { type: 'string' },
    json: { type: 'boolean', default: false },
    baseline: { type: 'boolean', default: false },
    'exact-only': { type: 'boolean', default: false },
    tfidf: { type: 'boolean', default: false },
    bm25: { type: 'boolean', default: false },
    'failure-mode-words': { type: 'boolean', default: false },
    'service-vocabulary': { type: 'boolean', default: false },
    'no-alternatives': { type: 'boolean', default: false },
    'no-compounds': { type: 'boolean', default: false },
    'count-searches': { type: 'boolean', default: false },
    synonyms: { type: 'string' },
    'synonym-options': { type: 'string' },
    ranking: { type: 'string' },
    'body-tail-weight': { type: 'string' },
    'title-weight': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
}, { options: ['queries', 'content', 'synonyms'] });
if (values.help) {
  console.log(`Usage: npm run eval:search -- [--queries file.json] [--content dir] [--json]

Indexes the postmortems of the content folder (default: the site's) as the build does, runs every
query of the file ([{"query", "kind", "expect": [ids]}], default test/fixtures/search-queries/
queries.json) through the search page's logic, and prints top-1, top-3 and top-5: the share of queries
whose first (first three, five) results hold an expected postmortem, exact results first, then those
matching most words. A query with no expected id succeeds when no exact result comes back.
--baseline measures what came before: no aliases in the index, pagefind's all-words results only;
--exact-only keeps the aliases but not the partial matches.
--tfidf ranks by plain TF-IDF cosine over each report's whole text instead (no aliases, stemming or
field weights; a query with no expected id succeeds when no report holds any of its words).
--bm25 ranks by plain BM25 (k1 1.2, b 0.75) over the same words instead: the second baseline.
--synonyms <file>: also search, for a query word few pages hold, its synonyms of the file (lines
"word synonym…", scripts/build-responder-synonyms.ts; the page has none, docs/findability.md round 12);
--synonym-options '{"synonymsBelow": 3, "synonymWeight": 0.5, "commonest": 0}' tries other settings
(commonest: leave out synonyms among that many commonest words of the reports).
--failure-mode-words: index a responder's words for each failure mode a report's title, summary or
impact states (src/lib/search-concepts.ts failureModeWords; off on the site, docs/findability.md round 13).
--service-vocabulary: index the publicName and description words of the services a report names
(src/lib/search-service-words.ts; off on the site, docs/findability.md round 14).
--no-alternatives: do not search a word no page holds in its other English spelling and its
translations (German, French, Spanish; src/lib/search-alternatives.ts), as the page did before round 16.
--count-searches: also count the index searches of the page's two steps per query (typed words
first, then the other forms; src/lib/typed-words-first.ts), each step searching afresh as before
round 25 and with the first step's searches remembered (src/lib/remembered-searches.ts).
--no-compounds: do not search a compound typed in another form than a page writes it ("web-hook" for
"webhook", "failover" for "fail over"; src/lib/query-compounds.ts), as the page did before round 22.
--ranking '{"termFrequency": 0.8, "pageLength": 0.75, "termSaturation": 1.4, "termSimilarity": 1}'
tries pagefind ranking parameters other than the page's (src/lib/search-page-options.ts).
--body-tail-weight N: pagefind's weight of a body past its first 1,500 characters (the index's
is src/lib/search-document.ts bodyTailWeight; 1 indexes the body as before round 20).
--title-weight N: pagefind's weight of a report's title (the index's is src/lib/search-document.ts
titleWeight, 10; round 49 of docs/findability.md measured lower ones).
Prints the bytes of the pagefind index built.
MRR: the mean of 1 / place of the first expected postmortem among the first 10 (0 when absent).`);
  process.exit(0);
}
// Each of these ranks the queries another way; given two, one would be measured and the other's
// name printed beside it by whoever ran it.
const rankings = (['baseline', 'exact-only', 'tfidf', 'bm25'] as const).filter((name) => values[name]);
if (rankings.length > 1) {
  console.error(`--${rankings.join(' and --')} each rank the queries another way; give one of them (one run per ranking).`);
  process.exit(2);
}

interface Query { query: string; kind: string; expect: string[] }
const queries = readQueries(values.queries!);

/** The queries file: a list of {"query", "kind", "expect"}; a mistake in it is one line, not a stack trace. */
function readQueries(file: string): Query[] {
  let parsed: unknown;
  let text = '';
  exitOnBlockingFile(file, `--queries ${file}`, 'Give a JSON file holding [{"query", "kind", "expect": [ids]}].');
  try {
    text = readFileSync(file, 'utf8');
    parsed = JSON.parse(text);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : jsonSyntaxProblem(text);
    console.error(`--queries ${file}: ${why}. Give a JSON file holding [{"query", "kind", "expect": [ids]}].`);
    process.exit(2);
  }
  const valid = Array.isArray(parsed) && parsed.every((q) => q && typeof q === 'object' && typeof (q as Query).query === 'string' && Array.isArray((q as Query).expect ?? []));
  if (!valid) {
    console.error(`--queries ${file}: must be a list of {"query": "...", "kind": "...", "expect": [ids]}.`);
    process.exit(2);
  }
  if (!(parsed as Query[]).length) {
    // An empty list measured nothing, then failed in pagefind's own words (bad input round 32).
    console.error(`--queries ${file}: the list is empty, so there is nothing to measure. Give at least one {"query": "...", "kind": "...", "expect": [ids]}.`);
    process.exit(2);
  }
  return parsed as Query[];
}
let ranking;
try {
  ranking = values.ranking === undefined ? undefined : parseSearchRanking(values.ranking);
} catch (error) {
  console.error(`--ranking: ${(error as Error).message}`);
  process.exit(2);
}
const tailWeight = values['body-tail-weight'] === undefined ? undefined : Number(values['body-tail-weight']);
if (tailWeight !== undefined && !(tailWeight > 0 && tailWeight <= 10)) {
  console.error(`--body-tail-weight: "${values['body-tail-weight']}" is no pagefind weight; give a number above 0 and at most 10 (1: the body as before round 20).`);
  process.exit(2);
}
const titleWeightGiven = values['title-weight'] === undefined ? undefined : Number(values['title-weight']);
if (titleWeightGiven !== undefined && !(titleWeightGiven > 0 && titleWeightGiven <= 10)) {
  console.error(`--title-weight: "${values['title-weight']}" is no pagefind weight; give a number above 0 and at most 10 (10: the index's).`);
  process.exit(2);
}
const contentDir = resolve(values.content ?? resolveContentDir());
const validation = validateCorpus(contentDir, { frontmatterOnly: true });
const errors = validation.findings.filter((f) => f.severity === 'error');
if (errors.length || !validation.vocabulary) {
  // The first few, as npm run check says them: "1 error(s)" alone left a wrong --content unexplained.
  for (const f of errors.slice(0, 5)) console.error(`${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}${f.fix ? `\n    fix: ${f.fix}` : ''}`);
  console.error(`${contentDir} has ${errors.length} error(s)${errors.length > 5 ? ' (the first 5 above)' : ''}; fix them (npm run check lists them all), or give --content the folder that holds the vocabularies and postmortems/.`);
  process.exit(1);
}
// The alias sentence's paragraph, left out by --baseline, --tfidf and --bm25 (whatever its lead reads).
const aliasParagraph = new RegExp(`<p data-pagefind-weight="2">${escapeRegExp(aliasSentenceLead)} [^<]*</p>`);
const documents = buildSearchDocuments(validation.postmortems, validation.vocabulary, { failureModeWords: values['failure-mode-words'], serviceVocabulary: values['service-vocabulary'], bodyTailWeight: tailWeight, titleWeight: titleWeightGiven }).map((document) =>
  values.baseline ? { ...document, html: document.html.replace(aliasParagraph, '') } : document,
);
if (!documents.length) {
  console.error(`${contentDir} has no published postmortem to search: the search index holds published ones only.`);
  process.exit(1);
}
const expectProblem = expectedIdProblem(
  queries,
  new Set(validation.postmortems.filter((p) => p.data && isPublished(p.data)).map((p) => p.id)),
  new Set(validation.postmortems.map((p) => p.id)),
);
if (expectProblem) {
  console.error(`--queries ${values.queries}: ${expectProblem}`);
  process.exit(2);
}
// The words the build writes beside the index (kb-words.txt), for the page's "Did you mean".
const wordCounts = new SearchWordCounts();
for (const document of documents) wordCounts.addDocument(document.html);
const known = knownWords(wordCounts.list(), maxSearchWords);
// As the page: a missing word is also searched in the index's spelling of it (round 43).
const searchAlternatives = searchAlternativesKnowing(known);
// The synonyms the build writes beside the index (kb-synonyms.txt), from the same word list.
const synonymOptions = readSynonymOptions(values['synonym-options'] ?? '{}');
function readSynonymOptions(text: string): { synonymsBelow?: number; synonymWeight?: number; commonest?: number } {
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    // said below
  }
  console.error(`--synonym-options: not a JSON object ("${text}"); give e.g. '{"synonymsBelow": 3, "synonymWeight": 0.5, "commonest": 0}'.`);
  process.exit(2);
}
const plainBaseline = values.tfidf || values.bm25;
const synonyms = values.synonyms && !values.baseline && !values['exact-only'] && !plainBaseline
  ? synonymsHeld(parseSynonyms(readSynonymsFile(values.synonyms)), wordCounts.list(), wordCounts.list(synonymOptions.commonest ?? 0))
  : undefined;
function readSynonymsFile(file: string): string {
  exitOnBlockingFile(file, `--synonyms ${file}`, 'Give a file of lines "word synonym synonym…" (scripts/build-responder-synonyms.ts writes one).');
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`--synonyms ${file}: cannot read it (${(error as Error).message}); give a file of lines "word synonym synonym…" (scripts/build-responder-synonyms.ts writes one).`);
    process.exit(2);
  }
}
/** Bytes of every file under `folder`. */
function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}
// The index searches of the page's two steps (--count-searches), summed over the queries.
const searchesCounted = { queries: 0, twoStep: 0, afresh: 0, remembered: 0 };
const indexDir = mkdtempSync(join(tmpdir(), 'eval-search-'));
try {
  // On a thread of its own, as the build does: if pagefind's process dies, the thread ends and
  // this fails with pagefind's message instead of leaving the promise unsettled.
  // The TF-IDF baseline reads no index: opening one it never searches left pagefind loading after the folder was gone.
  if (!plainBaseline) await indexDocumentsOnOwnThread(documents, indexDir);
  const engine = plainBaseline ? undefined : await openSearchIndex(indexDir, ranking);
  let excerpts = 0;
  let quotingAliases = 0;
  // The baseline reads what a reader reads: the page's text without its hidden metadata and the alias sentence.
  const tfidf = plainBaseline
    ? (values.bm25 ? plainBm25Search : plainTfIdfSearch)(documents.map((document) => ({
      id: document.url.replace(/^\/postmortems\/|\/$/g, ''),
      text: decodeEntities(document.html.replace(/<div hidden[\s\S]*?<\/div>/, '').replace(aliasParagraph, '').replace(/<[^>]+>/g, ' ')),
    })))
    : undefined;
  const rows: (Query & { top1: boolean; top3: boolean; top5: boolean; mrr: number; exact: number; partial: number; missing: string[]; first: string[]; suggestion?: string })[] = [];
  for (const q of queries) {
    if (tfidf) {
      const ranked = tfidf(q.query).slice(0, 10);
      const wanted = new Set(q.expect);
      const nothing = ranked.length === 0;
      const hit = (k: number) => (q.expect.length ? ranked.slice(0, k).some((id) => wanted.has(id)) : nothing);
      rows.push({ ...q, top1: hit(1), top3: hit(3), top5: hit(5), mrr: q.expect.length ? reciprocalRank(ranked, wanted) : nothing ? 1 : 0, exact: ranked.length, partial: 0, missing: [], first: ranked.slice(0, 5) });
      continue;
    }
    const found = values.baseline || values['exact-only']
      ? { exact: await Promise.all(((await engine!.search(q.query))?.results ?? []).slice(0, 10).map(async (r) => ({ id: r.id, data: await r.data() }))), partial: [], missing: [] as string[] }
      : await searchForgiving(engine!, q.query, {
        limit: 10,
        // As the page: a word no page holds is searched in its other spelling and translations (round 16); synonyms
        // of a file are searched besides them, at their own threshold.
        ...(synonyms
          ? { alternativesOf: (word: string) => [...alternativesOf(word), ...synonymsOf(synonyms, word)], synonymsBelow: synonymOptions.synonymsBelow, synonymWeight: synonymOptions.synonymWeight }
          : values['no-alternatives'] ? {} : searchAlternatives),
        ...(values['no-compounds'] ? { compounds: false } : {}),
      });
    if (values['count-searches'] && !values.baseline && !values['exact-only']) await countSearches(engine!, q.query);
    for (const hit of [...found.exact, ...found.partial]) {
      excerpts++;
      if (hit.data.excerpt.includes(aliasSentenceLead)) quotingAliases++;
    }
    const ids = [...found.exact, ...found.partial].map((hit) => hit.data.url.replace(/^\/postmortems\/|\/$/g, ''));
    const wanted = new Set(q.expect);
    const top1 = q.expect.length ? wanted.has(ids[0]) : found.exact.length === 0;
    const top3 = q.expect.length ? ids.slice(0, 3).some((id) => wanted.has(id)) : found.exact.length === 0;
    const top5 = q.expect.length ? ids.slice(0, 5).some((id) => wanted.has(id)) : found.exact.length === 0;
    const suggestion = correctedQuery(q.query, querySpellingSuggestions(q.query, found.missing, known));
    // A query with no answer scores as top-1 does: 1 when nothing holds every word.
    const mrr = q.expect.length ? reciprocalRank(ids, wanted) : top1 ? 1 : 0;
    rows.push({ ...q, top1, top3, top5, mrr, exact: found.exact.length, partial: found.partial.length, missing: found.missing, first: ids.slice(0, 5), suggestion });
  }
  const share = (list: typeof rows, key: 'top1' | 'top3' | 'top5') => (list.length ? list.filter((row) => row[key]).length / list.length : 0);
  const meanReciprocalRank = (list: typeof rows) => (list.length ? list.reduce((sum, row) => sum + row.mrr, 0) / list.length : 0);
  const kinds = [...new Set(rows.map((row) => row.kind))];
  const summary = Object.fromEntries(
    [['all', rows] as const, ...kinds.map((kind) => [kind, rows.filter((row) => row.kind === kind)] as const)].map(([kind, list]) => [
      kind,
      { queries: list.length, top1: share(list, 'top1'), top3: share(list, 'top3'), top5: share(list, 'top5'), mrr: meanReciprocalRank(list) },
    ]),
  );
  // What the index costs to download, so a change to the indexed text is measured in bytes too.
  const indexBytes = plainBaseline ? 0 : folderBytes(indexDir);
  const searchCounts = values['count-searches'] ? searchesCounted : undefined;
  if (values.json) console.log(JSON.stringify({ summary, excerpts, quotingAliases, indexBytes, searchCounts, rows }, null, 2));
  else {
    for (const [kind, s] of Object.entries(summary)) console.log(`${kind.padEnd(14)} ${String(s.queries).padStart(3)} queries  top-1 ${s.top1.toFixed(2)}  top-3 ${s.top3.toFixed(2)}  top-5 ${s.top5.toFixed(2)}  MRR ${s.mrr.toFixed(2)}`);
    console.log(`excerpts quoting "${aliasSentenceLead}": ${quotingAliases} of ${excerpts}`);
    if (!plainBaseline) console.log(`pagefind index: ${indexBytes} bytes`);
    if (searchCounts) console.log(`index searches of the page's two steps: ${searchCounts.afresh} with each step searching afresh, ${searchCounts.remembered} with the first step's remembered (${searchCounts.queries} queries, ${searchCounts.twoStep} of them in two steps)`);
    // What the page offers as "Did you mean": wanted for misspelt queries, a false alarm elsewhere.
    const suggested = rows.filter((row) => row.suggestion !== undefined);
    console.log(`"Did you mean" offered for ${suggested.length} of ${rows.length} queries${suggested.length ? `: ${suggested.map((row) => `"${row.query}" → "${row.suggestion}"`).join(', ')}` : ''}`);
    for (const row of rows.filter((r) => !r.top1)) console.log(`${row.top5 ? 'not first' : 'miss'}: "${row.query}" → ${row.first.join(', ') || '(nothing)'}${row.missing.length ? `; no postmortem has: ${row.missing.join(', ')}` : ''}`);
  }
} finally {
  rmSync(indexDir, { recursive: true, force: true });
}

/** The index searches of the page's two steps for one query: as before round 25 and now. */
async function countSearches(engine: SearchEngine, query: string): Promise<void> {
  let asked = 0;
  const counting: SearchEngine = { search: (term, options) => (asked++, engine.search(term, options)) };
  let twoSteps = false;
  await searchTypedWordsFirst(counting, query, searchAlternatives, () => (twoSteps = true));
  const remembered = asked;
  asked = 0;
  if (twoSteps) await searchForgiving(counting, query, { ...searchAlternatives, compounds: false });
  await searchForgiving(counting, query, searchAlternatives);
  searchesCounted.queries++;
  if (twoSteps) searchesCounted.twoStep++;
  searchesCounted.remembered += remembered;
  searchesCounted.afresh += asked;
}
