// The /search/ page: results as you type, with filters and sorting, over the pagefind index
// written by `npm run build`. This is the only client-side script of the internal site.

import { isOneWordQuery, loadResultData, partialStatusLine, partialWording, searchForgiving, type ForgivingResults, type SearchResultData } from '../lib/forgiving-search.ts';
import { searchTypedWordsFirst } from '../lib/typed-words-first.ts';
import { cjkWordSpacesRemoved } from '../lib/cjk-words.ts';
import { escapeHtmlEveryQuote } from '../lib/html-entities.ts';
import { searchAlternativesKnowing } from '../lib/search-alternatives.ts';
import { correctedQuery, knownWords, querySpellingSuggestions, type KnownWords } from '../lib/spelling-suggestion.ts';
import { maxSearchWords, parseSearchWords, searchWordsFileName } from '../lib/search-words.ts';
import { narrowingFilterGroups } from '../lib/search-filter-groups.ts';
import { searchExcerptLength as excerptLength, searchPageOptions } from '../lib/search-page-options.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<SearchResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch(term: string | null, options?: Record<string, unknown>, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at first, and added by each press of "Show more". */
const pageSize = 20;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
/** Filters offered, in order, with their labels: set by the page (pagefind filter names). */
const filterLabels = JSON.parse(filtersBox.dataset.filters ?? '[]') as [string, string][];
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
/** Both result lists: busy while the other forms of the query's words are searched (round 24). */
const resultsSection = list.closest('section')!;
const missingNote = document.querySelector<HTMLElement>('#search-missing')!;
const partialBox = document.querySelector<HTMLElement>('#search-partial')!;
const partialList = document.querySelector<HTMLOListElement>('#search-partial-results')!;
const partialTitle = document.querySelector<HTMLElement>('#search-partial-title')!;
const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
const filtersToggle = document.querySelector<HTMLDetailsElement>('#search-filters-toggle')!;
const filtersCount = document.querySelector<HTMLElement>('#search-filters-count')!;
/** Where the filters sit above the results rather than beside them (global.css, .search-layout). */
const filtersAboveResults = matchMedia('(max-width: 800px)');
/** What a result is called on this site: customers read "incident", responders "postmortem". */
const noun = form.dataset.noun ?? 'postmortem';

async function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options(searchPageOptions());
  return pagefind;
}

let searchWords: Promise<KnownWords> | undefined;
/** The index's words (written by the internal build; none on the public site), fetched on the first query. */
function loadSearchWords(): Promise<KnownWords> {
  searchWords ??= fetch(`/pagefind/${searchWordsFileName}`)
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '')
    .then((text) => knownWords(parseSearchWords(text), maxSearchWords));
  return searchWords;
}

/**
 * The query with its misspelt words spelled as the index spells them, or undefined when none is
 * close: missing words, and words pagefind matched only through a prefix of another word.
 */
async function suggestQuery(query: string, missing: readonly string[]): Promise<{ query: string; unknownWords: string[] } | undefined> {
  // The public site has no word list beside its index: nothing to fetch.
  if (form.dataset.spelling === 'off') return undefined;
  const suggestions = querySpellingSuggestions(query, missing, await loadSearchWords());
  const corrected = correctedQuery(query, suggestions);
  return corrected === undefined ? undefined : { query: corrected, unknownWords: [...suggestions.keys()].filter((word) => !missing.includes(word)) };
}

/** This page's address with `q` set to `query`, filters and sorting kept. */
function searchUrl(query: string): string {
  const params = new URLSearchParams(location.search);
  params.set('q', query);
  return `?${params.toString()}`;
}

function selectedFilters(): Record<string, { any: string[] }> {
  const selected: Record<string, { any: string[] }> = {};
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    const name = box.dataset.filter!;
    (selected[name] ??= { any: [] }).any.push(box.value);
  }
  return selected;
}

function renderFilters(available: Record<string, Record<string, number>>, documentCount: number, params: URLSearchParams) {
  // Only groups that can leave a page out: "Near-miss: no" alone, on every page, narrowed nothing.
  const groups = narrowingFilterGroups(filterLabels, available, documentCount)
    .map(([name, label]) => {
      const values = Object.keys(available[name]).sort((a, b) =>
        name === 'year' ? b.localeCompare(a) : a.localeCompare(b),
      );
      const wanted = new Set(params.getAll(name));
      const options = values
        .map((value) => {
          const id = `filter-${name}-${value}`.replace(/[^a-zA-Z0-9_-]/g, '-');
          return `<li><input type="checkbox" id="${id}" data-filter="${name}" value="${escapeHtmlEveryQuote(value)}"${wanted.has(value) ? ' checked' : ''}>
            <label for="${id}">${escapeHtmlEveryQuote(value)} <span class="count">(${available[name][value]})</span></label></li>`;
        })
        .join('');
      return `<fieldset class="filter-group" data-filter-group="${name}"><legend>${label}</legend><ul>${options}</ul></fieldset>`;
    });
  filtersBox.innerHTML = groups.join('');
}

/** Filters fold away where they would push the results below the screen; beside the results they stay open. */
function fitFiltersToWidth() {
  filtersToggle.open = !filtersAboveResults.matches;
}

/** The folded filters still say how many are on: "(2 on)". */
function showFilterCount() {
  const on = filtersBox.querySelectorAll('input[type=checkbox]:checked').length;
  filtersCount.textContent = on ? `(${on} on)` : '';
}

function syncUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  if (sortSelect.value !== 'relevance') params.set('sort', sortSelect.value);
  for (const [name, { any }] of Object.entries(selectedFilters())) for (const value of any) params.append(name, value);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

async function main() {
  fitFiltersToWidth();
  filtersAboveResults.addEventListener('change', fitFiltersToWidth);
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') ?? 'relevance';
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    status.textContent = 'The search index is missing. Build the site with `npm run build` (it indexes the pages), then reload.';
    return;
  }
  // A search with no words and no filters lists every indexed page: the count a filter must undercut.
  const everything = await pagefind.search(null);
  renderFilters(await pagefind.filters(), everything?.results.length ?? 0, params);
  showFilterCount();

  let generation = 0;
  /** How many exact results the list shows: a page more on each "Show more", back to one page on a new query. */
  let shown = pageSize;
  /** After "Show more": the index of the first added result, which takes the focus. */
  let focusFrom: number | undefined;
  /** The addresses of the results listed, in their order. */
  let shownUrls: string[] = [];
  const run = async (debounce: boolean) => {
    const mine = ++generation;
    syncUrl();
    const term = input.value.trim() || null;
    const filters = selectedFilters();
    if (!term && !Object.keys(filters).length && sortSelect.value === 'relevance') {
      list.innerHTML = '';
      moreButton.hidden = true;
      partialBox.hidden = true;
      missingNote.hidden = true;
      resultsSection.removeAttribute('aria-busy');
      status.textContent = 'Type a service, an error message or a symptom.';
      return;
    }
    const options: Record<string, unknown> = { filters };
    if (sortSelect.value !== 'relevance') options.sort = { date: sortSelect.value };
    if (!term) {
      const search = await pagefind.search(null, options);
      if (!search || mine !== generation) return;
      const top = await Promise.all(search.results.slice(0, shown).map((result) => loadResultData(result, excerptLength)));
      if (mine !== generation) return;
      show(search.results.length, top, [], []);
      resultsSection.removeAttribute('aria-busy');
      return;
    }
    // Typing: wait until the user pauses, then search (all words, and each word when that finds little).
    if (debounce) {
      await new Promise((done) => setTimeout(done, 150));
      if (mine !== generation) return;
    }
    // A word no postmortem holds is also searched in its translations ("Stromausfall": power, outage); every word in its other
    // spelling ("fibre": fiber) and a compound in its other form ("web-hook": webhook), src/lib/query-forms.ts.
    // The typed words' results are shown first and the other forms' added after (round 24): a
    // sentence's forms cost about twice the time to results. "Show more" searches in one step, so
    // the results read stay in place and the focus moves to the first added once.
    // Since round 43 a word no postmortem holds is also searched in the index's spelling of it
    // ("maintanance": maintenance), from the word list the internal site writes beside its index.
    const known = form.dataset.spelling === 'off' ? undefined : await loadSearchWords();
    if (mine !== generation) return;
    const forgivingOptions = { limit: shown, searchOptions: options, titleBonus: sortSelect.value === 'relevance', excerptLength, ...searchAlternativesKnowing(known) };
    const current = () => mine === generation;
    const found = focusFrom === undefined
      ? await searchTypedWordsFirst(pagefind, term, forgivingOptions, (typed) => showFound(typed, true), current)
      : await searchForgiving(pagefind, term, forgivingOptions);
    if (!found || !current()) return;
    const suggestion = await suggestQuery(term, found.missing);
    if (!current()) return;
    showFound(found, false, suggestion);
  };

  /** Shows a search's results; `busy` while the other forms of its words are still searched. */
  const showFound = (found: ForgivingResults, busy: boolean, suggestion?: { query: string; unknownWords: string[] }) => {
    // Set before the status line changes: whoever watches the status sees whether more is coming.
    if (busy) resultsSection.setAttribute('aria-busy', 'true');
    else resultsSection.removeAttribute('aria-busy');
    show(found.exactCount, found.exact.map((hit) => hit.data), found.partial.map((hit) => ({ data: hit.data, matched: hit.matched.map((word) => (hit.asSynonym?.[word] ? `${hit.asSynonym[word]} (${word})` : word)), fewerThanHalf: hit.fewerThanHalf })), found.missing, suggestion);
  };

  const item = (data: SearchResultData, matched?: string[]) => `<li class="search-result${matched ? ' search-result--partial' : ''}">
          <a class="search-result__title" href="${escapeHtmlEveryQuote(data.url)}">${escapeHtmlEveryQuote(cjkWordSpacesRemoved(data.meta.title ?? data.url))}</a>
          <p class="search-result__meta"><span class="severity-badge severity-badge--${escapeHtmlEveryQuote((data.meta.severity ?? '').toLowerCase().replace(/\s+/g, '-'))}">${escapeHtmlEveryQuote(data.meta.severity ?? '')}</span>
          <time>${escapeHtmlEveryQuote(data.meta.date ?? '')}</time> <span>${escapeHtmlEveryQuote(data.meta.services ?? '')}</span>${
            matched ? ` <span class="search-result__matched">matches: ${matched.map((word) => `<mark>${escapeHtmlEveryQuote(word)}</mark>`).join(' ')}</span>` : ''
          }</p>
          <p class="search-result__excerpt">${data.excerpt}</p>
        </li>`;

  const show = (count: number, exact: SearchResultData[], partial: { data: SearchResultData; matched: string[]; fewerThanHalf?: true }[], missing: string[], suggestion?: { query: string; unknownWords: string[] }) => {
    const holds = partialWording(partial);
    status.textContent = count
      ? `${count} ${noun}${count === 1 ? '' : 's'} found${count > exact.length ? `, showing the first ${exact.length}` : ''}.`
      : partial.length
        ? partialStatusLine(noun, input.value, partial)
        : `No ${noun} matches. Try fewer words or fewer filters.`;
    // A word pagefind matched only through the start of another word ("certifcate" through
    // "certif…") is named too: its results are there, but they hold another word.
    const unknown = suggestion?.unknownWords ?? [];
    const quoted = (words: readonly string[]) => words.map((word) => `<q>${escapeHtmlEveryQuote(word)}</q>`).join(', ');
    missingNote.hidden = missing.length === 0 && !suggestion;
    missingNote.innerHTML = [
      missing.length ? `No ${noun} contains ${quoted(missing)}.` : '',
      unknown.length ? `No ${noun} has the word ${quoted(unknown)}; results hold words that start like it.` : '',
      suggestion ? `Did you mean <a id="search-suggestion" href="${escapeHtmlEveryQuote(searchUrl(suggestion.query))}">${escapeHtmlEveryQuote(suggestion.query)}</a>?` : '',
    ].filter(Boolean).join(' ');
    if (focusFrom !== undefined) {
      // More results loaded re-rank titles first among them: keep the ones already read in place, add the rest below.
      const before = new Map(shownUrls.map((url, i) => [url, i]));
      exact = [...exact.filter((data) => before.has(data.url)).sort((a, b) => before.get(a.url)! - before.get(b.url)!), ...exact.filter((data) => !before.has(data.url))];
    }
    shownUrls = exact.map((data) => data.url);
    // The final results replace the typed words' a moment later: a result link that has the focus keeps it.
    const focused = document.activeElement instanceof HTMLAnchorElement && resultsSection.contains(document.activeElement) ? document.activeElement.getAttribute('href') : null;
    list.innerHTML = exact.map((data) => item(data)).join('');
    // With hundreds of reports a common word finds more than a page: the rest are one press away
    // (before, only the first 20 could be reached, and only by narrowing the query).
    const left = count - exact.length;
    moreButton.hidden = left <= 0 || exact.length === 0;
    moreButton.textContent = `Show ${Math.min(pageSize, left)} more of ${count}`;
    if (focusFrom !== undefined) {
      // Keyboard users continue where the new results start, not back at the top of the list.
      list.querySelectorAll<HTMLAnchorElement>('.search-result__title')[focusFrom]?.focus();
      focusFrom = undefined;
    }
    partialBox.hidden = partial.length === 0;
    partialTitle.textContent = isOneWordQuery(input.value) ? 'Holding a word like yours' : `Matching ${holds} of your words`;
    partialList.innerHTML = partial.map(({ data, matched }) => item(data, matched)).join('');
    if (focused !== null) [...resultsSection.querySelectorAll<HTMLAnchorElement>('.search-result__title')].find((link) => link.getAttribute('href') === focused)?.focus();
  };

  const fromFirstPage = () => {
    shown = pageSize;
    focusFrom = undefined;
  };
  // The suggestion searches at once, without reloading the page.
  missingNote.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('#search-suggestion');
    if (!link) return;
    event.preventDefault();
    input.value = link.textContent ?? '';
    fromFirstPage();
    run(false);
  });
  input.addEventListener('input', () => {
    fromFirstPage();
    run(true);
  });
  sortSelect.addEventListener('change', () => {
    fromFirstPage();
    run(false);
  });
  filtersBox.addEventListener('change', () => {
    showFilterCount();
    fromFirstPage();
    run(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    fromFirstPage();
    run(false);
  });
  moreButton.addEventListener('click', () => {
    focusFrom = shown;
    shown += pageSize;
    run(false);
  });
  await run(false);
}

main();
