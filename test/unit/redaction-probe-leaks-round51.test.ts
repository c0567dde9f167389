import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, probeOptions, publicTextAfterRedact, scanProbe } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findPersonCandidates } from '../../src/lib/publication/person-patterns.ts';
import { isSignOffLabel, signOffNamesStart } from '../../src/lib/publication/sign-off-labels.ts';
import { findPersonalSiteHosts, siteNamedInProse } from '../../src/lib/publication/personal-site-hosts.ts';
import { findOwnHostForms } from '../../src/lib/publication/own-host-forms.ts';
import { homeFolderUserStandIn, isHomeFolderUserAt } from '../../src/lib/publication/home-folder-stand-ins.ts';
import { fieldProbesRound51, foundBeforeRound51, leakProbesRound51, notLeaksRound51, stillPublishedRound51 } from '../support/redaction-probes-round51.ts';

/**
 * The probe round 51 (docs/redaction.md, "Probe round 51"): round 50's leftover (a person's own
 * site the post links, its owner named nowhere else) and the records reports paste or quote:
 * sign-off tables, review, approval and cc lines in fourteen languages, tracker exports and
 * history lines, chat exports, dashboard annotations, kubectl contexts, state locks, auth logs,
 * internal DNS names in other languages' prose and private address ranges. Every probe and
 * negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound51, foundBefore: foundBeforeRound51, stillPublished: stillPublishedRound51, atLeast: { probes: 61, gotThroughBefore: 18 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound51.filter((p) => !stillPublishedRound51.has(p.kind) && !foundBeforeRound51.has(p.kind)),
);

describeNotLeaks('not findings: teams, roles, bots, public sites and addresses in the same shapes', notLeaksRound51);
describeLeaksGoneAfterRedact(leakProbesRound51, stillPublishedRound51);

describe('the public frontmatter fields: the public build scan finds each leak', () => {
  test.each(fieldProbesRound51)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

describe('sign-off, review, copy and assignment labels (sign-off-labels.ts, round 51)', () => {
  test.each([
    ['German', 'Freigabe: Kollmanner', 'Kollmanner'],
    ['Spanish, a participle and its preposition', 'Revisado por: Ulloquin', 'Ulloquin'],
    ['French, no colon', 'Validé par Gwenolé Kervarec le 3 mars.', 'Gwenolé Kervarec'],
    ['French, a surname with its particle', 'En copie : Kervarec et Le Brizennec.', 'Le Brizennec'],
    ['Polish', 'Zatwierdził: Wojtaszczyk', 'Wojtaszczyk'],
    ['Turkish', 'Onaylayan: Kıvrakoğlu', 'Kıvrakoğlu'],
    ['German, a lower-case handle', 'Bearbeiter: tvellacott', 'tvellacott'],
  ])('found, the label not: %s', (_, line, name) => {
    const found = findPersonCandidates(line).map((c) => c.text);
    expect(found).toContain(name);
    expect(found.filter((t) => line.startsWith(t))).toEqual([]);
  });
  test.each([
    ['a German office', 'Freigabe: Teamleitung'],
    ['a Spanish team', 'Revisado por: el equipo de SRE'],
    ['an English word', 'Approval: pending'],
  ])('not found: %s', (_, line) => {
    expect(scanProbe(line)).toEqual([]);
  });
  test('a label alone, as a header, and where the names start', () => {
    expect(isSignOffLabel('Revisado por')).toBe(true);
    expect(isSignOffLabel('Onaylayan')).toBe(true);
    expect(isSignOffLabel('Status')).toBe(false);
    expect(signOffNamesStart('- **Freigabe:** Kollmanner')).toBe('- **Freigabe:** '.length);
    expect(signOffNamesStart('The Freigabe: came late')).toBe(-1);
  });
});

describe("a person's own site by its domain (personal-site-hosts.ts, round 51)", () => {
  const found = (line: string) => findPersonalSiteHosts(line).map((m) => m.text);
  test.each([
    ['a link', 'See https://maritvolkers.com/posts/retries/.', 'maritvolkers'],
    ['a bare host', 'Background: hannahbrekkestad.com, the series.', 'hannahbrekkestad'],
    ['after www', 'At https://www.ingridvolstad.net/notes.', 'ingridvolstad'],
    ['a short name, a surname of three letters', 'See https://danvuo.com/.', 'danvuo'],
  ])('found: %s', (_, line, label) => {
    expect(found(line)).toEqual([label]);
  });
  test.each([
    ['English words run together', 'https://opencollective.com/'],
    ['a longer given name before an English word', 'https://lincolnloop.com/'],
    ['an English word longer than the given name', 'https://transmissionbt.com/'],
    ['a word cut where no surname opens', 'https://robotstxt.org/'],
    ['a service under a site', 'https://status.maritvolkers.com/'],
    ['a shared host', 'https://maritvolkers.github.io/'],
    ['a mailbox', 'mail marit@maritvolkers.com'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
  test('found through the scan on a line of another language, whose words the English rules leave', () => {
    expect(scanProbe("Cela s'appelle [l'extension du signe](https://maritvolkers.com/signe/).").map((f) => redactionFindingText(f))).toContain('maritvolkers');
  });
  test('a site whose label the post writes as a name is a product or an organisation', () => {
    expect(siteNamedInProse('donottrack', 'Browsers send Do Not Track (https://donottrack.org/).')).toBe(true);
    expect(siteNamedInProse('maritvolkers', 'See https://maritvolkers.com/posts/retries/.')).toBe(false);
  });
});

describe('a host under an inside `.int.` zone (own-host-forms.ts, round 51)', () => {
  test('found inside a longer name, not as the public top-level domain', () => {
    expect(findOwnHostForms('内网域名 kafka-1.bj.int.quorvane.cn 无法解析。').map((h) => h.text)).toEqual(['kafka-1.bj.int.quorvane.cn']);
    expect(findOwnHostForms('Open https://kafka-1.bj.int.quorvane.cn/ui now.').map((h) => h.text)).toEqual(['kafka-1.bj.int.quorvane.cn']);
    expect(findOwnHostForms('See www.who.int for the guidance.')).toEqual([]);
    expect(findOwnHostForms('See https://example.org/docs/api.int.example.org')).toEqual([]);
  });
});

describe("npm run redact writes a home folder's user as the stand-in <user> (home-folder-stand-ins.ts, round 51)", () => {
  test.each([
    ['prose', 'Copied to /home/ana/backup.tar before the upgrade.', 'Copied to /home/&lt;user&gt;/backup.tar before the upgrade.'],
    ['inline code, Windows', 'The key was in `C:\\Users\\mark\\.ssh\\id_rsa`.', 'The key was in `C:\\Users\\<user>\\.ssh\\id_rsa`.'],
    ['a fenced block', '```\n-rw-r--r-- 1 4096 /home/dashboard/.env\n```', '```\n-rw-r--r-- 1 4096 /home/<user>/.env\n```'],
    ['macOS, a handle', 'The script at /Users/hbrekke/bin/deploy.sh ran twice.', 'The script at /Users/&lt;user&gt;/bin/deploy.sh ran twice.'],
  ])('%s', (_, source, expected) => {
    const after = publicTextAfterRedact(source);
    expect(after).toBe(expected);
    expect(scanProbe(after)).toEqual([]);
  });
  test('the stand-in is only for a home folder\'s user', () => {
    expect(isHomeFolderUserAt('cd /home/ana', '/home/'.length + 3)).toBe(true);
    expect(isHomeFolderUserAt('thanks ana', 'thanks '.length)).toBe(false);
    expect(homeFolderUserStandIn('x `/home/ana`', '/home/'.length + 3, false)).toBe('<user>');
  });
});

describe("a public product's container account is allowed by publicNames, as its fix says (round 51)", () => {
  const line = 'The pod read /home/headlamp/.kube/config at start.';
  test('held without the entry, with a fix naming publicNames and the stand-in', () => {
    const [finding, ...rest] = scanProbe(line);
    expect(rest).toEqual([]);
    expect(redactionFindingText(finding)).toBe('headlamp');
    expect(finding.fix).toContain('publicNames: ["headlamp"]');
    expect(finding.fix).toContain('<user>');
  });
  test('allowed with it', () => {
    expect(scanProbe(line, { ...probeOptions, publicNames: ['headlamp'] })).toEqual([]);
  });
});

describe('a tracker history line and a tool object added by a handle (activity-log-handles.ts, on-call-paste-people.ts, round 51)', () => {
  test.each([
    ['a history line', 'kvandermolt changed the status to Done on 2026-03-03.', 'kvandermolt'],
    ['an annotation added by a handle', 'The annotation was added by tolvanik at 03:12.', 'tolvanik'],
  ])('found: %s', (_, line, name) => {
    expect(scanProbe(line).map((f) => redactionFindingText(f))).toContain(name);
  });
  test.each([
    ['a bot', 'dependabot changed the status to Done.'],
    ['a product', 'The panel was added by grafana on upgrade.'],
  ])('not found: %s', (_, line) => {
    expect(scanProbe(line)).toEqual([]);
  });
});

describe("npm run redact withholds a person's own site at a clause's end with the word that led to it (the lead's, session 51)", () => {
  test('a bare address: "at https://…." reads "." after the write-up, not "at ."', () => {
    const after = publicTextAfterRedact('The retry storm follows the write-up at https://maritvolkers.com/posts/retries/.\n');
    expect(after.trim()).toBe('The retry storm follows the write-up.');
  });
  test('mid-sentence the preposition stays with what follows (only the address goes)', () => {
    const after = publicTextAfterRedact('The write-up at https://maritvolkers.com/posts/retries/ explains the retry storm.\n');
    expect(after).not.toContain('maritvolkers');
    expect(after).toContain('explains the retry storm');
  });
});
