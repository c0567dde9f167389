import { describe, expect, test } from 'vitest';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { describeProbeRound, foundInProbe, probeOptionsWithOrganisation, publicTextAfterRedact, scanProbe } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound12, leakProbesRound12, stillPublishedRound12 } from '../support/redaction-probes-round12.ts';

/**
 * The twelfth probe round (docs/redaction.md, "Twelfth probe round"): forms the earlier tables did
 * not hold (credits, sign-offs, alt and link text, tables of roles, code comments, lone chat lines,
 * nicknames, service names, buckets, dashboards, on-call schedules) and the eleventh round's two
 * leftovers. Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound12, foundBefore: foundBeforeRound12, stillPublished: stillPublishedRound12, atLeast: { probes: 40, gotThroughBefore: 15 } });

const people = (text: string, options = probeOptionsWithOrganisation) => foundInProbe(text, options).filter((f) => /person/.test(f));

describe('not findings: public text written the same way', () => {
  test.each([
    ["Microsoft's namespaces ending in office", 'Installed com.microsoft.office.outlook; the add-in uses Microsoft.Office.Interop.'],
    ["the organisation's public hosts, numbered once or not at all", 'See www2.acme.io, ns1.acme.io, https://api.acme.io:443/v2 and status.acme.io.'],
    ['schedules that are no on-call rota', 'Cron runs on the `* * * * *` schedule; the release schedule "Q3" slipped.'],
    ['a table of roles naming teams', '| Role | Person |\n| --- | --- |\n| Scribe | the SRE team |\n| Comms lead | Support |'],
    ['commented-out commands and a shebang', '```\n#!/bin/bash\n# kubectl rollout restart deploy/ledger\n// Kubernetes restarts the pod when the probe fails\n```'],
    ['asking companies and products', 'Ask AWS support for a quota raise; ask Kubernetes to reschedule it.'],
    ['products known by another name', 'Postgres (a.k.a. PostgreSQL) and Kubernetes aka K8s.'],
    ['hyphenated terms before a verb', 'Keep-Alive tuned it; Multi-Region observed it; Wi-Fi associated; Cross-Region replicated the data.'],
    ["companies' runbooks and checklists", "GitLab's runbook and AWS's checklist were followed."],
    ['tools printing their state in code', '```\nkernel: I/O error on sda\ncontainerd: starting up now\nzpool: cannot open the pool\nkubelet: I am not a person\n```'],
  ])('%s', (_, text) => {
    expect(foundInProbe(text, probeOptionsWithOrganisation)).toEqual([]);
  });

  test.each([
    ["organisations' repositories' issues", 'See jepsen-io/jepsen#12, openstack/nova#2 and kubernetes/kubernetes#123.'],
    ['a handle thanked with a team', 'Thanks to hbrekke and the team for staying late.'],
  ])('no person beyond the handle: %s', (_, text) => {
    expect(people(text).filter((f) => f !== 'redact/person:hbrekke')).toEqual([]);
  });
});

describe('the rules point at the name, not the words around it', () => {
  test.each([
    ['handles listed after a thanked one', 'Pinged hbrekke, tovem and kvold.', ['redact/person:hbrekke', 'redact/person:tovem', 'redact/person:kvold']],
    ['a table of roles, the header row too', '| Incident commander | Kasimir |\n| --- | --- |\n| Scribe | Dagfinn |', ['redact/person:Kasimir', 'redact/person:Dagfinn']],
    ['a comment after code', '```\nretries = 3  # ask Ilsabet before raising it\n```', ['redact/possible-person:Ilsabet']],
    ['a quoted schedule, without its quotes (an allow marker cannot quote them)', 'The Opsgenie schedule "payments_sre_schedule" was empty.', ['redact/internal-name:payments_sre_schedule']],
  ])('%s', (_, text, findings) => {
    expect(foundInProbe(text)).toEqual(findings);
  });
});

describe('npm run redact keeps them off the public page', () => {
  test.each([
    ['a host under .office', 'The printer server printsrv.office answered.\n', 'printsrv'],
    ["a personal repository's pull request", 'Fixed in tlindqvist/pool-tuner#7.\n', 'tlindqvist'],
    ['two handles thanked', 'Thanks to hbrekke and tovem for staying late.\n', 'tovem'],
    ['a name in a code comment', '```python\n# ask Ilsabet before removing this retry\nretries = 3\n```\n', 'Ilsabet'],
    ['a lone chat line in the first person', '```\ntovem: I am failing over the primary now\n```\n', 'tovem'],
    ['an on-call schedule in a code span', 'The PagerDuty schedule `ledger-primary-oncall` had no one on it.\n', 'ledger-primary-oncall'],
    ['a quoted on-call schedule', 'The Opsgenie schedule "payments_sre_schedule" was empty that night.\n', 'payments_sre_schedule'],
    ['a possessive in alt text', '![Ilsabet’s sketch of the pool](./pool.png)\n', 'Ilsabet'],
  ])('%s', (_, source, leak) => {
    const result = publicTextAfterRedact(source);
    expect(result).not.toBe(source);
    expect(result).not.toContain(leak);
  });

  test('a quoted schedule becomes a generic phrase in a .md body', () => {
    const source = 'The Opsgenie schedule "payments_sre_schedule" was empty.\n';
    expect(applyRedactionFixes(source, scanProbe(source), { isMdx: false }).source).toBe('The Opsgenie schedule "an internal system" was empty.\n');
  });
});
