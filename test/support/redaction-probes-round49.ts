/**
 * The probe round 49's leaks (docs/redaction.md, "Probe round 49"): what round 48 left published
 * (repositories under coined handles, a coined machine before a verb in the present in French and
 * English), in new sentences, and the shapes of retros of collections no round read before (bold
 * `**Authors**:` labels of handles, a contact in brackets under an emoji, relative-time timelines
 * `**T-72h**`, a Portuguese instance in code), in English, French, Spanish, Portuguese, German,
 * Italian, Dutch, Polish, Russian and Japanese, in the places a post shows text: tables, timelines,
 * action items, chat quotes, alt text, headings, front matter, code spans, link texts, image file
 * names, footnotes, signatures, rota lines, alert payloads and commit trailers in code blocks,
 * @-mentions in Cyrillic and Japanese. Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound49: readonly LeakProbeWithOrganisation[] = [
  // Round 48's leftovers in new sentences.
  p('fr: a coined machine before a present verb no list holds', 'Le serveur kerbini ronronne depuis minuit.', 'kerbini'),
  p('fr: a coined machine before a plural present', 'Les disques du serveur plouzanet clignotent depuis 03:10.', 'plouzanet'),
  p('fr: a coined machine before a present verb in a heading', '## Le nœud kervaldec décroche à 03:10', 'kervaldec'),
  p('en: the host and a coined word before a present verb', 'The host minasward hangs during the copy.', 'minasward'),
  p('en: our server and a coined word before a present verb', 'Our server quellbrand reboots every night at 02:00.', 'quellbrand'),
  p('en: the node and a coined word before a present verb', 'The node vorlassen drains its pods before the upgrade.', 'vorlassen'),
  p('a repository under a coined handle in a link text', 'The patch is in [quillonbrask/tool](https://github.com/quillonbrask/tool/pull/4).', 'quillonbrask'),
  p('a repository under a coined handle in a bare pull link', 'See https://github.com/velmorastin/ci-tools/pull/88 for the revert.', 'velmorastin'),
  p('a repository under a coined handle before an issue number', 'Upstream bug: dravenholt/pgsweep#41', 'dravenholt'),
  p('a repository under a coined handle in a git remote in code', '```\ngit remote add fork git@github.com:tarnovisk/ledger-sync.git\n```', 'tarnovisk'),
  p('a repository under a coined handle in a commit link', 'Reverted in https://gitlab.com/morvandine/pool-tools/-/commit/9a1c2e4.', 'morvandine'),
  // New shapes, English.
  p('a bold authors label of a hyphenated handle', '**Authors**: harrow-vq', 'harrow-vq'),
  p('a contact label under an emoji with an address', '📩 **Contact:** [tvelmira@gmail.com]', 'tvelmira'),
  p('a relative-time timeline entry with a full name', '* **T-72h** - Orsine Vaskell notices the backups stopped.', 'Orsine Vaskell'),
  p('a Who column of a timeline table', '| Time | Who | What |\n| --- | --- | --- |\n| 03:12 | Dravik | restarts the queue |', 'Dravik'),
  p('a task item with a due date', '- [ ] Kestril: add a disk alert (due 2026-05-01)', 'Kestril'),
  p('a heading of notes by a full name', '## Notes by Tovenar Quist', 'Tovenar Quist'),
  p('front matter authors as a flow list', '---\ntitle: Queue outage\nauthors: [Ilsevar Dunmore]\n---', 'Ilsevar Dunmore'),
  p('a home directory in a code span', 'The config lives in `~quorvenn/ledger.yaml`.', 'quorvenn'),
  p("someone's write-up in a link text", "Read [Brannock's write-up](https://wiki.example.com/q) first.", 'Brannock'),
  p('a handle opening an image file name', '![Graph](img/hvaltrup-queue-depth.png)', 'hvaltrup'),
  p('a footnote confirmed by a name', 'The queue drained.[^2]\n\n[^2]: Confirmed by Selvane on the bridge.', 'Selvane'),
  p('a signature under a closing with a team line', 'Thanks,\nOrrin Haltwell\nPlatform SRE', 'Orrin Haltwell'),
  p('a rota table of given names', '| Week | Primary | Secondary |\n| --- | --- | --- |\n| 18 | Velko | Ansgar |', 'Velko'),
  p("an alert's owner annotation in code", '```yaml\nlabels:\n  severity: page\nannotations:\n  owner: drummvale\n```', 'drummvale'),
  p('a co-authored trailer in code', '```\nCo-authored-by: Korvin Lessard <korvin@example.org>\n```', 'Korvin Lessard'),
  p('an escalation to a mentioned handle', 'Escalated to @tavrinsky at 03:15.', 'tavrinsky'),
  p('an incident commander in a table of roles', '| Role | Name |\n| --- | --- |\n| Incident commander | Dravik Sollen |', 'Dravik Sollen'),
  p('a byline in emphasis with a role', '*Written by Emberly Quade, SRE*', 'Emberly Quade'),
  p('a coined name running a drill', 'Kestrin ran the failover drill.', 'Kestrin'),
  p('a name paired with', 'We paired with Thalberg to find the leak.', 'Thalberg'),
  p('a handle filing a ticket', 'Filed by pelnarok in the tracker.', 'pelnarok'),
  p('an action item of a name with will', '- Action: Quorin will add a runbook for the queue.', 'Quorin'),
  p('a hat tip', 'Hat tip to Oskelund for spotting the lag.', 'Oskelund'),
  p('a quoted speaker', '> "We should have paged earlier," said Velmond.', 'Velmond'),
  p('an ssh account in a code span', '`ssh torvask@10.0.4.7`', 'torvask'),
  // Other languages and scripts.
  p('ru: a Cyrillic mention acting', '> @пелмондо откатил релиз в 03:12', 'пелмондо'),
  p('pt: a responsible label in bold', '**Responsável:** Joaquina Brevik', 'Joaquina Brevik'),
  p('pt: a timeline entry of a name acting', '- 03:12 — Joaquina reinicia o pod `orders-api`.', 'Joaquina'),
  p('pt: a name with its article acting', 'A Brevik reiniciou o cluster às 03:12.', 'Brevik'),
  p('es: thanks', 'Gracias a Ulloa por la revisión del runbook.', 'Ulloa'),
  p('es: a responsible column of a timeline table', '| Hora | Responsable | Acción |\n| --- | --- | --- |\n| 03:12 | Ulloa | reinicia el balanceador |', 'Ulloa'),
  p('es: a name acting in the past', 'Salvatierra reinició la base de datos a las 03:12.', 'Salvatierra'),
  p('es: the writer and a name', 'Ulloa y yo reiniciamos el balanceador.', 'Ulloa'),
  p('fr: a bold chat speaker before a spaced colon', '> **Gwenvael** : je relance le répartiteur', 'Gwenvael'),
  p('fr: a timed heading of a name acting', '## 03:14 — Gwenvael bascule le trafic', 'Gwenvael'),
  p('fr: thanks', 'Merci à Gwenvael pour le correctif.', 'Gwenvael'),
  p('fr: a name and the writer', 'Korvane et moi avons relancé le service.', 'Korvane'),
  p('de: thanks', 'Danke an Hollberger für die schnelle Analyse.', 'Hollberger'),
  p('de: the writer and a name', 'Ich und Hollberger haben die Warteschlange neu gestartet.', 'Hollberger'),
  p('it: a responsible label in a list', '- **Responsabile:** Brambilla', 'Brambilla'),
  p('it: thanks', 'Grazie a Brambilla per il rollback.', 'Brambilla'),
  p('ja: a label of who is responsible', '担当者: tanakaq', 'tanakaq'),
  p('nl: an owner label in bold', '**Eigenaar:** Lindevaert', 'Lindevaert'),
  p('nl: a name acting in the perfect', 'Hendrikse heeft de wachtrij opnieuw gestart.', 'Hendrikse'),
  p('pl: thanks in the dative', 'Dziękujemy Wojtaszkowi za analizę.', 'Wojtaszkowi'),
  // Still published after the round (docs/redaction.md, "Limits"); found since probe round 50.
  p('a bold speaker before a bracketed time', '> **Pellweth** (03:14): rolling back the deploy now', 'Pellweth'),
  p("someone's dashboard in alt text", "![Marrowby's dashboard of queue depth](img/queue.png)", 'Marrowby'),
  p('ja: a katakana mention before an honorific', '@ケルヴァン さんがロールバックしました', 'ケルヴァン'),
  p('de: a task item of a surname before German', '- [ ] Hollberger: Alarm für die Warteschlange einrichten', 'Hollberger'),
  p('an acknowledging handle in a JSON payload', '```json\n{"alert": "QueueLag", "acknowledged_by": "bellquist"}\n```', 'bellquist'),
  p('an on-call line in code with a role in brackets', '```\nOn-call this week: hvastrom (primary)\n```', 'hvastrom'),
  p('an account a job runs as, in a code span', 'The job runs as `sorvalt` on the batch host.', 'sorvalt'),
  p('a handle after "by" in a link text', '[Diff by yarvest](https://github.com/acme/ledger/pull/12)', 'yarvest'),
];

/** The kinds of the probes found before the round's rules (measured on `7d231015`). */
export const foundBeforeRound49: ReadonlySet<string> = new Set<string>([
  'a bold authors label of a hyphenated handle',
  'a contact label under an emoji with an address',
  'a relative-time timeline entry with a full name',
  'a Who column of a timeline table',
  'a task item with a due date',
  'a heading of notes by a full name',
  'front matter authors as a flow list',
  'a home directory in a code span',
  "someone's write-up in a link text",
  'a handle opening an image file name',
  'a footnote confirmed by a name',
  'a signature under a closing with a team line',
  'a rota table of given names',
  "an alert's owner annotation in code",
  'a co-authored trailer in code',
  'an escalation to a mentioned handle',
  'an incident commander in a table of roles',
  'a byline in emphasis with a role',
  'a coined name running a drill',
  'a name paired with',
  'a handle filing a ticket',
  'an action item of a name with will',
  'a hat tip',
  'a quoted speaker',
  'an ssh account in a code span',
  'ru: a Cyrillic mention acting',
  'pt: a responsible label in bold',
  'pt: a timeline entry of a name acting',
  'pt: a name with its article acting',
  'es: thanks',
  'es: a responsible column of a timeline table',
  'es: a name acting in the past',
  'fr: a bold chat speaker before a spaced colon',
  'fr: a timed heading of a name acting',
  'fr: thanks',
  'de: thanks',
  'it: a responsible label in a list',
  'it: thanks',
  'ja: a label of who is responsible',
  'nl: an owner label in bold',
  'nl: a name acting in the perfect',
  'pl: thanks in the dative',
]);

/**
 * The kinds of the probes still published after the round (docs/redaction.md, "Limits"): none
 * since probe round 50, which found the eight this set held (a bold speaker before a bracketed
 * time, someone's dashboard in alt text, a katakana mention, a German task item's surname,
 * `acknowledged_by` in a JSON payload, an on-call line with a role in brackets, a run-as account, a
 * handle after "by" in a link's text).
 */
export const stillPublishedRound49: ReadonlySet<string> = new Set<string>([]);

/** Probes in the public frontmatter fields: the field, its text, the leak (each published on `7d231015`). */
export const fieldProbesRound49: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'Le serveur kerbini ronronne', 'kerbini'],
  ['summary', 'The host minasward hangs during every nightly copy.', 'minasward'],
  ['timeline', 'Korvane et moi relançons le service.', 'Korvane'],
  ['action', 'Upstream the fix to velmorastin/ci-tools#88', 'velmorastin'],
];

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound49: readonly (readonly [string, string])[] = [
  ['en: the host machine before a present verb', 'The host machine hangs during the copy.'],
  ['en: the server itself before a present verb', 'The server itself crashes every night.'],
  ['en: the node pool before a present verb', 'The node pool scales up at noon.'],
  ['fr: an application server before a present verb', 'Le serveur applicatif chauffe beaucoup.'],
  ['fr: a failing server before a present verb', 'Le serveur défaillant clignote.'],
  ['fr: a distant server before a present verb', 'Le serveur distant décroche.'],
  ['fr: the writer and a public product', 'Docker et moi, une longue histoire.'],
  ['an organisation named with its kind', 'We use [quarkusio/quarkus](https://github.com/quarkusio/quarkus) for the service.'],
  ['a repository named after its owner', 'The fix is https://github.com/rustls/rustls-ffi/pull/3.'],
  ['an organisation whose site the post links', 'See https://github.com/mullvad/vpn-app/issues/3 and https://mullvad.net/en/blog.'],
  ['a project owner opening its repository name', 'Upstream gopass: https://github.com/gopasspw/gopass/issues/12'],
  ['an owner of English words run together', 'Reported upstream at https://github.com/tendermint/spn/issues/5.'],
];
