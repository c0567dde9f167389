/**
 * The public guides a paging vendor publishes on subdomains of the domain its customers' accounts
 * use (round 36 of false positives, docs/redaction.md). Every `<account>.pagerduty.com` is one
 * customer's PagerDuty, which only its people can open, so a link there is an internal tool's link;
 * PagerDuty's open guides to incident response (`response.pagerduty.com`), postmortems
 * (`postmortems.pagerduty.com`) and the like are on the same domain, were found as such links,
 * and are cited by reports and by the Japanese translations of those guides (8 findings).
 *
 * The vendor holds these names, so no customer's account has them: a link there is a public
 * reference. Any other subdomain (`acme.pagerduty.com`, `acme-response.pagerduty.com`) is still
 * an account's.
 */
const pagerDutyGuide = /^(?:response|postmortems|ops-guides|goingoncall|stakeholders|retrospectives|business-response|security-training|autoremediation)\.pagerduty\.com$/i;

/** True when `host` is one of the vendors' public guide sites above. */
export function isVendorGuideSite(host: string): boolean {
  return pagerDutyGuide.test(host);
}
