/**
 * The probe round 45's leaks (docs/redaction.md, "Probe round 45"): what round 44 and 44b left
 * published (a scoped package or a metric of a code name, a code name in a paging field, an alert
 * of a code name standing alone, a bare handle, a repository under a handle no post names as a
 * person, machines after other languages' nouns) in new sentences, and the shapes of retros no
 * round read before (a small team's timelines of `@` handles under dated headings linking a
 * member's repository, a hosting team's reports of hubs and clusters with timelines under clock
 * headings, a start-up's one-page reports with lessons in bold labels), in English, Spanish,
 * Portuguese, French, German, Italian and Dutch, in the places a post shows text: tables,
 * timelines, action items, chat quotes, alt text, headings, code spans and link texts. Text of our
 * own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound45: readonly LeakProbeWithOrganisation[] = [
  // Round 44's leftovers, in new sentences and places.
  p('a scoped package of a code name in prose', 'Pinning @marrow/sdk to 4.1.0 stopped the crash loop.', 'marrow'),
  p('a scoped package of a code name in a code span', 'The import of `@tarnwick/config` failed at boot.', 'tarnwick'),
  p('a scoped package of a code name in an action item', '- [ ] Publish @heronry/client 2.0 with the retry fix', 'heronry'),
  p('a metric of a code name in a code span', 'The `marrow_queue_depth` gauge sat at 40k for an hour.', 'marrow'),
  p('a metric of a code name in a query', 'rate(sorrel_requests_failed_total[5m]) > 0.2', 'sorrel'),
  p('a metric of a code name in a table', '| Metric | Peak |\n| --- | --- |\n| heron_consumer_lag_seconds | 912 |', 'heron'),
  p('a code name in a paging field', 'Service: Fennel Checkout', 'Fennel'),
  p('a code name in a bold paging field', '**Service:** Sorrel Payments API', 'Sorrel'),
  p('a code name in a schedule field', 'Schedule: Marten Primary', 'Marten'),
  p('an alert of a code name in an action item', '- [ ] Tune MarrowQueueBacklog so it waits ten minutes', 'MarrowQueueBacklog'),
  p('an alert of a code name in a code span alone', 'We silenced `HeronReplicaLagHigh` during the migration.', 'HeronReplicaLagHigh'),
  p('an alert of a code name in a table', '| Rule | Count |\n| --- | --- |\n| FennelDiskPressure | 14 |', 'FennelDiskPressure'),
  p('an alert of a code name that is a given name', 'We silenced GarnetDiskPressure for the night.', 'GarnetDiskPressure'),
  p('an alert of a coined word in a timeline', '- 02:14 KestrithQueueBacklog, then the pages stopped', 'KestrithQueueBacklog'),
  p('a word handle bare at a sentence start', 'Thanks to @orrery for the fix.\n\nIt was orrery who spotted the lag first.', 'orrery'),
  p('a word handle bare after a preposition', 'cc @simulacrum\n\nWe paired with simulacrum on the rollback.', 'simulacrum'),
  p('a word handle bare in a table', 'Mentioned: @quillwort\n\n| Who | Role |\n| --- | --- |\n| quillwort | scribe |', 'quillwort'),
  p("a repository under a handle no post names as a person", 'The fix went out in https://github.com/mirandakovel/ledger-kube/commit/22450e3', 'mirandakovel'),
  p('a repository under a given name and surname run together', 'See [the deploy repo](https://github.com/quillonbrask/pool-deploy) for the manifests.', 'quillonbrask'),
  p('a repository under a handle in a timeline', '- 15:30 pushed https://github.com/danvelkor/monitoring-kube/pull/12 to production', 'danvelkor'),
  // Other languages: round 44b's leftovers.
  p('fr: a coined machine ending like a present verb before avec', 'Le serveur corbinande avec son disque plein a cessé de répondre.', 'corbinande'),
  p('fr: a coined machine ending in -e before avec in a table', '| Machine | État |\n| --- | --- |\n| Le serveur pélicande avec trop de connexions | saturé |', 'pélicande'),
  p('es: a machine named by a dictionary word', 'La instancia garbanzo se quedó sin memoria.', 'garbanzo'),
  p('pt: a machine named by a dictionary word', 'O servidor marmoset ficou sem disco às 03:00.', 'marmoset'),
  p('it: a machine named by a dictionary word', "L'istanza pomegranate è caduta alle 04:00.", 'pomegranate'),
  p('es: a machine after la base de datos', 'La base de datos tolosaldea dejó de aceptar escrituras.', 'tolosaldea'),
  p('pt: a machine after o banco de dados', 'O banco de dados jabuticaba ficou sem espaço.', 'jabuticaba'),
  p('fr: a machine after la base de données', 'La base de données vauclaire a refusé les connexions.', 'vauclaire'),
  p('de: a machine after die Datenbank', 'Die Datenbank moorweide lief voll.', 'moorweide'),
  p('it: a machine after il database', 'Il database scamorzino ha smesso di rispondere.', 'scamorzino'),
  p('nl: a machine after de database', 'De database kribbeweg viel om 02:00 uit.', 'kribbeweg'),
  p('es: a machine after la máquina virtual', 'La máquina virtual arrozales se reinició dos veces.', 'arrozales'),
  p('es: a machine after el balanceador', 'El balanceador zumaiako dejó de enviar tráfico.', 'zumaiako'),
  p('fr: a machine after le répartiteur', 'Le répartiteur quimperlé a perdu la moitié des backends.', 'quimperlé'),
  p('de: a machine after der Loadbalancer', 'Der Loadbalancer heidekamp verwarf die Anfragen.', 'heidekamp'),
  p('pt: a machine after a fila', 'A fila curimatá acumulou mil mensagens.', 'curimatá'),
  p('es: a machine after el pod', 'El pod txingudi se reinició cuarenta veces.', 'txingudi'),
  // Shapes of real retros, English.
  p('a dated heading over a handle pushing', '### 2019-03-04 15:30\n\n@velkorin pushed the new analysis code and queued a day of jobs.', 'velkorin'),
  p('a handle signing on after a dated heading', '### 2019-03-04 17:12\n\nvelkorin signs on to help with the cluster.', 'velkorin'),
  p('a bare handle clearing resources', 'jsnvelk clears out the testing resources of all types.', 'jsnvelk'),
  p('a bare handle hard restarting', 'qorvath hard restarts one of the cluster nodes from the console.', 'qorvath'),
  p('a clock heading over a full name acting', '### 09:21 PM\n\nTamsin Okonjo looked at the node usage and saw the exhaustion.', 'Tamsin Okonjo'),
  p('a responder table of full names', '| Role | Person |\n| --- | --- |\n| Incident lead | Orsolya Vantak |\n| Comms | Bexley Tarrant |', 'Bexley Tarrant'),
  p('an action item owned by a handle in brackets at the end', '- Document how folks get cluster access (@tovahm)', 'tovahm'),
  p('an action item with an owner after an arrow', '- Add a dashboard for pool usage → kvestre', 'kvestre'),
  p('a hub of a customer in a heading', '## Memory overload on the quillmere hub', 'quillmere'),
  p('a node of a coined pool in code', '`gke-lowtouch-cluster-quillmere-pool-b7ed-00sc` ran at 100% CPU.', 'quillmere'),
  p('a chat quote of a full name', '> **Bexley Tarrant** 10:02 AM: restarting the ingester now', 'Bexley Tarrant'),
  p('a chat quote with a handle and a time in brackets', '[10:02] \\<qorvath> the pool is drained', 'qorvath'),
  p('alt text naming who made a screenshot', "![Tamsin's screenshot of the console errors](img/console.png)", 'Tamsin'),
  p('alt text of a coined service dashboard', '![Latency of the Marrowgate API during the outage](img/lat.png)', 'Marrowgate'),
  p('a link text naming a person', 'See [Bexley Tarrant’s notes](https://docs.example.com/notes/1) for the details.', 'Bexley Tarrant'),
  p('a link text naming a coined runbook', 'Follow [the Quorlith failover runbook](https://wiki.example.com/r/1).', 'Quorlith'),
  p('a heading with a person thanked', '## Thanks to Orsolya and Bexley', 'Bexley'),
  p('a bold lesson label naming a person', '- **Ask Tamsin first:** she knows the schema history.', 'Tamsin'),
  p('a timeline row of a handle hard restarting', '| 18:02 | jsnvelk hard restarts a node from the console |', 'jsnvelk'),
  p('an upgrade caused an outage in a customer hub', '# Upgrading ingress caused a brief outage in quillmere', 'quillmere'),
  // Other languages: shapes of real reports.
  p('es: a responder table', '| Rol | Persona |\n| --- | --- |\n| Líder del incidente | Itziar Goñi |\n| Comunicación | Aitor Berasategi |', 'Aitor Berasategi'),
  p('es: a timeline item of a full name acting', '- 03:20 Aitor Berasategi revirtió el despliegue.', 'Aitor Berasategi'),
  p('es: an action item with a person responsible', '- [ ] Añadir una alerta de disco (responsable: Aitor)', 'Aitor'),
  p('pt: an action item for a person', '- [ ] Jurandir vai revisar os limites de memória', 'Jurandir'),
  p('pt: a chat quote', '> **Iracema**: reiniciei o pod agora', 'Iracema'),
  p('fr: a timeline item of a full name acting', '- 04:10 Ysoline Kerbrat a relancé le service.', 'Ysoline Kerbrat'),
  p('fr: thanks in a heading', '## Merci à Ysoline et Gwenaël', 'Gwenaël'),
  p('de: an action item for a person', '- [ ] Brandstätter richtet einen Alarm für den Datenträger ein', 'Brandstätter'),
  p('de: alt text of a coined machine', '![Auslastung des Servers quorxheim](img/last.png)', 'quorxheim'),
  p('it: a responder table', '| Ruolo | Persona |\n| --- | --- |\n| Responsabile | Ilaria Bertolazzi |', 'Ilaria Bertolazzi'),
  p('nl: a timeline item of a name acting', '- 02:40 Sjoerd Wijnbergen herstartte de database.', 'Sjoerd Wijnbergen'),
  p('es: thanks to three names', 'Gracias a Itziar, Aitor y Nerea por la noche en vela.', 'Nerea'),
  p('pt: a person responsible in a table row', '| Ação | Responsável: Jurandir |', 'Jurandir'),
  p('fr: an action item for a person', '- [ ] Ysoline doit vérifier les quotas du disque', 'Ysoline'),
  p('it: an action item for a person', '- [ ] Ilaria dovrà controllare i limiti di memoria', 'Ilaria'),
  p('nl: an action item for a person', '- [ ] Sjoerd gaat de alarmen nalopen', 'Sjoerd'),
  p('es: an action item for a person', '- Itziar va a revisar los límites de memoria', 'Itziar'),
  p('de: a person responsible after the label', 'Alarm für den Datenträger einrichten. Verantwortlich: Brandstätter', 'Brandstätter'),
  p('it: a machine after il database in a table', '| Sistema | Stato |\n| --- | --- |\n| Il database scamorzino è caduto | risolto |', 'scamorzino'),
  p('es: a machine after la cola', 'La cola txirimiri acumuló diez mil mensajes.', 'txirimiri'),
  p('fr: a machine of a dictionary word after le conteneur', 'Le conteneur wombat a redémarré deux fois.', 'wombat'),
  p('a bare handle thanked in a heading', 'cc @quillwort\n\n## Thanks, quillwort', 'quillwort'),
  p('a metric of a coined word in a heading', '## kestrith_jobs_pending_total kept growing', 'kestrith'),
  p('a scoped package in a link text', 'See [@marrow/sdk 4.1.0](https://registry.example.com/pkg/4100) for the change.', 'marrow'),
  p('es: link text of a coined machine', 'Ver [el panel de la instancia garbanzo](https://grafana.example.com/d/1).', 'garbanzo'),
];

/** The kinds of the probes the rules found before the round (measured on `5a92e8a2`). */
export const foundBeforeRound45: ReadonlySet<string> = new Set<string>([
  'a dated heading over a handle pushing',
  'a handle signing on after a dated heading',
  'a bare handle clearing resources',
  'a bare handle hard restarting',
  'a clock heading over a full name acting',
  'a responder table of full names',
  'an action item owned by a handle in brackets at the end',
  'an action item with an owner after an arrow',
  'a node of a coined pool in code',
  'a chat quote of a full name',
  'a chat quote with a handle and a time in brackets',
  'alt text naming who made a screenshot',
  'a link text naming a person',
  'a link text naming a coined runbook',
  'a heading with a person thanked',
  'a bold lesson label naming a person',
  'es: a responder table',
  'es: a timeline item of a full name acting',
  'pt: a chat quote',
  'fr: a timeline item of a full name acting',
  'it: a responder table',
  'nl: a timeline item of a name acting',
  'es: thanks to three names',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound45: ReadonlySet<string> = new Set<string>([
  // The repositories under coined handles are found since probe round 49 (coined-repository-owners.ts).
  // Found since probe round 46 (docs/redaction.md, "Probe round 46"): the alert of a given name, the
  // machines before a finite verb (Italian, Portuguese, German, Spanish), the customer's hub in a
  // heading and the run-together code name in alt text.
  'an upgrade caused an outage in a customer hub',
  // Found since probe round 47 (docs/redaction.md, "Probe round 47"): the French machine ending as
  // a participle before "a" and a participle, and the German surname ending as an agent noun
  // opening an action item.
]);

/** Probes in the public frontmatter fields: the field, its text, the leak. */
export const fieldProbesRound45: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'Caída de la base de datos tolosaldea', 'tolosaldea'],
  ['title', 'MarrowQueueBacklog for six hours', 'MarrowQueueBacklog'],
  ['summary', 'A bad release of @tarnwick/config stopped every worker.', 'tarnwick'],
  ['summary', 'The heron_queue_depth gauge rose for six hours before anyone looked.', 'heron'],
  ['impact', 'La instancia garbanzo rechazó los pagos durante una hora.', 'garbanzo'],
  ['action', 'Jurandir vai revisar os limites de memória', 'Jurandir'],
  ['action', 'Tune HeronReplicaLagHigh to wait ten minutes', 'HeronReplicaLagHigh'],
  ['timeline', 'La base de données vauclaire a refusé les connexions.', 'vauclaire'],
  ['timeline', 'Gracias a Itziar y Aitor por la guardia.', 'Aitor'],
];

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound45: readonly (readonly [string, string])[] = [
  ['a public scoped package', 'We pinned @sentry/node to 7.1.0 and @types/node to 20.'],
  ['a public metric', 'The node_filesystem_avail_bytes gauge and http_requests_total counter looked fine.'],
  ['a public alert alone', 'We silenced `KubePodCrashLooping` during the migration.'],
  ['a type in code', 'The `PaymentRequestHandler` class threw.'],
  ['a paging field of a business function', 'Service: Payments API'],
  ['a word used as a word', 'We built a simulacrum of the primary.'],
  ['es: the instance of production', 'La instancia de producción se quedó sin memoria.'],
  ['fr: the server working with little memory', 'Le serveur fonctionne avec peu de mémoire.'],
  ['fr: the server restarting with errors', 'Le serveur redémarre avec des erreurs.'],
  ['es: the database of production', 'La base de datos principal dejó de aceptar escrituras.'],
  ['de: the database ran full', 'Die Datenbank lief voll.'],
  ['pt: the database without space', 'O banco de dados ficou sem espaço.'],
  ['a public repository', 'The patch is at https://github.com/kubernetes/ingress-nginx/pull/1.'],
  ["a public project's CI organisation", 'See https://github.com/jenkinsci/docker for the image.'],
  ["an organisation named with words", 'The server is https://github.com/mattermost/mattermost.'],
  ['a public scoped package on its registry page', 'See https://www.npmjs.com/package/@heron/client for its versions.'],
  ['es: a group responsible', 'Responsable: Soporte'],
  ['pt: a team responsible', 'Responsável: Equipe SRE'],
  ['es: a document acting in an action item', '- [ ] Documentación va a incluir los límites'],
  ['de: a noun in an action item', '- [ ] Alarmierung wird eingerichtet'],
  ['pt: thanks to a team', 'Obrigado à equipe de plantão.'],
  ['de: the container with a dictionary word role', 'Der Container backup lief voll.'],
  ['es: the proxy server', 'El servidor proxy dejó de responder.'],
  ['a type ending in a state word', 'The `HeronQueueConsumer` class and `OrderQueueBacklog` table.'],
];
