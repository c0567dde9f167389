/**
 * The challenge types of ACME, the protocol that issues certificates (RFC 8555, RFC 8737 and the
 * IETF drafts of `dns-account-01` and `dns-persist-01`): `HTTP-01`, `DNS-01`, `TLS-ALPN-01`, and
 * the retired `TLS-SNI-01`/`-02`. Round 32 of false positives (docs/redaction.md): a certificate
 * authority's blog and its documentation in German, French, Spanish, Portuguese and Italian name
 * them in every other paragraph, and they read as a numbered host (`DNS-01`) and as a ticket's
 * key. They name the public protocol's methods, not anything of the publisher's; an internal
 * host called `dns-01` is then published (docs/redaction.md, "Limits").
 */
const acmeChallengeType = /^(?:http-01|dns-01|tls-alpn-01|tls-sni-0[12]|dns-account-01|dns-persist-01)$/i;

/** True when `token` is an ACME challenge type (`HTTP-01`, `dns-01`, `TLS-ALPN-01`). */
export function isAcmeChallengeType(token: string): boolean {
  return acmeChallengeType.test(token);
}
