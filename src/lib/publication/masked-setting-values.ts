/**
 * A secret's setting shown masked (`dns_ovh_application_secret = ***********`, `pwd =
 * "************"`): the value is a row of asterisks or bullets, as the writer or the tool printed
 * it in place of the secret (round 40 of false positives, docs/redaction.md: five in a non-profit's
 * infrastructure journal). No key material is left to publish. A value with anything else in it
 * (`***********x9Qf`, the end of a key) is read as before.
 */
const maskedSetting = /^[\p{L}\p{N}_.-]+\s*[:=]\s*["']?(?:\*{3,}|•{3,})["']?$/u;

/** Whether a secret finding `key: value` or `key=value` shows only a masked value. */
export function isMaskedSetting(match: string): boolean {
  return maskedSetting.test(match.trim());
}
