import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findSimilarPostmortems, type SimilarityOptions } from '../../src/lib/similarity.ts';
import { rankByPlainTfIdf, rankingOfLinks, scoreRankings, type LabelledReport } from '../../src/lib/similarity-evaluation.ts';

// 30 reports of our own writing: six failure modes, each told with a different product every time,
// while the same products and regions run across all modes (test/fixtures/similarity-product-names).
const reports: LabelledReport[] = readFileSync(resolve(import.meta.dirname, '../fixtures/similarity-product-names/reports.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const labelOf = new Map(reports.map((r) => [r.id, r.label]));
const linksWith = (options: SimilarityOptions = {}) =>
  findSimilarPostmortems(reports.map((r) => ({ id: r.id, title: r.title, summary: '', text: r.text, services: [], tags: [], related: [] })), options);
const links = linksWith();
const names = /\b(aurora|pay|helix|store|tidewater|lisbon|osaka)\b/i;
const namesIn = (report: LabelledReport) => new Set([...`${report.title} ${report.text}`.matchAll(new RegExp(names, 'gi'))].map((m) => m[0].toLowerCase()));

describe('similar incidents follow the failure, not the product', () => {
  // Measured: P@5 0.733, P@1 0.900; plain TF-IDF 0.240 and 0.267; random 0.138.
  test('beat plain TF-IDF by a wide margin when product names cut across failures', () => {
    const ours = scoreRankings(reports, rankingOfLinks(links));
    const tfidf = scoreRankings(reports, rankByPlainTfIdf(reports));
    expect(ours.precisionAt1).toBeGreaterThanOrEqual(0.85);
    expect(ours.precisionAt5).toBeGreaterThanOrEqual(0.65);
    expect(ours.precisionAt5).toBeGreaterThan(tfidf.precisionAt5 + 0.3);
    expect(ours.precisionAt1).toBeGreaterThan(tfidf.precisionAt1 + 0.4);
  });

  test('a report of the same failure with another product ranks above one with the same product', () => {
    // Every report shares its product or region with reports of other failures.
    const named = reports.filter((report) => namesIn(report).size > 0);
    expect(named.length).toBeGreaterThanOrEqual(24);
    for (const report of named) {
      const sameName = reports.filter((other) => other.label !== report.label && [...namesIn(other)].some((name) => namesIn(report).has(name)));
      expect(sameName.length, report.id).toBeGreaterThanOrEqual(3);
    }
    const firstIsSameFailure = reports.filter((report) => labelOf.get(links.get(report.id)![0]?.id) === report.label);
    expect(firstIsSameFailure.length).toBeGreaterThanOrEqual(27);
    // The MySQL replica that fell behind and the Postgres standby that replayed WAL slowly meet as a
    // database (the #datastore concept), above the other Aurora Pay and Lisbon reports.
    const fromMysql = links.get('lag-a')!.map((link) => link.id);
    expect(fromMysql).toContain('lag-b');
    for (const other of ['attack-a', 'power-a', 'release-a', 'disk-a', 'clock-a']) expect(fromMysql.slice(0, 4)).not.toContain(other);
    expect(links.get('lag-a')!.find((link) => link.id === 'lag-b')!.reason).toMatch(/database/);
  });

  test('never give a product or region as a reason', () => {
    for (const list of links.values()) for (const link of list) expect(link.reason).not.toMatch(names);
  });

  test('ranking against the nearest neighbours too (pseudo-relevance feedback) finds more of the same failure', () => {
    const withFeedback = scoreRankings(reports, rankingOfLinks(links));
    const without = scoreRankings(reports, rankingOfLinks(linksWith({ feedbackWeight: 0 })));
    expect(withFeedback.precisionAt5).toBeGreaterThan(without.precisionAt5);
    // The first link is the report's own best match either way; feedback reorders the rest.
    for (const [id, list] of linksWith({ feedbackWeight: 0 })) expect(links.get(id)![0]?.id).toBe(list[0]?.id);
  });
});
