import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { isAttackPatternId, isPageOfOtherSite, isStoredFileDigest, isVendorPublication } from '../../src/lib/publication/other-sites.ts';
import { isListedPublicName } from '../../src/lib/publication/listed-public-names.ts';

/**
 * False positives of the sixteenth round: posts a package registry's team had already published
 * on its blog (an adoption walkthrough). Every text here is our own, shaped like what was found;
 * beside each negative a person or system written the same way that is still found.
 */
const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** `rule:text` of every finding. */
const found = (text: string, with_: RedactionOptions = options) => scanPublicText('post.mdx', text, with_).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);

describe("a vendor's research publication", () => {
  test('an article of a monitoring vendor’s security research site is no tenant', () => {
    expect(found('- [Their write-up](https://securitylabs.datadoghq.com/articles/npm-worm-returns/)')).toEqual([]);
    expect(found('Analysis: https://research.datadoghq.com/blog/cookie-theft-campaign')).toEqual([]);
  });

  test("a tenant's pages on the same domains are still links to a tool", () => {
    expect(found('See https://app.datadoghq.com/dashboard/abc-123/ledger')).toEqual(['redact/internal-link:https://app.datadoghq.com/dashboard/abc-123/ledger']);
    // A publication's name on a domain whose every subdomain is a tenant, at a tool's page.
    expect(found('See https://research.atlassian.net/wiki/spaces/OPS/pages/1')).toEqual(['redact/internal-link:https://research.atlassian.net/wiki/spaces/OPS/pages/1']);
    // The organisation's own tenant, whatever its path.
    expect(found('See https://acme.datadoghq.com/articles/x', { ...options, orgScopes: ['acme'] })).toEqual(['redact/internal-link:https://acme.datadoghq.com/articles/x']);
  });

  test('the rule alone', () => {
    expect(isVendorPublication(new URL('https://securitylabs.datadoghq.com/articles/x/'))).toBe(true);
    expect(isVendorPublication(new URL('https://securitylabs.datadoghq.com/'))).toBe(false);
    expect(isVendorPublication(new URL('https://zorblat.datadoghq.com/articles/x'))).toBe(false);
    expect(isVendorPublication(new URL('https://datadoghq.com/articles/x'))).toBe(false);
  });
});

describe("MITRE's attack patterns", () => {
  test('CAPEC ids are public, as CWE ids are', () => {
    expect(found('The worm used dependency confusion (CAPEC-538) and typosquatting, CAPEC-630 and capec-94.')).toEqual([]);
    expect(isAttackPatternId('CAPEC-98')).toBe(true);
  });

  test('a key in another shape, or another prefix, is still a ticket', () => {
    expect(found('Tracked in CAPEC-10234 and OPS-94.')).toEqual(['redact/ticket:CAPEC-10234', 'redact/ticket:OPS-94']);
    expect(isAttackPatternId('CAPEC-12a')).toBe(false);
  });
});

describe("a file's digest in a content-addressed path", () => {
  const digest = '5b1e0c7d93a24f68be1379c0d2a4e8f6017b3c95d4e2a6f80c1d3b5e7f9a';

  test('a segment after the fan-out of its first digits names a file', () => {
    expect(found(`Inspect https://inspector.pypi.io/project/zorbpkg/2.4.1/packages/3c/7d/${digest}/zorbpkg-2.4.1.tar.gz/zorbpkg/__init__.py there.`)).toEqual([]);
    expect(found(`Fetched https://files.pythonhosted.org/packages/3c/7d/${digest}/zorbpkg-2.4.1-py3-none-any.whl`)).toEqual([]);
  });

  test('a token in a path without a fan-out is still a secret', () => {
    expect(found(`Download https://share.vendor.example/download/${digest}/report.pdf`)).toEqual([`redact/secret:${digest}`]);
    expect(found(`Hook https://hooks.vendor.example/services/${digest}/`)).toEqual([`redact/secret:${digest}`]);
    // The same text outside a link.
    expect(found(`the key 3c/7d/${digest} was pasted`)).toEqual([`redact/secret:${digest}`]);
    // After a date, a version or a language, which a store's fan-out is not.
    for (const path of ['2024/05/17', 'api/1', 'de/fa']) expect(found(`Get https://dl.vendor.example/${path}/${digest}/f.zip`)).toEqual([`redact/secret:${digest}`]);
  });

  test('the rule alone', () => {
    const line = `https://x.example/packages/ab/98/${digest}/f.tar.gz`;
    expect(isStoredFileDigest(line, line.indexOf(digest), digest.length)).toBe(true);
    const flat = `https://x.example/packages/${digest}/f.tar.gz`;
    expect(isStoredFileDigest(flat, flat.indexOf(digest), digest.length)).toBe(false);
    const one = `https://x.example/packages/a9/${digest}/f.tar.gz`;
    expect(isStoredFileDigest(one, one.indexOf(digest), digest.length)).toBe(false);
  });
});

describe("another organisation's page named in a service's words", () => {
  const services: RedactionOptions = {
    ...options,
    serviceIds: ['trusted-publishing', 'ledger-db', 'zorb-api'],
    internalNames: ['trusted-publishing', 'ledger-db', 'zorb-api'],
    orgScopes: ['zorbreg'],
  };

  test('a path segment of another site is that site’s page', () => {
    expect(found('Other registries do it too: [a crate registry](https://crates.example.io/docs/trusted-publishing) and https://guides.gems.example.org/trusted-publishing/.', services)).toEqual([]);
    expect(found('As https://registry.example.net/blog/2024/trusted-publishing.html explains.', services)).toEqual([]);
  });

  test('our service named the same way is still found, once', () => {
    // In prose: one finding, not an internal name and a service id at the same place.
    expect(found('We turned trusted-publishing off for an hour.', services)).toEqual(['redact/service-id:trusted-publishing']);
    // In our own repository or on our own domain.
    expect(found('See https://github.com/zorbreg/trusted-publishing/issues/4', services)).toContain('redact/service-id:trusted-publishing');
    expect(found('See https://docs.zorbreg.org/trusted-publishing/', services)).toContain('redact/service-id:trusted-publishing');
    // A page of an application, not of documentation: perhaps our service in a SaaS tool.
    expect(found('See https://vendor.example.com/customers/ledger-db', services)).toContain('redact/service-id:ledger-db');
    expect(found('See https://app.vendor.example.com/services/trusted-publishing', services)).toContain('redact/service-id:trusted-publishing');
    // An id with a part no dictionary knows names a system wherever it stands.
    expect(found('See https://docs.vendor.example.com/zorb-api', services)).toContain('redact/service-id:zorb-api');
    // Inside a link to an internal tool.
    expect(found('See https://grafana.zorbreg.corp/d/trusted-publishing', services)).toContain('redact/service-id:trusted-publishing');
    // The same words in the sentence around another site's link.
    expect(found('Unlike https://crates.example.io/docs/trusted-publishing, our trusted-publishing broke.', services)).toEqual(['redact/service-id:trusted-publishing']);
  });

  test('the rule alone', () => {
    const none = () => false;
    const line = 'https://crates.example.io/docs/trusted-publishing';
    expect(isPageOfOtherSite(line, line.indexOf('trusted'), 'trusted-publishing', new Set(), none)).toBe(true);
    expect(isPageOfOtherSite(line, line.indexOf('trusted'), 'trusted-publishing', new Set(), () => true)).toBe(false);
    expect(isPageOfOtherSite(`${line} and trusted-publishing`, line.length + 5, 'trusted-publishing', new Set(), none)).toBe(false);
  });
});

describe('a full name listed as public next to another name', () => {
  const listed: RedactionOptions = { ...options, publicNames: ['Mika Fernholt', 'Sten Larvik'] };
  const post = [
    'After the first report, Mika and Sten worked with the maintainers on the removal.',
    '',
    "Mika Fernholt and Sten Larvik's roles as safety engineers are funded by a grant.",
  ].join('\n');

  test('each listed name is no finding; their first names alone still are', () => {
    expect(found(post, listed)).toEqual(['redact/possible-person:Mika', 'redact/possible-person:Sten']);
  });

  test('a name that is not listed is still found', () => {
    expect(found(post, { ...options, publicNames: ['Mika Fernholt'] })).toContain('redact/possible-person:Sten Larvik');
  });

  test('the rule alone: a configured person stays a finding', () => {
    const names = new Set(['mika fernholt']);
    expect(isListedPublicName({ rule: 'redact/possible-person', text: 'Mika Fernholt', why: 'named elsewhere in this post' }, names)).toBe(true);
    expect(isListedPublicName({ rule: 'redact/person', text: 'Mika Fernholt', why: 'a known name (git)' }, names)).toBe(false);
    expect(isListedPublicName({ rule: 'redact/possible-person', text: 'Fernholt', why: 'named elsewhere in this post' }, names)).toBe(false);
  });
});
