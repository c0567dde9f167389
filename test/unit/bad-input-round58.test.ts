// Bad input, round 58 (docs/rules.md, "Bad input round 58"): round 57's leftovers (a bare part of a sentence inside
// <PublicOnly>, unsaid where the <Internal> one is warned; a status page's message as the status, the list of values
// alone) and what the round's 175 inputs found: front matter exported from incident tools (FireHydrant's `milestones`
// and `UNSET`, incident.io's `Post-incident`, Jira's `key`, `assignee`, `resolution` and `08/Jul/25 5:45 PM`,
// Confluence's `(/) Complete` and `@Ana Lopez`, PagerDuty's `incident_number` and `escalation_policy`), days in
// Russian, Polish, Czech, Turkish, Vietnamese and in digits of another script, `end of Q3`, <Internal> written inside
// code, and a section holding a table of its header alone.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../src/lib/findings.ts';
import { asciiDigits, dayNotationAdvice } from '../../src/lib/instant-advice.ts';
import { looksLikeStatusMessage } from '../../src/lib/enum-synonyms.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const said = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const fixtures = resolve(import.meta.dirname, '../fixtures');
const good = readFileSync(resolve(fixtures, 'good-input/postmortems/2025-07-08-checkout-config.mdx'), 'utf8');
/** The findings of the good-input postmortem after `change` (as `npm run check` gives them). */
const checked = (change: (text: string) => string, id = '2025-07-08-checkout-config'): string[] => said(validatePostmortemSource(`content/postmortems/${id}.mdx`, id, change(good), {
  vocabulary: loadVocabulary(resolve(fixtures, 'vocabulary')), knownIds: new Set([id]), contentDir: 'content',
  lint: { config: { rules: {} }, asOf: '2025-07-20', people: [] },
}).findings);
const adding = (md: string) => (text: string) => `${text}\n${md}\n`;
const replacing = (from: string, to: string) => (text: string) => { expect(text).toContain(from); return text.replace(from, to); };
const both = (...changes: ((text: string) => string)[]) => (text: string) => changes.reduce((acc, change) => change(acc), text);
const publicPost = replacing('visibility: internal', 'visibility: public\npublic:\n  title: Checkout errors for ten minutes\n  summary: Some checkout attempts failed for ten minutes after a configuration change. Reverting it fixed them.');
const drafted = (value: string) => replacing('drafted: 2025-07-09', `drafted: ${value}`);
const started = (value: string) => replacing('  started: 2025-07-08T17:45:00Z', `  started: ${value}`);
const severity = (value: string) => replacing('severity: SEV-2', `severity: ${value}`);
const status = (value: string) => replacing('status: published', `status: ${value}`);
const owner = (value: string) => replacing('    owner: checkout', `    owner: ${value}`);
const extra = (yaml: string) => replacing('related: []', `related: []\n${yaml}`);
const ruled = (found: string[], rule: string) => found.filter((line) => line.includes(` ${rule} `));

describe('round 57\'s leftovers', () => {
  test('a bare part of a sentence inside <PublicOnly> is warned: the internal site shows the sentence with a hole', () => {
    const found = ruled(checked(adding('The alert paged <PublicOnly>the on-call engineer</PublicOnly> and the rollback began.')), 'mdx/variant-placement');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^warning /);
    expect(found[0]).toContain('<PublicOnly> holds a bare part of a sentence, "the on-call engineer", and the sentence goes on around it: the internal site shows "The alert paged and the rollback began."');
    expect(found[0]).toContain('<Internal>the words the internal site reads (a name, a host)</Internal><PublicOnly>the on-call engineer</PublicOnly>');
    // In a public post, and in a table cell, too.
    expect(ruled(checked(both(publicPost, adding('The alert paged <PublicOnly>the on-call engineer</PublicOnly>.'))), 'mdx/variant-placement')[0]).toContain('the internal site shows "The alert paged."');
    expect(ruled(checked(adding('| Time | Event |\n| --- | --- |\n| 17:49 | Paged <PublicOnly>the on-call engineer</PublicOnly> and the rollback began |')), 'mdx/variant-placement')).toHaveLength(1);
  });
  test('controls: a pair filling both sites, in either order, a whole sentence and an element holding its own spaces are left', () => {
    for (const md of [
      'The alert paged <Internal>Ana Lopez</Internal><PublicOnly>the on-call engineer</PublicOnly> at 17:49.',
      'The alert paged <PublicOnly>the on-call engineer</PublicOnly><Internal>Ana Lopez</Internal> at 17:49.',
      'The alert fired.<PublicOnly> We are sorry for the trouble.</PublicOnly> The config was reverted.',
      'The <PublicOnly>main </PublicOnly>database was slow.',
    ]) expect(ruled(checked(adding(md)), 'mdx/variant-placement'), md).toEqual([]);
  });
  test('a status page\'s message as the status says what the field wants and that the text reads as a message', () => {
    for (const message of ['One or more devices could not be used', 'This incident has been resolved.', 'A fix has been implemented and we are monitoring the results.']) {
      const found = ruled(checked(status(message)), 'schema/invalid-value');
      expect(found, message).toHaveLength(1);
      expect(found[0]).toContain(`status is "${message}", which reads as a status page's message (a sentence), not a status: this field holds the postmortem's own state, one of draft, in-review, published.`);
      expect(found[0]).toContain('the message, if it is worth keeping, goes in the timeline');
    }
    // A word and a phrase that mean a value keep their own messages.
    expect(looksLikeStatusMessage('blue')).toBe(false);
    expect(looksLikeStatusMessage('Draft - in progress')).toBe(false);
    expect(ruled(checked(status('resolved')), 'schema/invalid-value')[0]).toContain('a state of the incident');
  });
});

describe('front matter exported from incident tools', () => {
  test('the keys of their exports say where their values go (they had the list of keys alone)', () => {
    const keyed = (yaml: string) => ruled(checked(extra(yaml)), 'schema/unknown-key')[0];
    expect(keyed('key: OPS-1234')).toContain('a tracker\'s number for the incident is no field here');
    expect(keyed('incident_number: 1234')).toContain('write the number in the body');
    expect(keyed('assignee: Ana Lopez')).toContain('people are not listed in a postmortem');
    expect(keyed('current_milestone: postmortem_completed')).toContain('here a postmortem\'s own state is status');
    expect(keyed('resolution: Done')).toContain('here a postmortem\'s own state is status');
    expect(keyed('custom_fields:\n  Affected product: Checkout')).toContain('move each value to its field');
    expect(keyed('slack_channel: "#inc-123"')).toContain('write it in the body inside <Internal>');
    expect(keyed('escalation_policy: Checkout Primary')).toContain('the public site must not show');
    const milestones = ruled(checked(replacing('times:\n  started:', 'milestones:\n  started:')), 'schema/unknown-key')[0];
    expect(milestones).toContain('unknown key "milestones": the moments of an incident are times');
  });
  test('FireHydrant\'s UNSET names no level; incident.io\'s Post-incident is a state of the incident; Confluence\'s (/) Complete is read', () => {
    expect(ruled(checked(severity('UNSET')), 'schema/invalid-value')[0]).toContain('which names no level');
    expect(ruled(checked(status('Post-incident')), 'schema/invalid-value')[0]).toContain('a state of the incident');
    expect(ruled(checked(status('"(/) Complete"')), 'schema/invalid-value')[0]).toContain('write status: published, the value here for what "(/) Complete" says');
  });
  test('a retrospective\'s stage and a follow-up\'s "outstanding" get the value meant', () => {
    expect(ruled(checked(status('In retrospective')), 'schema/invalid-value')[0]).toContain('write status: in-review, the value here for what "In retrospective" says');
    expect(ruled(checked(replacing('    status: done', '    status: outstanding')), 'schema/invalid-value')[0]).toContain('write status: open, the value here for what "outstanding" says');
  });
  test('a wiki\'s or a tracker\'s mention of a person as an owner is a person, not a team to add', () => {
    for (const [written, name] of [['"@Ana Lopez"', 'Ana Lopez'], ['"[~ana.lopez]"', 'ana.lopez']]) {
      const found = ruled(checked(owner(written)), 'vocabulary/unknown');
      expect(found, written).toHaveLength(1);
      expect(found[0]).toContain(`is a mention of a person (${name})`);
      expect(found[0]).not.toContain('ana-lopez');
    }
  });
  test('Jira\'s day and date-time (09/Jul/25, 08/Jul/25 5:45 PM) get the value to write', () => {
    expect(dayNotationAdvice('09/Jul/25')).toContain('Write 2025-07-09.');
    expect(ruled(checked(started('08/Jul/25 5:45 PM UTC')), 'schema/invalid')[0]).toContain('Write 2025-07-08T17:45:00Z.');
  });
});

describe('days in other languages and scripts', () => {
  test.each([
    ['9 июля 2025', '2025-07-09'],
    ['9 июля 2025 г.', '2025-07-09'],
    ['9 lipca 2025', '2025-07-09'],
    ['14 października 2025', '2025-10-14'],
    ['9. července 2025', '2025-07-09'],
    ['9 Temmuz 2025', '2025-07-09'],
    ['ngày 9 tháng 7 năm 2025', '2025-07-09'],
    ['٢٠٢٥-٠٧-٠٩', '2025-07-09'],
    ['２０２５-０７-０９', '2025-07-09'],
  ])('%s is %s', (written, day) => {
    const found = ruled(checked(drafted(written)), 'schema/invalid');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`Write ${day}.`);
    expect(found[0]).not.toContain('names no day');
  });
  test('digits of another script are named, and a Russian date-time is read', () => {
    expect(asciiDigits('٢٠٢٥-٠٧-٠٩')).toEqual({ text: '2025-07-09', reason: 'the digits are Arabic-Indic digits, where this field takes 0-9' });
    expect(asciiDigits('2025-07-09')).toBeUndefined();
    expect(ruled(checked(started('8 июля 2025 17:45 UTC')), 'schema/invalid')[0]).toContain('Write 2025-07-08T17:45:00Z.');
  });
  test('a date-time with the Russian or Polish word for "at", or in Arabic-Indic digits, gets the value to write', () => {
    for (const written of ['2025-07-08 в 17:45 UTC', '8 lipca 2025, godz. 17:45 UTC', '8 Temmuz 2025 17:45 UTC', '٢٠٢٥-٠٧-٠٨T١٧:٤٥:٠٠Z']) {
      expect(ruled(checked(started(written)), 'schema/invalid')[0], written).toContain('Write 2025-07-08T17:45:00Z.');
    }
    expect(ruled(checked(started('٢٠٢٥-٠٧-٠٨T١٧:٤٥:٠٠Z')), 'schema/invalid')[0]).toContain('the digits are Arabic-Indic digits: write them as 0-9');
  });
  test('a quarter\'s end as a due day gets its last day', () => {
    const found = ruled(checked(replacing('    due: 2025-08-01', '    due: end of Q3')), 'schema/invalid');
    expect(found[0]).toContain('is a quarter, not a day: write its last day');
  });
});

describe('components and empty tables', () => {
  test('<Internal> inside a code span or block of an internal post is warned: code shows the tags as typed', () => {
    const span = ruled(checked(adding('Run `<Internal>kubectl -n prod</Internal>` to see it.')), 'mdx/variant-placement');
    expect(span).toHaveLength(1);
    expect(span[0]).toContain('<Internal>kubectl -n prod</Internal> is written inside a code span (between backticks)');
    expect(span[0]).toContain('put the tags around the code span: <Internal>`kubectl -n prod`</Internal>.');
    expect(ruled(checked(adding('```\n<Internal>db-7.acme.internal</Internal>\n```')), 'mdx/variant-placement')[0]).toContain('inside a code block');
    // Text about the component (a tag alone) is no pair, and left.
    expect(ruled(checked(adding('Wrap names in `<Internal>` before publishing.')), 'mdx/variant-placement')).toEqual([]);
  });
  test('a section holding a table of its header alone is empty, and said so', () => {
    const found = ruled(checked(adding('## Timeline\n\n| Time | Event |\n| --- | --- |')), 'completeness/empty-section');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('the section "## Timeline" is empty (its table has a header row and no rows under it)');
    // A table with a row is written.
    expect(ruled(checked(adding('## Timeline\n\n| Time | Event |\n| --- | --- |\n| 17:49 | Alert fired |')), 'completeness/empty-section')).toEqual([]);
  });
});
