// Time from typing a query to results shown on a built site's /search/ page, in headless Chromium,
// and the index chunks and fragments fetched for it (round 22 in the browser, docs/findability.md).
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
time to results and the index chunks and fragments fetched, per query and overall.

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

const browser = await launchBrowser();
const servers = await Promise.all(sites.map(([, folder]) => serveDirectory(folder)));
/** label → query → measurements */
const times = new Map<string, Map<string, number[]>>();
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
          const before = status.textContent;
          (window as unknown as { shown: Promise<number> }).shown = new Promise((done) => {
            new MutationObserver(() => {
              if (status.textContent !== before) done(performance.now());
            }).observe(status, { childList: true, characterData: true, subtree: true });
          });
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
        await page.waitForLoadState('networkidle');
        record(times, label, query, shownAt - started);
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
console.log(`query\t${labels.map((label) => `${label} ms\t${label} chunks\t${label} fragments`).join('\t')}`);
for (const query of queries) {
  console.log(`${query}\t${labels.map((label) => `${median(times.get(label)!.get(query)!).toFixed(0)}\t${median(chunks.get(label)!.get(query)!)}\t${median(fragments.get(label)!.get(query)!)}`).join('\t')}`);
}
const overall = (table: typeof times, label: string) => median(queries.map((query) => median(table.get(label)!.get(query)!)));
console.log(`median of medians\t${labels.map((label) => `${overall(times, label).toFixed(0)}\t${overall(chunks, label)}\t${overall(fragments, label)}`).join('\t')}`);
console.log(`load average at the end: ${(await import('node:os')).loadavg().map((load) => load.toFixed(2)).join(' ')}`);
