import { describe, expect, test } from 'vitest';
import { publicLinkRewriter } from '../../src/integrations/public-variant.ts';

describe('where a public post links (canary round 32)', () => {
  const rewrite = publicLinkRewriter((id) => id === '2025-01-01-public');
  test('an internal-site address becomes the public post, or loses its target', () => {
    expect(rewrite('/postmortems/2025-01-01-public/')).toBe('/incidents/2025-01-01-public/');
    expect(rewrite('/postmortems/2025-02-01-internal-only/')).toBeNull();
  });
  test('a public address or a relative one keeps a public post and drops any other', () => {
    expect(rewrite('/incidents/2025-01-01-public/')).toBeUndefined();
    expect(rewrite('/incidents/2025-02-01-internal-only/#timeline')).toBeNull();
    expect(rewrite('../2025-02-01-internal-only/')).toBeNull();
    expect(rewrite('../2025-01-01-public/')).toBeUndefined();
  });
  test('other links are left alone', () => {
    expect(rewrite('https://status.example.com/incidents/2025-02-01-internal-only/')).toBeUndefined();
    expect(rewrite('/history/2025/')).toBeUndefined();
  });
});

describe('where a public post links, written another way (canary round 34)', () => {
  const rewrite = publicLinkRewriter((id) => id === '2025-01-01-public', (id) => id === '2025-01-01-public' || id === '2025-02-01-internal-only');
  test('an address in capitals or URL-encoded is read as the post it names', () => {
    expect(rewrite('/INCIDENTS/2025-02-01-INTERNAL-ONLY/')).toBeNull();
    expect(rewrite('/incidents/2025%2D02%2D01%2Dinternal%2Donly/')).toBeNull();
    expect(rewrite('/Incidents/2025-01-01-Public/')).toBe('/incidents/2025-01-01-public/');
    expect(rewrite('/POSTMORTEMS/2025-02-01-internal-only/')).toBeNull();
  });
  test('an address on another host loses its target when it names a post customers do not see', () => {
    expect(rewrite('https://kb.example.net/postmortems/2025-02-01-internal-only/')).toBeNull();
    expect(rewrite('https://kb.example.net/POSTMORTEMS/2025-02-01-INTERNAL-ONLY/')).toBeNull();
    expect(rewrite('https://status.example.com/incidents/2025-01-01-public/')).toBeUndefined();
    // Another site's incident of an id the corpus does not have is another site's page.
    expect(rewrite('https://status.example.org/incidents/2024-05-05-outage/')).toBeUndefined();
  });
});
