/**
 * A status page's notices (status-history round 37). cState, and status pages like it, has three
 * levels, `down`, `disrupted` and `notice`, and an `informational: true` flag; a team posts at the
 * notice level what is no outage: its holidays ("Most of the team will be unavailable on Monday")
 * and its scheduled work ("A system upgrade is scheduled to start on …", "Planned Maintenance in
 * LON1"). packit-status has 33 notices, civo-status 17; outages are posted at that level too
 * ("Packit outage", "Copr outage - stuck hypervisor"), so the level alone decides nothing. A notice
 * whose title, or its first sentence, says it is planned work is a planned maintenance (imported
 * only with --maintenances, planned-work.ts); one that says the team is away is an announcement,
 * not imported, said. Any other notice is imported as an incident, as before; so is a post of an
 * incident's level whatever its words (a maintenance that went wrong).
 */

/** The notice level of the post's metadata (`severity: notice`, `informational: true`), as written, or undefined. */
export function noticeLevelOf(metadata: Record<string, unknown> | undefined): string | undefined {
  if (!metadata) return undefined;
  const severity = metadata.severity;
  if (typeof severity === 'string' && /^(?:notice|info|informational)$/i.test(severity.trim())) return `severity: ${severity.trim()}`;
  const informational = metadata.informational;
  if (informational === true || (typeof informational === 'string' && /^(?:yes|true)$/i.test(informational.trim()))) return `informational: ${String(informational)}`;
  return undefined;
}

/** A title that names planned work ("Planned Maintenance in FRA1", "Plannned Maintenancein LON2", "System upgrade scheduled"). */
const plannedTitle = /maintenance|\b(?:scheduled|planned)\b/i;
/** Work that was not planned ("Emergency Maintenance", "unscheduled maintenance", "urgent upgrade"). */
const unplannedWork = /\b(?:emergency|unplanned|unscheduled|urgent)\b/i;
/** The same said in the opening, of the work itself (not "for urgent issues, write to …"). */
const unplannedOpening = /\b(?:emergency|unplanned|unscheduled|urgent) (?:maintenance|work|downtime|upgrade|restart|reboot)\b/i;
/** An opening that says the work is planned ("A cluster upgrade is scheduled to start …", "We are performing scheduled …", "Planned Outage:"). */
// Also work announced with the outage it will cost, bounded ahead ("Our production deployment is being
// moved to a different cluster, you may experience outage for at most an hour": packit's "Production
// move", import round 38): nobody can bound ahead an outage they did not plan.
const plannedOpening = /\b(?:is|are|was|were) (?:scheduled|planned)\b|\bperforming (?:a )?(?:scheduled|planned)\b|^\s*(?:planned|scheduled) (?:outage|maintenance|work|downtime)\b|\byou (?:may|might|will|could) (?:experience|see|notice) (?:an? |some )?(?:short |brief )?(?:outages?|downtime|disruptions?|interruptions?|unavailability)\b[^.\n]{0,30}?\b(?:for|of|lasting) (?:at most|up to|no more than|less than)\b/im;
/**
 * A change the team made or is making, announced ("We've deployed production instance of … to a
 * new Openshift cluster. If you spot anything unusual, let us know": packit's "New production
 * deployment", import round 38b), in its title or opening.
 */
const changeAnnounced = /\b(?:we(?:'ve| have| are| will)?|(?:has|have) been|(?:is|are|was|were)(?: being)?) (?:deploy(?:ed|ing)|migrat(?:ed|ing)|upgrad(?:ed|ing)|mov(?:ed|ing)|releas(?:ed|ing)|roll(?:ed|ing) out)\b|\bnew (?:production |staging )?(?:deployment|release|version)\b/i;
/**
 * Words of an outage or its harm: a notice with any of them in its title or opening tells an incident, whatever was deployed.
 * Harm is also written in other words than an outage's (round 39): "some builds are red", jobs that crash, time out, break
 * or do not start, data corrupted, requests rejected.
 */
const impactWords = /\b(?:outages?|down|downtime|disrupt\w*|interrupt\w*|errors?|fail\w*|unavailable|unreachable|inaccessible|slow\w*|degraded|issues?|problems?|incidents?|broken|stuck|not working|unable|cannot|can't|delay\w*|lost|missing|crash\w*|br(?:eak\w*|oke|oken)|time[sd]? out|timing out|timeouts?|regress\w*|corrupt\w*|rejected|wrong|not (?:respond\w*|load\w*|start\w*|reachable|available|accessible)|(?:are|is|went|turned|turning|go(?:es|ing)?|stay(?:s|ed)?|shows?|showing) red)\b/i;
/** An opening that says the team is away ("Most of the team will be unavailable", "All the team is on vacation", "public holidays"). */
const teamAway = /\b(?:team|we)\b[^.\n]{0,60}\b(?:on (?:vacation|holidays?|leave)|unavailable|away|out of (?:the )?office)\b|\bpublic holidays?\b/i;

/** What a notice is when it is no incident: planned work or the team's absence, with the reason. */
export type NoticeKind = { kind: 'planned-work'; why: string } | { kind: 'announcement'; why: string };

/**
 * What a post at the notice level is, by its title and its opening (its first 300 characters of
 * prose), or undefined when it is an incident or is not at the notice level.
 */
export function noticeKindOf(metadata: Record<string, unknown> | undefined, title: string | undefined, body: string): NoticeKind | undefined {
  const level = noticeLevelOf(metadata);
  if (!level) return undefined;
  const opening = body.replace(/^(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)\r?\n/, '').trim().slice(0, 300);
  // "Emergency maintenance" is work nobody planned: an incident's notice, imported as one, unless
  // its title says it was scheduled ahead ("Scheduled Emergency Maintenance in PHX1").
  if ((unplannedWork.test(title ?? '') || unplannedOpening.test(opening)) && !/\b(?:scheduled|planned)\b/i.test(title ?? '')) return undefined;
  if (title && plannedTitle.test(title)) return { kind: 'planned-work', why: `${level}, and its title says planned work ("${title}")` };
  const planned = plannedOpening.exec(opening);
  if (planned) return { kind: 'planned-work', why: `${level}, and its first words say planned work ("${planned[0].trim()}")` };
  // A change announced with no word of an outage or its harm is the team's own work, done as
  // planned: it tells nobody of an incident.
  const change = changeAnnounced.exec(`${title ?? ''}\n${opening}`);
  if (change && !impactWords.test(`${title ?? ''}\n${opening}`)) return { kind: 'planned-work', why: `${level}, and it announces a change made ("${change[0].trim()}") with no word of an outage or its harm` };
  const away = teamAway.exec(opening);
  if (away) return { kind: 'announcement', why: `${level}, and it says the team is away ("${away[0].trim()}")` };
  return undefined;
}

/** A notice of the team's absence: not imported, in a folder or named (scripts/import.ts). */
export class AnnouncementError extends Error {}

/** Why an announcement is not imported. */
export function announcementRefusal(why: string, title: string | undefined): string {
  return `is an announcement${title ? ` ("${title}")` : ''}, not an incident: its metadata says ${why}. Not imported. If it did record an outage, give it an incident's severity in its metadata (disrupted, down) and import it again.`;
}
