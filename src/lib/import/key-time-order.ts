/**
 * Whether a draft's key times keep the order the schema asks of them (src/lib/postmortem-schema.ts:
 * detected, mitigated and resolved at or after started; resolved at or after detected and
 * mitigated). The import asks it before letting a labelled key time take the place of one read
 * from the timeline's rows (import round 39b), so a label never makes a draft the check refuses.
 */
export function keyTimesInOrder(times: { started?: string; detected?: string; mitigated?: string; resolved?: string }): boolean {
  const pairs: [string | undefined, string | undefined][] = [
    [times.started, times.detected],
    [times.started, times.mitigated],
    [times.started, times.resolved],
    [times.detected, times.resolved],
    [times.mitigated, times.resolved],
  ];
  return pairs.every(([earlier, later]) => !earlier || !later || Date.parse(earlier) <= Date.parse(later));
}
