import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importReport } from '../../src/lib/import/import-report.ts';
import { findLabelledTitle, isFileNameWithoutWords, isTemplateLabel, titleFromFirstSentence } from '../../src/lib/import/report-title.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const titleOf = (name: string, source: string) => importReport(name, source, { vocabulary, today: '2026-11-30' });

// Shapes of templates measured on real reports (docs/import.md): an empty "# Title:" heading
// followed by the title as a sub-heading, metadata labels as headings, a "# Metadata" section, a
// placeholder left as the heading, "**Title**:" lines.
describe('a template label is not a title', () => {
  test.each([
    ['an empty "# Title:" heading: the next heading', '001-build.md', '# Title: \n### Builds failing after the image upgrade\n\n# Events/Timeline:\n- The build broke.\n', 'Builds failing after the image upgrade', 'its "Title" label'],
    ['"# Title: value"', 'x.md', '# Title: Queue stalled for an hour\n\nThe queue stalled.\n', 'Queue stalled for an hour', 'its "Title" label'],
    ['a bold "**Title**:" line under a generic heading', 'x.md', '# Incident report\n\n**Title**: Sign-in errors after the failover\n**Date**: 2024-03-02\n\nUsers could not sign in.\n', 'Sign-in errors after the failover', 'its "Title" label'],
    ['a bold "**Title:**" line', 'x.md', '**Title:** Sign-in errors after the failover\n\nUsers could not sign in.\n', 'Sign-in errors after the failover', 'its "Title" label'],
    ['a plain "Incident name:" line', 'x.txt', 'Incident name: Disk full on the build host\nDate: 2024-03-02\n\nThe disk filled up.\n', 'Disk full on the build host', 'its "Title" label'],
    ['metadata headings and "# Overview": the file name without its sequence number', '002-cloudflare-incomplete-migration.md', '## Owner: @someone\n## Involved:\n- @other\n\n# Overview\n\nSites went down for a few hours.\n', 'cloudflare incomplete migration', 'its file name'],
    ['a "# Metadata" section', '003-migrations-not-included.md', '# Metadata\n\nOwner: @someone\n\n# Overview\n\nA release shipped without its migrations.\n', 'migrations not included', 'its file name'],
    ['a placeholder left as the heading', '04-25-User_Account_Compromise.md', '# ISSUE NAME\nPassword compromise of an account.\n\n## Timeline\n', '04-25 User Account Compromise', 'its file name'],
    ['"# Summary" first, the title later as a heading (a file name that says nothing)', 'export.md', '# Summary\n\nThe queue stalled.\n\n## Queue stall of March 2\n\nMore.\n', 'Queue stall of March 2', 'its first heading'],
  ])('%s', (_case, name, source, title, from) => {
    const result = titleOf(name, source);
    expect(result.title).toBe(title);
    expect(result.inferred).toContain(`title from ${from}`);
  });

  test('a heading that is a title is kept, even when it holds a label-like word', () => {
    expect(titleOf('x.md', '# Summary of the payments outage\n\nText.\n').title).toBe('Summary of the payments outage');
    expect(titleOf('x.md', '# Incident report May 12 2025 - Resource provisioning issue\n\nText.\n').title).toBe('Incident report May 12 2025 - Resource provisioning issue');
  });

  test.each(['Title:', 'Title', '**Summary**', 'Incident report', 'Post-mortem', 'ISSUE NAME', '<Incident name>', ''])('"%s" is a template label', (heading) => {
    expect(isTemplateLabel(heading)).toBe(true);
  });

  test('a "Title:" far down the body, a person\'s name and an empty label line are not titles', () => {
    expect(findLabelledTitle(`${'Text.\n'.repeat(40)}Title: Something else\n`)).toBeUndefined();
    expect(findLabelledTitle('Name: A. Person\n')).toBeUndefined();
    expect(findLabelledTitle('Title:\n\nThe queue stalled.\n')).toBeUndefined();
    expect(findLabelledTitle('# Title: <Title of the incident>\n\nText.\n')).toBeUndefined();
  });
});

// Shape measured on a real corpus (docs/import.md): summaries saved under a UUID, with metadata
// that gives no title and no heading, the text a paragraph or two.
describe('a file name that is a hash or UUID: the title is made from the first sentence', () => {
  const body = 'On 2024-05-02 between 09:10 and 09:40 UTC every upload to files.example.test failed because a release swapped two storage settings. Uploads were retried.\n';

  test.each([
    ['3b9c1e2a-7d41-4c0e-9f1a-2b6d8e0c5a17.md'],
    ['9f86d081884c7d65.md'],
    ['0042.md'],
    ['untitled-3.md'],
  ])('%s', (name) => {
    const result = titleOf(name, `---\nuuid: x\ncategories: []\n---\n\n${body}`);
    // Without the time it opens with, cut before "because"; "files.example.test" does not end the sentence.
    expect(result.title).toBe('Every upload to files.example.test failed');
    expect(result.inferred).toContain(`title made from its first sentence: the file name "${name.replace(/\.md$/, '')}" is not a title and the report states none (shorten or reword it)`);
  });

  test('a short first sentence is the title without its full stop; "Date:" lines are not a sentence', () => {
    expect(titleOf('3b9c1e2a.md', 'Date: 2024-05-02\n\nUploads failed for half an hour. A release swapped two settings.\n').title).toBe('Uploads failed for half an hour');
  });

  test('a title the report states, or a file name with words, is kept', () => {
    expect(titleOf('3b9c1e2a-7d41-4c0e-9f1a-2b6d8e0c5a17.md', `---\ntitle: Upload failures\n---\n\n${body}`).title).toBe('Upload failures');
    expect(titleOf('2024-05-02-upload-failures.md', body).title).toBe('2024-05-02 upload failures');
  });

  test.each([
    ['A sentence that ends here. Another one.', 'A sentence that ends here'],
    ['No full stop at all', 'No full stop at all'],
    [`${'word '.repeat(30)}end.`, 'word word word word word word word word word word word word word word word word'],
    // Over 80 characters: cut at its last clause within them, not in the middle of one.
    ['Version 2.1 of the proxy (released Monday) dropped every header, and clients saw errors: sessions broke.', 'Version 2.1 of the proxy (released Monday) dropped every header'],
    ['All report exports from the billing service were empty due to a release that changed the default page size.', 'All report exports from the billing service were empty'],
    // The time it opens with is in the draft's times, not its title.
    ['On 2023-04-11 between 08:02 and 08:40 UTC all report exports were empty.', 'All report exports were empty'],
    ['On March 3rd, 2022 at 14:05 UTC, we rotated a signing key too early.', 'We rotated a signing key too early'],
    ['At 15:05 UTC on June 8, 2023, a queue consumer stopped acknowledging messages.', 'A queue consumer stopped acknowledging messages'],
    ['In November 2019 a counter overflowed.', 'A counter overflowed'],
    ['In production the cache was cold for an hour.', 'In production the cache was cold for an hour'],
    ['On call was paged twice.', 'On call was paged twice'],
    // An opening subordinate clause is not cut off alone; a cut at a word does not end on "that".
    ['After the proxy restarted, the health checks kept failing because the port had changed in the new image configuration.', 'After the proxy restarted, the health checks kept failing'],
    ['We changed one routing rule in the traffic layer of the mobile edge tier that forwarded requests onward.', 'We changed one routing rule in the traffic layer of the mobile edge tier'],
  ])('titleFromFirstSentence("%s")', (paragraph, title) => {
    expect(titleFromFirstSentence(paragraph)).toBe(title);
  });

  test.each([['2024-03-02', true], ['0042', true], ['deadbeef1', true], ['defaced', false], ['queue-outage', false], ['index', true], ['payments-2024', false]])('isFileNameWithoutWords("%s") is %s', (name, expected) => {
    expect(isFileNameWithoutWords(name)).toBe(expected);
  });
});

// MoJ's titles say which day's incident it is ("Incident on 2020-08-14 - Ingress-controllers
// crashlooping"), mybinder.org's once "incident date: 2019-02-20, …": the file name, which opens
// with the day, repeated it (2020-08-14-incident-on-2020-08-14-ingress-controllers-crashlooping).
describe('the file name does not repeat the day the title opens with', () => {
  test.each([
    ['# Incident on 2020-08-14 - Ingress-controllers crashlooping\n\nThe controllers restarted in a loop.\n', 'Incident on 2020-08-14 - Ingress-controllers crashlooping', '2020-08-14-ingress-controllers-crashlooping.mdx'],
    // A title that names only its day gives way to the report's first sentence (round 9)…
    ['# Incident on 2020-02-12\n\nThe cluster was slow.\n', 'The cluster was slow', '2020-02-12-the-cluster-was-slow.mdx'],
    ['# Incident on 2020-04-15 Nginx/TLS\n\nCertificates expired.\n', 'Incident on 2020-04-15 Nginx/TLS', '2020-04-15-nginx-tls.mdx'],
    ['# incident date: 2019-02-20, kubectl logs unavailable\n\nLogs could not be read.\n', 'incident date: 2019-02-20, kubectl logs unavailable', '2019-02-20-kubectl-logs-unavailable.mdx'],
    ['# 24-10-2024 - Outage\n\nThe site was down.\n', '24-10-2024 - Outage', '2024-10-24-outage.mdx'],
    // No day after "Incident on": the words stay.
    ['# Incident on get.example.org (mirror redirector)\n\nDate: 2023-04-19\n\nDownloads failed.\n', 'Incident on get.example.org (mirror redirector)', '2023-04-19-incident-on-get-example-org-mirror-redirector.mdx'],
  ])('%s', (source, title, fileName) => {
    const result = titleOf('x.md', source);
    expect(result.title).toBe(title);
    expect(result.fileName).toBe(fileName);
  });
});
