import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { projectRoot } from '../support/build-site.ts';
import { exampleSite } from '../support/example-site.ts';

const site = exampleSite('internal');
const page = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
/** The page without its "what customers see" preview, which deliberately shows public-only text. */
const withoutPreview = (html: string) => html.replace(/<details class="public-preview"[\s\S]*?<\/details>/, '');
// A date or duration kept on one line (`<span class="nowrap">`) is part of its sentence: unwrapped, not spaced.
const text = (html: string) => html.replace(/<span class="nowrap">([^<]*)<\/span>/g, '$1').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

/** Status of every example postmortem, read from the sources (not hard-coded). */
const sources = readdirSync(join(projectRoot, 'content/postmortems'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => {
    const data = parseYaml(splitFrontmatter(readFileSync(join(projectRoot, 'content/postmortems', f), 'utf8')).yaml);
    return { id: f.replace(/^.*\//, '').replace(/\.mdx?$/, ''), status: data.status as string, title: data.title as string };
  });

describe('the built internal site', () => {
  test('has a page for every published postmortem and none for drafts or reviews in progress', () => {
    const published = sources.filter((s) => s.status === 'published');
    const unpublished = sources.filter((s) => s.status !== 'published');
    expect(published.length).toBeGreaterThanOrEqual(24);
    expect(unpublished.length).toBeGreaterThan(0);
    for (const { id } of published) expect(existsSync(join(site, 'postmortems', id, 'index.html')), id).toBe(true);
    for (const { id, title } of unpublished) {
      expect(existsSync(join(site, 'postmortems', id)), id).toBe(false);
      expect(page('postmortems')).not.toContain(title.replace(/'/g, '&#39;'));
    }
  });

  test('the search index holds every published postmortem and nothing else', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(sources.filter((s) => s.status === 'published').length);
  });

  test('the postmortem page shows key facts with computed durations', () => {
    const html = text(page('postmortems/2025-03-14-orders-migration-lock'));
    // started 09:02, detected 09:07, acknowledged 09:09, mitigated 09:40, resolved 10:25.
    expect(html).toMatch(/Time to detect 5 min/);
    expect(html).toMatch(/Time to acknowledge 2 min/);
    expect(html).toMatch(/Time to mitigate 38 min/);
    expect(html).toMatch(/Time to resolve 1 h 23 min/);
    expect(html).toMatch(/Impact window 14 Mar 2025, 09:02 UTC – 14 Mar 2025, 09:40 UTC \(38 min\)/);
    expect(html).toMatch(/Users affected 4,100/);
  });

  test('renders GFM, marks Internal notes, and leaves PublicOnly out', () => {
    const html = page('postmortems/2025-03-14-orders-migration-lock');
    // A body table takes the focus, so a keyboard can scroll it when it is wider than the screen.
    expect(html).toMatch(/<table tabindex="0">[\s\S]*<th>Phase<\/th>/);
    expect(html).toMatch(/<del>Browsing was affected<\/del>/);
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
    // Screen readers name each task-list checkbox by its state.
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="done"/> Lock waits');
    expect(html).toContain('<input type="checkbox" disabled aria-label="not done"/> Migration review');
    expect(html).toMatch(/<a href="https:\/\/www\.postgresql\.org\/docs\/current\/sql-altertable\.html"/);
    expect(html).toMatch(/<aside class="internal-note"[^>]*>\s*<p class="internal-note__label">Internal only<\/p>[\s\S]*PR #4812/);
    const withPublicOnly = page('postmortems/2024-06-12-email-provider-rate-limit');
    expect(withoutPreview(withPublicOnly)).not.toContain('We are sorry for the confusion');
    // The preview of the public post shows it, and leaves the Internal block out.
    const preview = withPublicOnly.slice(withPublicOnly.indexOf('id="public-preview"'));
    expect(preview).toContain('We are sorry for the confusion');
    expect(preview.slice(0, preview.indexOf('</details>'))).not.toContain('77-ACME-PRD');
  });

  test('an impact window the report did not record is named in the "not recorded" line; "none" is said of a near-miss only', () => {
    // It read "none" beside a report of a complete outage whose impact start and end were never
    // written down; then "Impact window: not recorded", a row of its own above "Not recorded: …".
    const unrecorded = text(page('postmortems/2023-10-11-kafka-consumer-lag'));
    expect(unrecorded).toMatch(/Not recorded impact window/);
    expect(unrecorded).not.toMatch(/Impact window/);
    expect(text(page('postmortems/2023-09-26-orders-wal-archive-near-miss'))).toMatch(/Impact window none \(near-miss\) Time to detect/);
  });

  test('the histogram of time to resolve is described as what it draws, each postmortem, not a median', () => {
    // It carried the trend's "median over published postmortems … (p90 likewise)" under bars of counts.
    const figure = page('insights').match(/<figure class="chart" id="chart-ttr-histogram">[\s\S]*?<\/figure>/)![0];
    const definition = text(figure.match(/<p class="definition">([\s\S]*?)<\/p>/)![1]);
    expect(definition).toMatch(/of each published postmortem/);
    expect(definition).not.toMatch(/median|p90/);
  });

  test('insights name their as-of day as a day, kept on one line (it broke "2026-12-" / "01" on a phone)', () => {
    for (const path of ['insights', 'insights/2025']) {
      expect(page(path)).toMatch(/as of <time class="nowrap" datetime="(\d{4}-\d{2}-\d{2})">\d{1,2} [A-Z][a-z]{2} \d{4}<\/time>/);
    }
  });

  test('a severity list\'s heading keeps its level whole (it broke "SEV-" / "3 postmortems" at 375px)', () => {
    expect(page('severity/sev-1')).toMatch(/<h1>[\s\S]*?<span class="nowrap">SEV-1<\/span> postmortems<\/h1>/);
  });

  test('timeline, action items with overdue marking, and related links come from the data', () => {
    const html = withoutPreview(page('postmortems/2025-03-14-orders-migration-lock'));
    expect((html.match(/<li><time datetime="2025-03-14T/g) ?? []).length).toBe(11);
    // AI-3 (in progress, due 2025-05-15) and AI-4 (open, due 2025-04-15) are overdue on 2026-11-22; done items are not.
    expect(html).toMatch(/<tr class="is-overdue" id="action-AI-3">/);
    expect(html).toMatch(/<tr class="is-overdue" id="action-AI-4">[\s\S]*?title="586 days past due">overdue 1 y 7 mo/);
    expect(html).toMatch(/<tr id="action-AI-1">/);
    const recurrence = page('postmortems/2025-05-06-refunds-migration-lock');
    expect(recurrence).toMatch(/id="related-title"[\s\S]*href="\/postmortems\/2025-03-14-orders-migration-lock\/"/);
    expect(text(recurrence)).toMatch(/Recurring: 2nd data or schema migration incident on (orders-db|checkout-api) in 90 days/);
  });

  test('lists all postmortems grouped by year, newest first', () => {
    const html = page('postmortems');
    const years = [...html.matchAll(/<h2 id="year-(\d{4})"/g)].map((m) => m[1]);
    expect(years).toEqual([...years].sort().reverse());
    expect(years).toEqual(expect.arrayContaining(['2023', '2024', '2025', '2026']));
  });

  test('home shows recent postmortems, counts by severity and overdue follow-ups', () => {
    const html = text(page(''));
    expect(html).toMatch(/\d+ published postmortems/);
    expect(html).toMatch(/Open follow-ups \d+ open, [1-9]\d* overdue as of 22 Nov 2026/);
    expect(page('')).toMatch(/href="\/severity\/sev-0\/"/);
  });

  test('ships no JavaScript except on the search page', () => {
    for (const path of ['', 'postmortems', 'postmortems/2025-03-14-orders-migration-lock']) {
      expect(page(path)).not.toMatch(/<script/);
    }
  });
});
