/**
 * E-mail addresses a draft carries from its source: a PII redactor's test data keeps incidents
 * of six incident platforms with their responders' names and addresses ("reporter":
 * "…@sales.rootly.io"), and each of its 92 drafts carried them without a word (import round 54).
 * A draft is internal, where they may stay; the import's summary names the drafts that hold any,
 * so that whoever makes one public knows the guard will stop it until they are removed.
 */

/** An address as people write them (`first.last@team.example.io`): no address inside a URL's path is one. */
const emailAddress = /(?<![\p{L}\p{N}._%+/-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

/** The distinct e-mail addresses in `text`, in the order they first appear. */
export function emailAddressesIn(text: string): string[] {
  return [...new Set(text.match(emailAddress) ?? [])];
}
