/**
 * The probe round 63's leaks (docs/redaction.md, "Probe round 63"): shapes not probed before,
 * modelled on what reports paste and write: French, Dutch, Swedish and Japanese prose naming a
 * responder; Markdown footnotes, image alt text and link titles; HTML comments, `<details>`
 * summaries and table captions; front matter lists other than the known fields; a name split by
 * a line break; initials; a person's name in a URL; mentions and invitations. Text of our own
 * writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound63: readonly LeakProbeWithOrganisation[] = [
  // French.
  p('fr: a given name acting after a time', 'À 10h14, Quenrith a redémarré le service de rejeu.', 'Quenrith'),
  p('fr: an incident handled by a full name', "L'incident a été pris en charge par Dariela Montavesk.", 'Dariela Montavesk'),
  p('fr: the on-call in charge', "Responsable de l'astreinte : Iskarn Velloway", 'Iskarn Velloway'),
  p('fr: "selon" before a given name', 'Selon Teodrin, la file était pleine dès 10h20.', 'Teodrin'),
  // Dutch.
  p('nl: a given name acting after a time', 'Om 10:14 heeft Quenrith de dienst herstart.', 'Quenrith'),
  p('nl: a full name rolling back', 'Dariela Montavesk heeft de wijziging teruggedraaid.', 'Dariela Montavesk'),
  p('nl: "volgens" before a given name', 'Volgens Teodrin was de wachtrij om 10:20 al vol.', 'Teodrin'),
  p('nl: a person in charge', 'Verantwoordelijke: Iskarn Velloway', 'Iskarn Velloway'),
  // Swedish.
  p('sv: a given name acting after a time', 'Kl. 10:14 startade Quenrith om tjänsten.', 'Quenrith'),
  p('sv: a full name rolling back', 'Dariela Montavesk rullade tillbaka ändringen.', 'Dariela Montavesk'),
  p('sv: "enligt" before a given name', 'Enligt Teodrin var kön full redan 10:20.', 'Teodrin'),
  p('sv: a person in charge', 'Ansvarig: Iskarn Velloway', 'Iskarn Velloway'),
  // Japanese.
  p('ja: a Latin given name with san acting', '10:14 に Quenrith さんがロールバックを実施した。', 'Quenrith'),
  p('ja: a person in charge of a full name', '担当: Dariela Montavesk', 'Dariela Montavesk'),
  p('ja: a reporter in katakana', '報告者：テオドリン・ハスケマー', 'テオドリン・ハスケマー'),
  p('ja: "according to" a given name', 'Iskarn さんによると、キューは 10:20 には満杯だった。', 'Iskarn'),
  // Markdown footnotes.
  p("a footnote's confirmation by a full name", 'The pool was exhausted.[^1]\n\n[^1]: Confirmed by Quenrith Obelvane on the bridge call.', 'Quenrith Obelvane'),
  p("a footnote naming a person and a role", 'The relay stalled.[^qo]\n\n[^qo]: Dariela Montavesk, on-call SRE that week.', 'Dariela Montavesk'),
  // Images and links.
  p("an image's alt text naming who shared it", '![Dashboard shared by Iskarn Velloway during the incident](./grafana.png)', 'Iskarn Velloway'),
  p("a link's title naming a maintainer", '[the runbook](https://wiki.example.com/runbook "maintained by Teodrin Haskemar")', 'Teodrin Haskemar'),
  p("an HTML image's alt naming a terminal's owner", '<img src="terminal.png" alt="Quenrith Obelvane\'s terminal at 10:14">', 'Quenrith Obelvane'),
  p("a reference link's title naming a person", 'See the [notes][n].\n\n[n]: https://wiki.example.com/notes "Notes by Dariela Montavesk"', 'Dariela Montavesk'),
  // HTML comments and details.
  p('an HTML comment with a to-do for a full name', '<!-- TODO: Iskarn Velloway to confirm the timeline -->', 'Iskarn Velloway'),
  p("an HTML comment's reviewer login", '<!-- reviewed-by: dmontavesk -->', 'dmontavesk'),
  p('a details summary naming a chat log', '<details><summary>Chat log from Teodrin Haskemar</summary>\n\nThe relay is back.\n\n</details>', 'Teodrin Haskemar'),
  p('a details summary of a given name on its own line', '<details>\n<summary>Notes by Quenrith</summary>\n\nThe queue drained.\n</details>', 'Quenrith'),
  // Table captions.
  p("a table's caption line", 'Table 2: Timeline as recorded by Dariela Montavesk\n\n| Time | Event |\n| --- | --- |\n| 10:14 | alert |', 'Dariela Montavesk'),
  p("an HTML table's caption", '<table>\n<caption>Actions owned by Iskarn Velloway</caption>\n<tr><td>add alert</td></tr>\n</table>', 'Iskarn Velloway'),
  // Front matter lists other than the known fields (`contributors`, `reviewers` and `mitigators` are the schema's, never published).
  p("a front matter list of participants", '---\ntitle: Ledger replay\nparticipants:\n  - Quenrith Obelvane\n  - Dariela Montavesk\n---\n\nThe replay finished.', 'Quenrith Obelvane'),
  p("a front matter flow list of responders", '---\ntitle: Ledger replay\nresponders: [Iskarn Velloway, Teodrin Haskemar]\n---\n\nThe replay finished.', 'Iskarn Velloway'),
  p("a front matter list of attendee logins", '---\ntitle: Ledger replay\nattendees:\n  - qobelvane\n  - dmontavesk\n---\n\nThe replay finished.', 'qobelvane'),
  // A name split by a line break.
  p('a full name split by a line break in prose', 'The rollback was approved by Quenrith\nObelvane after the second alert.', 'Obelvane'),
  p("a role's full name split by a line break", 'Incident commander: Dariela\nMontavesk', 'Montavesk'),
  // Initials.
  p("an initial and a surname acting", 'I. Velloway restarted the relay at 10:14.', 'I. Velloway'),
  p("a role's initial and surname", 'Incident commander: T. Haskemar', 'T. Haskemar'),
  p("a chat line's initials as speaker", '```\n10:14 QO: restarting the relay now\n10:15 DM: ack\n```', 'QO'),
  p("an action item's owner of initials", '| Action | Owner |\n| --- | --- |\n| Add a lag alert | IV |', 'IV'),
  // URLs.
  p('a GitHub profile URL', 'The fix came from https://github.com/qobelvane after the review.', 'qobelvane'),
  p("an internal wiki's user page", 'Escalated to https://wiki.vellmoor.io/users/dariela.montavesk for approval.', 'dariela.montavesk'),
  p("a GitLab merge request under a person's namespace", 'Merged as https://gitlab.com/iskarn.velloway/relay-fix/-/merge_requests/3.', 'iskarn.velloway'),
  p('a LinkedIn profile URL', 'Thanks to https://www.linkedin.com/in/teodrin-haskemar for the analysis.', 'teodrin-haskemar'),
  // Mentions and invitations.
  p("a Jira mention of a login", 'Assigned in the ticket: [~dmontavesk] will add the alert.', 'dmontavesk'),
  p("a mention of a full name with a space", 'Thanks @Quenrith Obelvane for the quick rollback.', 'Quenrith Obelvane'),
  p("a calendar invitation's organiser", '```\nOrganizer: Iskarn Velloway\nWhen: Tue Mar 4, 2026 15:00 - 16:00\n```', 'Iskarn Velloway'),
  p("a calendar invitation's attendees", '```\nAttendees: Teodrin Haskemar, Dariela Montavesk, Payments On-Call\n```', 'Teodrin Haskemar'),
  p("a Google Docs comment's author above its time", '```\nDariela Montavesk\n10:14 AM Today\nShould we roll back first?\n```', 'Dariela Montavesk'),
];

/** Probes still published after the round (docs/redaction.md, "Probe round 63"). */
export const stillPublishedRound63: ReadonlySet<string> = new Set<string>([]);

/** The probes that got through before the round (measured on 9c956804, the commit before it, with `node scripts/measure-probe-table.ts`); the others were found before. */
const gotThroughBefore = new Set<string>([
  'fr: a given name acting after a time',
  'fr: an incident handled by a full name',
  'nl: a given name acting after a time',
  'sv: a given name acting after a time',
  "an HTML comment's reviewer login",
  'a front matter list of attendee logins',
  "a role's initial and surname",
  "a chat line's initials as speaker",
  "a GitLab merge request under a person's namespace",
  "a Google Docs comment's author above its time",
]);

/** Probes found before the round's rules (measured on 9c956804). */
export const foundBeforeRound63: ReadonlySet<string> = new Set(leakProbesRound63.map((probe) => probe.kind).filter((kind) => !gotThroughBefore.has(kind)));

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound63: readonly (readonly [string, string])[] = [
  ['fr: a product acting after a time', 'À 10h14, Kubernetes a redémarré le pod.'],
  ['fr: a product as the agent of a participle', 'Le certificat est signé par Let’s Encrypt.'],
  ['nl: a product after a time and a verb', 'Om 10:14 heeft Grafana de waarschuwing verstuurd.'],
  ['sv: a product after a time and a verb', 'Kl. 10:14 startade Kubernetes om podden.'],
  ['an HTML comment of an editorial note', '<!-- TODO: add the graph of the queue -->'],
  ['a front matter list of tags and of a team', '---\ntitle: Ledger replay\ntags:\n  - postgres\n  - replication\nauthors:\n  - platform-team\n---\n\nThe replay finished.'],
  ["a role's acronym", 'Incident commander: SRE'],
  ["a timeline of components' labels", '```\n10:02 LB: drained\n10:03 DB: failover done\n10:04 IC: ack\n```'],
  ["a code host's organisation and repository", 'Fixed in https://gitlab.com/gitlab-org/gitlab/-/issues/3 and https://github.com/kubernetes/kubernetes/pull/4.'],
  ['a heading of words above a time', 'Root Cause\n10:14 AM\nThe queue filled.'],
];
