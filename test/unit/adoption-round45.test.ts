import { describe, expect, it, test } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { sharesAstroChunkFolder, takeOutsideOutputTurn } from '../../scripts/lib/outside-output-lock.ts';
import { join } from 'node:path';
import { readPublicPieces, scanBuiltSite } from '../../scripts/lib/redaction-check.ts';
import { readDatedLog } from '../../src/lib/import/dated-log.ts';
import { mayBeStatusExportFile } from '../../src/lib/import/report-files.ts';
import { builtFindingOrigin, type PublicPiece } from '../../src/lib/publication/built-finding-origin.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';

/**
 * Round 45's adoption walk (docs/adopting.md, "Walkthrough round 45"). Names, products and posts
 * invented here.
 */
const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
const tempDir = temporaryFolders('kb-adoption45-');
const id = '2025-03-01-volumes-lost';

/**
 * Round 44's walk: a names list (git authors) held a bot account named after a product ("Grafana
 * Merge Queue" here). A post's public summary ended "… lost from Grafana", and its body said
 * "Grafana API unreachable" and "the Grafana provider": `npm run check` read the word as the
 * product the post shows it to be, and passed. The public build's scan of the built pages read the
 * summary again in `feed.xml` and on the history page, without the post around it, took the word
 * for the listed person and stopped the whole build, naming `dist-public.staging/feed.xml`, not the
 * post, the field or the fix.
 */
describe('the public build\'s scan of its built pages and npm run check', () => {
  const options: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([{ name: 'Grafana Merge Queue', origin: 'git author' }, { name: 'Orla Brennick', origin: 'git author' }]) };
  const post = publicProbePost({
    title: 'Volumes lost',
    summary: 'All volumes were lost from Grafana',
    body: 'The Grafana API was unreachable at 10:05.\n\nThe Grafana provider was back at 10:20.\n',
  }).replace('  summary: Checkout failed for some customers.', '  summary: All volumes were lost from Grafana');
  const file = `content/postmortems/${id}.mdx`;
  const data = validatePostmortemSource(file, id, post, { vocabulary, knownIds: new Set([id]), contentDir: 'content' }).data!;

  function knowledgeBaseAndSite(feedItem: string): { contentDir: string; siteDir: string } {
    const contentDir = tempDir();
    mkdirSync(join(contentDir, 'postmortems'));
    writeFileSync(join(contentDir, 'postmortems', `${id}.mdx`), post);
    const siteDir = tempDir();
    writeFileSync(join(siteDir, 'feed.xml'), `<?xml version="1.0"?><rss><channel><title>Status history</title><item><title>Volumes lost</title><description>${feedItem}</description></item><item><title>Slow checkout</title><description>Checkout was slow.</description></item></channel></rss>`);
    return { contentDir, siteDir };
  }

  test('premises: the check passes the post, and the built feed read alone finds the word', () => {
    expect(scanPostmortemForPublication(file, post, data, options).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const { siteDir } = knowledgeBaseAndSite('All volumes were lost from Grafana');
    expect(scanBuiltSite(siteDir, options).leaks(new Set()).map((f) => f.message)).toEqual([expect.stringContaining('"Grafana"')]);
  });

  test('a post\'s own text on a built page, which the check passed, does not stop the build', () => {
    const { contentDir, siteDir } = knowledgeBaseAndSite('All volumes were lost from Grafana');
    const pieces = () => readPublicPieces(contentDir, (postId) => (postId === id ? data : undefined));
    expect(scanBuiltSite(siteDir, options).leaks(new Set(), pieces)).toEqual([]);
  });

  test('a post\'s words in another order on a built page are said at the post and field, with the built file and the fix', () => {
    const { contentDir, siteDir } = knowledgeBaseAndSite('Grafana lost every volume');
    const leaks = scanBuiltSite(siteDir, options).leaks(new Set(), () => readPublicPieces(contentDir, (postId) => (postId === id ? data : undefined)));
    expect(leaks).toHaveLength(1);
    expect(leaks[0].file).toBe(join(contentDir, 'postmortems', `${id}.mdx`));
    expect(leaks[0].field).toBe('public.summary');
    expect(post.split('\n')[leaks[0].line - 1]).toBe('  summary: All volumes were lost from Grafana');
    expect(leaks[0].message).toMatch(/built page .*feed\.xml, from this post's public text, its field public\.summary/);
    expect(leaks[0].fix).toMatch(/^replace "Grafana" in this post .* # redaction-allow redact\/person "Grafana"/);
  });

  test('a name no post writes, on a built page, is said as the site\'s own, with where to change it', () => {
    const { contentDir, siteDir } = knowledgeBaseAndSite('Kept by Orla Brennick');
    const leaks = scanBuiltSite(siteDir, options).leaks(new Set(), () => readPublicPieces(contentDir, (postId) => (postId === id ? data : undefined)));
    expect(leaks.map((f) => f.file)).toEqual([expect.stringMatching(/feed\.xml$/)]);
    expect(leaks[0].message).toMatch(/no public post's text holds it/);
    expect(leaks[0].fix).toMatch(/site\.config\.ts/);
  });
});

describe('builtFindingOrigin', () => {
  const pieces: PublicPiece[] = [
    { file: 'a.mdx', line: 8, field: 'public.summary', text: 'All volumes were lost from Quorbit' },
    { file: 'a.mdx', line: 1, text: '---\n\n---\n\nThe **Quorbit** API was [unreachable](https://example.com/x).\n' },
    { file: 'b.mdx', line: 9, field: 'public.title', text: 'Quorbit' },
  ];
  it.each([
    ['the end of a field, the page going on with other text', 'Status  All volumes were lost from', 'Quorbit', '  Slow checkout  Checkout was', 'judged', 'a.mdx', 8],
    ['a body\'s words around it, markup aside', 'Summary  The', 'Quorbit', 'API was unreachable  Next', 'judged', 'a.mdx', 5],
    ['a title of the word alone', 'Incidents  ', 'Quorbit', '  Volumes lost', 'judged', 'b.mdx', 9],
    ['the words in another order', 'volumes were lost and', 'Quorbit', 'restarted them', 'inPosts', 'a.mdx', 8],
    ['a word no post writes', 'Kept by', 'Orla', 'Brennick', 'unknown', undefined, undefined],
  ])('%s', (_, before, text, after, kind, inFile, line) => {
    const origin = builtFindingOrigin({ before, text, after }, pieces);
    expect(origin.kind).toBe(kind);
    const first = origin.kind === 'judged' ? origin.piece : origin.kind === 'inPosts' ? origin.pieces[0] : undefined;
    expect(first?.file).toBe(inFile);
    expect(first?.matchLine).toBe(line);
  });
});

/**
 * Round 44's walk: a listed name whose surname is an English word ("Petri-Johan Last" in the
 * names list; "Wenke-Marit Last" here) made every "Last updated:" label a person: `npm run redact`
 * published "An engineer updated: 4 March". A past verb followed by a label's colon is a label.
 */
describe('a listed part that is a word, opening a label', () => {
  const options: RedactionOptions = { internalDomains: [], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([{ name: 'Wenke-Marit Last', origin: 'git author' }]) };
  const found = (line: string) => scanPublicText('x.mdx', line, options).findings.map((f) => f.message);
  it.each(['Last updated: 4 March 2025, 10:20 UTC', '**Last updated:** 2025-03-04', 'Last modified: yesterday'])('"%s" is no person', (line) => {
    expect(found(line)).toEqual([]);
  });
  it.each(['Last restarted the pool at 10:05.', 'Wenke-Marit Last updated the runbook.', 'Last: the pool is back.', 'Last said: restart the pool.', 'Last asked: who holds the pager?'])('"%s" is still the person', (line) => {
    expect(found(line).join('\n')).toMatch(/"(?:Wenke-Marit )?Last"/);
  });
});

/**
 * Round 45's walk ran two measurements side by side from one checkout: each builds into a folder
 * outside it, where Astro puts every such build's server chunks in the checkout's own
 * `.astro/.prerender/`; both builds of the second run stopped with "Cannot find module
 * '…/.astro/.prerender/chunks/…'". Such builds now take turns.
 */
describe('builds of one checkout into folders outside it', () => {
  test('share Astro\'s chunk folder only when the output is outside the working folder', () => {
    expect(sharesAstroChunkFolder('/srv/kb/dist', '/work/kb')).toBe(true);
    expect(sharesAstroChunkFolder('/work/kb/dist-public', '/work/kb')).toBe(false);
  });

  test('take turns: a running build\'s turn is waited for, a killed build\'s is taken over, and a turn is given back', () => {
    const cwd = tempDir();
    const lock = join(cwd, '.astro', 'outside-output-build.lock');
    const first = takeOutsideOutputTurn(cwd, '/srv/a/dist');
    expect('release' in first).toBe(true);
    // This test's own process holds it, as another running build would: a second build waits.
    expect(takeOutsideOutputTurn(cwd, '/srv/b/dist', process.pid + 1)).toEqual({ heldBy: { pid: process.pid, outDir: '/srv/a/dist' } });
    if ('release' in first) first.release();
    expect(existsSync(lock)).toBe(false);
    // A lock whose process no longer runs (a build killed by the machine) is no one's.
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, outDir: '/srv/c/dist' }));
    const taken = takeOutsideOutputTurn(cwd, '/srv/b/dist');
    expect('release' in taken).toBe(true);
    if ('release' in taken) taken.release();
  });
});

/**
 * A library service's status log (one page, a heading per entry opening with its day) writes some
 * entries' titles after a dash: "## 10/4 - Digitale artikler …". The day was taken off and the
 * dash kept: every draft, public title and page of those entries opened with "- ". Wording invented.
 */
describe('a dated log entry whose title follows its day after a dash', () => {
  test('is titled without the dash', () => {
    const page = ['## 12/4 Sagssøgning virker igen', 'Fejlen er rettet.', '## 10/4 - Artikler fra leverandøren fejler på værksiden', 'Vi undersøger fejlen.', '## 9/4: LØST: Login nede', 'Login virker igen.', '## 8/4 - Udsættelse af release 2025.15', 'Vi udsætter releasen.', '## 2/4 Søgning er langsom', 'Vi kigger på det.', ''].join('\n');
    const titles = readDatedLog(page)!.reports.map((report) => /^title: (.*)$/m.exec(report.text)?.[1]);
    expect(titles).toEqual(expect.arrayContaining(['Artikler fra leverandøren fejler på værksiden', 'Udsættelse af release 2025.15', 'Login nede']));
    expect(titles.filter((title) => title?.startsWith('-'))).toEqual([]);
  });
});

/**
 * A collection kept Apple's System Status file in Japanese as ten copies of a day each
 * (`raw_system_status_ja_JP.<day>-<commit>.js`): a folder import passed every one over, unlisted
 * (0 drafts of 10 files); by name only `system_status_ja_JP.js` was read as Apple's file.
 */
describe('copies of Apple\'s System Status file kept by day', () => {
  it.each(['status/raw_system_status_ja_JP.2019-10-12-9e09a6e0.js', 'system_status_en_US.js', 'raw_system_status_de_DE.v2.js'])('%s is read as Apple\'s file', (name) => {
    expect(mayBeStatusExportFile(name)).toBe(true);
  });
  it.each(['src/status.js', 'system_status_ja_JP.js.map', 'my_system_status_page.js'])('%s is code, passed over', (name) => {
    expect(mayBeStatusExportFile(name)).toBe(false);
  });
});
