/**
 * The object a JSON text holds, or undefined when it is not JSON or not an object (an array counts
 * as an object here, as `typeof` says): for the records a build keeps for the next one, where a
 * damaged file is ignored rather than reported (search-index-reuse.ts, similar-links-record.ts).
 */
export function parsedJsonObject(text: string): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}
