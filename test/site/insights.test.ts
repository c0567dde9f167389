import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exampleSite } from '../support/example-site.ts';

const site = exampleSite('internal');
const read = (path: string) => readFileSync(join(site, path), 'utf8');

describe('insights, follow-ups and exports in the built site', () => {
  test('insights page has every chart as accessible inline SVG with a data table and a definition', () => {
    const html = read('insights/index.html');
    for (const id of ['chart-per-month', 'chart-ttr-trend', 'chart-ttr-histogram', 'chart-severity-duration', 'chart-by-trigger', 'chart-by-service', 'chart-follow-ups', 'chart-ageing']) {
      const figure = html.slice(html.indexOf(`id="${id}"`), html.indexOf('</figure>', html.indexOf(`id="${id}"`)));
      expect(figure, id).toMatch(/<svg viewBox="0 0 \d+ \d+" role="img" aria-labelledby="[^"]+"/);
      expect(figure, id).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
      expect(figure, id).toMatch(/<details class="data-table">/);
    }
    expect(html).toContain('time to resolve = resolved - started');
    expect(html).not.toMatch(/<script/);
  });

  test('metrics.json matches the published postmortems', () => {
    const metrics = JSON.parse(read('metrics.json'));
    const list = JSON.parse(read('postmortems.json'));
    expect(metrics.schemaVersion).toBe(1);
    expect(metrics.asOf).toBe('2026-11-22');
    expect(metrics.postmortems).toBe(list.postmortems.length);
    const known = list.postmortems.map((p: { durationsMinutes: { timeToResolve: number | null } }) => p.durationsMinutes.timeToResolve).filter((v: number | null) => v !== null).sort((a: number, b: number) => a - b);
    expect(metrics.durations.timeToResolve.median).toBe(known[Math.ceil(known.length / 2) - 1]);
  });

  test('postmortems.json lists every published postmortem with similar ids that exist', () => {
    const list = JSON.parse(read('postmortems.json'));
    const ids = new Set(list.postmortems.map((p: { id: string }) => p.id));
    for (const p of list.postmortems) {
      expect(p).toMatchObject({ url: `/postmortems/${p.id}/` });
      expect(p.similar.length).toBeLessThanOrEqual(5);
      for (const s of p.similar) {
        expect(ids.has(s)).toBe(true);
        expect(s).not.toBe(p.id);
      }
    }
  });

  test('follow-ups: page, CSV and JSON agree', () => {
    const json = JSON.parse(read('follow-ups.json'));
    const csv = read('follow-ups.csv').trim().split('\r\n');
    expect(csv.length - 1).toBe(json.items.length);
    expect(json.summary.overdue).toBe(json.items.filter((i: { overdue: boolean }) => i.overdue).length);
    // The tracker is paged: follow the pager from /follow-ups/ to read every listed row.
    const pagesOf = (first: string) => {
      const pages = [first];
      for (let next = first; ;) {
        const link = read(`${next}index.html`).match(/<a rel="next" href="\/([^"]+)"/)?.[1];
        if (!link) break;
        pages.push(link);
        next = link;
      }
      return pages.map((p) => read(`${p}index.html`));
    };
    const page = pagesOf('follow-ups/').join('\n');
    expect((page.match(/<tr class="is-overdue"/g) ?? []).length).toBe(json.summary.overdue);
    // The table lists open items and closed ones due within the last year; the exports have all.
    const asOf = json.asOf as string;
    const yearBefore = new Date(Date.parse(`${asOf}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10);
    const listed = json.items.filter((i: { status: string; due: string }) => ['open', 'in-progress'].includes(i.status) || i.due >= yearBefore);
    expect((page.match(/<tr[^>]* data-status="/g) ?? []).length).toBe(listed.length);
    // Closed items left out are counted by why: due more than a year ago, or no due day at all.
    const unlisted = json.items.filter((i: object) => !listed.includes(i));
    const undated = unlisted.filter((i: { due?: string }) => !i.due).length;
    const old = unlisted.length - undated;
    if (old > 0) expect(page).toContain(`leaves out ${old} closed item${old === 1 ? '' : 's'} due more than 365 days ago`);
    if (undated > 0) expect(page).toContain(`${undated} closed item${undated === 1 ? '' : 's'} with no due date recorded`);
    if (unlisted.length === 0) expect(page).not.toContain('The list leaves out');
    // Where each listed item is tracked: a link to its ticket, or "not tracked".
    // Its label in pieces a line breaks between, never inside the key (TicketLabel.astro).
    expect(page).toContain('<a href="https://tracker.acme.internal/browse/IAM-377"><span class="ticket-label"><span class="nowrap">Jira</span> <span class="nowrap">IAM-377</span></span></a>');
    expect((page.match(/>not tracked</g) ?? []).length).toBe(listed.filter((i: { link?: string }) => !i.link).length);
    // Filters are pages: the overdue filter lists exactly the overdue items, each filter page says how many.
    expect(read('follow-ups/index.html')).toContain('href="/follow-ups/status/overdue/"');
    const overduePages = pagesOf('follow-ups/status/overdue/').join('\n');
    expect((overduePages.match(/<tr[^>]* data-status="/g) ?? []).length).toBe(json.summary.overdue);
    expect((overduePages.match(/<tr class="is-overdue"/g) ?? []).length).toBe(json.summary.overdue);
    const sre = pagesOf('follow-ups/owner/sre/').join('\n');
    expect((sre.match(/<tr[^>]* data-owner="sre"/g) ?? []).length).toBe(listed.filter((i: { owner: string }) => i.owner === 'sre').length);
    expect(sre).not.toMatch(/<tr[^>]* data-owner="(?!sre")/);
  });

  test('insights can be filtered by year and by team, each page counting only its postmortems', () => {
    const all = JSON.parse(read('postmortems.json')).postmortems as { date: string; teams: string[] }[];
    const count = (html: string) => Number(/Computed at build time from (\d+) published postmortems/.exec(html.replace(/<[^>]+>/g, ''))![1]);
    expect(count(read('insights/2024/index.html'))).toBe(all.filter((p) => p.date.startsWith('2024')).length);
    expect(count(read('insights/team/sre/index.html'))).toBe(all.filter((p) => p.teams.includes('sre')).length);
    expect(read('insights/index.html')).toMatch(/href="\/insights\/team\/sre\/"/);
  });

  test('a service page shows its history chart and open follow-ups', () => {
    const html = read('services/checkout-api/index.html');
    expect(html).toMatch(/id="chart-service-history"/);
    expect(html).toMatch(/Open follow-ups/);
  });

  test('a service with more than ten open follow-ups lists ten and links a list of all of them', () => {
    const all = JSON.parse(read('postmortems.json')).postmortems as { services: string[]; actionItems: { open: number } }[];
    const open = all.filter((p) => p.services.includes('checkout-api')).reduce((sum, p) => sum + p.actionItems.open, 0);
    expect(open).toBeGreaterThan(10);
    const page = read('services/checkout-api/index.html');
    expect(page.replace(/<[^>]+>/g, '')).toContain(`All ${open} open follow-ups of checkout-api (${open - 10} more)`);
    expect(page).toContain('href="/services/checkout-api/follow-ups/"');
    // Only the first ten are in the service page (the rest made pages of the 5,000 bench over 300 KB).
    expect(page.match(/#action-AI-\d+"/g)?.length).toBe(10);
    const list = read('services/checkout-api/follow-ups/index.html');
    expect(list.match(/<tr[^>]* data-owner="/g)?.length).toBe(open);
  });

  test('a recurring incident shows the recurrence banner', () => {
    const html = read('postmortems/2025-08-19-checkout-timeout-config/index.html');
    expect(html.replace(/<[^>]+>/g, '')).toMatch(/2nd configuration change incident on checkout-api in 90 days/);
  });
});
