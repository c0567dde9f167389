import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small deterministic PRNG (mulberry32): the same seed writes the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const services = ['checkout-api', 'payments-api', 'orders-db', 'auth-service', 'api-gateway', 'search-service', 'notification-service', 'inventory-service', 'web-frontend', 'mobile-bff', 'dns', 'kubernetes-platform', 'data-pipeline', 'ci-cd', 'cdn'];
const owners: Record<string, string> = { 'checkout-api': 'checkout', 'payments-api': 'payments', 'orders-db': 'data', 'auth-service': 'identity', 'api-gateway': 'platform', 'search-service': 'search', 'notification-service': 'notifications', 'inventory-service': 'checkout', 'web-frontend': 'checkout', 'mobile-bff': 'checkout', dns: 'platform', 'kubernetes-platform': 'platform', 'data-pipeline': 'data', 'ci-cd': 'platform', cdn: 'platform' };
const triggers = ['configuration', 'deployment', 'capacity', 'dependency', 'migration', 'certificate', 'dns', 'database', 'network', 'security', 'hardware'];
const tags = ['database', 'postgres', 'migration', 'locking', 'connection-pool', 'timeout', 'retries', 'feature-flag', 'config', 'deploy', 'rollback', 'tls', 'dns', 'kubernetes', 'autoscaling', 'memory', 'cache', 'queue', 'kafka', 'third-party', 'payments', 'authentication', 'rate-limiting', 'monitoring-gap'];
const symptoms = ['connection pool exhausted', 'p99 latency above five seconds', 'HTTP 503 from the load balancer', 'OOMKilled pods restarting', 'certificate has expired', 'SERVFAIL from the resolver', 'consumer lag growing without bound', 'lock wait timeout exceeded', 'rate limited with 429 Too Many Requests', 'disk usage above the flood-stage watermark', 'context deadline exceeded', 'replication lag of several minutes'];
const causes = ['a configuration push with the wrong default', 'a release that changed a cache key format', 'a schema migration that held an exclusive lock', 'an expired certificate that was not renewed', 'a third-party provider outage in one region', 'traffic above the autoscaler ceiling', 'a retry storm from clients without back-off', 'a failed disk on the primary database host', 'a DNS record with a long TTL', 'a credential rotated without a list of its consumers'];
const fixes = ['rolled back the release', 'reverted the configuration change', 'cancelled the migration', 'failed over to the replica', 'raised the replica limit', 'issued a new certificate', 'shed load at the gateway', 'paused the batch job'];
const sentences = [
  'The on-call engineer acknowledged the page and opened the incident channel within minutes.',
  'Dashboards showed the saturation clearly once the right panel was found.',
  'The first hypothesis pointed at the database, which turned out to be healthy.',
  'Customers saw errors on the checkout page and some retried several times.',
  'The runbook covered the failure mode but had not been exercised for a year.',
  'Alerting fired on the symptom rather than the cause, which cost some diagnosis time.',
  'A feature flag allowed the team to disable the new code path without a deploy.',
  'Capacity planning had used last year\'s peak rather than the forecast for this season.',
  'The review process did not ask about the size of the tables involved.',
  'Recovery was slower than expected because caches had to warm up again.',
];

const pick = <T>(rand: () => number, list: readonly T[]) => list[Math.floor(rand() * list.length)];
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * Writes `count` valid postmortems of about 1,500 words into `dir/postmortems`, with the
 * project's vocabularies beside them. `.mdx` with an <Internal> block in a fifth of them, or
 * plain `.md` (no components) when `format` is 'md'.
 */
export function writeSyntheticCorpus(dir: string, count: number, options: { seed?: number; format?: 'mdx' | 'md'; vocabularyDir: string }) {
  const rand = random(options.seed ?? 42);
  const format = options.format ?? 'mdx';
  mkdirSync(join(dir, 'postmortems'), { recursive: true });
  for (const file of ['services.yaml', 'teams.yaml', 'tags.yaml', 'triggers.yaml']) copyFileSync(join(options.vocabularyDir, file), join(dir, file));
  const startOf2021 = Date.parse('2021-01-01T00:00:00Z');
  for (let i = 0; i < count; i++) {
    const service = pick(rand, services);
    const trigger = pick(rand, triggers);
    const symptom = pick(rand, symptoms);
    const cause = pick(rand, causes);
    const fix = pick(rand, fixes);
    const severity = `SEV-${Math.min(4, Math.floor(rand() * 5))}`;
    const started = startOf2021 + Math.floor(rand() * 5 * 365) * 86_400_000 + Math.floor(rand() * 1440) * 60_000;
    const detected = started + (2 + Math.floor(rand() * 30)) * 60_000;
    const mitigated = detected + (5 + Math.floor(rand() * 240)) * 60_000;
    const resolved = mitigated + (10 + Math.floor(rand() * 600)) * 60_000;
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const isPublic = format === 'mdx' && i % 5 === 0;
    const id = `${day(started)}-synthetic-${String(i).padStart(5, '0')}`;
    // Public posts never name internal service ids: the redaction guard would (rightly) stop the build.
    const serviceLabel = isPublic ? 'the affected service' : service;
    const paragraphs: string[] = [];
    for (let p = 0; p < 18; p++) {
      paragraphs.push(Array.from({ length: 7 }, () => pick(rand, sentences)).join(' ') + ` ${serviceLabel[0].toUpperCase()}${serviceLabel.slice(1)} showed ${symptom} after ${cause}.`);
    }
    const body = [
      '## What happened', paragraphs.slice(0, 4).join('\n\n'),
      isPublic ? `<Internal>\nInternal detail for ${id}: host ${service}-07.acme.internal, ticket OPS-${1000 + i}.\n</Internal>` : '',
      '## Impact', paragraphs.slice(4, 7).join('\n\n'),
      '## Analysis', paragraphs.slice(7, 12).join('\n\n'),
      '| Phase | Minutes |\n| --- | --- |\n| Detect | ' + Math.round((detected - started) / 60000) + ' |\n| Mitigate | ' + Math.round((mitigated - started) / 60000) + ' |',
      '## What went well', paragraphs.slice(12, 14).join('\n\n'),
      '## Where we got lucky', paragraphs[14],
      '## Learnings', paragraphs.slice(15).join('\n\n'),
    ].filter(Boolean).join('\n\n');
    const tagList = [...new Set([pick(rand, tags), pick(rand, tags)])];
    const frontmatter = `---
title: "${symptom[0].toUpperCase()}${symptom.slice(1)} on ${service} after ${cause}"
summary: "The ${service} service showed ${symptom} after ${cause}. The team ${fix} and service recovered."
severity: ${severity}
status: published
visibility: ${isPublic ? 'public' : 'internal'}
services: [${service}]
teams: [${owners[service]}]
tags: [${tagList.join(', ')}]
trigger: ${trigger}
times:
  started: ${iso(started)}
  detected: ${iso(detected)}
  mitigated: ${iso(mitigated)}
  resolved: ${iso(resolved)}
impact:
  description: "Customers saw ${symptom} on ${serviceLabel}."
  start: ${iso(started)}
  end: ${iso(mitigated)}
drafted: ${day(resolved + 86_400_000)}
published: ${day(resolved + 5 * 86_400_000)}
timeline:
  - at: ${iso(detected)}
    event: "Alert fired: ${symptom}."
    kind: detection
    public: true
  - at: ${iso(mitigated)}
    event: "The team ${fix}."
    kind: mitigation
  - at: ${iso(resolved)}
    event: Resolved.
    kind: resolution
contributors: ["${cause}"]
mitigators: ["Fast alerting on ${service}."]
actionItems:
  - id: AI-1
    title: "Alert on ${symptom} before customers notice"
    owner: ${owners[service]}
    due: ${day(resolved + 30 * 86_400_000)}
    priority: P2
    type: detect
    status: ${rand() < 0.5 ? 'done' : 'open'}
    verification: "Alert fires in a staging game day."
${isPublic ? `public:\n  title: "Service disruption on ${day(started)}"\n  summary: "Some customers saw errors for a while. We fixed the cause."\n` : ''}---

`;
    writeFileSync(join(dir, 'postmortems', `${id}.${format}`), frontmatter + body + '\n');
  }
}
