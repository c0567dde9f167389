import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/lib/findings.ts';
import { carriedScanOptions, postToRedact } from '../support/post-to-redact.ts';
import { firstScansWithCarriedFindings } from '../../scripts/lib/redact-carried-hosts.ts';
import { combinePublicationScans, scanOneForPublication } from '../../scripts/lib/redaction-check.ts';
import { applyRedactionFixesThatParse } from '../../src/lib/publication/apply-fixes-parsing.ts';
import { publicBodyParses, scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

/**
 * Round 43's adoption walk (docs/adopting.md, "Adoption walkthrough round 43"): a platform team's
 * imported incident retros name their chat's channels with `#` on one line ("JP suggested moving
 * to #<team>-incident-response") and bare on another, in the same post or the next ("moves
 * discussion to <team>-incident-response", "Move the alert into <team>-platform-alerts"). The guard
 * found the first and `npm run redact` replaced it; the bare ones were published. Channels, teams
 * and people invented here.
 */
const channelTexts = (findings: readonly Finding[]) => findings.filter((f) => f.rule === 'redact/channel' && f.severity === 'error').map((f) => redactionFindingText(f));

describe('a chat channel named with a sign, then bare', () => {
  test('the same post\'s bare mention is found too', () => {
    const post = postToRedact('2025-04-02-search-down', '11.15 Priya suggested moving to #qx-incident-room\n\n11.40 recovery messages from the monitor in qx-incident-room\n');
    const texts = channelTexts(scanPostmortemForPublication(post.file, post.source, post.data, carriedScanOptions).findings);
    expect(texts).toContain('#qx-incident-room');
    expect(texts).toContain('qx-incident-room');
  });

  test('another post\'s bare mention is found by check and replaced by redact', () => {
    const signed = postToRedact('2025-04-02-search-down', 'Alerts go to #qx-deploy-alerts, which nobody watched.\n');
    const bare = postToRedact('2025-05-10-images-down', 'Move the alert into qx-deploy-alerts so that it is seen.\n');
    const { findings } = combinePublicationScans([signed, bare].map((post) => scanOneForPublication(post, carriedScanOptions)), [signed, bare], carriedScanOptions);
    expect(channelTexts(findings.filter((f) => f.file === bare.file))).toEqual(['qx-deploy-alerts']);
    const first = firstScansWithCarriedFindings([signed, bare], carriedScanOptions).get(bare.file)!;
    const fixed = applyRedactionFixesThatParse(bare.source, [...first.findings, ...first.carried], { isMdx: true, parses: (text) => publicBodyParses(bare.file, text), servicePublicNames: new Map() }).source;
    expect(fixed).toMatch(/into <Internal>qx-deploy-alerts<\/Internal>/);
  });

  test('a channel named before "channel" after a preposition, without "the", is found with no sign elsewhere', () => {
    const post = postToRedact('2025-04-02-search-down', 'Integration tests report in qx-deploy-builds channel, which was muted.\n');
    expect(channelTexts(scanPostmortemForPublication(post.file, post.source, post.data, carriedScanOptions).findings)).toEqual(['qx-deploy-builds']);
  });

  test('a longer channel, a path or a host that holds the name is not it; a name of English words alone is not carried', () => {
    const signed = postToRedact('2025-04-02-search-down', 'Posted in #qx-deploy and #incident-response.\n');
    const other = postToRedact('2025-05-10-images-down', 'See qx-deploy-alerts, https://example.com/qx-deploy/ and qx-deploy.example.org. Our incident-response process worked.\n');
    const { findings } = combinePublicationScans([signed, other].map((post) => scanOneForPublication(post, carriedScanOptions)), [signed, other], carriedScanOptions);
    expect(channelTexts(findings.filter((f) => f.file === other.file))).toEqual([]);
  });
});

/**
 * A retro's timeline pasted from the team's chat, one message a line, each line ending in an HTML
 * line break (`<br>`), a message running over several lines under its time. The import joined
 * the lines into the row's event and kept every break but the last: `npm run check` refused the
 * plain-text field ("holds the HTML tag <br>") and held 11 of the 39 retros back. Words invented here.
 */
describe('hard breaks inside a timeline message of several lines', () => {
  const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
  const report = [
    '# Incident retro - catalogue search down', '', '**Incident from:** 2025-06-12', '', '## Timeline', '', '12 June 2025<br>', '',
    '09.02 Alerts for the search API<br>',
    '09.10 RW I think the index went away during the reindex<br>',
    'so I am going to point the alias back at yesterday\'s index<br>',
    'that should bring it back<br>',
    '09.25 Search works again<br>', '',
    '## Actions', '', '- Check the alias before a reindex finishes', '',
  ].join('\n');

  test('are spaces in the event, which keeps all its words', () => {
    const result = importReport('2025-06-12_search-down.md', report, { vocabulary, today: '2026-12-05' });
    const timeline = (parseYaml(splitFrontmatter(result.draft).yaml) as { timeline: { event: string }[] }).timeline;
    const events = timeline.map((row) => row.event);
    expect(events.some((event) => /index went away.*alias back.*bring it back$/.test(event))).toBe(true);
    expect(events.filter((event) => /<br/i.test(event))).toEqual([]);
  });
});

/**
 * A retro quoted an exception between three backticks on a line of its own ("```java…Exception```"),
 * inline code to CommonMark and MDX, then listed its action owners, one given name in bold a line.
 * The guard read the line as a fence that never closed, everything after it as code, and found no
 * name there: the two owners were published once the post was no longer held for its `<br>` tags.
 * Names and exception invented here.
 */
describe('three backticks with inline code on one line', () => {
  const owners = '## Actions\n\n**Hortense**\n- Check that the monitor covers the search API\n';
  const names = (body: string) => {
    const post = postToRedact('2025-04-02-search-down', body);
    return scanPostmortemForPublication(post.file, post.source, post.data, carriedScanOptions).findings
      .filter((f) => f.rule === 'redact/person' || f.rule === 'redact/possible-person').map((f) => redactionFindingText(f));
  };

  test('open no code block: the names after it are found', () => {
    expect(names(`09.26 Digging into the errors\n\n\`\`\`org.quarry.client.PoolWrapper: TimeoutException: request cancelled\`\`\`\n\n${owners}`)).toContain('Hortense');
  });

  test('a real fence still closes, and the names after it are found (the premise)', () => {
    expect(names(`\`\`\`\norg.quarry.client.PoolWrapper: TimeoutException\n\`\`\`\n\n${owners}`)).toContain('Hortense');
    expect(names(owners)).toEqual(['Hortense']);
  });
});
