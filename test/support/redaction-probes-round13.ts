/**
 * The thirteenth probe round's leaks (docs/redaction.md, "Thirteenth probe round"): what the
 * twelfth round's Limits said still got through, each written a few ways, and the shapes the
 * eleventh round of false positives could let through (a person's name before a version, a
 * handle thanked that is no English plural, a lone chat line in code). Text of our own writing,
 * modelled on how the postmortems in /work/corpora write them. No list knows any name.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound13: readonly LeakProbeWithOrganisation[] = [
  // "ping X" with no reason.
  p('"ping" a handle with no reason', 'If in doubt, ping hbrekke.', 'hbrekke'),
  p('"ping" a handle closing a line', 'Questions? Ping tovem', 'tovem'),
  p('"ping" a handle in a list item', '- Stuck on the restore? ping kvold.', 'kvold'),

  // A first name and an initial before a role.
  p('a first name and an initial before a role', 'Hallvard B., SRE lead, wrote this summary.', 'Hallvard'),
  p('a first name and an initial before an incident role', 'Ilsabet K., incident commander, paged the database team.', 'Ilsabet'),
  p('a first name and an initial without the dot', 'Kasimir V, on-call engineer, acknowledged the page.', 'Kasimir'),

  // Captions.
  p('a first name in a figure caption', '<figure><img src="rack.png" alt="" /><figcaption>Kasimir at the rack</figcaption></figure>', 'Kasimir'),
  p('a full name in a figure caption', '<figcaption>Quorvex Dalsgaard replacing the disk</figcaption>', 'Quorvex Dalsgaard'),

  // Diagrams.
  p('a diagram participant named with an unknown word', '```mermaid\nsequenceDiagram\n  participant Dagfinn\n  participant DB\n  Dagfinn->>DB: promote the replica\n```', 'Dagfinn'),

  // Local parts without a domain.
  p('a local part whose first part splits into English words', 'Escalation contact: ilsabet.k@ (or the channel).', 'ilsabet'),
  p('a local part without a domain', 'Escalation contact: dagfinn.h@ (or the channel).', 'dagfinn'),

  // Shapes round 11's false-positive rules could let through.
  p('a person named before a version-like number', 'Vexmor 2.1 restarted the primary at 10:05.', 'Vexmor'),
  p('a handle thanked that is no English plural', 'Thanks vexmor for the quick rollback.', 'vexmor'),
  p('a lone chat line in code', '```\nhbrekke: restarting\n```', 'hbrekke'),
  p('a lone chat line in code, a short reply', '```\ntovem: done, restarting the pool\n```', 'tovem'),
];

/**
 * The probes still published after this round's rules: docs/redaction.md, "Limits". A first name
 * and an initial without its dot, a diagram's participant and the lone chat lines are found since
 * the fourteenth probe round ("Fourteenth probe round"); a word no lexicon knows before a version
 * and a verb ("Vexmor 2.1 restarted") since the sixteenth, as a system no list knows.
 */
export const stillPublishedRound13: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound13: ReadonlySet<string> = new Set<string>([
  'a first name and an initial before an incident role',
  'a full name in a figure caption',
  'a local part without a domain',
]);
