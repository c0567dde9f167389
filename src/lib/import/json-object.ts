/**
 * A parsed JSON or YAML value that is an object (not null, not an array): what every reader of an
 * export (status pages, issue trackers, incident records) checks before it reads a field.
 */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
