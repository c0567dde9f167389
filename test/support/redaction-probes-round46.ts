/**
 * The probe round 46's leaks (docs/redaction.md, "Probe round 46"): what round 45 left published
 * (an alert whose code name is a given name, repositories under name-shaped handles, machine words
 * of other languages ending as verbs and adjectives do, a German strong past, a customer's hub, a
 * code name of two words run together, a German surname ending as an agent noun) in new sentences,
 * and the shapes of retros no round read before (a volunteer team's timelines of `@` handles under
 * dated headings with a Responders list, an app's post-mortem with an Author heading, an action
 * table of lower-case owners and anchors to a member's section, a map project's timelines with a
 * reporter thanked, a chain's reports with a stack trace under a home directory and a team lead's
 * handle), in English, Spanish, Portuguese, French, German, Italian and Dutch, in the places a post
 * shows text: tables, timelines, action items, chat quotes, alt text, headings, code spans, link
 * texts, image file names and footnotes. Text of our own writing, with coined names; no list knows
 * any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound46: readonly LeakProbeWithOrganisation[] = [
  // Round 45's leftovers, in new sentences and places.
  p('an alert of a given name in prose', 'We silenced GarnetDiskPressure for the night.', 'GarnetDiskPressure'),
  p('an alert of a given name in a code span', 'The `MabelQueueBacklog` page fired twice before midnight.', 'MabelQueueBacklog'),
  p('an alert of a given name in a table', '| Alert | Fired |\n| --- | --- |\n| OttoReplicaLagHigh | 7 |', 'OttoReplicaLagHigh'),
  p('a metric of a given name', 'The `rosalind_queue_depth` gauge kept climbing.', 'rosalind'),
  p('a repository under a coined handle in a link', 'See [the deploy repo](https://github.com/quillonbrask/pool-deploy) for the manifests.', 'quillonbrask'),
  p('a repository under a coined handle in a timeline', '- 15:30 pushed https://github.com/danvelkor/monitoring-kube/pull/12 to production', 'danvelkor'),
  p('a repository under a coined handle in a table', '| Fix | Where |\n| --- | --- |\n| retry limits | https://github.com/torvekslin/ledger-helm/pull/4 |', 'torvekslin'),
  p('pt: a machine ending as a verb after o banco de dados', 'O banco de dados jabuticaba ficou sem espaço.', 'jabuticaba'),
  p('de: a machine ending in -e before a strong past', 'Die Datenbank moorweide lief voll.', 'moorweide'),
  p('de: a machine before a strong past no list held', 'Der Loadbalancer heidekamp verwarf die Anfragen.', 'heidekamp'),
  p('de: a machine before another strong past', 'Der Server brakwasser verlor die Verbindung zum Speicher.', 'brakwasser'),
  p('es: a plural ending after a singular machine', 'La máquina virtual arrozales se reinició dos veces.', 'arrozales'),
  p('it: a rare word ending as a plural participle after a singular machine', "L'istanza pomegranate è caduta alle 04:00.", 'pomegranate'),
  p('fr: a machine ending as a participle', 'Le répartiteur quimperlé a perdu la moitié des backends.', 'quimperlé'),
  p('pt: a machine ending in -a after a masculine noun', 'O servidor capivara reiniciou três vezes.', 'capivara'),
  p('it: a machine ending in -a after a masculine noun', 'Il server mortadella ha smesso di rispondere.', 'mortadella'),
  p('a customer hub in a heading', '## Memory overload on the quillmere hub', 'quillmere'),
  p('a customer hub in prose', 'Users of the brackwater hub could not start their servers.', 'brackwater'),
  p('a code name of two words run together before API', '![Latency of the Marrowgate API during the outage](img/lat.png)', 'Marrowgate'),
  p('a code name of two words run together before service', 'The Thornfield service dropped every third request.', 'Thornfield'),
  p('de: a surname ending as an agent noun in an action item', '- [ ] Brandstätter richtet einen Alarm für den Datenträger ein', 'Brandstätter'),
  p('de: a surname ending in -er in an action item', '- [ ] Hollweger prüft die Grenzwerte der Warteschlange', 'Hollweger'),
  // Shapes of real retros, English.
  p('a Responders heading over handles', '## Responders\n\n-   @velmarto\n-   @quenrik42', 'quenrik42'),
  p('a handle flagging another handle\'s attention', "@quenrik42 confirms the error rate in the dashboard and flags @velmarto's attention.", 'velmarto'),
  p('a bare handle overlooking in a lesson', '- Despite careful planning, velmarto overlooked a piece of the final phase.', 'velmarto'),
  p('an Author heading over a full name', '## Author\n\nCorwin Tallberg', 'Corwin Tallberg'),
  p('an Author heading over a full name with a date', '## Date\n2020-01-07\n\n## Author\nIsolde Wrenhaven', 'Isolde Wrenhaven'),
  p('a lower-case first name in an Owner column', '| Action Item | Type | Owner | Status |\n| --- | --- | --- | --- |\n| Remove the build from the stores | mitigate | tobias | DONE |', 'tobias'),
  p("an anchor to a member's section", "See [the rollback steps](#lukas-rebuilding-the-update-channel) for the steps.", 'lukas'),
  p("a member's section in a link text", "See [Lukas's rollback notes](#rollback) for the steps.", 'Lukas'),
  p('a handle announcing in a timeline table', '| 2020-02-06 07:29 | @orlenvik announces on Discord that the build is live |', 'orlenvik'),
  p('a word handle stating in a timeline table', '| 2020-02-06 07:57 | @frugal states in Discord that we should warn users |', 'frugal'),
  p('an address in a code span in a timeline', '| 07:38 | Android set to `Ready for Sale` by `corwin@tallberg.example` |', 'corwin'),
  p('a full name thanked for a report', 'Thanks to Hadrian Solvej for reporting the vulnerability.', 'Hadrian Solvej'),
  p('a home directory in a stack trace', '```\n/home/kestrovan/workspace/go/pkg/mod/github.com/example/ledger/state.go:613 +0x57\n```', 'kestrovan'),
  p("a team lead's handle with a network", 'Our governance team lead is @brindlecott (twitter).', 'brindlecott'),
  p('a node of a coined cluster in a code span', 'The `seed1-quorvale` node crashed twice.', 'quorvale'),
  p('a footnote naming who found it', 'The lag came back an hour later.[^1]\n\n[^1]: Found by Isolde Wrenhaven while testing the replica.', 'Isolde Wrenhaven'),
  p('a footnote with a handle', 'The lag came back.[^a]\n\n[^a]: Spotted by @quenrik42 on the staging board.', 'quenrik42'),
  p('an image file name of a person\'s graph', '![Error rate](img/corwin-tallberg-error-graph.png)', 'corwin-tallberg'),
  p('alt text of a full name pairing', '![Corwin Tallberg and Isolde Wrenhaven at the whiteboard](img/wb.png)', 'Isolde Wrenhaven'),
  p('a chat quote with a handle in bold', '> **velmarto**: restarting the loaders now', 'velmarto'),
  p('a chat quote of a full name and a time', '> **Isolde Wrenhaven** 07:46 — does Android auto-update?', 'Isolde Wrenhaven'),
  p('a coined runbook in a link text', 'Follow [the Brackenholt failover runbook](https://wiki.example.com/r/2).', 'Brackenholt'),
  p('a heading naming who was paged', '## 02:10 — Corwin paged', 'Corwin'),
  p('a dated heading over a full name acting', '### 2021-06-11 14:24\n\nCorwin Tallberg deploys code to revert to the previous behaviour.', 'Corwin Tallberg'),
  // Other languages: shapes of real reports.
  p('es: an Autor heading over a full name', '## Autor\n\nAinhoa Zubeldia', 'Ainhoa Zubeldia'),
  p('es: a timeline table of a handle acting', '| 07:29 | @txomindur anuncia en Discord que la versión está publicada |', 'txomindur'),
  p('es: a footnote of who found it', 'El retraso volvió.[^1]\n\n[^1]: Lo encontró Ainhoa Zubeldia al probar la réplica.', 'Ainhoa Zubeldia'),
  p('es: an owner column of a first name', '| Acción | Responsable | Estado |\n| --- | --- | --- |\n| Añadir alertas | Ainhoa | Hecho |', 'Ainhoa'),
  p('pt: a heading of responders', '## Responsáveis\n\n- Jurandir Tapajós\n- Iracema Guaporé', 'Iracema Guaporé'),
  p('pt: a timeline item of a name acting', '- 14:24 Jurandir Tapajós reverteu o deploy.', 'Jurandir Tapajós'),
  p('pt: thanks for a report', 'Agradecemos a Iracema Guaporé por reportar a falha.', 'Iracema Guaporé'),
  p('pt: alt text of a name', '![Gráfico de erros feito por Iracema](img/erros.png)', 'Iracema'),
  p('fr: an Auteur heading over a full name', '## Auteur\n\nGwenaël Kerdoncuff', 'Gwenaël Kerdoncuff'),
  p('fr: a chat quote', '> **Gwenaël** : je redémarre le répartiteur', 'Gwenaël'),
  p('fr: thanks for a report', 'Merci à Gwenaël Kerdoncuff pour le signalement de la faille.', 'Gwenaël Kerdoncuff'),
  p('fr: a table of responders', '| Rôle | Personne |\n| --- | --- |\n| Responsable | Ysoline Kerbrat |', 'Ysoline Kerbrat'),
  p('de: a timeline item of a name acting', '- 14:24 Wendelin Hochstätter setzte das Deployment zurück.', 'Wendelin Hochstätter'),
  p('de: thanks for a report', 'Danke an Wendelin Hochstätter für den Hinweis auf die Lücke.', 'Wendelin Hochstätter'),
  p('de: an owner column of a surname', '| Maßnahme | Verantwortlich |\n| --- | --- |\n| Alarm einrichten | Hochstätter |', 'Hochstätter'),
  p('de: a chat quote', '> **Wendelin**: ich starte den Loadbalancer neu', 'Wendelin'),
  p('it: a timeline item of a name acting', '- 14:24 Ilaria Bertolazzi ha ripristinato il deploy.', 'Ilaria Bertolazzi'),
  p('it: thanks for a report', 'Grazie a Ilaria Bertolazzi per la segnalazione.', 'Ilaria Bertolazzi'),
  p('it: an Autore heading over a full name', '## Autore\n\nOttavio Scarabelli', 'Ottavio Scarabelli'),
  p('nl: thanks for a report', 'Dank aan Sjoerd Wijnbergen voor het melden van het lek.', 'Sjoerd Wijnbergen'),
  p('nl: a chat quote', '> **Sjoerd**: ik herstart de database', 'Sjoerd'),
  p('nl: an owner column of a first name', '| Actie | Eigenaar |\n| --- | --- |\n| Alarmen nalopen | Femke |', 'Femke'),
  p('de: a machine in alt text', '![Speicher der Datenbank moorweide](img/db.png)', 'moorweide'),
  p('es: a machine after la base de datos ending in -a', 'La base de datos chirimoya dejó de aceptar escrituras.', 'chirimoya'),
  p('a code span of a handle running a command', 'We ran `sudo -u velmarto systemctl restart loader` on the box.', 'velmarto'),
  p("a link text of a handle's fork", "The patch is on [velmarto's fork](https://github.com/velmarto/loader/tree/fix).", 'velmarto'),
  p("an image file name of a handle's screenshot", '![Error rate after the deploy](img/velmarto-screenshot.png)', 'velmarto'),
  p('a responder table of a handle', '| Role | Who |\n| --- | --- |\n| On call | @quenrik42 |', 'quenrik42'),
  p('a heading of a run-together code name', '## The Thornvale API returned 502s', 'Thornvale'),
  p('a bold lesson label of a handle', '- **velmarto:** the loader change needed a flag', 'velmarto'),
  p('es: thanks in a heading', '## Gracias a Ainhoa y Txomin', 'Txomin'),
  p('es: alt text of who made the chart', '![Gráfico hecho por Ainhoa](img/g.png)', 'Ainhoa'),
  p('pt: a chat quote with a time', '> [07:46] **Iracema**: o deploy voltou', 'Iracema'),
  p('fr: a clock heading over a name acting', '### 14:24 — Gwenaël relance le répartiteur', 'Gwenaël'),
  p('fr: a chart made by a full name', '![Taux d’erreur, graphique fait par Gwenaël Kerdoncuff](img/err.png)', 'Gwenaël Kerdoncuff'),
  p('de: alt text of who made the chart', '![Fehlerquote, erstellt von Wendelin Hochstätter](img/fehler.png)', 'Wendelin Hochstätter'),
  p('it: a footnote of who reported it', 'Il ritardo è tornato.[^1]\n\n[^1]: Segnalato da Ottavio Scarabelli durante il test.', 'Ottavio Scarabelli'),
  p('it: a machine before a reflexive past', 'Il server pomodoraccio si è fermato alle 03:00.', 'pomodoraccio'),
  p('nl: a timeline table of a name acting', '| 02:40 | Femke Wijnbergen herstartte de wachtrij |', 'Femke Wijnbergen'),
  p('nl: thanks in another form', 'Wij danken Femke Wijnbergen voor de melding.', 'Femke Wijnbergen'),
  p('de: thanks in another form', 'Wir danken Wendelin Hochstätter für den Hinweis.', 'Wendelin Hochstätter'),
  p('pt: thanks with muito', 'Agradecemos muito a Iracema pela ajuda na madrugada.', 'Iracema'),
];

/** The kinds of the probes the rules found before the round (measured on `f40cb211`). */
export const foundBeforeRound46: ReadonlySet<string> = new Set<string>([
  'pt: a machine ending in -a after a masculine noun',
  'it: a machine ending in -a after a masculine noun',
  'a Responders heading over handles',
  'a handle flagging another handle\'s attention',
  'a bare handle overlooking in a lesson',
  'an Author heading over a full name',
  'an Author heading over a full name with a date',
  'a lower-case first name in an Owner column',
  'a member\'s section in a link text',
  'a handle announcing in a timeline table',
  'a word handle stating in a timeline table',
  'an address in a code span in a timeline',
  'a full name thanked for a report',
  'a home directory in a stack trace',
  'a team lead\'s handle with a network',
  'a node of a coined cluster in a code span',
  'a footnote naming who found it',
  'a footnote with a handle',
  'an image file name of a person\'s graph',
  'alt text of a full name pairing',
  'a chat quote with a handle in bold',
  'a chat quote of a full name and a time',
  'a heading naming who was paged',
  'a dated heading over a full name acting',
  'es: an Autor heading over a full name',
  'es: a timeline table of a handle acting',
  'es: a footnote of who found it',
  'es: an owner column of a first name',
  'pt: a heading of responders',
  'pt: a timeline item of a name acting',
  'fr: an Auteur heading over a full name',
  'fr: thanks for a report',
  'fr: a table of responders',
  'de: a timeline item of a name acting',
  'de: thanks for a report',
  'de: an owner column of a surname',
  'de: a chat quote',
  'it: a timeline item of a name acting',
  'it: thanks for a report',
  'it: an Autore heading over a full name',
  'nl: thanks for a report',
  'nl: a chat quote',
  'nl: an owner column of a first name',
  'es: a machine after la base de datos ending in -a',
  'a code span of a handle running a command',
  'a link text of a handle\'s fork',
  'an image file name of a handle\'s screenshot',
  'a responder table of a handle',
  'a bold lesson label of a handle',
  'es: thanks in a heading',
  'pt: a chat quote with a time',
  'fr: a chart made by a full name',
  'de: alt text of who made the chart',
  'it: a machine before a reflexive past',
  'nl: a timeline table of a name acting',
  'nl: thanks in another form',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound46: ReadonlySet<string> = new Set<string>([
  // The repositories under coined handles are found since probe round 49 (coined-repository-owners.ts).
  // Found since probe round 47 (docs/redaction.md, "Probe round 47"): the French machine ending as
  // a participle, and the German surnames ending as agent nouns opening action items.
]);

/** Probes in the public frontmatter fields: the field, its text, the leak. */
export const fieldProbesRound46: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'GarnetDiskPressure for six hours', 'GarnetDiskPressure'],
  ['summary', 'Users of the quillmere hub could not log in for an hour.', 'quillmere'],
  ['impact', 'O banco de dados jabuticaba recusou escritas durante uma hora.', 'jabuticaba'],
  ['action', 'Tune OttoReplicaLagHigh to wait ten minutes', 'OttoReplicaLagHigh'],
  ['action', 'Agradecemos a Iracema Guaporé pela revisão dos limites', 'Iracema Guaporé'],
  ['timeline', 'Der Loadbalancer heidekamp verwarf die Anfragen.', 'heidekamp'],
  ['timeline', 'Corwin Tallberg deploys code to revert to the previous behaviour.', 'Corwin Tallberg'],
];

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound46: readonly (readonly [string, string])[] = [
  ['roles instead of people in a timeline', '| 01:47 | Vendor C DevOps engineer restarts the pods with an apology. |'],
  ['a numbered role acting', 'Software Engineer 2 confirms the restart resolved the issue.'],
  ['a public alert', 'We silenced `KubePodCrashLooping` and `TargetDown` during the migration.'],
  ['a public project on its code host', 'The fix is https://github.com/kubernetes/ingress-nginx/pull/1.'],
  ['a hub named by a plain word', 'Users of the staging hub could not start their servers.'],
  ['a public product before API', 'The PagerDuty API and the GitHub API were slow.'],
  ['es: a database of production', 'La base de datos principal dejó de aceptar escrituras.'],
  ['es: a database ending in a participle', 'La base de datos replicada falló a las 03:00.'],
  ['pt: a dedicated server', 'O servidor dedicado ficou sem espaço.'],
  ['it: a main server', 'Il server principale ha smesso di rispondere.'],
  ['fr: a dedicated server', 'Le serveur dédié a perdu la moitié des backends.'],
  ['de: the database ran full', 'Die Datenbank lief voll.'],
  ['de: the database itself ran full', 'Die Datenbank selbst lief voll.'],
  ['de: a noun in an action item', '- [ ] Betreiber richtet einen Alarm ein'],
  ['de: an everyday noun acting in an action item', '- [ ] Monitoring prüft die Grenzwerte'],
  ['a hub of the word JupyterHub', 'JupyterHub restarted the user servers.'],
];
