import { describe, expect, test } from 'vitest';
import { LiteralSet, TokenTable, analyze, displayWord, forEachTerm, forEachToken, isIndexable, stem, stopWords, termsOfToken, tokenize } from '../../src/lib/text-analysis.ts';

const stems = (text: string) => analyze(text).map((term) => term.stem);

describe('tokenize', () => {
  test.each([
    ['Lock TIMEOUT', ['lock', 'timeout']],
    ['x509: certificate has expired', ['x509', 'certificate', 'has', 'expired']],
    ['HTTP/2 5xx from us-east-1', ['http', '2', '5xx', 'from', 'us', 'east', '1']],
    ['checkout-api and orders_db', ['checkout', 'api', 'and', 'orders', 'db']],
    ["didn't the customer's", ['didnt', 'the', 'customer']],
    ['we didn’t: curly apostrophe', ['we', 'didnt', 'curly', 'apostrophe']],
    ['Café résumé', ['cafe', 'resume']],
    ['the pods ran out of memory, requests timed out', ['the', 'pods', 'ran', 'oom', 'requests', 'timeout']],
    // Every phrase of one text is joined, also when one joining makes another's hint ("timeout" holds "time").
    ['It timed out, then time-outs; we rolled back and on-call paged the load balancer team', ['it', 'timeout', 'then', 'timeout', 'we', 'rollback', 'and', 'oncall', 'paged', 'the', 'loadbalancer', 'team']],
    [
      'Out-of-memory: the rate-limited API key of a service account hit too many connections (max_connections), thundering herd, split brain, no space left, third-party',
      ['oom', 'the', 'ratelimit', 'apikey', 'of', 'a', 'serviceaccount', 'hit', 'maxconnections', 'maxconnections', 'herd', 'splitbrain', 'enospc', 'thirdparty'],
    ],
    ['', []],
  ])('%j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('isIndexable', () => {
  test.each([
    ['lock', true],
    ['x509', true],
    ['5xx', true],
    ['the', false],
    ['incident', false],
    ['customers', false],
    ['2025', false],
    ['a', false],
  ])('%s → %s', (token, expected) => {
    expect(isIndexable(token)).toBe(expected);
  });

  test('the stop list holds function words and postmortem boilerplate, not failure words', () => {
    for (const word of ['and', 'we', 'apologize', 'mitigated', 'root', 'cause', 'outage']) expect(stopWords.has(word)).toBe(true);
    for (const word of ['lock', 'certificate', 'dns', 'memory', 'timeout', 'database', 'migration', 'retry']) expect(stopWords.has(word)).toBe(false);
  });
});

describe('stem', () => {
  test.each([
    ['locking', 'lock'],
    ['locked', 'lock'],
    ['migrations', 'migrat'],
    ['certificates', 'certif'],
    ['exhausted', 'exhaust'],
    ['retries', 'retri'],
    ['x509', 'x509'],
    ['5xx', '5xx'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('analyze', () => {
  test('stems, drops stop words and numbers, keeps codes and surface words; adds failure-mode concepts', () => {
    expect(analyze('The locks were locking 500 x509 certificates')).toEqual([
      { stem: 'lock', word: 'locks' },
      { stem: '#lock', word: 'locks' },
      { stem: 'lock', word: 'locking' },
      { stem: '#lock', word: 'locking' },
      { stem: 'x509', word: 'x509' },
      { stem: '#tls', word: 'x509' },
      { stem: 'certif', word: 'certificates' },
      { stem: '#tls', word: 'certificates' },
    ]);
  });

  test.each([
    ['lapsed', 'expired', '#expiry'],
    ['SERVFAIL', 'resolver', '#dns'],
    ['throttled', 'quota', '#ratelimit'],
    ['rate-limited', '429', '#ratelimit'],
    ['heap', 'OOMKilled', '#memory'],
    ['thundering herd', 'stampede', '#surge'],
    ['split-brain', 'failover', '#failover'],
    ['MySQL replica', 'Postgres queries', '#datastore'],
    ['DDoS', 'attacker', '#attack'],
    ['generator', 'firmware', '#hardware'],
    ['packet loss', 'CDN', '#connectivity'],
    ['regression', 'upgraded', '#codechange'],
    // Round 10: words of the Kubernetes failure stories that named no concept.
    ['ndots', 'dnsmasq', '#dns'],
    ['conntrack', 'SNAT', '#connectivity'],
    ['SystemOOM', 'OOMKill', '#memory'],
  ])('%s and %s share the concept %s', (a, b, concept) => {
    expect(stems(a)).toContain(concept);
    expect(stems(b)).toContain(concept);
  });

  test('a word outside every concept adds no concept term', () => {
    expect(stems('checkout dashboard')).toEqual(['checkout', 'dashboard']);
  });

  test.each([
    ['DB', 'database'],
    ['Postgres', 'PostgreSQL'],
    ['k8s', 'Kubernetes'],
    ['cert', 'certificate'],
    ['SSL', 'TLS'],
    ['OOMKilled', 'out of memory'],
    ['config', 'configuration'],
    ['deployed', 'deployment'],
    ['expiry', 'expiration'],
    ['timed out', 'timeouts'],
    ['HTTP 503s', 'http 5xx'],
  ])('%s and %s analyse to the same terms', (a, b) => {
    expect(stems(a)).toEqual(stems(b));
    expect(stems(a).length).toBeGreaterThan(0);
  });

  test('multi-word names and their abbreviations give one term', () => {
    expect(stems('LB')).toEqual(['loadbalanc']);
    expect(stems('load balancer')).toEqual(['loadbalanc']);
    expect(stems('third-party provider')).toEqual(stems('thirdparty provider'));
  });

  test('forEachTerm visits the same terms as analyze', () => {
    const text = 'Connection pool exhausted on the primary DB; pgbouncer queued requests.';
    const visited: string[] = [];
    forEachTerm(text, (stemmed, word) => visited.push(`${stemmed}/${word}`));
    expect(visited).toEqual(analyze(text).map((t) => `${t.stem}/${t.word}`));
    expect(visited).toEqual([
      'connect/connection', 'pool/pool', '#pool/pool', 'exhaust/exhausted', 'primari/primary', 'databas/db', '#datastore/db',
      'pgbouncer/pgbouncer', '#pool/pgbouncer', 'queu/queued', 'request/requests',
    ]);
  });

  test('forEachToken and termsOfToken compose to forEachTerm', () => {
    const text = 'Rolled back the deploy; the LB returned 503s.';
    const composed: string[] = [];
    forEachToken(text, (token) => termsOfToken(token).forEach((term) => composed.push(term)));
    expect(composed).toEqual(analyze(text).map((t) => t.stem));
    expect(composed).toEqual(['rollback', 'deploy', '#codechange', 'loadbalanc', 'return', '5xx']);
  });
});

describe('TokenTable', () => {
  test('finds a long token again, and tells apart tokens that differ in their last character only', () => {
    const table = new TokenTable();
    const long = 'x'.repeat(300_000);
    const text = `${long} ${long}y ${long} ${long}y ${long}z`;
    const ids = [...table.tokenIds(text)];
    expect(ids).toEqual([-1, -2, 0, 1, -3]);
    expect(table.tokens.map((token) => token.length)).toEqual([300_000, 300_001, 300_001]);
  });

  test('gives each distinct token one id, in first-seen order, with the tokens forEachToken gives', () => {
    const table = new TokenTable();
    const text = "The DB's pool ran out; the pool, the DB and x509 time-outs. " + Array.from({ length: 40_000 }, (_, i) => `w${i}`).join(' ');
    const ids: number[] = [];
    const fresh: boolean[] = [];
    table.forEachTokenId(text, (id, isNew) => {
      ids.push(id);
      fresh.push(isNew);
    });
    const tokens = tokenize(text);
    expect(ids.map((id) => table.tokens[id])).toEqual(tokens);
    expect(table.tokens).toEqual([...new Set(tokens)]);
    expect(fresh.filter(Boolean).length).toBe(table.tokens.length);
  });
});

test('joined phrases read as people write them in reasons', () => {
  expect(tokenize('the load balancer')).toEqual(['the', 'loadbalancer']);
  expect(displayWord('loadbalancer')).toBe('load balancer');
  expect(displayWord('certificate')).toBe('certificate');
});

describe('LiteralSet', () => {
  // The one-pass search must answer exactly what `includes` answers, also for literals inside
  // other literals ("time" in "timed"), sharing a prefix or a suffix, with spaces, and next to
  // characters outside ASCII.
  const literals = ['time', 'timed', 'med', 'e', 'rm -', 'no space', 'pool', 'ool', 'oo', 'cert', 'certificate', 'x509', 'ficat'];
  const set = new LiteralSet(literals);
  test.each([
    '',
    'timed out',
    'the certificate expired; rm -rf /; no space left',
    'poo pool ool certifi certificat',
    'tim\u00e9d x5\u00e909 r\u00e9m -  no  space',
    'e',
  ])('%j', (text) => {
    expect([...set.presentIn(text)]).toEqual(literals.map((literal) => (text.includes(literal) ? 1 : 0)));
  });

  test('on generated text, the same answers as includes', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = 'timedorpl -cfax509nsé';
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect([...set.presentIn(text)]).toEqual(literals.map((literal) => (text.includes(literal) ? 1 : 0)));
    }
  });

  test('refuses literals it could never find', () => {
    expect(() => new LiteralSet(['café'])).toThrow(/ASCII/);
    expect(() => new LiteralSet([''])).toThrow(/non-empty/);
  });
});
