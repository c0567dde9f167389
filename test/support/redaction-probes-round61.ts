/**
 * The probe round 61's leaks (docs/redaction.md, "Probe round 61"): shapes of reports and tool
 * exports read for the round (Zoom and Meet transcripts and chat saves, Jira and Linear ticket
 * exports, Statuspage updates, incident.io and FireHydrant timelines, GitHub Actions logs, Datadog
 * monitors, AWS CloudTrail records, Ansible output, mail threads with signatures; Japanese, French,
 * Dutch, Polish and Chinese prose), and the "according to X" of the languages round 60 left.
 * Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound61: readonly LeakProbeWithOrganisation[] = [
  // "According to X" in the languages round 60 left, and Dutch and Polish.
  p('de: a coined given name after "laut", a verb after it', 'Laut Brannoc war die Warteschlange um 10:20 bereits voll.', 'Brannoc'),
  p('pt: a given name after "segundo", no article', 'Segundo Mireille, a fila já estava cheia às 10:20.', 'Mireille'),
  p('fr: a given name after "d\'après"', "D'après Tjeerd, la file était déjà pleine à 10h20.", 'Tjeerd'),
  p('nl: a given name after "volgens"', 'Volgens Tjeerd was de wachtrij om 10:20 al vol.', 'Tjeerd'),
  p('it: a given name after "secondo"', 'Secondo Brannoc, la coda era già piena alle 10:20.', 'Brannoc'),
  // Zoom and Meet transcripts and chat saves.
  p("a Zoom transcript's cue of a full name", '```\n00:02:14.120 --> 00:02:17.900\nBrannoc Quillfeather: I am failing over the primary now.\n```', 'Brannoc Quillfeather'),
  p("a Meet transcript's speaker and time on a line alone", '```\nMireille Dauvergne (10:04)\nthe replica is lagging by forty seconds\n```', 'Mireille Dauvergne'),
  p("a Zoom chat save's sender", '```\n10:05:12 From Tjeerd Hoogvliet to Everyone:\n\tpaging the database team\n```', 'Tjeerd Hoogvliet'),
  p("a Zoom chat save's private message", '```\n10:06:40 From Zofia Wierzbicka to Brannoc Quillfeather(Direct Message):\n\tcan you take comms?\n```', 'Zofia Wierzbicka'),
  p("a Slack copy's given name and initial, round 60's", '```\nBrannoc Q.  10:02 AM\nrolling back the relay\n```', 'Brannoc'),
  // Jira and Linear exports.
  p("a Jira comment's header", '```\nTjeerd Hoogvliet added a comment - 04/Mar/26 10:22 AM\nThe consumer lag is back to zero.\n```', 'Tjeerd Hoogvliet'),
  p("a Jira export's assignee of a login", '```\nAssignee: zwierzbicka\nReporter: bquillfeather\n```', 'zwierzbicka'),
  p("a Jira history's change of assignee", '```\nMireille Dauvergne changed the Assignee to Brannoc Quillfeather\n```', 'Mireille Dauvergne'),
  p('a Linear issue assigned to a handle', 'PLAT-812 was assigned to @mdauvergne and moved to In Progress.', 'mdauvergne'),
  p("a Jira CSV row's people", '```csv\nIssue key,Summary,Assignee,Reporter\nOPS-4411,Consumer stuck,Mireille Dauvergne,Tjeerd Hoogvliet\n```', 'Mireille Dauvergne'),
  // Statuspage updates.
  p("a Statuspage update naming an internal component", '```\nMonitoring - A fix has been implemented on sablewick-writer and we are monitoring the results.\nMar 4, 10:42 UTC\n```', 'sablewick-writer'),
  p("a Statuspage update's author line", '```\nPosted by Brannoc Quillfeather · Mar 4, 10:42 UTC\n```', 'Brannoc Quillfeather'),
  // incident.io and FireHydrant timelines.
  p("an incident.io timeline's status change by a person", '```\n10:04  Brannoc Quillfeather updated the status to Fixing\n```', 'Brannoc Quillfeather'),
  p("an incident.io role given to a person", '- 10:06 Mireille Dauvergne was assigned the role Incident Lead', 'Mireille Dauvergne'),
  p("a FireHydrant severity change by a given name and initial", '```\n10:12 AM · Tjeerd H. changed severity from SEV3 to SEV1\n```', 'Tjeerd'),
  p("an incident.io role of a handle", '**Incident Lead:** @zofia.w\n**Communications Lead:** @bquillfeather', 'zofia.w'),
  p("a FireHydrant task assigned to a person", '```\nTask "Drain korvane-edge-02" assigned to Zofia Wierzbicka\n```', 'Zofia Wierzbicka'),
  // GitHub Actions logs.
  p("a GitHub Actions deployment requested by a login", '```\nbquillfeather requested a deployment to production\n```', 'bquillfeather'),
  p("a self-hosted runner's machine name", "```\nRunner name: 'korvane-runner-04'\nMachine name: 'korvane-runner-04'\n```", 'korvane-runner-04'),
  p("a workflow's actor variable", '```\nGITHUB_ACTOR: zwierzbicka\nGITHUB_REF: refs/heads/main\n```', 'zwierzbicka'),
  // Datadog monitors.
  p("a Datadog monitor's query of an internal service", '```\navg(last_5m):avg:sablewick.queue.depth{service:sablewick-writer,env:prod} > 1000\n```', 'sablewick-writer'),
  p("a Datadog monitor muted by a person", '```\nMonitor muted by Tjeerd Hoogvliet until 11:00 UTC\n```', 'Tjeerd Hoogvliet'),
  p("a Datadog notification to a person's address", '```\n{{#is_alert}} @mireille.dauvergne@korvane.io {{/is_alert}}\n```', 'mireille.dauvergne@korvane.io'),
  // AWS CloudTrail records.
  p("a CloudTrail IAM user's name", '```json\n"userIdentity": {"type": "IAMUser", "userName": "zofia.wierzbicka"}\n```', 'zofia.wierzbicka'),
  p("a CloudTrail user's ARN", '```json\n"arn": "arn:aws:iam::418827301164:user/bquillfeather"\n```', 'bquillfeather'),
  p("a CloudTrail assumed role's session of a person", '```json\n"arn": "arn:aws:sts::418827301164:assumed-role/OpsAdmin/tjeerd.hoogvliet"\n```', 'tjeerd.hoogvliet'),
  p("a CloudTrail principal's session of an address", '```json\n"principalId": "AROAXKQ7EXAMPLE:mireille.dauvergne@korvane.io"\n```', 'mireille.dauvergne@korvane.io'),
  // Ansible output.
  p("an Ansible task restarting an internal service", '```\nTASK [restart sablewick-writer] ************************************\n```', 'sablewick-writer'),
  p("an Ansible failure's login on a private address", '```\nfatal: [ledger-db-03]: UNREACHABLE! => {"msg": "Failed to connect to the host via ssh: bquillfeather@10.14.3.27: Permission denied"}\n```', 'bquillfeather'),
  p("an Ansible recap's host", '```\nPLAY RECAP *********************************************************\nkorvane-edge-02            : ok=12   changed=3    unreachable=0    failed=1\n```', 'korvane-edge-02'),
  // Mail threads with signatures.
  p("a mail quote's attribution line", '> On Tue, Mar 4, 2026 at 10:14 AM Mireille Dauvergne wrote:\n> the replica is lagging', 'Mireille Dauvergne'),
  p("a mail signature's name and title", 'We will send the full review on Friday.\n\n--\nTjeerd Hoogvliet\nStaff SRE, Payments', 'Tjeerd Hoogvliet'),
  p("a mail sign-off of a given name", 'The replay finished at 11:40; no data was lost.\n\nCheers,\nZofia', 'Zofia'),
  p("a mail greeting of a given name", 'Hi Brannoc,\n\nthe replay finished at 11:40.', 'Brannoc'),
  // Japanese.
  p('ja: a surname with an honorific acting', '田所さんが 10:14 にロールバックを実施した。', '田所'),
  p('ja: a person in charge by full name', '担当: 田所 瑛斗', '田所 瑛斗'),
  p('ja: an internal service restarted', '10:20 に sablewick-writer を再起動した。', 'sablewick-writer'),
  // French.
  p('fr: a full name restarting a service', 'Mireille Dauvergne a redémarré le relais à 10h14.', 'Mireille Dauvergne'),
  p('fr: a service restarted', 'Le service sablewick-writer a été redémarré à 10h20.', 'sablewick-writer'),
  // Dutch.
  p('nl: a full name starting a rollback', 'Tjeerd Hoogvliet heeft om 10:14 de rollback gestart.', 'Tjeerd Hoogvliet'),
  p('nl: a service restarted', 'De dienst sablewick-writer is om 10:20 herstart.', 'sablewick-writer'),
  // Polish.
  p('pl: a given name declined after "według"', 'Według Zofii kolejka była pełna już o 10:20.', 'Zofii'),
  p('pl: a full name restarting a service', 'Zofia Wierzbicka zrestartowała usługę o 10:14.', 'Zofia Wierzbicka'),
  p('pl: a service restarted', 'Usługa sablewick-writer została zrestartowana o 10:20.', 'sablewick-writer'),
  // Chinese.
  p('zh: a full name acting', '10:14 张蔚然回滚了上一次发布。', '张蔚然'),
  p('zh: a person in charge by name', '负责人：张蔚然', '张蔚然'),
  p('zh: an internal service restarted', 'sablewick-writer 服务重启后恢复正常。', 'sablewick-writer'),
];

/** Probes still published after the round (docs/redaction.md, "Probe round 61", "Left"): none since probe round 62 (other-language-person-cues.ts, a coined name after "laut"). */
export const stillPublishedRound61: ReadonlySet<string> = new Set<string>([]);

/** The probes that got through before the round (measured on 42758970, the commit before it, with `node scripts/measure-probe-table.ts`); the others were found before. */
const gotThroughBefore = new Set<string>([
  "a Zoom transcript's cue of a full name",
  "a Meet transcript's speaker and time on a line alone",
  "a Zoom chat save's sender",
  "a Zoom chat save's private message",
  "a Slack copy's given name and initial, round 60's",
  "a Jira comment's header",
  "a Jira history's change of assignee",
  "a Statuspage update's author line",
  "an incident.io timeline's status change by a person",
  'a FireHydrant severity change by a given name and initial',
  'a GitHub Actions deployment requested by a login',
  "a Datadog monitor's query of an internal service",
  'a Datadog monitor muted by a person',
  'de: a coined given name after "laut", a verb after it',
]);

/** Probes found before the round's rules (measured on 42758970, the commit before the round). */
export const foundBeforeRound61: ReadonlySet<string> = new Set(leakProbesRound61.map((probe) => probe.kind).filter((kind) => !gotThroughBefore.has(kind)));

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound61: readonly (readonly [string, string])[] = [
  ["a status heading and a time alone on a line", '```\nStatus Update (10:04)\nthe replica caught up\n```'],
  ["a Zoom chat save's bot to everyone", '```\n10:05:12 From Incident Bot to Everyone:\n\tstatus page updated\n```'],
  ["a team updating an incident's status", '```\n10:04  Site Reliability updated the status to Fixing\n```'],
  ["a forge's bot requesting a deployment", '```\ngithub-actions requested a deployment to production\n```'],
  ["a team posting a status update", '```\nPosted by Engineering Team · Mar 4, 10:42 UTC\n```'],
  ["a monitor muted by a downtime", '```\nMonitor muted by Scheduled Downtime until 11:00 UTC\n```'],
  ["annotations by a default and a tool", '```json\n{"text": "Rollback by Default", "tags": ["deploy"]}\n{"text": "Deploy v3.2.0 by Terraform", "tags": []}\n```'],
  ["public add-ons as a service's tag and an app's label", '```\navg(last_5m):avg:kubernetes.cpu{service:kube-state-metrics,env:prod} > 0.9\nkubectl get pods -l app=ingress-nginx\n```'],
  ["a transcript's numbered speaker after a cue", '```\n00:02:14.120 --> 00:02:17.900\nSpeaker Two: failing over now\n```'],
  ["an automation changing a ticket's status", '```\nAutomation Rule changed the status to Done\n```'],
  ["a bot requesting a team's review", '```\nDependabot requested review from platform-team\n```'],
];
