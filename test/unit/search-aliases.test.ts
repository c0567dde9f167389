import { describe, expect, test } from 'vitest';
import { builtInAliasGroups, builtInWordFamilies, findAliases, versionSpellings } from '../../src/lib/search-aliases.ts';
import { builtInConcepts } from '../../src/lib/search-concepts.ts';

describe('findAliases', () => {
  test.each([
    ['Kubernetes evicted the pods', 'k8s'],
    ['The PostgreSQL primary', 'pg'],
    ['The TLS certificate expired', 'ssl'],
    ['pods were OOMKilled', 'out of memory'],
    ['users could not sign in', 'login'],
    ['the job was stuck for hours', 'stalled'],
    ['customers were charged twice', 'duplicate'],
    ['HTTP 503 for ten minutes', '5xx'],
    ['the certificates lapsed', 'ssl'],
    ['two crashes overnight', 'crashloop'],
    ['a distributed denial-of-service attack on the API', 'ddos'],
    ['nodes talk over a peer-2-peer protocol', 'p2p'],
    ['the prod namespace was deleted', 'production'],
    ['containers flagged as 3rd party', 'third party'],
    ['the nightly job lived only in the crontab', 'cron'],
    ['the token was leaked in a log line', 'exposure'],
  ])('%s → also %s', (text, alias) => {
    expect(findAliases(text)).toContain(alias);
  });

  test('adds only the spellings the text lacks, and nothing for unrelated text', () => {
    expect(findAliases('k8s and kubernetes')).toEqual(['kube']);
    expect(findAliases('The meeting moved to Tuesday.')).toEqual([]);
  });

  test('matches whole words: "pg" is not found inside "upgrade", "db" not inside "dbt"', () => {
    expect(findAliases('the upgrade of dbt models')).toEqual([]);
    // Nor "pr" inside "prod", "ci" inside "circuit", "dos attack" inside "to-dos"; "production" is added for "prod" only.
    expect(findAliases('the circuit to-dos and the ciphers')).toEqual([]);
    expect(findAliases('a prod deploy')).not.toContain('pull request');
  });

  test('vocabulary groups add their own aliases', () => {
    const aliases = findAliases('checkout-api timed out', [['checkout-api', 'Checkout API', 'cart service']]);
    expect(aliases).toEqual(expect.arrayContaining(['cart service', 'timeout']));
    // "Checkout API" is the same words as the id the text holds.
    expect(aliases).not.toContain('Checkout API');
  });

  test('a compound written as one word, two words or with a hyphen finds the other spellings, plural too', () => {
    expect(findAliases('Power failed in one of our data centers.')).toEqual(expect.arrayContaining(['datacenter', 'datacentre']));
    expect(findAliases('The datacenter lost power.')).toEqual(expect.arrayContaining(['data center', 'data centre']));
    expect(findAliases('A manual fail-over to the replica.')).toContain('failover');
    expect(findAliases('The failover took 4 minutes.')).toContain('fail over');
    expect(findAliases('Health checks failed.')).toContain('healthcheck');
    // "data" and "center" apart are no data center.
    expect(findAliases('The data in the center of the page.')).not.toContain('datacenter');
  });

  test('an abbreviation or a number written as its plural finds its group (round 21)', () => {
    // Snowball keeps the "s" of a word without a vowel, and the plural rule was for 3+ letters only.
    expect(findAliases('Both LBs failed their health checks at once.')).toContain('load balancer');
    expect(findAliases('The replica DBs lagged behind.')).toContain('database');
    expect(findAliases('The edge answered with 500s for ten minutes.')).toContain('5xx');
    expect(findAliases('Two CDNs served stale assets.')).toContain('content delivery network');
    // Only a bare "s", and not for a word with a vowel: "cis" is no plural of "ci".
    expect(findAliases('The lbses and the cis.')).not.toContain('load balancer');
    expect(findAliases('The lbses and the cis.')).not.toContain('continuous integration');
  });

  test('load and telephone words of status pages find each other (eighth round)', () => {
    expect(findAliases('Overload detected on the CI controller required a restart.')).toEqual(expect.arrayContaining(['heavy load', 'high load']));
    expect(findAliases('The server was under heavy load.')).toContain('overload');
    expect(findAliases('The web server was not responding to requests.')).toContain('unresponsive');
    expect(findAliases('Our phone system is offline.')).toContain('telephony');
    // "load" alone and "responding" alone are no overload and no outage.
    expect(findAliases('We load the page, responding to users.')).toEqual([]);
  });

  test('round 15: a crash is what a responder calls falling over, and the reverse', () => {
    expect(findAliases('The primary database crashed at 14:02.')).toContain('fell over');
    expect(findAliases('The build controller fell over twice.')).toEqual(expect.arrayContaining(['crash', 'crashed']));
    // "fell" and "over" apart are no crash.
    expect(findAliases('Traffic fell by half over the weekend.')).not.toContain('crash');
  });

  test('round 10: capacity, traffic-spike, node-state, packet and lookup words find each other', () => {
    // "cluster at capacity" for a report saying "resource exhaustion" or "the cluster is full".
    expect(findAliases('Involved: kops, NotReady nodes, resource exhaustion.')).toEqual(expect.arrayContaining(['at capacity', 'unready', 'not ready']));
    expect(findAliases('Launches failed because the cluster is full.')).toContain('at capacity');
    // "a link went viral" for a report saying the repository was hugged by reddit.
    expect(findAliases('2018-01-18, reddit hugs mybinder')).toEqual(expect.arrayContaining(['went viral', 'traffic spike']));
    expect(findAliases('We saw a spike in traffic after the launch.')).toContain('went viral');
    expect(findAliases('Errors came from the conntrack table filling up.')).toContain('connection tracking');
    expect(findAliases('We measured 3% packet loss on the uplink.')).toContain('dropped packets');
    expect(findAliases('CoreDNS was OOMKilled and DNS failed.')).toEqual(expect.arrayContaining(['resolve hostnames', 'dns lookup']));
    expect(findAliases('The root filesystem is full on the primary server.')).toContain('disk full');
    expect(findAliases('Latency was 10x higher than on EC2.')).toContain('ten times');
    // Everyday neighbours of those words are none of them: a pool or quota is exhausted, a
    // capacity is planned, traffic is served, a ready node is ready.
    expect(findAliases('The pool was exhausted; capacity planning and traffic shaping; the node is ready.')).not.toEqual(expect.arrayContaining(['at capacity']));
    expect(findAliases('The budget was exhausted; capacity planning and traffic shaping; the node is ready.')).toEqual([]);
  });

  test('every built-in group has at least two spellings', () => {
    for (const group of builtInAliasGroups) expect(group.length).toBeGreaterThanOrEqual(2);
  });

  // findAliases skips the whole-word pattern when a cheaper test decides (docs/performance.md):
  // the result must be exactly what the pattern alone gives, for words with hyphens, spaces,
  // underscores and digits, at the edges of the text and inside longer words.
  const byPatternOnly = (text: string, groups: string[][]) => {
    const lower = text.toLowerCase();
    const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const hasExactly = (word: string) =>
      new RegExp(`(?<![a-z0-9])${word.toLowerCase().split(/[\s-]+/).map(escape).join('[\\s-]+')}(?![a-z0-9])`).test(lower);
    // A word (or a phrase's last word) of 3+ letters only is also used by its plural
    // ("certificates", "crashes", "data centers").
    // An abbreviation or a number (no vowel, or a digit) by its plural in "s" ("LBs", "500s").
    const has = (word: string) => {
      const last = word.toLowerCase().split(/[\s-]+/).at(-1)!;
      if (hasExactly(word)) return true;
      if (/^[a-z]{3,}$/.test(last)) return hasExactly(`${word}s`) || hasExactly(`${word}es`);
      return /^[a-z0-9]{2,}$/.test(last) && (/\d/.test(last) || !/[aeiouy]/.test(last)) && hasExactly(`${word}s`);
    };
    const added = new Set<string>();
    for (const group of [...builtInAliasGroups, ...groups]) if (group.some(has)) for (const word of group) if (!has(word)) added.add(word);
    // A word family used by any form adds the first form of each stem it lacks.
    for (const family of builtInWordFamilies) {
      if (family.some((forms) => forms.some(has))) for (const forms of family) if (!forms.some(has)) added.add(forms[0]);
    }
    // A concept whose cue the text holds adds its responder words the text lacks (src/lib/search-concepts.ts).
    for (const concept of builtInConcepts) if (concept.cues.some(has)) for (const word of concept.says) if (!has(word)) added.add(word);
    return [...added];
  };
  const vocabulary = [['payments-api', 'Payments API', 'pay_gateway'], ['web frontend', 'storefront', 'a']];
  test.each([
    'pods were oom-killed on node 5xx-7',
    'OOM killed; out-of-memory in the heap exhausted state',
    'max_connections reached: too many connections, pool exhausted',
    'the pay_gateway and payments api call; Payments-API down',
    'rate-limited clients hit a rate limit then 429s and 429',
    'signed-out users could not log-in; sign in failed; signin',
    'downloads slowed, slowdown and slow_query logs; e-mail and email',
    'dbt and upgrade only',
    'k8s',
    'a web  frontend; storefronts',
    '',
    // A phrase's first word several times, the phrase itself only at the last, or never.
    'more errors, more than twice, remore than once, then more than once',
    'more errors, more than twice, and once more',
    'rate of errors, pirate limits, rate\n-\tlimit',
    'sign in\u00a0in the end: out of memory',
    'ab payments api',
    // Plurals of a phrase's last word, and words that only start like one.
    'two data centers and a data-centre; fail-over; server errors; data centerpiece; rate limitses',
    'web frontends, front-ends, shut downs and a datacentres',
    // Plurals of abbreviations and numbers (round 21), and "s" forms of words with a vowel.
    'both LBs and the DBs returned 500s; 5xxs, cis and ios; lbss',
  ])('same aliases as the whole-word pattern alone: %j', (text) => {
    expect(findAliases(text, vocabulary)).toEqual(byPatternOnly(text, vocabulary));
  });
});

describe('versionSpellings', () => {
  test('adds the spelling with or without "v" that the text lacks', () => {
    expect(versionSpellings('the agent went from v1.4.0 to v1.9.2')).toEqual(['1.4.0', '1.9.2']);
    expect(versionSpellings('chart 3.11.0 -> 3.12.1, then 3.12.1 again')).toEqual(['v3.11.0', 'v3.12.1']);
    expect(versionSpellings('kernel 5.15.0-91-generic')).toEqual(['v5.15.0']);
  });

  test('adds nothing when both spellings are there, or for addresses, dates and two-part numbers', () => {
    expect(versionSpellings('v2.0.1 (tagged 2.0.1)')).toEqual([]);
    expect(versionSpellings('the resolver at 10.20.0.12 and 192.168.7.4')).toEqual([]);
    expect(versionSpellings('release 2024.5 on 12.03.2025, build 1.2.3.4567')).toEqual([]);
  });
});
