/**
 * The twenty-first probe round's leaks (docs/redaction.md, "Twenty-first probe round"): a given
 * name no list knows before a surname that is a dictionary word, acting as a person acts in an
 * incident ("Caoimhe Brenne restarted the pool", "Eskil Berg rolled back the deploy"). Neither
 * word is a name to any list, so the rules of unknown full names read the surname as a word and
 * the rules of everyday-word names read no given name. Text of our own writing; no list knows any
 * name. And a code name acting with a verb a person shares, with nothing it is done to ("Zarnith
 * failed at 10:02", "Quorvane restarted twice").
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string): LeakProbeWithOrganisation => ({ kind, text, leak });

export const leakProbesRound21: readonly LeakProbeWithOrganisation[] = [
  p('an unknown given name and a word surname restarting something', 'Caoimhe Brenne restarted the pool at 10:06.', 'Caoimhe Brenne'),
  p('an unknown given name and a word surname rolling back', 'Eskil Berg rolled back the deploy at 10:14.', 'Eskil Berg'),
  p('an unknown given name and a word surname paging', 'At 03:10 Tadhg Marsh paged the database team.', 'Tadhg Marsh'),
  p('an unknown given name and a word surname deploying', 'Saoirse Crane deployed the fix to every region.', 'Saoirse Crane'),
  p('an unknown given name and a word surname escalating', 'After the second alert Aoife Brede escalated to the vendor.', 'Aoife Brede'),
  p('an unknown given name and a word surname noticing', 'Oisín Funnel noticed the lag on the replica.', 'Oisín Funnel'),
  p('an unknown given name and a word surname confirming', 'Torbjørg Berg confirmed the restore at 11:02.', 'Torbjørg Berg'),
  p('an unknown given name and a word surname mid-sentence after a time', '- 10:04 Eskil Marsh restarted the writer', 'Eskil Marsh'),
  p('an unknown given name and a word surname with an adverb', 'Caoimhe Crane then rolled the config back.', 'Caoimhe Crane'),
  p('an unknown given name and a word surname acknowledging a page', 'Tadhg Brenne acknowledged the page within two minutes.', 'Tadhg Brenne'),
  p('an unknown given name and a word surname reverting', 'Saoirse Marsh reverted the migration at 10:40.', 'Saoirse Marsh'),
  p('an unknown given name and a word surname who was paged', 'Eskil Crane was paged at 03:00.', 'Eskil Crane'),
  p('an unknown given name and a word surname joining the bridge', 'At 03:20 Saoirse Berg joined the bridge.', 'Saoirse Berg'),
  p('a code name failing at a time', 'Zarnith failed at 10:02 and again at 10:40.', 'Zarnith'),
  p('a code name failing at the end of a sentence', 'The cache was fine. Velkanor failed.', 'Velkanor'),
  p('a code name failing again after a restart', 'Brathmoor failed again after the restart.', 'Brathmoor'),
  p('a code name restarting twice', 'At 10:02 Quorvane restarted twice.', 'Quorvane'),
  p('a code name rebooting on its own', 'Ostravel rebooted on its own after the kernel panic.', 'Ostravel'),
  p('an unknown given name and a word surname, then named again', 'Aoife Berg paged the on-call DBA. Aoife Berg stayed on the bridge until 12:00.', 'Aoife Berg'),
];

/** The probes still published after this round's rules: docs/redaction.md, "Limits". */
export const stillPublishedRound21: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound21: ReadonlySet<string> = new Set<string>([
  'a code name restarting twice',
  'a code name rebooting on its own',
]);
