/**
 * When a report's first timeline row is both its start and its first "detection" (a status
 * page's first update, "Investigating - We are looking into elevated errors"; "We're
 * investigating reports of …"), the report states no time the incident was noticed apart from
 * when it began to be told: setting `times.detected` to it made the page's time to detect read
 * "under 1 min", a figure no source gave. Such a row names no detection: the draft leaves
 * `times.detected` to fill and says so. A row whose words do name one ("The monitor triggered an
 * alert", "wire.com being down was detected by the security team") is a detection the report
 * states, and stays one.
 */
// "A maintainer reports that …" names who noticed it; "We are investigating reports of …" does not.
// "A security researcher submits a disclosure report" (a bug bounty's) names one too.
const detectionWords = /(?<!(?:investigating|into|of|about|on)\s)\breport(?:s|ed)\b|\b(?:submit(?:s|ted)?|file[sd]?|sen[dt]s?|open(?:s|ed)?)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:report|ticket|disclosure)\b|\b(?:detect(?:ed|s|ion)?|alert(?:ed|s)?|alarm(?:ed|s)?|noticed?|notices|discovered|spotted|paged|became aware|were made aware|was flagged|monitor(?:ing)?\s+(?:fired|triggered|caught|reported))\b/i;

/** True when `event` names how the incident was noticed (an alert, a detection), not only that it is being looked into. */
export function namesDetection(event: string): boolean {
  return detectionWords.test(event);
}

/** The import report's note for a detection left unset because it was the start's own row. */
export function detectionLeftAtStartNote(event: string): string {
  const words = event.replace(/\s+/g, ' ').trim();
  const quoted = words.length > 80 ? `${words.slice(0, 77).trimEnd()}…` : words;
  return `times.detected left to fill: the first timeline row ("${quoted}") is the incident's start and names no detection (an alert, who noticed it); a detection at the start's own minute would show a time to detect of under a minute that the report does not state`;
}
