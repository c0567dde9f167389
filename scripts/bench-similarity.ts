#!/usr/bin/env node
// node scripts/bench-similarity.ts [--count 10000] [--words 1200] [--seed 1] [--link-by cause|blend|system] [--json] [--digest]
// Generates `count` synthetic postmortems with realistic vocabulary (failure-mode words, shared
// operations prose, a long tail of rarer words), times the similar-incident links of `--link-by`
// over them and prints the time, the CPU time of every thread (the blend runs its plain side on a
// thread of its own from 2,000 reports) and peak resident memory. A benchmark, not a test: the target is 10,000 documents in
// under 10 s on a 2-core machine. --digest also prints a SHA-256 of every link (id, score, reason), so
// a change meant to be faster only can be checked to give the same links at any size.
import { createHash } from 'node:crypto';
import { parseCommandLine } from './lib/command-line.ts';
import type { SimilarityDocument } from '../src/lib/similarity.ts';
import { defaultLinkBy, findSimilarLinkedBy, linkByChoices, type LinkBy } from '../src/lib/similarity-link-by.ts';
import { seededRandom } from './lib/synthetic-postmortems.ts';

const { values } = parseCommandLine({
  options: {
    count: { type: 'string', default: '10000' },
    words: { type: 'string', default: '1200' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    digest: { type: 'boolean', default: false },
    'link-by': { type: 'string', default: defaultLinkBy },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(`Usage: node scripts/bench-similarity.ts [options]

Generates synthetic postmortems with realistic vocabulary, times the similar-incident links over
them and prints the wall time, the CPU time of all threads (user + system; from 2,000 documents the
blend runs its plain side on a second thread), the calling thread's own CPU time (on two idle
cores about the wall time) and peak memory (target: 10,000 documents in under
10 s on 2 cores; docs/performance.md).

  --count N       documents to generate (default 10000)
  --words N       words per document (default 1200)
  --seed N        the generator's seed: the same seed makes the same corpus (default 1)
  --link-by WHAT  ${linkByChoices.join(', ')} (default ${defaultLinkBy}; site.config.ts similarity.linkBy)
  --digest        also print a SHA-256 of every link (id, score, reason), to check that a change
                  meant only to be faster gives the same links
  --json          print the figures as JSON`);
  process.exit(0);
}
const linkBy = values['link-by'] as LinkBy;
if (!linkByChoices.includes(linkBy)) {
  console.error(`--link-by must be ${linkByChoices.join(', ')}; got "${linkBy}".`);
  process.exit(2);
}
const count = Number(values.count);
const wordsPerDocument = Number(values.words);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(wordsPerDocument) || wordsPerDocument < 1) {
  console.error(`--count and --words take positive integers; got --count ${values.count} --words ${values.words}.`);
  process.exit(2);
}

// The same seed generates the same corpus.
const rand = seededRandom(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];

const failureModes: Record<string, string> = {
  certificate: 'certificate expired tls x509 renewal handshake chain intermediate acme notafter rotation lapsed',
  migration: 'migration alter table lock exclusive ddl index schema column constraint rewrite blocked writes',
  pool: 'connection pool exhausted pgbouncer max_connections leak idle waiting acquire saturated clients',
  dns: 'dns record ttl resolver nxdomain servfail zone cname dnssec propagation cache nameserver',
  config: 'configuration push global flag rollout canary validation invalid propagated fleet regex rule',
  retry: 'retry backoff jitter storm herd reconnect amplification budget circuit breaker spike',
  memory: 'memory leak oom heap garbage collection pause killed limit growth profile allocation',
  disk: 'disk full volume space watermark logs rotation wal inode usage cleanup retention',
  vendor: 'provider vendor third-party upstream status page region fallback failover contract sla',
  queue: 'queue consumer lag backlog kafka partition rebalance poison dead-letter offset broker topic',
  network: 'bgp route prefix peering transit fiber backbone router partition packet loss link',
  ratelimit: 'rate limit quota throttled 429 burst token bucket api key allowance abuse',
};
const modes = Object.keys(failureModes);
const services = Array.from({ length: 120 }, (_, i) => `service-${i.toString(36)}`);
const tags = ['database', 'postgres', 'migration', 'locking', 'connection-pool', 'timeout', 'retries', 'feature-flag', 'config', 'deploy', 'rollback', 'tls', 'dns', 'kubernetes', 'autoscaling', 'memory', 'cache', 'queue', 'kafka', 'third-party', 'payments', 'authentication', 'rate-limiting', 'monitoring-gap'];
const triggers = ['configuration', 'deployment', 'capacity', 'dependency', 'migration', 'certificate', 'dns', 'database', 'network', 'security', 'hardware'];
const commonProse = `the on-call engineer acknowledged the page and opened a channel dashboards showed errors rising
  latency increased for requests to the api we rolled back the release and error rates returned to normal
  alerting fired on the symptom rather than the cause the runbook was out of date customers retried
  the team declared an incident and paged the owner traffic shifted to the healthy region after the change
  logs showed timeouts from the backend the deploy pipeline had no canary step and the review missed it`.split(/\s+/);
// A long tail of rarer words (Zipf-like), as real prose has: most appear in a handful of documents.
const tail = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}`);
const tailWord = () => tail[Math.min(tail.length - 1, Math.floor(Math.exp(rand() * Math.log(tail.length))))];

function sentence(length: number, mode: string[]): string {
  const words: string[] = [];
  for (let w = 0; w < length; w++) {
    const roll = rand();
    words.push(roll < 0.15 ? pick(mode) : roll < 0.7 ? pick(commonProse) : tailWord());
  }
  return words.join(' ');
}

const documents: SimilarityDocument[] = Array.from({ length: count }, (_, i) => {
  const mode = failureModes[pick(modes)].split(' ');
  return {
    id: `pm-${String(i).padStart(6, '0')}`,
    title: sentence(8, mode),
    summary: sentence(35, mode),
    text: sentence(wordsPerDocument, mode),
    services: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(services)),
    tags: rand() < 0.2 ? [] : Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(tags)),
    trigger: rand() < 0.1 ? undefined : pick(triggers),
    related: rand() < 0.05 ? [`pm-${String(Math.floor(rand() * count)).padStart(6, '0')}`] : [],
  };
});

const started = performance.now();
const cpuBefore = process.cpuUsage();
const threadCpuBefore = process.threadCpuUsage();
const links = findSimilarLinkedBy(documents, linkBy);
const seconds = (performance.now() - started) / 1000;
// CPU time too: on a shared machine the wall time also counts other processes' turns.
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// The calling thread's own CPU time: on two idle cores the blend's wall time is about this, since
// its plain side, on the other thread, ends before the model (a loaded host stretches the wall time).
const threadCpu = process.threadCpuUsage(threadCpuBefore);
const mainThreadCpuSeconds = (threadCpu.user + threadCpu.system) / 1e6;
// The ranking is synchronous, so the process's own high-water mark is the honest peak (maxRSS is in KiB).
const peakRss = process.resourceUsage().maxRSS * 1024;

let linkCount = 0;
for (const list of links.values()) linkCount += list.length;
const report = {
  linkBy,
  documents: count,
  wordsPerDocument,
  seconds: Math.round(seconds * 1000) / 1000,
  cpuSeconds: Math.round(cpuSeconds * 1000) / 1000,
  mainThreadCpuSeconds: Math.round(mainThreadCpuSeconds * 1000) / 1000,
  peakRssMB: Math.round(peakRss / 2 ** 20),
  averageLinks: Math.round((linkCount / count) * 100) / 100,
  targetSeconds: 10,
  withinTarget: seconds < 10,
  ...(values.digest ? { linksDigest: createHash('sha256').update(JSON.stringify([...links])).digest('hex') } : {}),
};
if (values.json) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`similar incidents (linkBy ${linkBy}): ${count} documents × ${wordsPerDocument} words in ${report.seconds} s wall, ${report.cpuSeconds} s CPU of which ${report.mainThreadCpuSeconds} s on the calling thread (target < 10 s: ${report.withinTarget ? 'met' : 'missed'})`);
  console.log(`peak RSS ${report.peakRssMB} MB, ${report.averageLinks} links per document on average`);
  if (report.linksDigest) console.log(`links sha256 ${report.linksDigest}`);
}
