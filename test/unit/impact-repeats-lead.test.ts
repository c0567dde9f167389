import { describe, expect, it } from 'vitest';
import { impactRepeatsLead } from '../../src/lib/impact-repeats-lead.ts';

// Invented texts, shaped as the imported reports of session 32's walk.
describe('impactRepeatsLead', () => {
  it('is true when the impact is the lead, markup, spaces, width and punctuation aside', () => {
    expect(impactRepeatsLead('迁移后，多个 HTTPS 目标出现 TLS handshake timeout。', '迁移后,多个 HTTPS 目标出现 **TLS handshake timeout**.')).toBe(true);
    expect(impactRepeatsLead('Builds failed for two hours.', 'builds  failed for two hours')).toBe(true);
  });
  it('is true when the lead holds the whole impact sentence', () => {
    expect(impactRepeatsLead('After the move, image pulls from the registry timed out for all nodes. A smaller MSS fixed it.', 'Image pulls from the registry timed out for all nodes.')).toBe(true);
  });
  it('is false when the impact says something of its own, or is a short word the lead holds', () => {
    expect(impactRepeatsLead('The queue stalled after a deploy.', 'Orders placed between 10:00 and 10:40 were confirmed late.')).toBe(false);
    expect(impactRepeatsLead('A config change was reverted; none of the requests failed.', 'None.')).toBe(false);
  });
  it('is false when either is missing', () => {
    expect(impactRepeatsLead(undefined, 'Orders failed.')).toBe(false);
    expect(impactRepeatsLead('Orders failed.', '')).toBe(false);
  });
});
