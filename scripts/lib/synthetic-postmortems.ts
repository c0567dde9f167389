// Synthetic postmortems for benchmarks: realistic in size (about 1,500 words), structure
// (frontmatter with timelines and action items, headings, lists, a table, code) and vocabulary
// (shared incident words plus a long tail of per-incident names), valid against the schema and
// the vocabularies, and the same for the same seed.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadVocabulary, vocabularyFiles, type Vocabulary } from '../../src/lib/vocabulary.ts';

export type SyntheticFormat = 'mdx' | 'md';

export interface SyntheticOptions {
  /** Same seed, same corpus. Default 42. */
  seed?: number;
  /** `.mdx` (some public posts with `<Internal>` blocks) or `.md` (no components). Default mdx. */
  format?: SyntheticFormat;
  /** Folder holding the vocabulary files (services.yaml, ...); they are copied beside the posts. */
  vocabularyDir: string;
  /** Share of posts that are public (they carry customer-facing wording). Default 0.2. */
  publicShare?: number;
}

export interface SyntheticPostmortem {
  id: string;
  fileName: string;
  source: string;
  isPublic: boolean;
}

/** Small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = 86_400_000;
const minute = 60_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const capitalise = (text: string) => text[0].toUpperCase() + text.slice(1);
/** YAML double-quoted scalar. */
const quote = (text: string) => JSON.stringify(text);

const symptoms = ['connection pool exhaustion', 'p99 latency above five seconds', 'HTTP 503 responses from the load balancer', 'pods restarting after out-of-memory kills', 'expired certificate errors', 'resolver failures', 'consumer lag growing without bound', 'lock wait timeouts', 'rate limiting with 429 responses', 'disk usage above the flood-stage watermark', 'context deadline exceeded errors', 'replication lag of several minutes', 'duplicate messages delivered to customers', 'stale prices shown in the basket', 'failed sign-ins for a share of sessions', 'missing search results for new products'];
const causes = ['a configuration push with the wrong default', 'a release that changed a cache key format', 'a schema migration that held an exclusive lock', 'an expired certificate that was not renewed', 'a provider outage in one region', 'traffic above the autoscaler ceiling', 'a retry storm from clients without back-off', 'a failed disk on the primary database host', 'a record with a long TTL pointing at a retired host', 'a credential rotated without a list of its consumers', 'a batch job that ran at peak time', 'an unbounded query introduced by a new report', 'a memory leak in a new serialisation library', 'a queue consumer that stopped acknowledging messages'];
const fixes = ['rolled back the release', 'reverted the configuration change', 'cancelled the migration', 'failed over to the replica', 'raised the replica limit', 'issued a new certificate', 'shed load at the gateway', 'paused the batch job', 'restarted the consumers with a smaller batch size', 'disabled the feature flag'];
const regions = ['eu-west-1', 'eu-central-1', 'us-east-1', 'us-west-2', 'ap-southeast-1'];
const roles = ['the on-call engineer', 'the incident commander', 'the database on-call', 'the owning team', 'a support lead', 'the platform on-call', 'the release manager'];
const syllables = ['ka', 'lo', 'mi', 'ren', 'tor', 'vex', 'qua', 'zil', 'bar', 'nim', 'sol', 'dra', 'pek', 'fu', 'gor', 'hal', 'jin', 'wek', 'yor', 'tus', 'mab', 'cri', 'dol', 'sen'];

/**
 * Sentence templates. `{x}` slots are filled per postmortem; `{name}` is one of the incident's
 * own identifiers (a job, flag or table name), which gives each document rare words as real
 * postmortems have.
 */
const templates = [
  '{Role} acknowledged the page within {n} minutes and opened the incident channel.',
  'Dashboards for {service} showed {symptom} once the right panel was found.',
  'The first hypothesis pointed at the {component}, which turned out to be healthy.',
  'Customers saw errors and some retried several times, which added about {n} percent more load.',
  'The runbook for {service} covered this failure mode but had not been exercised for {n} months.',
  'Alerting fired on the symptom rather than the cause, which cost about {n} minutes of diagnosis.',
  'A feature flag named {name} let the team disable the new path without a deploy.',
  'Capacity planning had used last year\'s peak rather than the forecast for this season.',
  'The change review did not ask how large the {component} had grown since the last change.',
  'Recovery took longer than expected because caches in {region} had to warm up again.',
  '{Role} compared the error rate before and after the change and saw a step of {n} percent.',
  'The {component} queue held {n} thousand messages at its peak and drained in under an hour.',
  'Nobody had written down that {name} depended on the {component} being reachable.',
  'Logs showed {symptom} starting at the same second as the change to {name}.',
  'The team {fix}, and error rates returned to normal within {n} minutes.',
  'We had seen a smaller version of this problem before, but the follow-up was still open.',
  'Synthetic checks from {region} stayed green, because they do not exercise {name}.',
  'The status page was updated {n} minutes after the incident was declared.',
  '{Role} paused all deploys to {service} while the investigation continued.',
  'Traffic in {region} was the first to recover after the team {fix}.',
  'The incident channel grew to {n} people, which made coordination slower.',
  'The {component} metrics were sampled every minute, too coarse to see the first spikes.',
  'A load test would have shown {symptom}, but the test data set was much smaller than production.',
  'Because {name} is shared by several teams, it took a while to find its owner.',
  'After the team {fix}, {role} watched the dashboards for another {n} minutes before standing down.',
  'Error budgets for {service} were already low after an earlier incident this quarter.',
  'The decision to roll back rather than fix forward was made after {n} minutes of discussion.',
  'Client libraries retried immediately on failure, which turned a brief spike into a sustained overload.',
  'Support received {n} tickets during the incident, most of them about {symptom}.',
  'The alert threshold for {name} had been raised last year to reduce noise and was never lowered again.',
];
const components = ['connection pool', 'primary database', 'read replica', 'message queue', 'cache cluster', 'ingress controller', 'job scheduler', 'object store', 'search index', 'session store', 'rate limiter', 'service mesh'];
const timelineEvents: [kind: string, text: string][] = [
  ['escalation', '{Role} escalates to the owning team.'],
  ['communication', 'Status page updated: we are investigating elevated errors.'],
  ['decision', 'Decision to stop the change rather than wait for it to finish.'],
  ['other', 'Error rate on {service} reaches its peak.'],
  ['escalation', 'Incident declared; {role} takes command.'],
  ['communication', 'Support briefed with a customer-facing summary.'],
  ['decision', 'Decision to fail over traffic from {region}.'],
  ['other', 'Dashboards show the {component} saturated.'],
];
const actionTitles = ['Alert on {symptom} before customers notice', 'Add a lock timeout to migrations on hot tables', 'Document the owner of {name}', 'Exercise the {service} runbook in a game day', 'Load-test the {component} at next season\'s peak', 'Add back-off and jitter to client retries', 'Renew certificates automatically and alert 30 days before expiry', 'Review alert thresholds for {name}', 'Cap batch job concurrency during peak hours', 'Split the {component} per tenant'];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const between = (rand: () => number, low: number, high: number) => low + Math.floor(rand() * (high - low + 1));

/**
 * One postmortem, number `index` of a corpus. Public posts never name internal service ids or
 * hosts outside `<Internal>`: the public build's redaction guard would (rightly) stop the build.
 */
export function generatePostmortem(
  index: number,
  rand: () => number,
  vocabulary: Vocabulary,
  options: { format: SyntheticFormat; publicShare: number; earlierIds: readonly string[] },
): SyntheticPostmortem {
  const serviceIds = [...vocabulary.services.keys()].sort();
  const tagIds = [...vocabulary.tags.keys()].sort();
  const triggerIds = [...vocabulary.triggers.keys()].sort();
  const teamIds = [...vocabulary.teams.keys()].sort();
  const isPublic = rand() < options.publicShare;

  const services = [...new Set([pick(rand, serviceIds), ...(rand() < 0.4 ? [pick(rand, serviceIds)] : [])])];
  const primary = vocabulary.services.get(services[0])!;
  const owner = primary.owner;
  const teams = [...new Set([owner, ...services.map((s) => vocabulary.services.get(s)!.owner), ...(rand() < 0.5 ? [pick(rand, teamIds)] : [])])];
  const tags = [...new Set(Array.from({ length: between(rand, 1, 4) }, () => pick(rand, tagIds)))];
  const trigger = pick(rand, triggerIds);
  const severity = pick(rand, ['SEV-0', 'SEV-1', 'SEV-1', 'SEV-2', 'SEV-2', 'SEV-2', 'SEV-3', 'SEV-3', 'SEV-4']);
  const symptom = pick(rand, symptoms);
  const cause = pick(rand, causes);
  const fix = pick(rand, fixes);
  const region = pick(rand, regions);
  const names = Array.from({ length: 3 }, () => `${pick(rand, syllables)}${pick(rand, syllables)}${pick(rand, syllables)}`);
  // Public text speaks of the service by its public name, or not at all.
  const serviceWords = isPublic ? (primary.publicName ? `the ${primary.publicName} service` : 'one of our services') : services[0];

  const fill = (template: string, forPublic: boolean): string => {
    const values: Record<string, () => string> = {
      service: () => (forPublic ? serviceWords : services[0]),
      role: () => pick(rand, roles),
      symptom: () => symptom,
      component: () => pick(rand, components),
      name: () => pick(rand, names),
      region: () => region,
      fix: () => fix,
      n: () => String(between(rand, 2, 90)),
    };
    return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
      const value = values[key.toLowerCase()]();
      return key[0] === key[0].toUpperCase() ? capitalise(value) : value;
    });
  };
  const paragraph = (sentences: number, forPublic = isPublic) =>
    Array.from({ length: sentences }, () => fill(pick(rand, templates), forPublic)).join(' ');

  // Times: several years of incidents, with realistic gaps between the key instants.
  const started = Date.parse('2021-01-01T00:00:00Z') + between(rand, 0, 5 * 365 - 60) * day + between(rand, 0, 1439) * minute;
  const detected = started + between(rand, 1, 45) * minute;
  const mitigated = detected + between(rand, 5, 300) * minute;
  const resolved = mitigated + between(rand, 5, 720) * minute;
  // A public post's id is its public address: it names no internal service (the redaction guard
  // stops a service id in a public post's file name).
  const id = `${date(started)}-${isPublic ? 'incident' : services[0]}-${names[0]}-${String(index).padStart(5, '0')}`;

  const timeline: { at: number; event: string; kind: string; public: boolean }[] = [
    { at: detected, event: `Alert fires: ${symptom}.`, kind: 'detection', public: true },
  ];
  const middle = between(rand, 2, 6);
  for (let i = 1; i <= middle; i++) {
    const [kind, text] = pick(rand, timelineEvents);
    timeline.push({ at: detected + Math.round(((mitigated - detected) * i) / (middle + 1) / minute) * minute, event: fill(text, false), kind, public: kind === 'communication' });
  }
  timeline.push({ at: mitigated, event: `The team ${fix}.`, kind: 'mitigation', public: false });
  timeline.push({ at: resolved, event: 'Resolved; monitoring confirms normal error rates.', kind: 'resolution', public: true });

  const actionItems = Array.from({ length: between(rand, 1, 5) }, (_, i) => ({
    id: `AI-${i + 1}`,
    title: fill(pick(rand, actionTitles), false),
    owner: rand() < 0.7 ? owner : pick(rand, teamIds),
    due: date(resolved + between(rand, 7, 90) * day),
    priority: pick(rand, ['P0', 'P1', 'P1', 'P2', 'P2', 'P3']),
    type: pick(rand, ['prevent', 'detect', 'mitigate', 'communicate']),
    status: pick(rand, ['open', 'in-progress', 'done', 'done', 'wont-do']),
  }));
  const related = options.earlierIds.length && rand() < 0.3 ? [pick(rand, options.earlierIds)] : [];

  const yamlList = (items: readonly string[]) => `[${items.join(', ')}]`;
  const frontmatter = [
    '---',
    `title: ${quote(`${capitalise(symptom)} on ${services[0]} after ${cause}`)}`,
    `summary: ${quote(`${capitalise(services[0])} showed ${symptom} after ${cause}. The team ${fix}, and the service recovered ${Math.round((resolved - started) / minute)} minutes after the start.`)}`,
    `severity: ${severity}`,
    'status: published',
    `visibility: ${isPublic ? 'public' : 'internal'}`,
    `services: ${yamlList(services)}`,
    `teams: ${yamlList(teams)}`,
    `tags: ${yamlList(tags)}`,
    `trigger: ${trigger}`,
    `commander: ${quote(`IC: ${owner} on-call`)}`,
    'times:',
    `  started: ${iso(started)}`,
    `  detected: ${iso(detected)}`,
    `  mitigated: ${iso(mitigated)}`,
    `  resolved: ${iso(resolved)}`,
    'impact:',
    `  description: ${quote(`Customers saw ${symptom} on ${serviceWords}.`)}`,
    `  start: ${iso(started)}`,
    `  end: ${iso(mitigated)}`,
    `  usersAffected: ${between(rand, 0, 50_000)}`,
    `  downtimeMinutes: ${Math.round((mitigated - started) / minute)}`,
    `drafted: ${date(resolved + day)}`,
    `published: ${date(resolved + between(rand, 2, 20) * day)}`,
    'reviewers: ["@acme/sre"]',
    'timeline:',
    ...timeline.flatMap((e) => [`  - at: ${iso(e.at)}`, `    event: ${quote(e.event)}`, `    kind: ${e.kind}`, ...(e.public ? ['    public: true'] : [])]),
    `contributors: [${quote(capitalise(cause))}, ${quote(`Monitoring of ${names[1]} was too coarse`)}]`,
    `mitigators: [${quote(`Fast alerting on ${services[0]}`)}]`,
    `risks: [${quote(`${capitalise(names[2])} has no owner`)}]`,
    ...(related.length ? [`related: ${yamlList(related)}`] : []),
    'actionItems:',
    ...actionItems.flatMap((a) => [
      `  - id: ${a.id}`,
      `    title: ${quote(a.title)}`,
      `    owner: ${a.owner}`,
      `    due: ${a.due}`,
      `    priority: ${a.priority}`,
      `    type: ${a.type}`,
      `    status: ${a.status}`,
      `    verification: ${quote('Verified in a staging game day.')}`,
    ]),
    ...(isPublic
      ? ['public:', `  title: ${quote(`Service disruption on ${date(started)}`)}`, `  summary: ${quote(`Some customers saw errors on ${serviceWords} for ${Math.round((mitigated - started) / minute)} minutes. We found the cause and fixed it.`)}`]
      : []),
    '---',
  ].join('\n');

  const internalNote = `<Internal>\n\nHost ${services[0]}-${between(rand, 1, 40)}.${region}.acme.internal ran out of headroom; ticket OPS-${1000 + index}. ${paragraph(3, false)}\n\n</Internal>`;
  const body = [
    '## What happened',
    paragraph(6),
    paragraph(5),
    ...(isPublic && options.format === 'mdx' ? [internalNote] : []),
    '## Impact',
    paragraph(5),
    paragraph(5),
    `| Phase | Minutes from start |\n| --- | --- |\n| Detected | ${Math.round((detected - started) / minute)} |\n| Mitigated | ${Math.round((mitigated - started) / minute)} |\n| Resolved | ${Math.round((resolved - started) / minute)} |`,
    '## Analysis',
    paragraph(6),
    paragraph(6),
    `The change that started it touched \`${names[0]}\`:\n\n\`\`\`yaml\n${names[0]}:\n  limit: ${between(rand, 10, 500)}\n  timeout_ms: ${between(rand, 100, 30000)}\n\`\`\``,
    paragraph(6),
    '### Contributing factors',
    Array.from({ length: 4 }, () => `- ${paragraph(2)}`).join('\n'),
    '## Detection and response',
    paragraph(6),
    paragraph(5),
    '## Why it was not caught earlier',
    paragraph(6),
    '## What went well',
    paragraph(5),
    '## Where we got lucky',
    paragraph(4),
    '## Learnings',
    paragraph(6),
    paragraph(6),
    Array.from({ length: 3 }, (_, i) => `${i + 1}. ${paragraph(2)}`).join('\n'),
  ].join('\n\n');
  return { id, fileName: `${id}.${options.format}`, source: `${frontmatter}\n\n${body}\n`, isPublic };
}

/** Generates `count` postmortems in memory (same seed, same output). */
export function generateSyntheticCorpus(count: number, vocabulary: Vocabulary, options: Omit<SyntheticOptions, 'vocabularyDir'> = {}): SyntheticPostmortem[] {
  const rand = seededRandom(options.seed ?? 42);
  const posts: SyntheticPostmortem[] = [];
  for (let i = 0; i < count; i++) {
    posts.push(generatePostmortem(i, rand, vocabulary, {
      format: options.format ?? 'mdx',
      publicShare: options.publicShare ?? 0.2,
      earlierIds: posts.slice(-50).map((p) => p.id),
    }));
  }
  return posts;
}

/**
 * Writes `count` postmortems into `dir/postmortems` and copies the vocabulary files into `dir`,
 * so `dir` is a complete content folder (KB_CONTENT_DIR=dir).
 */
export function writeSyntheticCorpus(dir: string, count: number, options: SyntheticOptions): SyntheticPostmortem[] {
  mkdirSync(join(dir, 'postmortems'), { recursive: true });
  for (const file of Object.values(vocabularyFiles)) copyFileSync(join(options.vocabularyDir, file), join(dir, file));
  const posts = generateSyntheticCorpus(count, loadVocabulary(options.vocabularyDir), options);
  for (const post of posts) writeFileSync(join(dir, 'postmortems', post.fileName), post.source);
  return posts;
}
