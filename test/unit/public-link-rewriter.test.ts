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
