/**
 * An internal domain in both of the forms a post may write it (since probe round 38,
 * docs/redaction.md): configured in punycode (`.xn--bcher-kva.example`), a host under it written
 * in Unicode (`db7.bücher.example`) was published, and the other way round; an address bar shows
 * either. Each suffix is returned with a leading dot, in lower case, with its other form beside it.
 */
import { domainToASCII, domainToUnicode } from 'node:url';

export function internalDomainForms(domains: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const domain of domains) {
    const dotted = (domain.startsWith('.') ? domain : `.${domain}`).toLowerCase();
    forms.add(dotted);
    const bare = dotted.slice(1);
    // Node gives '' for what is no domain; the configured form is kept as it is then.
    for (const other of [domainToASCII(bare), domainToUnicode(bare)]) if (other) forms.add(`.${other.toLowerCase()}`);
  }
  return [...forms];
}
