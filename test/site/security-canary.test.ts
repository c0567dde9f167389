import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, testOutputDir, type SiteBuild } from '../support/build-site.ts';
import { readSiteFiles } from '../support/site-files.ts';
import { makeContentFromFixture } from '../support/content-fixture.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { formatFindingsText } from '../../src/lib/findings.ts';
import { browserAvailable, launchBrowser, serveDirectory } from '../support/browser.ts';

/** The page's words: a date or duration kept on one line (`<span class="nowrap">`) read as part of its sentence. */
const words = (html: string) => html.replace(/<span class="nowrap">([^<]*)<\/span>/g, '$1');

/**
 * The security canary corpus (test/fixtures/security-canary): a public postmortem with a security
 * block whose every value carries a `zqs` marker, and a privileged internal one. The public build
 * must hold none of the security block; the internal build shows it, with its deadlines, on the
 * postmortem page and on /compliance/. A privileged postmortem made public stops the build.
 */
const securityMarkers = ['zqsevidencelocation', 'zqscustodian', 'zqsassessment', 'zqslatereason', 'zqsprivileged'];
/** Words and times only the security block holds: labels, regime names, notification instants. */
const securityTraces = ['Security and notification', 'GDPR', 'Article 33', 'supervisory', 'Legally privileged', 'privileged', '/compliance/', 'becameAware', '09:17', '08:41', '07:29'];
const publicMarkers = ['zqspublictitle', 'zqspublicsummary', 'zqspublicimpact', 'zqspublictimeline', 'zqspublicaction', 'zqspublicbody'];

describe('security fields on the two sites', () => {
  let publicBuild: SiteBuild;
  let internalBuild: SiteBuild;
  let publicFiles: { file: string; text: string }[];
  const env = { KB_AS_OF: '2025-12-01' };

  beforeAll(() => {
    const contentDir = makeContentFromFixture('security-canary');
    publicBuild = buildSite({ contentDir, outDir: resolve(testOutputDir, 'security-public'), variant: 'public', env });
    internalBuild = buildSite({ contentDir, outDir: resolve(testOutputDir, 'security-internal'), variant: 'internal', env });
    publicFiles = readSiteFiles(publicBuild.outDir);
  });

  test('both builds succeed', () => {
    expect(publicBuild.status, publicBuild.output.slice(-3000)).toBe(0);
    expect(internalBuild.status, internalBuild.output.slice(-3000)).toBe(0);
  });

  test('no security value, label or notification time in any file of the public site', () => {
    const leaks = publicFiles.flatMap(({ file, text }) =>
      [...securityMarkers, ...securityTraces].filter((marker) => text.toLowerCase().includes(marker.toLowerCase())).map((marker) => `${marker} in ${file}`));
    expect(leaks).toEqual([]);
  });

  test('the public post itself is there (the canary is alive)', () => {
    const page = readFileSync(join(publicBuild.outDir, 'incidents/2025-05-01-public-breach-canary/index.html'), 'utf8');
    for (const marker of publicMarkers) expect(page, marker).toContain(marker);
  });

  test('the internal page shows the security block and its deadline, in time', () => {
    const page = readFileSync(join(internalBuild.outDir, 'postmortems/2025-05-01-public-breach-canary/index.html'), 'utf8');
    for (const marker of ['zqsevidencelocation', 'zqscustodian', 'zqsassessment']) expect(page).toContain(marker);
    // Aware 09:17 UTC on 1 May, due 09:17 UTC on 4 May, notified 08:41 UTC on 3 May.
    expect(words(page)).toContain('4 May 2025, 09:17 UTC');
    expect(words(page)).toContain('met, 1 d before the deadline');
    // ...and its preview of the public post has none of it.
    const preview = page.slice(page.indexOf('id="public-preview"'), page.indexOf('</details>', page.indexOf('id="public-preview"')));
    expect(preview).toContain('zqspublicsummary');
    for (const marker of securityMarkers) expect(preview).not.toContain(marker);
  });

  test('the privileged postmortem is marked; its late notification shows as missed', () => {
    const page = readFileSync(join(internalBuild.outDir, 'postmortems/2025-06-01-privileged-canary/index.html'), 'utf8');
    expect(page).toContain('Legally privileged');
    // Aware 08:00 UTC on 1 June, due 08:00 on 4 June, notified 20:00 on 4 June: 12 h late.
    expect(words(page)).toContain('missed: notified 12 h late');
    expect(page).toContain('zqslatereason');
  });

  test('a deadline without a notification: missed as of the build, then kept running by the browser clock', async () => {
    const path = 'postmortems/2025-09-01-open-deadline-canary/index.html';
    // Aware 10:00 UTC on 1 Sep, due 10:00 UTC on 4 Sep; as of 1 Dec 00:00 UTC: 87 d 14 h overdue.
    expect(words(readFileSync(join(internalBuild.outDir, path), 'utf8'))).toContain('missed: not notified, 87 d 14 h overdue');
    if (!browserAvailable()) return;
    const server = await serveDirectory(internalBuild.outDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      // 3 Sep, 08:30 UTC in the reader's browser: 25 h 30 min before the deadline.
      await page.clock.setFixedTime(new Date('2025-09-03T08:30:00Z'));
      await page.goto(`${server.url}/${path.replace('index.html', '')}`);
      const status = page.locator('[data-running-deadline]');
      expect(await status.textContent()).toBe('due: 1 d 1 h left');
      expect(await status.getAttribute('class')).toContain('status-text--due');
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test('/compliance/ lists the year; /compliance/2025/ has the incidents and withholds the privileged details', () => {
    const index = readFileSync(join(internalBuild.outDir, 'compliance/index.html'), 'utf8');
    expect(index).toContain('href="/compliance/2025/"');
    expect(index).toContain('No annual review is recorded');
    const year = readFileSync(join(internalBuild.outDir, 'compliance/2025/index.html'), 'utf8');
    expect(year).toContain('<a href="/postmortems/2025-05-01-public-breach-canary/">');
    expect(year).toContain('2025-06-01-privileged-canary');
    expect(year).toContain('zqsevidencelocation');
    expect(year).toContain('Withheld: legally privileged');
    for (const marker of ['zqsprivilegedtitle', 'zqsprivilegedaction', 'zqsprivilegedevidence']) expect(year).not.toContain(marker);
    expect(year).toContain('<b>A.5.27</b> Learning from information security incidents');
  });
});

describe('a privileged postmortem made public', () => {
  // The finding that stops the build, read from the validation the build's worker runs first
  // (src/integrations/kb-worker.ts: `validateCorpus(contentDir, { frontmatterOnly: true })`, its
  // errors printed with formatFindingsText). That any such error stops a build, with nothing
  // written, is build-failure.test.ts's; a third Astro start here asserted no more (suite time, session 48).
  test('stops the public build at validation, naming the file and the field', () => {
    const contentDir = makeContentFromFixture('security-canary');
    const file = join(contentDir, 'postmortems/2025-06-01-privileged-canary.mdx');
    const source = readFileSync(file, 'utf8')
      .replace('visibility: internal', 'visibility: public')
      .replace('related: []', 'related: []\npublic:\n  title: Partner key misuse\n  summary: A partner key was used by someone else.');
    writeFileSync(file, source);
    const validation = validateCorpus(contentDir, { frontmatterOnly: true });
    const errors = validation.findings.filter((finding) => finding.severity === 'error');
    const output = formatFindingsText(errors, validation.postmortems.length);
    expect(errors.length, output).toBeGreaterThan(0);
    expect(output).toContain('2025-06-01-privileged-canary.mdx');
    expect(output).toContain('security.legalPrivilege is true, so this postmortem cannot be public');
  });
});
