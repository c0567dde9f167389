/**
 * A person an alert rule's annotation names (since probe round 57, docs/redaction.md, "Probe
 * round 57"): Prometheus's and Grafana's `summary:`, `description:` and `message:` are prose a
 * team writes for the one paged ("Ledger lag above 30s, paged by Corvin Ashgrove", "Ask tokereke
 * before silencing"). In a code block the prose rules read less, and a handle made of words was
 * refused; the field says it is prose to a responder, and the verb before the name who it is.
 *
 * Read in such a field's value only: after "paged by", "owned by", "escalate to", and the
 * imperatives "ask", "ping", "page", "call", "contact", "notify", "wake", a full name (two or
 * three capitalised words, one of them no English, common or public word, none a team's) or a handle judged as one in a
 * person's place (person-slot-handles.ts): "page the on-call", "ask in #ledger" are none.
 */
import type { PatternMatch } from './person-patterns.ts';
import { isCapitalisedNameInPersonSlot, isHandleInPersonSlot } from './person-slot-handles.ts';


const field = /^\s*-?\s*["']?(?:summary|description|message|runbook_note|title)["']?\s*:\s*["'|>]?/i;
const named = /\b(?:[Pp]aged by|[Oo]wned by|[Ee]scalate to|[Aa]sk|[Pp]ing|[Pp]age|[Cc]all|[Cc]ontact|[Nn]otify|[Ww]ake)\s+(?:@?(\p{Ll}[\p{Ll}\p{N}._-]{2,30}[\p{Ll}\p{N}])|(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}))(?![\p{L}\p{N}_@-])/gu;

/** The people an alert's annotation on this line names. */
export function findAlertAnnotationPeople(line: string): PatternMatch[] {
  const head = field.exec(line);
  if (!head) return [];
  const found: PatternMatch[] = [];
  for (const m of line.slice(head[0].length).matchAll(named)) {
    const index = head[0].length + m.index + m[0].length - (m[1] ?? m[2]).length;
    if (m[1] && isHandleInPersonSlot(m[1])) found.push({ text: m[1], index, severity: 'error', why: "a person an alert's annotation names" });
    else if (m[2] && isCapitalisedNameInPersonSlot(m[2])) found.push({ text: m[2], index, severity: 'error', why: "a person an alert's annotation names" });
  }
  return found;
}
