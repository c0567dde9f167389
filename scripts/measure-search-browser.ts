// Time from typing a query to results shown on a built site's /search/ page, in headless Chromium,
// and the index chunks and fragments fetched for it (round 22 in the browser, docs/findability.md).
// Since round 24 the page shows the typed words' results first and the final ones (with the other
// forms of the words) after: both times are measured; a site showing its results once has them equal.
//
//   node scripts/measure-search-browser.ts --runs 3 on=/tmp/site off=/tmp/site-off [more queries...]
//
// Each label=folder is a built site (`node scripts/build.ts --out folder`). Each query is typed
// into a fresh page (cold cache: a responder opening search at 3 a.m.), once per site in turn, run
// after run, so the host's load falls on every site alike; medians per query and overall are printed.
// The time includes the page's 150 ms pause after typing (src/scripts/search.ts).

import { launchBrowser, serveDirectory } from '../test/support/browser.ts';
import { parseCommandLine, wholeNumberOption } from './lib/command-line.ts';

const defaultQueries = [
  'dns', 'timeout', 'failover', 'webhook', 'database', 'disk full', 'certificate expired', 'time out', 'fail over',
  'web-hook', 'e-mail', 'roll back', 'load balancer', 'payments api returning 502 after deploy', 'database connections exhausted during peak traffic',
];

const usage = `Usage: node scripts/measure-search-browser.ts [--runs N] label=builtSiteFolder [label=folder...] [query...]

Types each query into a fresh /search/ page of each built site (node scripts/build.ts --out folder)
in headless Chromium (/usr/bin/chromium), site after site, run after run, and prints the median
time to the first results and to the final ones (the results list no longer aria-busy), and the
index chunks and fragments fetched, per query, and the median and 90th percentile over every query
and run.

  --runs N     how many times each query is typed into each site (default 3)
  query...     the queries (default: 15 typical ones, from one word to a sentence)`;

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: { runs: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const runs = values.runs === undefined ? 3 : wholeNumberOption('runs', values.runs, 1, 100);
const sites = positionals.filter((arg) => /^\w+=/.test(arg)).map((arg) => arg.split(/=(.*)/s, 2) as [string, string]);
const queries = positionals.filter((arg) => !/^\w+=/.test(arg));
if (!sites.length) {
  console.error(`Give at least one built site as label=folder.\n${usage}`);
  process.exit(2);
}
if (!queries.length) queries.push(...defaultQueries);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** The 90th percentile, nearest rank. */
const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.9) - 1];

const browser = await launchBrowser();
const servers = await Promise.all(sites.map(([, folder]) => serveDirectory(folder)));
/** label → query → measurements */
const times = new Map<string, Map<string, number[]>>();
const finalTimes = new Map<string, Map<string, number[]>>();
const chunks = new Map<string, Map<string, number[]>>();
const fragments = new Map<string, Map<string, number[]>>();
const record = (table: typeof times, label: string, query: string, value: number) => {
  if (!table.has(label)) table.set(label, new Map());
  const row = table.get(label)!;
  row.set(query, [...(row.get(query) ?? []), value]);
};

try {
  for (let run = 0; run < runs; run++) {
    for (const query of queries) {
      // Alternate which site goes first, so neither always meets the same moment of load.
      const order = sites.map((site, i) => [site, servers[i]] as const);
      if ((run + queries.indexOf(query)) % 2) order.reverse();
      for (const [[label], server] of order) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
        // The page is ready once its status line has left "Loading…": typed before, the query's
        // time started while the index still loaded, and the observers saw the page's own first status.
        await page.waitForFunction(() => !document.querySelector('#search-status')!.textContent!.startsWith('Loading'));
        let counting = false;
        let chunkCount = 0;
        let fragmentCount = 0;
        page.on('request', (request) => {
          if (!counting) return;
          if (request.url().includes('/pagefind/index/')) chunkCount++;
          if (request.url().includes('/pagefind/fragment/')) fragmentCount++;
        });
        await page.evaluate(() => {
          const status = document.querySelector('#search-status')!;
          const section = document.querySelector('#search-results')!.closest('section')!;
          const before = status.textContent;
          const watch = (ready: () => boolean) => new Promise<number>((done) => {
            new MutationObserver(() => {
              if (ready()) done(performance.now());
            }).observe(section, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
          });
          const changed = () => status.textContent !== before;
          Object.assign(window, { shown: watch(changed), final: watch(() => changed() && section.getAttribute('aria-busy') !== 'true') });
        });
        counting = true;
        const started = await page.evaluate((text) => {
          const input = document.querySelector<HTMLInputElement>('#search-input')!;
          const start = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          return start;
        }, query);
        const shownAt = await page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown);
        const finalAt = await page.evaluate(() => (window as unknown as { final: Promise<number> }).final);
        await page.waitForLoadState('networkidle');
        record(times, label, query, shownAt - started);
        record(finalTimes, label, query, finalAt - started);
        record(chunks, label, query, chunkCount);
        record(fragments, label, query, fragmentCount);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}

const labels = sites.map(([label]) => label);
console.log(`query\t${labels.map((label) => `${label} first ms\t${label} final ms\t${label} chunks\t${label} fragments`).join('\t')}`);
for (const query of queries) {
  const cell = (table: typeof times, label: string) => median(table.get(label)!.get(query)!);
  console.log(`${query}\t${labels.map((label) => `${cell(times, label).toFixed(0)}\t${cell(finalTimes, label).toFixed(0)}\t${cell(chunks, label)}\t${cell(fragments, label)}`).join('\t')}`);
}
const overall = (table: typeof times, label: string) => median(queries.map((query) => median(table.get(label)!.get(query)!)));
console.log(`median of medians\t${labels.map((label) => `${overall(times, label).toFixed(0)}\t${overall(finalTimes, label).toFixed(0)}\t${overall(chunks, label)}\t${overall(fragments, label)}`).join('\t')}`);
const every = (table: typeof times, label: string) => [...table.get(label)!.values()].flat();
for (const label of labels) {
  console.log(`${label}: first results median ${median(every(times, label)).toFixed(0)} ms, p90 ${p90(every(times, label)).toFixed(0)} ms; final results median ${median(every(finalTimes, label)).toFixed(0)} ms, p90 ${p90(every(finalTimes, label)).toFixed(0)} ms (${every(times, label).length} searches)`);
}
console.log(`load average at the end: ${(await import('node:os')).loadavg().map((load) => load.toFixed(2)).join(' ')}`);
