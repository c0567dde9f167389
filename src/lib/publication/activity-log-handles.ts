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
 * Since probe round 32 also a handle opening a clause of prose before an engineer's act and its
 * object ("Then tvoskuil merged the fix", "… . hkovacs rolled back the deploy"): the same check
 * leaves out the daemons and bots that act so ("then systemd restarted the unit").
 * Since probe round 51 also a tracker's history line without its time, as a report copies it into
 * prose ("kvandermolt changed the status to Done on 2026-03-03").
 */
import { allMatches } from '../regexp.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

const activityEntry =
  /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:UTC|Z|[AaPp][Mm]))?(?:\*\*|__)?[ \t]*(?:[-—–:|][ \t]*)?@?([a-z][a-z0-9._-]{2,30})[ \t]+(?:changed[ \t]+the[ \t]+(?:status|priority|assignee|severity)|transitioned|acknowledged|acked|resolved|escalated|reassigned|commented|assigned|restarted|rolled[ \t]+back|reverted|paged|deployed|merged|failed[ \t]+over|drained|joined|declared|confirmed|noticed|took[ \t]+over|handed[ \t]+(?:over|off)|rebooted)\b/;

/** A handle opening a clause of prose (a line, a sentence, "then", "At 03:12,") before an engineer's act and its object. */
const proseEntry = /(?:^[ \t>]*(?:[-*+][ \t]+)?|[.!?;][ \t]+|\b[Tt]hen[ \t]+|\b[Aa]t[ \t]+\d{1,2}:\d{2},?[ \t]+)@?([a-z][a-z0-9._-]{2,30})[ \t]+(?:(?:merged|restarted|rolled[ \t]+back|reverted|paged|deployed|drained|failed[ \t]+over|rebooted|acknowledged|acked|approved)[ \t]+(?:the|a|an|our|their|it|this|that|both|all)\b|changed[ \t]+the[ \t]+(?:status|priority|assignee|severity|resolution)[ \t]+(?:to|from)\b)/dg;

/** The phrasings and their cues (test/unit/redaction-cue-implication.test.ts). */
export const cuedActivityEntry: CuedPattern = { name: "an activity log's handle", cue: /\d:\d\d/, pattern: activityEntry };
export const cuedProseHandleActing: CuedPattern = { name: "a handle opening a clause before an engineer's act", cue: /(?:merged|restarted|rolled[ \t]+back|reverted|paged|deployed|drained|failed[ \t]+over|rebooted|acknowledged|acked|approved|changed)[ \t]/, pattern: proseEntry };

/** The handle acting in an activity log's entry on one line, if any. */
export function findActivityLogHandles(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  const m = cuedActivityEntry.cue.test(line) ? activityEntry.exec(line) : null;
  if (m && isPersonalHandleValue(m[1])) found.push({ text: m[1], index: m.index + m[0].lastIndexOf(m[1], m[0].length - 1), severity: 'error', guess: true, why: "a handle acting in a tool's activity log" });
  if (!cuedProseHandleActing.cue.test(line)) return found;
  for (const p of allMatches(proseEntry, line)) {
    const index = p.indices![1]![0];
    if (!isPersonalHandleValue(p[1]) || found.some((f) => f.index === index)) continue;
    found.push({ text: p[1], index, severity: 'error', guess: true, why: "a handle opening a clause before an engineer's act" });
  }
  return found;
}
