import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { combinePublicationScans, scanOneForPublication, type PublicationSource } from '../../scripts/lib/redaction-check.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { PlannedWorkError } from '../../src/lib/import/planned-work.ts';
import { AnnouncementError, noticeKindOf } from '../../src/lib/import/status-notices.ts';
import { redactionFindingText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

/**
 * Status histories, round 37 (docs/import.md, "Status-history round 37"; docs/redaction.md,
 * "False positives, round 37b"): a cState status page's notices (its team's holidays, its
 * scheduled work) and a public build service that a whole history names. Our own posts, modelled
 * on the shapes of packit-status and civo-status (other services, other words).
 */
const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const cstate = (severity: string, title: string, body: string) =>
  `---\ntitle: "${title}"\ndate: 2025-03-10T09:00:00+01:00\nresolved: true\nresolvedWhen: 2025-03-10 12:00:00+00:00\nseverity: ${severity}\nsection: issue\n---\n\n${body}\n`;
const importIt = (text: string, keepPlannedWork = false) => importReport('issues/2025-03-10-notice.md', text, { vocabulary, today: '2026-12-04', keepPlannedWork });
const refusal = (text: string) => {
  try {
    importIt(text);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('a status page notice is imported as what it is', () => {
  const holiday = cstate('notice', 'Spring is here 🌷', 'Most of the team will be unavailable on Friday, March 14th. We will look at your reports when we are back.');
  const upgrade = cstate('notice', 'Platform upgrade', 'A platform upgrade is scheduled to start on Mon Mar 10 at 19:00 UTC and last about an hour.\nJobs started then may run late.');
  const maintenanceTitle = cstate('notice', 'Plannned Maintenancein AMS2 2025-03-10', 'Network work in the AMS2 region from 21:00 UTC; short interruptions are expected.');
  const outage = cstate('notice', 'Queue outage', 'There was an outage of the job queue, and builds waited for about two hours. Jobs are processed again.');

  test('a notice that says the team is away is not imported, said with its reason', () => {
    const error = refusal(holiday);
    expect(error).toBeInstanceOf(AnnouncementError);
    expect((error as Error).message).toMatch(/an announcement \("Spring is here 🌷"\), not an incident: its metadata says severity: notice, and it says the team is away \("team will be unavailable"\)/);
  });

  test('a notice of scheduled work is a planned maintenance: refused by default, a draft said to be one with --maintenances', () => {
    expect(refusal(upgrade)).toBeInstanceOf(PlannedWorkError);
    expect((refusal(maintenanceTitle) as Error).message).toMatch(/planned maintenance \("Plannned Maintenancein AMS2 2025-03-10"\)/);
    const kept = importIt(upgrade, true);
    expect(kept.plannedWork).toMatch(/^severity: notice, and its first words say planned work \("is scheduled"\)/);
    expect(kept.notes.join('\n')).toMatch(/planned maintenance, not an incident/);
  });

  test('an outage posted at the notice level, and an incident of a higher level that names a maintenance, are imported as incidents', () => {
    expect(importIt(outage).plannedWork).toBeUndefined();
    const wentWrong = cstate('disrupted', 'Scheduled maintenance went wrong', 'The maintenance is scheduled to end at 20:00 but the queue stopped at 19:40.');
    expect(importIt(wentWrong).plannedWork).toBeUndefined();
    expect(noticeKindOf({ severity: 'disrupted' }, 'Planned maintenance', 'Most of the team will be unavailable.')).toBeUndefined();
  });

  test('emergency work posted at the notice level is an incident, not planned work', () => {
    expect(noticeKindOf({ severity: 'notice' }, 'Emergency Maintenance in LON1', 'We are performing emergency maintenance on a storage node.')).toBeUndefined();
    expect(noticeKindOf({ severity: 'notice' }, 'Storage nodes', 'An unscheduled restart of the storage nodes is under way.')).toBeUndefined();
    expect(noticeKindOf({ severity: 'notice' }, 'Planned Maintenance in LON1', 'For urgent issues during the work, write to support.')?.kind).toBe('planned-work');
    expect(noticeKindOf({ severity: 'notice' }, 'Scheduled Emergency Maintenance in PHX1', 'We will patch the hypervisors tonight.')?.kind).toBe('planned-work');
  });

  test('cState\'s informational flag is the notice level too', () => {
    expect(noticeKindOf({ informational: true }, 'Holidays', 'All the team is on vacation until January 2nd.')).toEqual({ kind: 'announcement', why: 'informational: true, and it says the team is away ("team is on vacation")' });
  });
});

describe('a build service a whole status history names is not carried as a host', () => {
  const options: RedactionOptions = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
  const fixtureVocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const post = (id: string, body: string): PublicationSource => {
    const text = publicProbePost({ body });
    const file = `content/postmortems/${id}.mdx`;
    const result = validatePostmortemSource(file, id, text, { vocabulary: fixtureVocabulary, knownIds: new Set([id]), contentDir: 'content' });
    return { file, source: text, data: result.data! };
  };
  // One post writes the service where a machine stands, and nothing else of it.
  const machinePlace = post('2025-03-01-slow-builds', 'The builds in Kessul were slow for two hours; retrigger them if they failed.\n');
  const asService = [
    post('2025-03-02-kessul-outage', 'A Kessul outage left the builds pending.\n'),
    post('2025-03-03-kessul-backend', 'The Kessul team moved its storage; Kessul is fully operational again.\n'),
    post('2025-03-04-kessul-queue', 'Kessul builds stayed in the queue for an hour.\n'),
  ];
  const other = post('2025-03-05-upgrade', 'We upgraded the workers; jobs sent to Kessul then may have been retried.\n');
  const kessul = (findings: readonly { rule: string; file: string }[], file: string) =>
    findings.filter((f) => f.rule === 'redact/internal-host' && f.file === file).map((f) => redactionFindingText(f as never)).filter((text) => text === 'Kessul');
  const scan = (posts: PublicationSource[]) => combinePublicationScans(posts.map((p) => scanOneForPublication(p, options)), posts, options).findings;

  test('written as a service in three posts of the scan, the word found in one is not carried to the others', () => {
    const findings = scan([machinePlace, ...asService, other]);
    for (const p of [...asService, other]) expect(kessul(findings, p.file)).toEqual([]);
  });

  test('named as a service in fewer posts, it is still carried as the host it was read as', () => {
    const findings = scan([machinePlace, asService[0], other]);
    expect(kessul(findings, machinePlace.file)).toEqual(['Kessul']);
    expect(kessul(findings, other.file)).toEqual(['Kessul']);
  });
});

describe('a description that repeats the title is no summary', () => {
  const post = (description: string) => `---\ntitle: "Slow queue processing"\ndescription: "${description}"\ndate: 2025-03-10T09:00:00+01:00\nresolved: true\nresolvedWhen: 2025-03-10 12:00:00+00:00\nseverity: disrupted\nsection: issue\n---\n\nJobs waited in the queue for up to two hours because a worker pool ran out of memory. We added memory and the queue drained.\n`;

  test('the summary is the report\'s own words, and the note says why', () => {
    const result = importIt(post('Slow queue processing.'));
    expect(result.draft).toMatch(/^summary: Jobs waited in the queue for up to two hours because a worker pool ran out of memory\./m);
    expect(result.notes.join('\n')).toContain('the metadata\'s summary ("Slow queue processing.") repeats the title');
  });

  test('a description that says more is still the summary', () => {
    expect(importIt(post('Jobs waited up to two hours after a worker pool ran out of memory.')).draft).toMatch(/^summary: Jobs waited up to two hours after a worker pool ran out of memory\.$/m);
  });
});
