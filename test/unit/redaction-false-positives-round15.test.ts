import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { inMarkdownlintDirective, isPlaceholderAccount, nameInSystemContext, nameOfSystemOrDate, weekdayOfDate } from '../../src/lib/publication/system-names.ts';

/**
 * False positives of the fifteenth round: research computing's status notices, which name
 * shared clusters with given names ("Tier-1 Hortense", "the small clusters Joltik, Accelgor"),
 * date updates with the weekday first, give the reader's account as a placeholder and switch
 * markdownlint rules off in comments. Every text here is our own, shaped like what was found; each
 * negative beside a positive written the same way that is still found.
 */
const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** `rule:text` of every finding. */
const found = (text: string) => scanPublicText('post.mdx', text, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);
const people = (text: string) => found(text).filter((f) => /^redact\/(?:possible-)?person:/.test(f));

describe('a shared cluster named with a given name', () => {
  test('after a tier designation, alone or qualified, it is the cluster', () => {
    expect(people('We rebooted Tier-2 Mathilde this morning.')).toEqual([]);
    expect(people('Maintenance of Tier2 Compute Mathilde is over; jobs start again.')).toEqual([]);
  });

  test('after a noun of shared infrastructure, as a component "of" it, or where jobs run "on" it', () => {
    expect(people('We restarted the small clusters Bramble, Mathilde, Ottilie and Quenby.')).toEqual([]);
    expect(people('The scratch file system of Mathilde is full again.')).toEqual([]);
    expect(people('Users with jobs on Mathilde should resubmit them.')).toEqual([]);
  });

  test('acting where the words around it say a cluster, it is the cluster', () => {
    expect(people('The cooling of Tier-1 Mathilde got a thorough revision.')).toEqual([]);
  });

  test('before a tier designation and a system noun', () => {
    expect(people('Connecting to the Mathilde Tier-1 web portal works.')).toEqual([]);
  });

  test('the post\'s other uses of the name that only its form made a guess are the cluster', () => {
    expect(people('Tier-1 Mathilde is down.\n\nWe expect Mathilde back on Monday.')).toEqual([]);
  });

  test('the same name acting as a person is still found, and then every use of it', () => {
    expect(people('Mathilde restarted the job.')).toEqual(['redact/possible-person:Mathilde']);
    expect(people('Tier-1 Mathilde is down. Mathilde restarted the job.')).toEqual(['redact/possible-person:Mathilde', 'redact/possible-person:Mathilde']);
    // An article before the name ("the Mathilde cluster") no longer clears a given name that acts.
    expect(people('The Tier-1 Mathilde cluster is down. Mathilde restarted the job.')).toEqual(['redact/possible-person:Mathilde', 'redact/possible-person:Mathilde']);
  });

  test('a noun of infrastructure earlier in the sentence says nothing of a name that follows it', () => {
    expect(people('Two nodes failed, and Mathilde restarted them.')).toEqual(['redact/possible-person:Mathilde']);
    expect(people('The clusters were slow and Mathilde restarted them.')).toEqual(['redact/possible-person:Mathilde']);
  });

  test('a tier of support hands a ticket to a person', () => {
    expect(people('The ticket was escalated to Tier-2 Mathilde.')).toEqual(['redact/possible-person:Mathilde']);
    expect(people('Thanks to Tier 1 Mathilde for the fix.')).toEqual(['redact/possible-person:Mathilde']);
  });

  test('a personal computer is named after its owner: those nouns say nothing', () => {
    expect(people('The laptop named Mathilde crashed.')).toEqual(['redact/possible-person:Mathilde']);
    expect(people('CPU was at 100% on Mathilde.')).toEqual(['redact/possible-person:Mathilde']);
    expect(nameInSystemContext('the workstation Mathilde froze', 'the workstation '.length, 'Mathilde'.length)).toBe(false);
  });

  test('a name with a word no designation explains is judged as before', () => {
    const line = 'Tier-1 Mathilde Quellbrunn restarted the job.';
    expect(nameOfSystemOrDate([line], 0, line.indexOf('Mathilde'), 'Mathilde Quellbrunn')).toBe(false);
    expect(nameOfSystemOrDate([line], 0, line.indexOf('Mathilde'), 'Mathilde')).toBe(true);
  });
});

describe('a weekday opening a date', () => {
  test('"Tue 2 Jun", "Thu, 4 Jun", "Mon Jun 8" are days', () => {
    expect(weekdayOfDate('**Tue 2 Jun 2026, 14:00 CEST**', 2, 'Tue')).toBe(true);
    expect(weekdayOfDate('Update Thu, 4 Jun: all good.', 7, 'Thu')).toBe(true);
    expect(weekdayOfDate('Mon Jun 8 10:00', 0, 'Mon')).toBe(true);
    expect(nameOfSystemOrDate(['Tue 2 Jun 2026, 14:00 CEST A kernel update is due.'], 0, 0, 'Tue')).toBe(true);
  });

  test('the same word acting, or before anything but a date, is judged as before', () => {
    expect(weekdayOfDate('Tue restarted the pool.', 0, 'Tue')).toBe(false);
    expect(weekdayOfDate('Tue 2 hosts were lost', 0, 'Tue')).toBe(false);
    expect(people('Tue restarted the pool.')).toEqual(['redact/possible-person:Tue']);
  });
});

describe('a placeholder for the reader\'s account', () => {
  test('a prefix and a run of X is no one\'s account', () => {
    expect(isPlaceholderAccount('userXXXX')).toBe(true);
    expect(isPlaceholderAccount('hpc4xxxx')).toBe(true);
    expect(people('Run ssh -l userXXXX gateway.example to log in.')).toEqual([]);
  });

  test('a handle is still found, with a trailing x or not', () => {
    expect(isPlaceholderAccount('maxx')).toBe(false);
    expect(isPlaceholderAccount('hbrekkexxx')).toBe(false);
    expect(people('Run ssh -l hbrekke gateway.example to log in.')).toEqual(['redact/person:hbrekke']);
  });
});

describe('a markdownlint directive', () => {
  test('its rules are no numbered hosts', () => {
    expect(found('<!-- markdownlint-disable MD024 -->\n\n# Outages\n')).toEqual([]);
    expect(inMarkdownlintDirective('<!-- markdownlint-disable-next-line MD013 MD033 -->', 40)).toBe(true);
  });

  test('the same shape outside the comment is still a machine', () => {
    expect(found('<!-- markdownlint-disable MD024 -->\n\nThe job ran on DB024 overnight.\n')).toEqual(['redact/identifier:DB024']);
    expect(found('The job ran on MD024 overnight.')).toEqual(['redact/identifier:MD024']);
  });
});
