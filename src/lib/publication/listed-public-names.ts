/**
 * True when a person finding is, whole, a name the organisation lists as public
 * (`redaction.publicNames`): the guesses check the list, but a name found through another
 * phrase of the post ("Mike and Seth collaborated" makes every "Mike" a guess, and "Mike Fiedler"
 * its whole name) did not (sixteenth round of false positives). A configured person (`a known
 * name`: the organisation's own people) stays a finding; part of a listed name ("Mike" alone,
 * "Fiedler") is not the listed name, and stays one too.
 */
export function isListedPublicName(finding: { rule: string; text: string; why?: string }, publicNames: ReadonlySet<string>): boolean {
  if (finding.rule !== 'redact/person' && finding.rule !== 'redact/possible-person') return false;
  if (finding.why?.startsWith('a known name')) return false;
  return publicNames.has(finding.text.toLowerCase());
}
