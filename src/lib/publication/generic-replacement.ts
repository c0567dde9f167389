/**
 * The English phrases `npm run redact` writes where a name cannot be wrapped in `<Internal>`. Other
 * languages' phrases live in generic-phrase-languages.ts. stand-in-labels.ts reads a name written
 * after one of these as internal, so the phrases have one source: a reworded phrase is read too.
 */

/** Generic wording for a finding's text where `<Internal>` cannot be used. */
export function genericReplacement(rule: string): string {
  switch (rule) {
    case 'redact/person':
    case 'redact/possible-person':
      return 'an engineer';
    case 'redact/ticket':
      return 'a tracked issue';
    case 'redact/channel':
      return 'the incident channel';
    case 'redact/email':
    case 'redact/handle':
      return 'the responsible team';
    case 'redact/ip-address':
    case 'redact/internal-host':
      return 'an internal host';
    case 'redact/cloud-account':
      return 'an internal account';
    case 'redact/secret':
      return '[removed]';
    case 'redact/phone':
      return 'a phone number';
    default:
      return 'an internal system';
  }
}

/** A DNS zone written bare in prose ("NXDOMAIN for .corp.example names"). */
export const internalDomainStandIn = 'an internal domain';

/** The phrases that stand for a system, a host, a domain or an account: a name after one is internal. */
export const systemStandIns: readonly string[] = [...new Set([genericReplacement('redact/internal-name'), genericReplacement('redact/internal-host'), genericReplacement('redact/cloud-account'), internalDomainStandIn])];
