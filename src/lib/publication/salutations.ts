/**
 * A letter's salutation that names no one: "Dear Sir/Madam", "Dear Sir or Madam", "Dear
 * Customers", "Dear valued clients" (a vendor's outage notice quoted in a status post, round 39 of
 * false positives; the language model read "Dear Sir/Madam" as a person). Every word after "Dear"
 * is a form of address or a group, parted by spaces, a slash or "or"; a name among them ("Dear
 * Tavish", "Dear Mr Oberlin", "Dear Sir Tavish") keeps the text a name.
 */
const salutation = /^(?:Dear\s+)?(?:(?:Sirs?|Madams?|Mesdames|Madame|Customers?|Clients?|Colleagues?|Users?|Members?|Partners?|Valued|All|Team)(?:\s*\/\s*|\s+or\s+|\s+|$))+$/i;

/** True when `text` (a person candidate) is a salutation that names no one (see above). */
export function isSalutationWithoutName(text: string): boolean {
  return /^Dear\s/i.test(text) ? salutation.test(text.trim()) : /^(?:Sir|Madam)(?:\s*\/\s*|\s+or\s+)(?:Sir|Madam)$/i.test(text.trim());
}
