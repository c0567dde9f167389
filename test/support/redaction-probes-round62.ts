/**
 * The probe round 62's leaks (docs/redaction.md, "Probe round 62"): shapes not probed before,
 * modelled on what reports and tool output paste (mail threads with headers, quoted replies and
 * signatures; git log, blame and trailers; CODEOWNERS lines; on-call schedules; Terraform plans;
 * Kubernetes events; SQL output with user columns), and Spanish, Portuguese, Italian, Polish and
 * German prose. Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound62: readonly LeakProbeWithOrganisation[] = [
  // Mail threads: headers, quoted replies, attributions in other languages, signatures.
  p("a mail header's sender with an address", '```\nFrom: Quenrith Obelvane <q.obelvane@vellmoor.io>\nSubject: RE: ledger replay\n```', 'Quenrith Obelvane'),
  p("a mail header's receiver without an address", '```\nSent: Tuesday, March 4, 2026 10:14 AM\nTo: Dariela Montavesk\nCc: Payments On-Call\n```', 'Dariela Montavesk'),
  p("a quoted reply's original header", '> -----Original Message-----\n> From: Iskarn Velloway\n> Sent: Tuesday, March 4, 2026 09:58\n> the replica is behind', 'Iskarn Velloway'),
  p("an Apple Mail attribution with an address", '```\nOn 4 Mar 2026, at 10:14, Teodrin Haskemar <teodrin@vellmoor.io> wrote:\n```', 'Teodrin Haskemar'),
  p("a German mail attribution", '> Am 04.03.2026 um 10:14 schrieb Quenrith Obelvane:\n> Der Replay ist durch.', 'Quenrith Obelvane'),
  p("a French mail attribution", '> Le mar. 4 mars 2026 à 10:14, Dariela Montavesk a écrit :\n> le rejeu est terminé', 'Dariela Montavesk'),
  p("a signature's given name above a role and a phone", 'The replay is done.\n\nBest regards,\nIskarn\nOn-call SRE | +1 555 0142', 'Iskarn'),
  p("a dash sign-off of a given name", 'The replay finished at 11:40.\n\nThanks, —Teodrin', 'Teodrin'),
  // git log, blame, trailers.
  p("a git log's author line", '```\ncommit 3f2a9c1d\nAuthor: Quenrith Obelvane <qobelvane@vellmoor.io>\nDate:   Tue Mar 4 10:14:22 2026 +0000\n```', 'Quenrith Obelvane'),
  p("a git log's author of a login and a noreply address", '```\nAuthor: dmontavesk <dmontavesk@users.noreply.github.com>\n```', 'dmontavesk'),
  p("a git blame line's author", '```\na41c9e02 (Dariela Montavesk 2026-03-04 10:14:22 +0000 118)   pool_size = 4\n```', 'Dariela Montavesk'),
  p("a co-author trailer", '```\nCo-authored-by: Iskarn Velloway <iskarn@vellmoor.io>\n```', 'Iskarn Velloway'),
  p("a sign-off trailer", '```\nSigned-off-by: Teodrin Haskemar <t.haskemar@vellmoor.io>\n```', 'Teodrin Haskemar'),
  p("a reviewer trailer without an address", '```\nReviewed-by: Iskarn Velloway\n```', 'Iskarn Velloway'),
  p("a git shortlog's count and author", '```\n    12\tQuenrith Obelvane\n     3\tDariela Montavesk\n```', 'Quenrith Obelvane'),
  p("a merge commit's branch of a login", '```\nMerge pull request #812 from dmontavesk/fix-pool-size\n```', 'dmontavesk'),
  // CODEOWNERS.
  p("a CODEOWNERS line's owner", '```\n/services/morvath-ingest/ @qobelvane @vellmoor/payments\n```', 'qobelvane'),
  p("a CODEOWNERS glob's owner", '```\n*.tf @dmontavesk\n```', 'dmontavesk'),
  // On-call schedules.
  p("an on-call rota table's full names", '| Week | Primary | Secondary |\n| --- | --- | --- |\n| 2026-03-02 | Quenrith Obelvane | Dariela Montavesk |', 'Quenrith Obelvane'),
  p("an on-call rota table's handle", '| Day | On call |\n| --- | --- |\n| Mon | @iskarn.v |', 'iskarn.v'),
  p("a pager's on-call-now line", '```\nOn call now: Teodrin Haskemar (until Mar 5 09:00)\n```', 'Teodrin Haskemar'),
  p("an escalation policy's levels", '```\nLevel 1: Iskarn Velloway\nLevel 2: Payments Leads\n```', 'Iskarn Velloway'),
  p("an override of a rota in prose", 'Dariela Montavesk covered the primary shift from 18:00 to 02:00.', 'Dariela Montavesk'),
  // Terraform plans.
  p("a Terraform plan's identifier of an internal database", '```\n  ~ resource "aws_db_instance" "ledger" {\n      ~ identifier = "morvath-ledger-prod" -> "morvath-ledger-prod-2"\n    }\n```', 'morvath-ledger-prod'),
  p("a Terraform plan's owner tag of a login", '```\n      + tags = {\n          + "Owner" = "qobelvane"\n        }\n```', 'qobelvane'),
  p("a Terraform apply's load balancer name", '```\nmodule.edge.aws_lb.this: Modifying... [id=arn:aws:elasticloadbalancing:eu-west-1:418827301164:loadbalancer/app/morvath-edge/50dc6c495c0c9188]\n```', 'morvath-edge'),
  // Kubernetes events.
  p("a Kubernetes event's pod of an internal workload", '```\nLAST SEEN   TYPE      REASON    OBJECT                                 MESSAGE\n12m         Warning   BackOff   pod/morvath-ingest-7d9f8b6c4-x2lqp    Back-off restarting failed container\n```', 'morvath-ingest'),
  p("a Kubernetes event's node of a private address", '```\nNormal  Scheduled  2m  default-scheduler  Successfully assigned payments/quill-relay-0 to ip-10-14-3-27.eu-west-1.compute.internal\n```', 'ip-10-14-3-27.eu-west-1.compute.internal'),
  p("a Kubernetes event's volume of an internal secret", '```\nWarning  FailedMount  3m  kubelet  MountVolume.SetUp failed for volume "quillbarrow-secrets" : secret "quillbarrow-secrets" not found\n```', 'quillbarrow-secrets'),
  p("a describe's killed container", '```\nEvents:\n  Type    Reason   Age  From     Message\n  ----    ------   ---  ----     -------\n  Normal  Killing  2m   kubelet  Stopping container quillbarrow-api\n```', 'quillbarrow-api'),
  p("a rollout's change cause naming a person", '```\nREVISION  CHANGE-CAUSE\n7         rollback by Teodrin Haskemar after the relay stalled\n```', 'Teodrin Haskemar'),
  // SQL output with user columns.
  p("a psql table's user name", '```\n id | username  | role\n----+-----------+-------\n 41 | qobelvane | admin\n```', 'qobelvane'),
  p("a MySQL box table's full name", '```\n+----+-------------------+-------+\n| id | name              | role  |\n+----+-------------------+-------+\n| 41 | Quenrith Obelvane | admin |\n+----+-------------------+-------+\n```', 'Quenrith Obelvane'),
  p("pg_stat_activity's user of a login", '```\n  pid  |  usename   | application_name | state\n-------+------------+------------------+--------\n 48211 | dmontavesk | psql             | active\n```', 'dmontavesk'),
  p("a query's literal of a person's address", "```sql\nSELECT * FROM users WHERE email = 'iskarn@vellmoor.io';\n```", 'iskarn@vellmoor.io'),
  p("an update setting a full name", "```sql\nUPDATE accounts SET owner = 'Teodrin Haskemar' WHERE id = 41;\n```", 'Teodrin Haskemar'),
  // Spanish.
  p('es: a full name restarting a service', 'Quenrith Obelvane reinició el servicio a las 10:14.', 'Quenrith Obelvane'),
  p('es: a given name acting after a time', 'A las 10:20, Iskarn aplicó el rollback.', 'Iskarn'),
  p('es: a person in charge', 'Responsable: Dariela Montavesk', 'Dariela Montavesk'),
  // Portuguese.
  p('pt: a given name with its article acting', 'Às 10:20 o Teodrin reverteu o deploy.', 'Teodrin'),
  p('pt: an internal service restarted', 'O serviço morvath-ingest foi reiniciado às 10:20.', 'morvath-ingest'),
  p('pt: a person in charge', 'Responsável: Dariela Montavesk', 'Dariela Montavesk'),
  // Italian.
  p('it: a given name acting after a time', 'Alle 10:14 Quenrith ha riavviato il servizio.', 'Quenrith'),
  p('it: an internal service restarted', 'Il servizio quillbarrow-api è stato riavviato alle 10:20.', 'quillbarrow-api'),
  p('it: a person in charge', 'Responsabile: Iskarn Velloway', 'Iskarn Velloway'),
  // Polish.
  p('pl: a given name acting after a time', 'O 10:14 Teodrin zrestartował usługę.', 'Teodrin'),
  p('pl: a full name taking command', 'Dariela Montavesk przejęła dowodzenie incydentem.', 'Dariela Montavesk'),
  p('pl: a person in charge', 'Odpowiedzialny: Teodrin Haskemar', 'Teodrin Haskemar'),
  // German.
  p('de: a given name acting after a time', 'Um 10:14 hat Dariela den Dienst neu gestartet.', 'Dariela'),
  p('de: a coined given name after "laut"', 'Laut Quenrith war der Speicher um 10:20 bereits voll.', 'Quenrith'),
];

/** Probes still published after the round (docs/redaction.md, "Probe round 62"). */
export const stillPublishedRound62: ReadonlySet<string> = new Set<string>([]);

/** The probes that got through before the round (measured on bd317d2f, the commit before it, with `node scripts/measure-probe-table.ts`); the others were found before. */
const gotThroughBefore = new Set<string>([
  'a dash sign-off of a given name',
  "a rollout's change cause naming a person",
  "a psql table's user name",
  "a MySQL box table's full name",
  "pg_stat_activity's user of a login",
  'an update setting a full name',
  'es: a full name restarting a service',
  'es: a given name acting after a time',
  'pt: a given name with its article acting',
  'it: a given name acting after a time',
  'pl: a given name acting after a time',
  'de: a coined given name after "laut"',
]);

/** Probes found before the round's rules (measured on bd317d2f). */
export const foundBeforeRound62: ReadonlySet<string> = new Set(leakProbesRound62.map((probe) => probe.kind).filter((kind) => !gotThroughBefore.has(kind)));

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound62: readonly (readonly [string, string])[] = [
  ["a psql table of the system's roles", '```\n  usename   | application_name | state\n------------+------------------+--------\n postgres   | psql             | active\n replicator | walreceiver      | idle\n```'],
  ['a psql table of tables under a name column', '```\n   name    | rows\n-----------+------\n ledger    | 4120\n payments  |  311\n```'],
  ['a MySQL box table of service accounts', '```\n+----+-----------+\n| id | user      |\n+----+-----------+\n|  1 | root      |\n|  2 | backup    |\n+----+-----------+\n```'],
  ["statements comparing a role's and a team's literal", "```sql\nSELECT * FROM grants WHERE grantee = 'readonly';\nUPDATE jobs SET owner = 'platform-team' WHERE id = 4;\n```"],
  ['a deploy by a tool', '```\nDeployed by Terraform Cloud at 10:14\nTriggered by GitHub Actions\n```'],
  ['a closing and a dash before a product', 'The queue drained.\n\nThanks - Kubernetes did the rest.'],
  ['es: a product acting after a time', 'A las 10:20, Kubernetes reinició el pod.'],
  ['pt: a time before a lower-case subject', 'Às 10:20 o serviço foi reiniciado.'],
  ['de: a section after "gemäß"', 'Die Daten werden gemäß Abschnitt 2.1 gelöscht.'],
  ['de: a noun after "laut" before a verb', 'Laut Protokoll war der Speicher um 10:20 bereits voll.'],
  ['de: a compound of a cited noun after "laut"', 'Laut Lastenheft muss der Dienst laufen.'],
  ['de: a noun after "laut" with no verb after it', 'Eskalation laut Stufe 3.'],
];
