import { beforeAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, testOutputDir, type SiteBuild } from '../support/build-site.ts';
import { fixturesDir, makeContentFromFixture } from '../support/content-fixture.ts';

// A historical record (written before the knowledge base, `historical: true`) is published with
// action items whose owner, due date, priority, type and verification its report never stated.
// The site says "not recorded" and groups the open ones without owner; nothing is made up.
describe('a published historical record with action item facts not recorded', () => {
  let build: SiteBuild;
  const page = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  beforeAll(() => {
    const contentDir = makeContentFromFixture('good-input');
    cpSync(join(fixturesDir, 'historical/postmortems'), join(contentDir, 'postmortems'), { recursive: true });
    build = buildSite({ contentDir, outDir: join(testOutputDir, 'historical-records') });
  });

  test('the site builds', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/Cannot read properties|TypeError|undefined/);
  });

  test('the postmortem page shows "not recorded" for each fact its report did not state', () => {
    const html = page('postmortems/2019-03-11-session-proxy-restarts/index.html');
    const row = (id: string) => text(html.match(new RegExp(`<tr[^>]*id="action-${id}"[^>]*>([\\s\\S]*?)</tr>`))![1]);
    // Owner, due, priority, type and verification of AI-2: none recorded.
    expect(row('AI-2').match(/not recorded/g)).toHaveLength(5);
    // AI-3 recorded its due day and priority: those are shown, the rest is not made up.
    expect(row('AI-3')).toContain('1 May 2019');
    expect(row('AI-3')).toContain('P2');
    expect(row('AI-3').match(/not recorded/g)).toHaveLength(3);
    expect(text(html)).toContain('A historical record, written before this knowledge base');
    expect(html).not.toContain('undefined');
  });

  test('the phone\'s cards leave out what is not recorded: the sentence above the list names it once', () => {
    const html = text(page('postmortems/2019-03-11-session-proxy-restarts/index.html'));
    // AI-1 and AI-2 record none of the five facts; AI-3 its due day and priority.
    expect(html).toContain('Not recorded for all 3: owner, type and verification; for 2 of 3: due day and priority.');
  });

  test('the customers\' post leaves out the impact window its report never stated, rather than calling it "not recorded"', () => {
    // The internal page previews the post exactly as the public site shows it (PublicPostmortemView).
    const html = page('postmortems/2019-03-11-session-proxy-restarts/index.html');
    const preview = text(html.slice(html.indexOf('id="public-preview"'), html.indexOf('</details>', html.indexOf('id="public-preview"'))));
    expect(preview).toContain('Some users were signed out repeatedly');
    expect(preview).not.toMatch(/not recorded|Impact window/i);
  });

  test('the tracker groups the open items without owner under "no owner recorded", and counts only the dated one overdue', () => {
    const index = text(page('follow-ups/index.html'));
    expect(index).toMatch(/2 open items have no owner recorded/);
    // No listed item records an owner, so the Owner filter group narrows nothing and is left out
    // (ui28); the sentence above still links to the items without one.
    expect(index).not.toMatch(/Owner team/);
    expect(page('follow-ups/index.html')).toMatch(/<a [^>]*href="\/follow-ups\/owner\/_not-recorded\/"/);
    expect(index).toMatch(/1 overdue as of/);
    expect(index).toMatch(/2 items from historical records have no due date recorded and are never counted overdue/);
    const group = page('follow-ups/owner/_not-recorded/index.html');
    expect(text(group)).toContain('Follow-ups: no owner recorded');
    expect(group).toContain('/postmortems/2019-03-11-session-proxy-restarts/#action-AI-2');
    expect(group).toContain('/postmortems/2019-03-11-session-proxy-restarts/#action-AI-3');
    expect(existsSync(join(build.outDir, 'follow-ups/owner/undefined'))).toBe(false);
  });

  test('the CSV leaves the fields empty and the JSON says null', () => {
    const csv = page('follow-ups.csv').split('\r\n');
    // Open age from drafted 2019-03-12 to the as-of day 2026-11-22: 2557 days to 2026-03-12, then 255.
    expect(csv).toContain('2019-03-11-session-proxy-restarts,Session proxy restarts logged users out,SEV-3,AI-2,Keep sessions in the shared store instead of proxy memory,,,,,open,0,2812,,');
    const json = JSON.parse(page('follow-ups.json'));
    const item = json.items.find((i: { id: string; postmortemId: string }) => i.postmortemId === '2019-03-11-session-proxy-restarts' && i.id === 'AI-2');
    expect(item).toMatchObject({ owner: null, due: null, priority: null, type: null, verification: null, status: 'open', overdue: false });
  });

  test('the compliance page of the year counts them apart and says so', () => {
    const year = text(page('compliance/2019/index.html'));
    expect(year).toContain('3 of them come from historical records');
    expect(year).toContain('1 open item has no due date and is never counted overdue');
  });
});
