import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/**
 * Why KB_REQUIRE_BROWSER's value says neither yes nor no in our words (bad input round 32):
 * `KB_REQUIRE_BROWSER=true` or `yes` was read as "not 1", so browser tests were skipped in silence
 * on a runner without Chromium, the runner meant to require them.
 */
export function requireBrowserProblem(value: string | undefined): string | undefined {
  if (value === undefined || value === '' || value === '0' || value === '1') return undefined;
  return `KB_REQUIRE_BROWSER is ${JSON.stringify(value)}: set it to 1 to make browser tests fail when ${chromiumPath} is missing, or to 0 (or unset it) to let them skip.`;
}

/** Browser tests run where Debian's chromium is installed; CI (KB_REQUIRE_BROWSER=1) requires it. */
export function browserAvailable(): boolean {
  const problem = requireBrowserProblem(process.env.KB_REQUIRE_BROWSER);
  if (problem) throw new Error(problem);
  if (existsSync(chromiumPath)) return true;
  if (process.env.KB_REQUIRE_BROWSER === '1') {
    throw new Error(`${chromiumPath} is missing but KB_REQUIRE_BROWSER=1: install it with apt-get install chromium.`);
  }
  console.warn(`Skipping browser tests: ${chromiumPath} is not installed (apt-get install chromium).`);
  return false;
}

/**
 * How long a page's waits (a selector, a navigation, a click) last before they fail the test:
 * Playwright's default is 30 s, a window a loaded 2-core machine can need more than to load a page
 * and its search index. A little under the site project's test timeout (180 s), so that the wait
 * that did not end is the error named.
 */
export const browserWaitTimeout = 150_000;

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Every page of the tests is made by `browser.newPage` (a context of its own each).
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultTimeout(browserWaitTimeout);
    return page;
  };
  return browser;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves a built site folder on 127.0.0.1 (a random free port), like a static host would. */
export async function serveDirectory(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(base, '404.html');
      response.writeHead(404, { 'content-type': contentTypes['.html'] });
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
