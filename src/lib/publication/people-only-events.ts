/**
 * What only a person does in an incident, as a timeline's event says it (the seventeenth probe
 * round, docs/redaction.md): an organisation acts in cosmos-incidents' Actor columns ("Hypha",
 * "ICL" publish releases, schedule upgrades, report errors), but none is paged, acknowledges a
 * page, joins the bridge, takes over as incident commander, hands over or goes back to sleep.
 * A lone word no lexicon knows beside such an event is read as a person even where the column's
 * other cells are organisations' (`actor-column.ts`).
 */
const peopleOnlyEvent = /^(?:(?:also|then|finally)\s+)?(?:(?:acknowledg(?:ed|es)|ack(?:ed|s)?)\s+(?:the\s+)?(?:page|pager|alert|PagerDuty|Opsgenie)|(?:was|is|got|gets)\s+(?:paged|woken|called|phoned)|joined\s+the\s+(?:bridge|call|war\s*room|huddle|zoom|meet|hangout|incident\s+channel)|joins\s+the\s+(?:bridge|call|war\s*room|huddle|zoom|meet|hangout|incident\s+channel)|(?:took|takes)\s+over\s+(?:as\s+)?(?:the\s+)?(?:IC|incident\s+commander|incident\s+lead|comms(?:\s+lead)?|on-?call|the\s+pager)|(?:handed|hands)\s+(?:the\s+pager|over\s+(?:IC|command|the\s+incident|to\s+the))|(?:woke|wakes)\s+up|(?:went|goes)\s+(?:back\s+)?to\s+(?:bed|sleep)|(?:is|was)\s+(?:now\s+)?(?:the\s+)?(?:IC|incident\s+commander|on-?call|primary\s+on-?call|secondary\s+on-?call))\b/i;

/** Whether a timeline event (a table cell's text) says what only a person does. */
export function onlyAPersonDoes(event: string): boolean {
  return peopleOnlyEvent.test(event.replace(/[*_`]/g, '').trim());
}
