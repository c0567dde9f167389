/**
 * The probe round 47's leaks (docs/redaction.md, "Probe round 47"): what round 46 left published
 * (an account seen as an `@` mention in one place and written bare in another, repositories under
 * coined handles, French machine words with an accented participle's ending, a German surname
 * ending as an agent noun opening an action item) in new sentences, and the shapes of retros no
 * round read before (a data-integrity group's metadata tables of systems and team initials, a
 * callout template's Authors line and Owner column of code spans, a home lab's Chinese post-mortems
 * with a bold "found by" label, redacted incident reports with public frontmatter), in English,
 * Spanish, Portuguese, French, German, Italian, Dutch, Polish, Chinese and Japanese, in the places a
 * post shows text: tables, timelines, action items, chat quotes, alt text, headings, code spans,
 * link texts, image file names, footnotes, mail signatures, on-call rota lines and paging payloads
 * in code blocks. Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound47: readonly LeakProbeWithOrganisation[] = [
  // Round 46's leftovers, in new sentences and places.
  p('a mention, then the account bare in a later line', 'We onboarded @dravelsk to the build team.\n\nThe new runner was set up by dravelsk and the old one retired.', 'dravelsk'),
  p('a mention, then the account bare joined by a slash', 'Thanks @ormetvik for the review.\n\nThe ormetvik/velkast split of the playbooks is done.', 'ormetvik'),
  p('a mention, then the account bare in a table', '@quintrell took the first shift.\n\n| Shift | Who |\n| --- | --- |\n| night | quintrell |', 'quintrell'),
  p('a mention, then the account bare in prose', 'Pinging @halvexa for the certificate.\n\nhalvexa renewed the certificate at 14:20.', 'halvexa'),
  p('a repository under a coined handle in a link text', 'The patch is [quillonbrask/pool-deploy#14](https://github.com/quillonbrask/pool-deploy/pull/14).', 'quillonbrask'),
  p('a repository under a coined handle in a list', '- fixed in https://github.com/merrovant/ledger-tools/commit/4f2a9c1 and deployed', 'merrovant'),
  p('a repository under a coined handle in a code span', 'Clone `git@github.com:tazhelmir/edge-config.git` to reproduce.', 'tazhelmir'),
  p('fr: a machine ending as a participle before a past', 'Le répartiteur quimperlé a perdu la moitié des backends.', 'quimperlé'),
  p('fr: another participle ending after serveur', 'Le serveur plouharné a redémarré deux fois.', 'plouharné'),
  p('fr: a participle ending after la base de données', 'La base de données kerlouané est tombée à 03:10.', 'kerlouané'),
  p('de: a surname ending as an agent noun in an action item', '- [ ] Brandauer richtet einen Alarm für den Datenträger ein', 'Brandauer'),
  p('de: a surname ending in -er with a past', '- [x] Hollweger prüfte die Grenzwerte der Warteschlange', 'Hollweger'),
  p('de: an Owner label of an -er surname', 'Owner: Brandauer', 'Brandauer'),
  p('de: a Verantwortlich label of an -er surname', '**Verantwortlich:** Trautwieser', 'Trautwieser'),
  // Shapes of real retros, English.
  p('a metadata table of team initials', '| **Event** | `20230305_blankrows` |\n| --- | --- |\n| **Team** | QV |', 'QV'),
  p('a metadata table of coined systems', '| **Systems** | `Quorvalen`, `Maelstrand` |\n| --- | --- |', 'Quorvalen'),
  p('an Authors line of code spans', 'Authors: `tmarlowe`, `bquistra`', 'bquistra'),
  p('an Owner column of a code span', '| Action Item | Type | Owner | Status |\n| --- | --- | --- | --- |\n| Freeze prod | other | `jvestrak` | DONE |', 'jvestrak'),
  p('a secondary on call in a rota line', 'Secondary on call this week: Orsolya Brenkart', 'Orsolya Brenkart'),
  p('a rota line of days and handles', 'Mon–Wed: tvarrick · Thu–Sun: pelmondo', 'pelmondo'),
  p('a paging payload in a code block', '```json\n{"incident": {"assignments": [{"assignee": {"summary": "Orsolya Brenkart"}}]}}\n```', 'Orsolya Brenkart'),
  p('an alert payload of an on-call handle', '```\nALERT DiskFull on db-3\nnotified: @pelmondo via SMS\n```', 'pelmondo'),
  p('a mail signature with a phone', 'Regards,\nOrsolya Brenkart\nSite Reliability', 'Orsolya Brenkart'),
  p('a mail signature after a dash line', '--\nTvarrick Holm | Platform team', 'Tvarrick Holm'),
  p('a detection line naming who called', 'Detection: a call from Orsolya Brenkart in finance at 09:12.', 'Orsolya Brenkart'),
  p('a heading of who took over', '## 03:40 — handed over to Pelmondo Sarvik', 'Pelmondo Sarvik'),
  p('a timeline line of an initial and a surname', '- 09:14 O. Brenkart restarts the broker', 'O. Brenkart'),
  p('a code span of a bot channel message', 'The error reached `#vornhelm-stream` at 23:27.', 'vornhelm'),
  p('a link text of a member', 'See [Orsolya\'s timeline](https://notes.example.com/t/1) for details.', 'Orsolya'),
  p('an image file name of a full name', '![The queue graph](img/orsolya-brenkart-queue.png)', 'orsolya-brenkart'),
  p('a footnote of who confirmed', 'The backlog cleared at noon.[^2]\n\n[^2]: Confirmed by Tvarrick Holm on the bridge.', 'Tvarrick Holm'),
  p('alt text of a handle at work', '![pelmondo restarting the broker from the console](img/console.png)', 'pelmondo'),
  p('a chat quote with a timestamp and a handle', '> 23:31 \\<pelmondo> the runner is back', 'pelmondo'),
  p('a heading of a thanks', '## Thanks to Orsolya and Tvarrick', 'Tvarrick'),
  p('an action item with an owner in brackets', '- [ ] Add an alert on the broker lag (owner: pelmondo)', 'pelmondo'),
  // Other languages: shapes of real reports.
  p('es: a mail signature', 'Saludos,\nMaialen Urkiaga\nEquipo de plataforma', 'Maialen Urkiaga'),
  p('es: a guard rota line', 'Guardia esta semana: Maialen Urkiaga', 'Maialen Urkiaga'),
  p('es: detected by', 'Detectado por: Maialen Urkiaga', 'Maialen Urkiaga'),
  p('es: an action item with a responsible', '- [ ] Revisar los límites del balanceador (responsable: Iker Zabalgoiti)', 'Iker Zabalgoiti'),
  p('pt: a plantão line', 'Plantão: Jurema Tocantins', 'Jurema Tocantins'),
  p('pt: detected by', 'Detectado por Jurema Tocantins às 09:12.', 'Jurema Tocantins'),
  p('pt: a mail signature', 'Atenciosamente,\nJurema Tocantins', 'Jurema Tocantins'),
  p('fr: an astreinte line', 'Astreinte : Maëlys Kerhervé', 'Maëlys Kerhervé'),
  p('fr: detected by', 'Détecté par Maëlys Kerhervé à 09:12.', 'Maëlys Kerhervé'),
  p('fr: a mail signature', 'Cordialement,\nMaëlys Kerhervé', 'Maëlys Kerhervé'),
  p('fr: an action item with a porteur', '- [ ] Ajouter une alerte sur la file (porteur : Maëlys Kerhervé)', 'Maëlys Kerhervé'),
  p('de: a Bereitschaft line', 'Bereitschaft: Wiebke Trautwieser', 'Wiebke Trautwieser'),
  p('de: a mail signature', 'Viele Grüße\nWiebke Trautwieser', 'Wiebke Trautwieser'),
  p('de: detected by', 'Entdeckt von Wiebke Trautwieser um 09:12.', 'Wiebke Trautwieser'),
  p('it: a reperibilità line', 'Reperibile: Ottavia Brambillasca', 'Ottavia Brambillasca'),
  p('it: a mail signature', 'Cordiali saluti,\nOttavia Brambillasca', 'Ottavia Brambillasca'),
  p('it: detected by', 'Rilevato da Ottavia Brambillasca alle 09:12.', 'Ottavia Brambillasca'),
  p('nl: a piket line', 'Piketdienst: Sietske Hoogeveentje', 'Sietske Hoogeveentje'),
  p('nl: a mail signature', 'Met vriendelijke groet,\nSietske Hoogeveentje', 'Sietske Hoogeveentje'),
  p('nl: detected by', 'Ontdekt door Sietske Hoogeveentje om 09:12.', 'Sietske Hoogeveentje'),
  p('pl: a dyżur line', 'Dyżur: Bożydar Wrzesiński', 'Bożydar Wrzesiński'),
  p('pl: thanks', 'Dziękujemy Bożydarowi Wrzesińskiemu za zgłoszenie.', 'Wrzesińskiemu'),
  p('zh: a bold found-by label', '**发现人**: 欧阳澜清', '欧阳澜清'),
  p('zh: a responsible person label', '**负责人**：欧阳澜清', '欧阳澜清'),
  p('ja: a responder label', '**対応者**: 鷲尾 蒼真', '鷲尾 蒼真'),
  p('ja: a reporter label', '報告者: 鷲尾蒼真', '鷲尾蒼真'),
  p('es: a heading of who took over', '## 03:40 — relevo a Iker Zabalgoiti', 'Iker Zabalgoiti'),
  p('de: a table of a name acting in the present', '| 09:14 | Wiebke Trautwieser startet den Broker neu |', 'Wiebke Trautwieser'),
  p('fr: a code span of a channel', 'L’erreur est arrivée dans `#kerlouan-alertes` à 23:27.', 'kerlouan'),
];

/** The kinds of the probes the rules found before the round (measured on `d511e7cc`). */
export const foundBeforeRound47: ReadonlySet<string> = new Set<string>([
  'a mention, then the account bare in a later line',
  'a mention, then the account bare joined by a slash',
  'a mention, then the account bare in a table',
  'a mention, then the account bare in prose',
  'de: an Owner label of an -er surname',
  'an Owner column of a code span',
  'a secondary on call in a rota line',
  'a rota line of days and handles',
  'a paging payload in a code block',
  'an alert payload of an on-call handle',
  'a mail signature with a phone',
  'a detection line naming who called',
  'a heading of who took over',
  'a code span of a bot channel message',
  'an image file name of a full name',
  'a footnote of who confirmed',
  'a chat quote with a timestamp and a handle',
  'a heading of a thanks',
  'an action item with an owner in brackets',
  'es: a mail signature',
  'es: a guard rota line',
  'es: detected by',
  'es: an action item with a responsible',
  'pt: a plantão line',
  'pt: detected by',
  'pt: a mail signature',
  'fr: an astreinte line',
  'fr: detected by',
  'fr: a mail signature',
  'de: a Bereitschaft line',
  'de: a mail signature',
  'de: detected by',
  'it: a reperibilità line',
  'it: a mail signature',
  'it: detected by',
  'nl: a piket line',
  'nl: a mail signature',
  'nl: detected by',
  'pl: a dyżur line',
  'pl: thanks',
  'zh: a bold found-by label',
  'zh: a responsible person label',
  'ja: a responder label',
  'ja: a reporter label',
  'es: a heading of who took over',
  'de: a table of a name acting in the present',
  'fr: a code span of a channel',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound47: ReadonlySet<string> = new Set<string>([
  // The repositories under coined handles are found since probe round 49 (coined-repository-owners.ts).
]);

/** Probes in the public frontmatter fields: the field, its text, the leak (each published on `d511e7cc`). */
export const fieldProbesRound47: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'Le répartiteur quimperlé a perdu la moitié des backends', 'quimperlé'],
  ['summary', 'Le serveur plouharné a redémarré deux fois pendant la nuit.', 'plouharné'],
  ['summary', "Orsolya's timeline shows the broker lag from 09:00.", 'Orsolya'],
  ['action', 'Brandauer richtet einen Alarm für den Datenträger ein', 'Brandauer'],
  ['timeline', 'O. Brenkart restarts the broker', 'O. Brenkart'],
  ['timeline', 'La base de données kerlouané est tombée.', 'kerlouané'],
];

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound47: readonly (readonly [string, string])[] = [
  ['a callout template\'s placeholder of authors', 'Authors: `<names>`'],
  ['a metadata table of public and everyday systems', '| **Systems** | `PostgreSQL`, `Kafka` |\n| --- | --- |\n| **Services affected** | API, Website |'],
  ['a Team row of a team\'s acronym', '| **Team** | SRE |\n| --- | --- |\n| **Team** | NOC |'],
  ['fr: a dedicated server before a past', 'Le serveur dédié a perdu la moitié des backends.'],
  ['fr: an impacted node before a past', 'Le nœud impacté a redémarré deux fois.'],
  ['fr: a main server before a past', 'Le serveur principal a redémarré.'],
  ['de: a role noun in -er in an action item', '- [ ] Betreiber richtet einen Alarm ein'],
  ['de: a developer in the past in an action item', '- [x] Entwickler prüfte die Grenzwerte'],
  ['de: an English noun in -er in an action item', '- [ ] Scheduler startet den Job neu'],
  ['a section letter before a capitalised word in the present', 'See appendix C. Failover takes five minutes.'],
  ['a public tool at work in alt text', '![kubelet restarting the pod](img/pod.png)'],
  ['a company\'s timeline', "The Kubernetes's timeline of releases is public."],
  ['two dashes over a heading\'s text', 'Overview\n--\nKubernetes restarted the pods.'],
  ['two dashes in SQL', '```sql\n--\ncommit;\n```'],
  ['a bold label of people over a role', '**Owner:** SRE'],
];
