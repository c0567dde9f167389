import { describe, expect, test } from 'vitest';
import { cloudRegionConcepts } from '../../src/lib/cloud-regions.ts';
import { findAliases } from '../../src/lib/search-aliases.ts';

describe('cloud regions: a report naming a region code carries the place a responder types', () => {
  test('a Google region, one of its zones and an Amazon zone say their city and country', () => {
    expect(findAliases('Significant packet loss on Cloud Interconnect in europe-west2.')).toEqual(expect.arrayContaining(['london', 'united kingdom']));
    expect(findAliases('Some customer VMs may be unreachable in us-central1-b.')).toEqual(expect.arrayContaining(['iowa', 'council bluffs']));
    expect(findAliases('The Availability Zone eu-west-2a had an outage.')).toContain('london');
    expect(findAliases('Cloud Router creations are failing in southamerica-east1')).toEqual(expect.arrayContaining(['sao paulo', 'brazil']));
  });

  test('codes that differ by a hyphen or a digit are different places', () => {
    // Google's us-east1 is in South Carolina; Amazon's us-east-1 in Northern Virginia.
    const google = findAliases('Elevated errors in us-east1.');
    expect(google).toContain('south carolina');
    expect(google).not.toContain('virginia');
    expect(findAliases('Elevated errors in us-east-1.')).toContain('virginia');
    // europe-west1 (Belgium) is not read inside europe-west10 (Berlin).
    const berlin = findAliases('Degraded serving in europe-west10.');
    expect(berlin).toContain('berlin');
    expect(berlin).not.toContain('belgium');
  });

  test('one way only: a report saying a city is not made a report of a region', () => {
    const aliases = findAliases('Our London office lost power.');
    expect(aliases).not.toContain('europe-west2');
    expect(aliases).not.toContain('eu-west-2');
  });

  test('every code names one place, and no place says "us" or "eu"', () => {
    const cues = cloudRegionConcepts.flatMap((concept) => concept.cues);
    expect(new Set(cues).size).toBe(cues.length);
    for (const concept of cloudRegionConcepts) {
      expect(concept.says, concept.name).not.toContain('us');
      expect(concept.says, concept.name).not.toContain('eu');
    }
  });
});
