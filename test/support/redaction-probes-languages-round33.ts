/**
 * The probe round 33's leaks (docs/redaction.md, "Probe round 33: other languages"): postmortem
 * sentences in German, French, Spanish, Portuguese, Dutch and Italian as their writers write them,
 * naming people (honorifics and titles, a given name doing a responder's work, role labels, "laut",
 * "selon", "según", "segundo", "volgens", "secondo") and internal systems (hosts, services, queues,
 * buckets, URLs, e-mail addresses, Slack channels). Text of our own writing; no list knows any name.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesLanguagesRound33: readonly LeakProbeWithOrganisation[] = [
  // German.
  p('de: Herr and a surname', 'Herr Brandtner hat den Failover um 03:12 freigegeben.', 'Brandtner'),
  p('de: Frau Dr. and a surname', 'Frau Dr. Wendelstein hat die Analyse der Logs übernommen.', 'Wendelstein'),
  p('de: a given name restarting the service', 'Jürgen hat den Dienst neu gestartet.', 'Jürgen'),
  p('de: a full name rolling back', 'Um 10:42 hat Kerstin Hollenbach das Deployment zurückgerollt.', 'Kerstin Hollenbach'),
  p('de: Verantwortlich label', 'Verantwortlich: Torsten Maiwald', 'Torsten Maiwald'),
  p('de: Bereitschaft label', 'Bereitschaft: Anneliese Grotefend (Team Plattform)', 'Anneliese Grotefend'),
  p('de: laut and a name', 'Laut Dörthe war der Speicher schon um 02:00 voll.', 'Dörthe'),
  p('de: laut and a full name mid-sentence', 'Der Fehler lag laut Henning Ostwald an einem abgelaufenen Zertifikat.', 'Henning Ostwald'),
  p('de: der Dienst and an internal service', 'Ab 09:15 antwortete der Dienst zahlungs-api nicht mehr.', 'zahlungs-api'),
  p('de: der Server and an internal host', 'Der Server db-haupt-03 lief voll.', 'db-haupt-03'),
  p('de: die Warteschlange and an internal queue', 'Die Warteschlange rechnungs-export staute sich auf 40.000 Nachrichten.', 'rechnungs-export'),
  p('de: an internal URL', 'Das Dashboard unter https://grafana.intern.brandwerk.de/d/zahlungen zeigte nichts.', 'grafana.intern.brandwerk.de'),
  p('de: an e-mail address', 'Die Warnung ging an ops-bereitschaft@brandwerk.de.', 'ops-bereitschaft@brandwerk.de'),
  p('de: a Slack channel', 'Die Abstimmung lief im Kanal #stoerung-zahlungen.', '#stoerung-zahlungen'),
  p('de: a name informing', 'Wir haben Frau Kübler um 11:00 informiert.', 'Kübler'),

  // French.
  p('fr: M. and a surname', 'M. Dupréval a validé le retour arrière à 14h10.', 'Dupréval'),
  p('fr: Mme and a surname', 'Mme Lecoutrier a prévenu le support client.', 'Lecoutrier'),
  p('fr: a given name restarting the service', 'Camille a redémarré le service vers 3h.', 'Camille'),
  p('fr: a full name acting', 'Ensuite, Gaëlle Rousselin a purgé la file.', 'Gaëlle Rousselin'),
  p('fr: Responsable label with a space before the colon', 'Responsable : Thibault Marchessou', 'Thibault Marchessou'),
  p('fr: Astreinte label', 'Astreinte : Solène Vautrin', 'Solène Vautrin'),
  p('fr: selon and a name', "Selon Armelle, l'alerte a sonné trop tard.", 'Armelle'),
  p('fr: selon and a full name mid-sentence', 'La cause était, selon Baptiste Lemarquis, un certificat expiré.', 'Baptiste Lemarquis'),
  p('fr: le serveur and an internal host', 'Le serveur bdd-prod-02 ne répondait plus.', 'bdd-prod-02'),
  p('fr: la file and an internal queue', 'La file factures-sortantes a débordé à 9h.', 'factures-sortantes'),
  p('fr: an internal URL', 'Voir https://wiki.interne.maisonclair.fr/incidents/2025-03 pour le détail.', 'wiki.interne.maisonclair.fr'),
  p('fr: a Slack channel', 'La coordination a eu lieu sur #incident-paiements.', '#incident-paiements'),

  // Spanish.
  p('es: Sr. and a surname', 'El Sr. Arrizabalaga aprobó el rollback a las 10:20.', 'Arrizabalaga'),
  p('es: Dña. and a full name', 'Dña. Remedios Olmedilla coordinó la comunicación.', 'Remedios Olmedilla'),
  p('es: a given name restarting the cluster', 'Lucía reinició el clúster a las 04:30.', 'Lucía'),
  p('es: a full name reverting', 'Luego Iñaki Berrocal revirtió el cambio de configuración.', 'Iñaki Berrocal'),
  p('es: Responsable label', 'Responsable: Maite Echeverría', 'Maite Echeverría'),
  p('es: Guardia label', 'Guardia: Rodrigo Valdeolmos', 'Rodrigo Valdeolmos'),
  p('es: según and a name', 'Según Itziar, el disco se llenó antes de la alerta.', 'Itziar'),
  p('es: el bucket and an internal bucket', 'El bucket facturas-internas quedó público durante dos horas.', 'facturas-internas'),
  p('es: el servicio and an internal service', 'El servicio cobros-api devolvió errores 502.', 'cobros-api'),
  p('es: an e-mail address', 'Las alertas llegaban a guardia.plataforma@cobrandia.es.', 'guardia.plataforma@cobrandia.es'),

  // Portuguese.
  p('pt: Sr. and a surname', 'O Sr. Figueiredo autorizou a reversão.', 'Figueiredo'),
  p('pt: Dra. and a surname', 'A Dra. Vasconcelos analisou os registos.', 'Vasconcelos'),
  p('pt: a given name reverting the deploy', 'João reverteu o deploy às 11:05.', 'João'),
  p('pt: a full name restarting', 'Depois, Thaís Albuquerque reiniciou o banco de dados.', 'Thaís Albuquerque'),
  p('pt: Responsável label', 'Responsável: Gonçalo Peixoto', 'Gonçalo Peixoto'),
  p('pt: segundo and a name', 'Segundo Rafaela, o alerta disparou às 02:00.', 'Rafaela'),
  p('pt: o servidor and an internal host', 'O servidor pg-pagamentos-01 ficou sem espaço.', 'pg-pagamentos-01'),
  p('pt: a fila and an internal queue', 'A fila pedidos-pendentes acumulou 20 mil mensagens.', 'pedidos-pendentes'),

  // Dutch.
  p('nl: dhr. and a name with a particle', 'dhr. de Wijngaarden heeft de rollback goedgekeurd.', 'de Wijngaarden'),
  p('nl: mevr. and a surname', 'Mevr. Brouwershaven heeft de klanten geïnformeerd.', 'Brouwershaven'),
  p('nl: a given name doing the rollback', 'Sanne heeft de rollback gedaan.', 'Sanne'),
  p('nl: a full name restarting', 'Om 03:10 heeft Joost Hoogendijk de server herstart.', 'Joost Hoogendijk'),
  p('nl: Verantwoordelijke label', 'Verantwoordelijke: Maartje Kuipersma', 'Maartje Kuipersma'),
  p('nl: volgens and a name', 'Volgens Femke was de schijf al vol.', 'Femke'),
  p('nl: de dienst and an internal service', 'De dienst betaal-api gaf vanaf 09:00 time-outs.', 'betaal-api'),
  p('nl: a Slack channel', 'We coördineerden in #storing-betalingen.', '#storing-betalingen'),

  // Italian.
  p('it: Sig. and a surname', 'Il Sig. Benvenuti ha approvato il rollback.', 'Benvenuti'),
  p('it: Dott.ssa and a surname', 'La Dott.ssa Capodicasa ha analizzato i log.', 'Capodicasa'),
  p('it: a given name restarting the node', 'Giulia ha riavviato il nodo alle 04:10.', 'Giulia'),
  p('it: a full name acting', 'Poi Lorenzo Castagnoli ha ripristinato il backup.', 'Lorenzo Castagnoli'),
  p('it: Reperibile label', 'Reperibile: Ottavio Sanguineti', 'Ottavio Sanguineti'),
  p('it: secondo and a name', 'Secondo Ilaria, il disco era pieno già alle 02:00.', 'Ilaria'),
  p('it: il server and an internal host', 'Il server db-ordini-02 non rispondeva più.', 'db-ordini-02'),
  p('it: an internal URL', 'I dettagli sono su https://jira.interno.ventosa.it/browse/OPS-412.', 'jira.interno.ventosa.it'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedLanguagesRound33: ReadonlySet<string> = new Set<string>();

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeLanguagesRound33: ReadonlySet<string> = new Set<string>([
  'de: Herr and a surname',
  'de: Frau Dr. and a surname',
  'de: a given name restarting the service',
  'de: a full name rolling back',
  'de: Verantwortlich label',
  'de: Bereitschaft label',
  'de: laut and a name',
  'de: der Server and an internal host',
  'de: an internal URL',
  'de: an e-mail address',
  'de: a Slack channel',
  'fr: Mme and a surname',
  'fr: a given name restarting the service',
  'fr: a full name acting',
  'fr: Responsable label with a space before the colon',
  'fr: Astreinte label',
  'fr: selon and a name',
  'fr: selon and a full name mid-sentence',
  'fr: le serveur and an internal host',
  'fr: a Slack channel',
  'es: Sr. and a surname',
  'es: Dña. and a full name',
  'es: a given name restarting the cluster',
  'es: Responsable label',
  'es: Guardia label',
  'es: según and a name',
  'es: el bucket and an internal bucket',
  'es: an e-mail address',
  'pt: Sr. and a surname',
  'pt: a given name reverting the deploy',
  'pt: Responsável label',
  'pt: segundo and a name',
  'pt: o servidor and an internal host',
  'nl: a given name doing the rollback',
  'nl: a full name restarting',
  'nl: Verantwoordelijke label',
  'nl: volgens and a name',
  'nl: a Slack channel',
  'it: a given name restarting the node',
  'it: a full name acting',
  'it: Reperibile label',
  'it: il server and an internal host',
  'it: an internal URL',
]);
