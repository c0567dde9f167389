/**
 * A parsed JSON or YAML value that is an object (not null, not an array): what every reader of an
 * export (status pages, issue trackers, incident records) checks before it reads a field.
 */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field's text, trimmed; undefined for a missing, blank or non-text value. */
export const trimmedText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Whether a yes/no field says yes: `true`, or the text yes, true, y or on (any case). */
export const isYes = (value: unknown): boolean => value === true || (typeof value === 'string' && /^(?:yes|true|y|on)$/i.test(value.trim()));
