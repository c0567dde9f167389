/**
 * A timeline that opens with the system as it was before anything went wrong ("01:58–02:00 CET
 * Validator operating normally and producing blocks as expected.", a validator operator's report,
 * import round 34) sets the scene: the incident did not start then. Its first row gave
 * `times.started`, two minutes before the report's own "Impact Window: 02:00–02:08 CET".
 *
 * The leading rows whose words say only that all was normal are kept in the timeline but give no
 * key time; the start is the first row after them. A row that also names trouble ("operating
 * normally until errors began", "running normally, then the disk filled") is no such row, and
 * neither is a last row (then the timeline says nothing else). A row that ends saying there were no
 * issues ("07/03/2023 - 1.13.0-17 Version released - No issues", passbolt's Android report, import
 * round 38) is one too.
 */
const normal = /\b(?:(?:operating|running|working|functioning|performing|serving(?: \w+)?|behaving)\s+(?:normally|as expected|as usual|fine|correctly)|(?:all|every)\s+(?:systems?|services?|nodes?|checks?)\s+(?:were\s+|are\s+)?(?:healthy|operational|nominal|green|normal)|normal operations?|healthy and (?:in sync|synced|serving))\b|\bno (?:issues?|problems?)(?: (?:reported|found|seen|observed))?\W*(?:\([^()]*\)\W*)?$/i;
const trouble = /\b(?:errors?|fail\w*|stop\w*|stall\w*|down|degrad\w*|alert\w*|time[ds]? ?out|timeouts?|lost|loss|unable|panic\w*|crash\w*|until|then|but|however|began|started|spike\w*|outage|incident|missed|halt\w*|delay\w*)\b/i;

/** True when a row's words say only that the system was working as it should. */
export function saysOnlyNormalOperation(event: string): boolean {
  return normal.test(event) && !trouble.test(event);
}

/** The timeline's leading rows that say only that all was normal, when another row follows them. */
export function leadingNormalRows<Row extends { event: string }>(rows: readonly Row[]): Row[] {
  const leading: Row[] = [];
  for (const row of rows) {
    if (!saysOnlyNormalOperation(row.event)) break;
    leading.push(row);
  }
  return leading.length < rows.length ? leading : [];
}
