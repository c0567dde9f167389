/**
 * The probe round 43b's leaks (docs/redaction.md, "Probe round 43b"): people, machines, teams and
 * internal tools named in reports written in Spanish, Portuguese, French, German, Italian, Dutch,
 * Polish and Japanese, and a person, a handle, an internal host or link, a ticket or a channel in
 * the structured parts a public post shows (headings, image alt text and captions, link texts,
 * table cells; the public frontmatter fields are probed in the round's test). Text of our own
 * writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound43b: readonly LeakProbeWithOrganisation[] = [
  // Spanish.
  p('es: según a name', 'Según Nerea Albizu, el disco se llenó a las 03:10.', 'Nerea Albizu'),
  p('es: a lower-case machine after la máquina', 'Reiniciamos la máquina zurbelo y volvió el servicio.', 'zurbelo'),
  p('es: a machine after el servidor', 'El servidor carbayón dejó de responder a las 02:00.', 'carbayón'),
  p('es: a team of its own', 'El equipo Tramuntana revisó los cambios.', 'Tramuntana'),
  p('es: a name who escalated', 'Ximena escaló el incidente al proveedor.', 'Ximena'),
  // Portuguese.
  p('pt: a lower-case machine after o servidor', 'O servidor tambaqui ficou sem memória durante a noite.', 'tambaqui'),
  p('pt: segundo a name', 'Segundo Jurandir, o certificado expirou no domingo.', 'Jurandir'),
  p('pt: a responsible in a field line', '👥 Responsável: Araci Pimentel', 'Araci Pimentel'),
  p('pt: an internal tool by name', 'A ferramenta interna Caruaru mostrou os alertas tarde.', 'Caruaru'),
  // French.
  p("fr: d'après Mme a name", "D'après Mme Quintaine, la sauvegarde n'avait pas tourné.", 'Quintaine'),
  p('fr: a machine after le serveur', 'Le serveur brocéliande a redémarré tout seul.', 'brocéliande'),
  p('fr: a lower-case machine after la machine', 'Nous avons relancé la machine vorlapin vers midi.', 'vorlapin'),
  p("fr: a team named l'équipe", "L'équipe Pamplemousse a validé le retour arrière.", 'Pamplemousse'),
  p('fr: a person in a responsible cell', '| Responsable d’incident | Ysoline Garrec |', 'Ysoline Garrec'),
  // German.
  p('de: laut Herrn a name', 'Laut Herrn Wendelbach war das Zertifikat abgelaufen.', 'Wendelbach'),
  p('de: a lower-case machine after der Server', 'Der Server quorx antwortete nicht mehr.', 'quorx'),
  p('de: a lower-case machine after dem Rechner', 'Auf dem Rechner elbgrund lief der Cron doppelt.', 'elbgrund'),
  p('de: a person in Ansprechpartner', 'Ansprechpartner: Jorinde Haberkamp', 'Jorinde Haberkamp'),
  p('de: thanks to a person with Herrn', 'Danke an Herrn Ostermeier für die schnelle Hilfe.', 'Ostermeier'),
  // Italian.
  p('it: secondo a name with a surname', 'Secondo Gianmarco Abbondanza, la coda era piena.', 'Gianmarco Abbondanza'),
  p('it: a lower-case machine after il server', 'Il server quintarro ha smesso di rispondere.', 'quintarro'),
  p('it: a machine after la macchina', 'Abbiamo riavviato la macchina tortellone.', 'tortellone'),
  // Dutch.
  p('nl: volgens a name', 'Volgens Sjoerd was de schijf vol.', 'Sjoerd'),
  p('nl: a lower-case machine after de server', 'De server vlinderhof gaf geen antwoord meer.', 'vlinderhof'),
  // Polish.
  p('pl: według a name', 'Według Przemysława dysk był pełny.', 'Przemysława'),
  p('pl: a lower-case machine after serwer', 'Serwer krzewina przestał odpowiadać o 02:00.', 'krzewina'),
  // Japanese.
  p('ja: a name with さんが', '田島さんがサーバーを再起動しました。', '田島'),
  p('ja: a machine after サーバー', 'サーバー kagerou が応答しなくなりました。', 'kagerou'),
  p('ja: a name with 担当', '担当: 森川 灯', '森川 灯'),
  // Structured parts of the body.
  p('a heading naming a machine', '## Why zurbelo-db ran out of disk', 'zurbelo-db'),
  p('a heading naming a person in Spanish', '## Lo que vio Nerea Albizu', 'Nerea Albizu'),
  p('image alt text naming a person', '![Dashboard that Ysolde Brask exported](/images/dash.png)', 'Ysolde Brask'),
  p('a dictionary word as a given name before a surname', '![Dashboard that Quillon Brask exported](/images/dash.png)', 'Quillon'),
  p('image alt text naming an internal host', '![Latency on grafana.corp during the outage](/images/lat.png)', 'grafana.corp'),
  p('a caption naming a handle', '*Figure 2: the graph @wrenfold posted at 10:04.*', '@wrenfold'),
  p('link text naming an internal host', 'See [the runbook on wiki.corp](https://example.com/runbook).', 'wiki.corp'),
  p('link text naming a ticket', 'The fix is tracked in [OPS-4412](https://example.com/issues).', 'OPS-4412'),
  p('link text naming a Slack channel', 'The thread is in [#inc-tambaqui](https://example.com/chat).', 'tambaqui'),
  p('a table cell naming a handle', '| 10:04 | @wrenfold | rolled back the deploy |', '@wrenfold'),
  p('a table cell naming an internal URL', '| Runbook | https://wiki.corp/runbooks/db |', 'wiki.corp'),
  p('a table cell naming a person in a French table', '| Ajouter une alerte | Prévention | Ysoline Garrec | P2 |', 'Ysoline Garrec'),
  p('a table cell of a Portuguese owner column', '| Ajustar limites | Corrigir | Jurandir Maia | 30/06 |', 'Jurandir Maia'),
];

/** The kinds of the probes the rules found before the round (measured on `db3efe16`). */
export const foundBeforeRound43b: ReadonlySet<string> = new Set<string>([
  'es: según a name',
  'es: a name who escalated',
  'pt: segundo a name',
  'pt: a responsible in a field line',
  "fr: d'après Mme a name",
  'fr: a person in a responsible cell',
  'de: laut Herrn a name',
  'de: a person in Ansprechpartner',
  'de: thanks to a person with Herrn',
  'it: secondo a name with a surname',
  'nl: volgens a name',
  'pl: według a name',
  'ja: a name with さんが',
  'ja: a name with 担当',
  'a heading naming a machine',
  'a heading naming a person in Spanish',
  'image alt text naming a person',
  'image alt text naming an internal host',
  'a caption naming a handle',
  'link text naming an internal host',
  'link text naming a ticket',
  'link text naming a Slack channel',
  'a table cell naming a handle',
  'a table cell naming an internal URL',
  'a table cell naming a person in a French table',
  'a table cell of a Portuguese owner column',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound43b: ReadonlySet<string> = new Set<string>([
  // 'a dictionary word as a given name before a surname': found since probe round 44.
]);

/** Public sentences in each language, and public structured parts, in the same shapes, that must stay unflagged. */
export const notLeaksRound43b: readonly (readonly [string, string])[] = [
  ['es: the server answering with errors', 'El servidor responde con errores desde las 02:00.'],
  ['es: a new machine', 'Reiniciamos la máquina nueva y volvió el servicio.'],
  ['es: a virtual machine', 'La máquina virtual se reinició sola.'],
  ['es: the server falling', 'El servidor cayó durante la noche.'],
  ['es: the main server', 'El servidor principal quedó sin disco.'],
  ['es: the team reviewing', 'El equipo revisó los cambios.'],
  ['pt: the server crashing', 'O servidor travou e voltou sozinho.'],
  ['pt: the old server', 'O servidor antigo ficou sem memória.'],
  ['pt: asking the team', 'Pedir ao time de plataforma que revise o alerta.'],
  ['pt: the internal tool', 'A ferramenta interna mostrou os alertas tarde.'],
  ['fr: the server answering', 'Le serveur répond de nouveau depuis midi.'],
  ['fr: the remote machine', 'Nous avons relancé la machine distante vers midi.'],
  ['fr: the team validating', "L'équipe a validé le retour arrière."],
  ['fr: asking the provider', 'Demander à OVHcloud de confirmer la fenêtre de maintenance.'],
  ['de: the server answering', 'Der Server antwortete nicht mehr.'],
  ['de: the server running', 'Auf dem Rechner lief der Cron doppelt.'],
  ['de: the server restarted', 'Der Server wurde neu gestartet.'],
  ['de: the team thanked', 'Danke an das Team des Rechenzentrums für die schnelle Hilfe.'],
  ['it: the server answering', 'Il server risponde di nuovo.'],
  ['it: the new machine', 'Abbiamo riavviato la macchina nuova.'],
  ['it: asking the vendor', 'Chiedere a Google di aumentare la quota.'],
  ['nl: the server working', 'De server werkt weer.'],
  ['nl: the server giving errors', 'De server gaf geen antwoord meer.'],
  ['pl: the server stopping', 'Serwer przestał odpowiadać o 02:00.'],
  ['pl: the main server', 'Serwer główny był przeciążony.'],
  ['ja: a server restarted', 'サーバーを再起動しました。'],
  ['ja: a public product after the noun', 'サーバー nginx が応答しなくなりました。'],
  ['a heading naming a public product', '## Why PostgreSQL ran out of disk'],
  ['image alt text of a graph', '![Latency during the outage](/images/lat.png)'],
  ['link text of a public tracker', 'See [the upstream issue](https://github.com/nginx/nginx/issues/12).'],
  ['a table cell of a team', '| Ajouter une alerte | Prévention | Équipe plateforme | P2 |'],
];

/** Probes in the public frontmatter fields, in the round's languages and in English: the field, its text, the leak. */
export const fieldProbesRound43b: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'Caída de la máquina zurbelo', 'zurbelo'],
  ['title', 'Ausfall nach dem Deploy von Herrn Wendelbach', 'Wendelbach'],
  ['title', 'Panne du serveur brocéliande', 'brocéliande'],
  ['title', 'Outage on db-kestrin.corp after OPS-4412', 'db-kestrin.corp'],
  ['summary', 'Según Nerea Albizu, el disco se llenó durante la noche.', 'Nerea Albizu'],
  ['summary', 'O servidor tambaqui ficou sem memória e a API caiu.', 'tambaqui'],
  ['summary', '"The thread in #inc-tambaqui has the details."', 'tambaqui'],
  ['impact', 'Los clientes de Ximena Olabarria no pudieron pagar.', 'Ximena Olabarria'],
  ['impact', 'Les pages servies par le serveur vorlapin ont échoué.', 'vorlapin'],
  ['action', 'Pedir a Jurandir Maia que revise el runbook', 'Jurandir Maia'],
  ['action', 'Alarm für den Server quorx einrichten', 'quorx'],
  ['action', 'Ask @wrenfold to add the disk alert (OPS-4412)', '@wrenfold'],
  ['action', 'Document https://wiki.corp/runbooks/db', 'wiki.corp'],
  ['timeline', 'Nerea reinició la máquina zurbelo.', 'zurbelo'],
  ['timeline', 'Herr Wendelbach hat den Dienst neu gestartet.', 'Wendelbach'],
  ['timeline', 'Mme Quintaine a prévenu le fournisseur.', 'Quintaine'],
  ['timeline', '田島さんがサーバーを再起動した。', '田島'],
  ['timeline', '"@wrenfold rolled back the deploy"', '@wrenfold'],
  ['timeline', 'Alert fired on grafana.corp', 'grafana.corp'],
];
