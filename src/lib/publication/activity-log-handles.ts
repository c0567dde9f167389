/**
 * A handle acting in a tool's activity log pasted as a timeline (since the twenty-eighth probe
 * round, docs/redaction.md): Jira, PagerDuty and Opsgenie write "10:14 qmarrow changed the status
 * to In Progress", "10:16 qmarrow acknowledged", a lower-case account after the time and one of
 * their verbs. A handle as a sentence's subject in prose is not read (a tool's name in lower case
 * acts as often); here the time and the tool's verb say it is an account's entry. The handle must
 * read as a person's (`isPersonalHandleValue`): no English, public or common word, daemon or bot.
 * Since probe round 31 also a timeline's own entry with a verb of an engineer's work ("02:41
 * zbrandt restarted the writer pods", "10:05 hkovacs rolled back"): the time opens an entry of
 * the timeline, and a tool in lower case there is a daemon or a bot the check leaves out.
 */
import { isPersonalHandleValue } from './pasted-config-people.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

const activityEntry =
  /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:UTC|Z|[AaPp][Mm]))?(?:\*\*|__)?[ \t]*(?:[-—–:|][ \t]*)?@?([a-z][a-z0-9._-]{2,30})[ \t]+(?:changed[ \t]+the[ \t]+(?:status|priority|assignee|severity)|transitioned|acknowledged|acked|resolved|escalated|reassigned|commented|assigned|restarted|rolled[ \t]+back|reverted|paged|deployed|merged|failed[ \t]+over|drained|joined|declared|confirmed|noticed|took[ \t]+over|handed[ \t]+(?:over|off)|rebooted)\b/;

/** The phrasing and its cue (test/unit/redaction-cue-implication.test.ts). */
export const cuedActivityEntry: CuedPattern = { name: "an activity log's handle", cue: /\d:\d\d/, pattern: activityEntry };

/** The handle acting in an activity log's entry on one line, if any. */
export function findActivityLogHandles(line: string): PatternMatch[] {
  if (!cuedActivityEntry.cue.test(line)) return [];
  const m = activityEntry.exec(line);
  if (!m || !isPersonalHandleValue(m[1])) return [];
  return [{ text: m[1], index: m.index + m[0].lastIndexOf(m[1], m[0].length - 1), severity: 'error', guess: true, why: "a handle acting in a tool's activity log" }];
}
