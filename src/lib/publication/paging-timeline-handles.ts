/**
 * Handles where a pager's timeline or a deploy's annotation puts a person (probe round 60,
 * docs/redaction.md): PagerDuty's and Opsgenie's reassignments ("Reassigned from dfeldkamp to
 * cthrelkeld", "Escalated from … to …"), the subject of an Opsgenie mail ("[Opsgenie] cthrelkeld
 * acknowledged alert: …"), and the author a deploy's or rollback's annotation ends with ("Deploy
 * ferrow-relay v3.2.0 by dfeldkamp", as Grafana shows it). Each place holds a person, so a
 * handle there is one when it is shaped as a person's (`isPersonalHandleValue`: no English word,
 * team, bot or daemon: "by jenkins", "by the-deploy-bot", "by default" are none).
 */
import type { PatternMatch } from './person-patterns.ts';
import { isFullNameValue, isPersonalHandleValue } from './pasted-config-people.ts';
import { isKnownFirstName } from './people.ts';
import { isPersonWordWhereToolPutsOne } from './tool-activity-people.ts';

const handle = String.raw`@?([\p{Ll}][\p{Ll}\p{N}._-]{1,38}[\p{Ll}\p{N}])`;
const end = String.raw`(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])`;
/** A reassignment or escalation from one responder to another. */
const reassigned = new RegExp(String.raw`\b(?:[Rr]eassigned|[Ee]scalated|[Hh]anded (?:over|off)|[Tt]ransferred)\s+from\s+${handle}${end}\s+to\s+${handle}${end}`, 'gud');
/** An alert's event opening with who did it, as a pager's mail subject or log writes it. */
const actedOnAlert = new RegExp(String.raw`(?:^\s*(?:[-*+]\s+)?|\]\s+|\d:\d\d(?::\d\d)?\s+(?:UTC\s+)?)${handle}\s+(?:acknowledged|acked|closed|snoozed|resolved|escalated|reassigned|unacknowledged)\s+(?:the\s+)?(?:alert|incident)\b`, 'gud');
/** A deploy's, release's or rollback's annotation ending with who made it. */
const annotationBy = new RegExp(String.raw`^\s*(?:[-*+]\s+)?["']?(?:Deploy(?:ed|ing)?|Release[ds]?|Roll(?:back|ed back)|Revert(?:ed)?|Restart(?:ed)?|Hotfix|Migration|Scaled?)\b[^\n]{0,80}?\sby\s+${handle}["'.]?\s*$`, 'ud');
/**
 * Since probe round 61: the same annotation as the text of Grafana's annotation JSON (`{"text":
 * "Rollback by Ysolde", …}`), ending the string with a handle or a capitalised name.
 */
const annotationTextBy = new RegExp(String.raw`"text"\s*:\s*"(?:Deploy(?:ed|ing)?|Release[ds]?|Roll(?:back|ed back)|Revert(?:ed)?|Restart(?:ed)?|Hotfix|Migration|Scaled?)\b[^"\n]{0,80}?\sby\s+(?:${handle}|(\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}+)?))"`, 'ud');

/** A capitalised name after an annotation's "by": a full name, or one word read as a person's where a tool puts one ("by Ysolde"; not "by Default"). */
const isAnnotationAuthorName = (value: string) => (value.includes(' ') ? isFullNameValue(value) : isPersonWordWhereToolPutsOne(value));

/** Where a group starts (the expressions keep their groups' indices, flag `d`). */
const start = (m: RegExpExecArray | RegExpMatchArray, group: number) => m.indices?.[group]?.[0] ?? m.index!;

/** The people a pager's timeline or a deploy's annotation names by their handles, on one line. */
export function findPagingTimelineHandles(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  const add = (text: string, index: number, why: string) => {
    if (isPersonalHandleValue(text)) found.push({ text, index, severity: 'error', why });
  };
  if (line.includes(' from ')) {
    for (const m of line.matchAll(reassigned)) {
      add(m[1], start(m, 1), 'a responder a pager reassigned an incident from');
      add(m[2], start(m, 2), 'a responder a pager reassigned an incident to');
    }
  }
  if (/\b(?:alert|incident)\b/.test(line)) for (const m of line.matchAll(actedOnAlert)) add(m[1], start(m, 1), "who acted on an alert, as a pager's log writes it");
  if (line.includes(' by ')) {
    const m = annotationBy.exec(line);
    if (m) add(m[1], start(m, 1), "who a deploy's or rollback's annotation says made it");
    if (line.includes('"text"')) {
      const json = annotationTextBy.exec(line);
      if (json?.[1]) add(json[1], start(json, 1), "who a deploy's or rollback's annotation says made it");
      else if (json?.[2] && isAnnotationAuthorName(json[2])) found.push({ text: json[2], index: start(json, 2), severity: 'error', guess: !isKnownFirstName(json[2].split(' ')[0]), why: "who a deploy's or rollback's annotation says made it" });
    }
  }
  return found;
}
