/**
 * Date-times written finer than the millisecond (`2025-07-08T17:45:00.123456789Z`, as Kubernetes
 * events and Go's RFC 3339 logs give them): a JavaScript date holds milliseconds, so the rest was
 * dropped without a word, and `.000001Z` read as `.000Z`, an instant the file does not show
 * (bad input round 21). Each is said with the instant it is kept as.
 */
export interface SubMillisecondInstant {
  path: (string | number)[];
  written: string;
  kept: string;
}

const finerThanMilliseconds = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})(\d{1,6})(Z|[+-]\d{2}:?\d{2})$/;

/** The fields that hold instants (times.*, impact.start and end, timeline[].at): an unknown key is said as one already. */
const instantFields = ['times', 'impact', 'timeline'];

/** Every instant of `data` (frontmatter as read) written with digits past the millisecond that are not all 0. */
export function findSubMillisecondInstants(data: unknown): SubMillisecondInstant[] {
  const found: SubMillisecondInstant[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const match = finerThanMilliseconds.exec(value);
      if (match && /[1-9]/.test(match[2])) found.push({ path, written: value, kept: `${match[1]}${match[3]}` });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  if (data && typeof data === 'object') for (const field of instantFields) visit((data as Record<string, unknown>)[field], [field]);
  return found;
}

/** What is said of one: the digits dropped, and what to write. */
export function describeSubMillisecond(field: string, instant: SubMillisecondInstant): { message: string; fix: string } {
  const digits = /\.(\d+)/.exec(instant.written)![1].length;
  const unit = digits > 6 ? 'nanosecond' : 'microsecond';
  return {
    message: `${field} is written to the ${unit} (${instant.written}), but times are kept to the millisecond: it is stored, compared and shown as ${instant.kept}, and the digits after the third are dropped.`,
    fix: `write ${instant.kept}, or to the second (${instant.kept.replace(/\.\d{3}/, '')}), which is as fine as a postmortem's times need; keep the exact log line in the body if it matters.`,
  };
}
