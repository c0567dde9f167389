/**
 * PostgREST's filters in a link's query (`/rest/v1/repos?owner=eq.owner&name=eq.repo`, Supabase's
 * REST API): the value is written after an operator and a dot (`eq.`, `ilike.`, `not.in.`), and a
 * rule that reads a parameter named for a person (`owner=`, `author=`) judged `eq.owner` as an
 * account (false positives round 43). The account, if any, is the value after the operator.
 */
export const postgrestOperator = String.raw`(?:not\.)?(?:eq|neq|gt|gte|lt|lte|like|ilike|match|imatch|is|isdistinct|in|cs|cd|ov|sl|sr|nxl|nxr|adj|fts|plfts|phfts|wfts)\.`;

const operatorAtStart = new RegExp(`^${postgrestOperator}`);

/** The length of the PostgREST operator `value` opens with (0 when none). */
export function postgrestOperatorLength(value: string): number {
  return operatorAtStart.exec(value)?.[0].length ?? 0;
}
