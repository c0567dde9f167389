import { describe, expect, test } from 'vitest';
import { findAliases } from '../../src/lib/search-aliases.ts';
import { builtInConcepts } from '../../src/lib/search-concepts.ts';
import { symptomConcepts } from '../../src/lib/symptom-vocabulary.ts';

// Only the symptom vocabulary: what each report carries because of it, not because of the alias
// groups or the other concepts.
const symptomWords = (text: string) => {
  const without = new Set(findAliases(text, [], { concepts: builtInConcepts.filter((concept) => !symptomConcepts.includes(concept)) }));
  return findAliases(text).filter((word) => !without.has(word));
};

describe('symptom vocabulary: a responder\'s everyday words for what a report states', () => {
  test('the search concepts read it', () => {
    for (const concept of symptomConcepts) expect(builtInConcepts).toContain(concept);
  });

  test('"site down" for a service that was unavailable, answered 503 or could not be reached', () => {
    for (const text of ['The control panel was unavailable for 20 minutes.', 'The API answered 503 to every request.', 'Customers could not connect to the mail server.', 'Our Plesk infrastructure has gone offline.']) {
      expect(symptomWords(text), text).toEqual(expect.arrayContaining(['site down', 'dead']));
    }
  });

  test('"slow" and its everyday forms for latency, p99 and degraded performance', () => {
    expect(symptomWords('Elevated p99 of the checkout API.')).toEqual(expect.arrayContaining(['slow', 'sluggish', 'laggy']));
    expect(symptomWords('Performance degradation in the EU region.')).toEqual(expect.arrayContaining(['slow', 'sluggish', 'crawling']));
    // A degraded RAID array is no slowness: "degraded" alone is no cue.
    expect(symptomWords('The RAID array is degraded and needs a rebuild.')).not.toContain('sluggish');
    // Nor a degradation of a service, which status pages also write for a function that stopped.
    expect(symptomWords('System degradation in US - Texas: some tickets are missing from view.')).not.toContain('sluggish');
  });

  test('"ran out of disk" for ENOSPC and a full volume; "login broken" for authentication and SSO', () => {
    expect(symptomWords('Writes failed with ENOSPC on the build host.')).toContain('ran out of disk');
    expect(symptomWords('The metrics volume is full.')).toEqual(expect.arrayContaining(['ran out of disk', 'disk filled up']));
    expect(symptomWords('SSO via the identity provider rejected every user.')).toEqual(expect.arrayContaining(['login broken', 'locked out']));
    expect(symptomWords('Some customers are experiencing trouble logging in.')).toContain('login broken');
    // A person's name is no sign-in module.
    expect(symptomWords('Pam restarted the database.')).not.toContain('login broken');
  });

  test('"emails not sent" for SMTP, bounces and a delivery queue; "kicked out" for expired sessions', () => {
    for (const text of ['The SMTP relay refused our connections.', 'Mail to old domains bounced.', 'The delivery queue grew to 40,000 messages.']) {
      expect(symptomWords(text), text).toEqual(expect.arrayContaining(['emails not sent', 'mail not arriving']));
    }
    expect(symptomWords('Agents saw expired session errors.')).toEqual(expect.arrayContaining(['kicked out', 'sign back in']));
  });

  test('one way only: a responder\'s words are no cue', () => {
    const aliases = findAliases('Pages were sluggish, mail not arriving, people kicked out, the disk filled up, site dead.');
    for (const cue of ['latency', 'p99', 'smtp', 'bounced', 'expired session', 'enospc', 'no space left', 'unavailable', 'offline']) expect(aliases).not.toContain(cue);
  });

  test('no word that means something else too: "cant" and "room" are not added', () => {
    const every = symptomConcepts.flatMap((concept) => concept.says.flatMap((says) => says.split(/\s+/)));
    expect(every).not.toContain('cant');
    expect(every).not.toContain('room');
  });
});
