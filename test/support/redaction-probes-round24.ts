/**
 * The twenty-fourth probe round's leaks (docs/redaction.md, "Twenty-fourth probe round"): what
 * the twenty-third round left in its "Limits": a single unlisted given name in the present
 * simple, the perfect or after a modal, and a full name in the present before a bare noun. Text of
 * our own writing; no list knows any name.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound24: readonly LeakProbeWithOrganisation[] = [
  // A single given name in the present simple.
  p('a single given name in the present simple', 'Tadhg restarts the pool every Sunday.', 'Tadhg'),
  p('a single given name in the present with an adverb', 'Afterwards Oisín usually drains the node by hand.', 'Oisín'),
  p('a single given name in the present, mid-sentence', 'When the lag grows, Eskil reboots the standby first.', 'Eskil'),
  p('a single given name in the present with "back"', 'Saoirse rolls back the release if the canary fails.', 'Saoirse'),
  p('a single given name in the present with a pronoun', 'Caoimhe pages them when the queue stalls.', 'Caoimhe'),
  p('a single given name in the present of an irregular verb', 'Every quarter Kasimir rewrites the runbook.', 'Kasimir'),

  // A single given name in the perfect.
  p('a single given name in the present perfect', 'Tadhg has rolled back the release.', 'Tadhg'),
  p('a single given name in the past perfect', 'By 04:00 Oisín had cordoned the node.', 'Oisín'),
  p('a single given name in the perfect of an irregular verb', 'Eskil has taken the page for tonight.', 'Eskil'),
  p('a single given name in the perfect with an adverb', 'Saoirse has already silenced the alert.', 'Saoirse'),

  // After a modal.
  p('a single given name after "can"', 'Tadhg can take the page tonight.', 'Tadhg'),
  p('a single given name after "should"', 'Oisín should rotate the keys before Friday.', 'Oisín'),
  p('a single given name after "must"', 'Caoimhe must approve the change first.', 'Caoimhe'),
  p('a single given name after "could"', 'If needed, Kasimir could restart the writers.', 'Kasimir'),
  p('a single given name after "might" with an adverb', 'Eskil might also revert the migration.', 'Eskil'),
  p('a single given name after "will" with a system habit verb', 'Saoirse will restart the pool at noon.', 'Saoirse'),

  // A full name in the present before a bare noun.
  p('a pair in the present before a bare noun', 'Caoimhe Brenne shares blockchain tests with the vendor.', 'Caoimhe Brenne'),
  p('a pair in the present before a plural noun', 'Tadhg Marsh triages pager alerts on weekdays.', 'Tadhg Marsh'),
  p('a pair in the present before a noun, mid-sentence', 'Since March, Oisín Quillan reviews schema changes.', 'Oisín Quillan'),
  p('a pair in the present with an adverb before a noun', 'Eskil Vold usually approves firewall changes.', 'Eskil Vold'),

  // In a public field's sentence, and a list item.
  p('a single given name in the present in a list item', '- Kasimir drains the node, then we reimage it.', 'Kasimir'),
  p('a single given name after "should" in a quote', '> Oisín should rotate the keys.', 'Oisín'),

  // Still published after this round (docs/redaction.md, "Limits"): what systems and status updates write as often.
  p('a single given name in the perfect with no object', 'By then Tadhg has restarted.', 'Tadhg'),
  p('a single given name in the present before a preposition', 'Tadhg stays on the bridge.', 'Tadhg'),
  p("a pair's present before a noun with a system's verb", 'Caoimhe Brenne restarts workers nightly.', 'Caoimhe Brenne'),
];

/**
 * The probes still published after this round (docs/redaction.md, "Limits"). The twenty-fifth probe
 * round finds the other two: a given name with no object ("Tadhg has restarted.", Tadhg being a
 * given name its list knows) and a name in a person's place ("Tadhg stays on the bridge").
 */
export const stillPublishedRound24: ReadonlySet<string> = new Set<string>([
  "a pair's present before a noun with a system's verb",
]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound24: ReadonlySet<string> = new Set<string>([
  'a pair in the present before a noun, mid-sentence',
  'a pair in the present with an adverb before a noun',
]);

/**
 * Ordinary public sentences written the same way: a public product or a system acting in these
 * tenses, a plural noun's phrase after a product's pair, a verb with no object.
 */
export const notPeopleRound24: readonly (readonly [string, string])[] = [
  ['a public product in the present', 'Grafana shows the error on the overview.'],
  ['a public product in the perfect, no object', 'Redis has restarted.'],
  ['a public product in the perfect with an object', 'Kubernetes has restarted the pod twice.'],
  ['a public product after "can"', 'Postgres can rotate the logs daily.'],
  ['a public product after "should"', 'Prometheus should scrape the target every 15 seconds.'],
  ["a product's pair before a plural noun's verb", 'Zarnith Agent logs errors to stderr.'],
  ["a product's plural noun phrase", 'Indico Agenda pages load slowly.'],
  ['a sentence opener in the present', 'This restarts the pool.'],
  ['a pronoun after a modal', 'They should rotate the keys.'],
  ['a public product in the present with a preposition', 'Nginx runs on every node.'],
  ['an empty verb after a modal', 'Zarnith will be the default from Monday.'],
];
