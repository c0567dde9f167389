import { findClosestMatch } from '../closest-match.ts';
import { namesDocumentKind } from './document-kind.ts';
import { failureModeById, recogniseFailureModes } from '../failure-modes.ts';
import type { Service, Vocabulary } from '../vocabulary.ts';
import { escapeRegExp } from '../regexp.ts';

/**
 * Services, teams, tags and a trigger category suggested for an imported report, from the
 * knowledge base's vocabularies: ids and names the text mentions, keywords the report's own
 * metadata lists (closest match), and the failure modes the text states (src/lib/failure-modes.ts,
 * the recogniser `npm run check` and similar incidents use) for the trigger and tags, with keyword
 * rules for the trigger when no mode is recognised. Every suggestion is listed in the import
 * report for checking.
 */
export interface ClassificationSuggestion {
  services: string[];
  teams: string[];
  /** Each team suggested, with the words that named it and a few around them (for the import's list of teams set). */
  teamsFrom: { id: string; from: string }[];
  tags: string[];
  trigger?: string;
  /** Why each value was suggested, in words. */
  reasons: string[];
}

const triggerRules: [string, RegExp][] = [
  ['certificate', /\b(certificates?|cert(?:ificate)? (?:expir\w*|rotation)|tls|ssl)\b/gi],
  ['dns', /\b(dns|resolvers?|nameservers?|ttl)\b/gi],
  ['deployment', /\b(deploy(?:ed|ment|s)?|releases?d?|roll-?outs?|new version|upgraded?)\b/gi],
  ['configuration', /\b(config(?:uration)?s?|misconfigur\w*|feature flags?|settings?)\b/gi],
  ['migration', /\b(migrations?|migrated|schema changes?|backfills?)\b/gi],
  ['capacity', /\b(capacity|traffic spikes?|overload\w*|exhaust\w*|out of memory|oom|disk full|saturat\w*)\b/gi],
  ['dependency', /\b(third[- ]party|providers?|vendors?|upstream|supabase|cloudflare|aws|gcp|azure|github)\b/gi],
  ['database', /\b(databases?|postgres\w*|mysql|replicas?|replication|deadlocks?|queries)\b/gi],
  ['network', /\b(network\w*|packet loss|bgp|load balancers?|firewalls?|connectivity)\b/gi],
  ['security', /\b(security|attacks?|attackers?|compromis\w*|phish\w*|ddos|vulnerab\w*|exploit\w*|credentials?|malicious)\b/gi],
];

/** Up to 6 words either side of a match, on one line: enough to tell which sense the word has. */
function wordsAround(text: string, index: number, length: number): string {
  const before = text.slice(Math.max(0, index - 80), index).split(/\s+/).slice(-6).join(' ');
  const after = text.slice(index + length, index + length + 80).split(/\s+/).slice(0, 7).join(' ');
  return `…${before}${text.slice(index, index + length)}${after}…`.replace(/\s+/g, ' ');
}
const countMatches = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
/** Words written capitalised that are no product's name ("The Checkout", "Our Messaging"). */
const notNames = new Set(['The', 'Our', 'Their', 'Its', 'This', 'That', 'These', 'Those', 'A', 'An', 'And', 'Or', 'But', 'With', 'In', 'On', 'For', 'At', 'By', 'From', 'To', 'Of', 'When', 'While', 'After', 'Before', 'During', 'Both', 'Each', 'Every', 'All', 'No', 'Your', 'My', 'His', 'Her', 'I', 'We']);
/** Whether the text before a name ends with a capitalised word inside a sentence ("…, Firebase "): the name's first word. */
function productNameBefore(before: string): boolean {
  const words = /(\S*)\s+(\p{Lu}[\p{L}\d]*)\s+$/u.exec(before);
  return !!words && !/[.!?:]$/.test(words[1]) && !notNames.has(words[2]);
}
const phrase = (text: string) => new RegExp(`\\b${escapeRegExp(text).replace(/[- ]+/g, '[- ]')}\\b`, 'gi');
/**
 * An alias as written in a report: an acronym in capitals ("CDA", "CMA") only in capitals, so that
 * "cda" in an address or another word's letters is not the service; other aliases as any name.
 */
const aliasPhrase = (alias: string) => (/^[\p{Lu}\d]{2,6}$/u.test(alias) ? new RegExp(phrase(alias).source, 'g') : phrase(alias));

function keywordsOf(metadata: Record<string, unknown> | undefined): string[] {
  if (!metadata) return [];
  // Zola writes its taxonomies as a TOML table ([taxonomies] tags = […]).
  return ['tags', 'keywords', 'categories', 'labels', 'services', 'components', 'taxonomies.tags', 'taxonomies.categories']
    .flatMap((key) => (Array.isArray(metadata[key]) ? (metadata[key] as unknown[]) : typeof metadata[key] === 'string' ? String(metadata[key]).split(/,\s*/) : []))
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map((value) => value.trim().toLowerCase());
}

/**
 * Values of "Tags: a, b" / "Labels: …" lines at the top of a report: Notion and incident platforms
 * export a page's properties as such lines (a table row `| Tags | … |` too).
 */
function declaredTags(markdown: string): string[] {
  const top = markdown.split('\n').slice(0, 40).join('\n');
  return [...top.matchAll(/^[\s>*_|-]*(?:tags|labels|categories)[*_]*[ \t]*[:|][ \t]*[*_]*(.+?)[ \t|]*$/gim)]
    .flatMap((m) => m[1].replace(/[*_`]/g, '').split(/\s*[,;]\s*/))
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Values of "Services: a, b" / "Affected systems: …" / "**Affected:** a, b" lines and of the
 * report's own metadata, each without its note in brackets ("MariaDB (tier3_backend)": MariaDB).
 */
export function declaredServices(markdown: string, metadata: Record<string, unknown> | undefined): string[] {
  const lines = [...markdown.matchAll(/^[\s>*_-]*(?:affected(?: (?:services?|components?|systems?))?|services?|components?|systems?)[*_]*[ \t]*[:|][*_]*[ \t]*(.+)$/gim)].map((m) => m[1].replace(/\s*\([^()]*\)/g, ''));
  // A status page kept in git lists the components an issue hit: cState under `affected`, Statusfy
  // and statuskit under `affectedsystems` (UGRC's site: `affectedSystems`).
  const fromMetadata = ['services', 'components', 'affected', 'affected_services', 'affectedServices', 'affectedsystems', 'affectedSystems'].flatMap((key) => {
    const value = metadata?.[key];
    return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  });
  return [...lines.flatMap((line) => line.replace(/[*_`]/g, '').split(/\s*[,;/]\s*|\s+and\s+/)), ...fromMetadata].map((v) => v.trim()).filter(Boolean);
}

/**
 * `title` is the report's title as the draft takes it: a status page names the service hit there
 * ("Elevated errors on Actions", "Disruption with some GitHub services") and often nowhere else, as
 * its updates say "this issue". A service it names comes before those the text names.
 */
/**
 * `prose` is `text` without its code and markup (words-outside-code.ts), where the trigger's and the
 * tags' keywords are counted: a command's output is no account of what set the incident off (ping's
 * `ttl=64`, four times in a report of a DHCP and MTU problem, had suggested `dns`: five-authors,
 * import round 23), nor an inline `config` key or a tag's class name, nor a failure mode's evidence
 * found in them (round 24).
 */
export function suggestClassification(text: string, vocabulary: Vocabulary, metadata?: Record<string, unknown>, markdown = '', title = '', prose = text): ClassificationSuggestion {
  const reasons: string[] = [];
  const keywords = [...new Set([...keywordsOf(metadata), ...declaredTags(markdown)])];

  const serviceIds = [...vocabulary.services.keys()];
  // A service's `aliases` in services.yaml are the names reports call it by ("CDA" for the
  // content delivery API): a name the report lists or writes is the service's id.
  const byAlias = new Map<string, string>();
  for (const service of vocabulary.services.values()) {
    for (const alias of service.aliases ?? []) if (!byAlias.has(alias.toLowerCase())) byAlias.set(alias.toLowerCase(), service.id);
  }
  const declared = new Map<string, string>();
  for (const value of declaredServices(markdown, metadata)) {
    const match = byAlias.get(value.toLowerCase()) ?? findClosestMatch(value.toLowerCase(), serviceIds);
    if (match && !declared.has(match)) declared.set(match, value);
  }
  const namings = (service: Service, words: string) =>
    countMatches(words, phrase(service.id)) + countMatches(words, phrase(service.name)) + (service.aliases ?? []).reduce((sum, alias) => sum + countMatches(words, aliasPhrase(alias)), 0);
  const inTitle = new Set([...vocabulary.services.values()].filter((service) => !declared.has(service.id) && namings(service, title) > 0).map((service) => service.id));
  const mentioned = [...vocabulary.services.values()]
    .map((service) => ({ id: service.id, count: namings(service, text), titled: inTitle.has(service.id) }))
    .filter((s) => (s.count > 0 || s.titled) && !declared.has(s.id))
    .sort((a, b) => Number(b.titled) - Number(a.titled) || b.count - a.count || a.id.localeCompare(b.id, 'en'))
    .map((s) => s.id);
  const services = [...declared.keys(), ...mentioned];
  for (const [id, value] of declared) reasons.push(`service ${id}: the report lists "${value}" as affected (closest match)`);
  for (const id of mentioned) reasons.push(`service ${id}: named in the ${inTitle.has(id) ? 'title' : 'report'}`);

  // Team ids are often common words ("data", "search"): only a team's display name counts, as a
  // name (capitalised as written, "Checkout") or followed by "team", not as a word ("git checkout").
  // The words that named it are said with the team (session 29: "Applications" in a review of the
  // cluster set a team wrongly, and "named in the report" did not say where to look).
  // Import round 57: a one-word name after another name is the second word of a product's name,
  // not the team ("Firebase Messaging users … experienced notification issues", a cloud provider's
  // incident, set the team "Messaging"); "the Messaging team" still names it.
  const teamWords = (name: string) => [...text.matchAll(new RegExp(phrase(name).source, 'g'))].find((match) => /\s/.test(name) || !productNameBefore(text.slice(Math.max(0, match.index - 40), match.index))) ?? phrase(`${name} team`).exec(text);
  const teamsNamed = [...vocabulary.teams.values()]
    .filter((team) => team.name.length > 3)
    .map((team) => ({ id: team.id, match: teamWords(team.name) }))
    .filter((team): team is { id: string; match: RegExpExecArray } => team.match !== null)
    .sort((a, b) => a.id.localeCompare(b.id, 'en'));
  const teams = teamsNamed.map((team) => team.id);
  const teamsFrom = teamsNamed.map(({ id, match }) => ({ id, from: `"${match[0]}" in "${wordsAround(text, match.index, match[0].length)}"` }));
  for (const { id, from } of teamsFrom) reasons.push(`team ${id}: named in the report, ${from}`);

  const tagIds = [...vocabulary.tags.keys()];
  const tagScores = new Map<string, number>();
  for (const keyword of keywords) {
    // A tag naming the kind of document ("postmortem", "incident") says nothing of what broke: only
    // a tag of that very name matches it ("postmortem" was `postgres`, the closest; src/lib/import/document-kind.ts).
    const match = namesDocumentKind(keyword) ? tagIds.find((id) => id === keyword.toLowerCase()) : findClosestMatch(keyword, tagIds);
    if (match && (match === keyword || match.length > 3)) {
      tagScores.set(match, (tagScores.get(match) ?? 0) + 10);
      reasons.push(`tag ${match}: the report's own metadata lists "${keyword}"`);
    }
  }
  for (const id of tagIds) {
    const count = countMatches(prose, phrase(id));
    if (count >= 2) {
      if (!tagScores.has(id)) reasons.push(`tag ${id}: "${id}" appears ${count} times`);
      tagScores.set(id, (tagScores.get(id) ?? 0) + count);
    }
  }
  // A failure mode's evidence is words too: `deploy --config ./app.config` in a command is no configuration change.
  const modes = recogniseFailureModes(prose);
  for (const mode of modes) {
    for (const tag of failureModeById(mode.id)?.tags ?? []) {
      if (!vocabulary.tags.has(tag)) continue;
      if (!tagScores.has(tag)) reasons.push(`tag ${tag}: the report describes ${mode.label} ("${mode.evidence}")`);
      tagScores.set(tag, (tagScores.get(tag) ?? 0) + 20);
    }
  }
  const tags = [...tagScores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).slice(0, 5).map(([id]) => id).sort();

  const triggerScores = triggerRules
    .filter(([id]) => vocabulary.triggers.has(id))
    .map(([id, pattern]) => ({ id, count: countMatches(prose, pattern) + keywords.filter((k) => k.match(pattern)).length * 3 }))
    .filter((t) => t.count >= 2)
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id, 'en'));
  const modeWithTrigger = modes.find((mode) => vocabulary.triggers.has(failureModeById(mode.id)?.trigger ?? ''));
  const trigger = modeWithTrigger ? failureModeById(modeWithTrigger.id)!.trigger : triggerScores[0]?.id;
  if (modeWithTrigger) reasons.push(`trigger ${trigger}: the report describes ${modeWithTrigger.label} ("${modeWithTrigger.evidence}")`);
  else if (trigger) reasons.push(`trigger ${trigger}: its keywords appear ${triggerScores[0].count} times (the most of any category)`);
  return { services, teams, teamsFrom, tags, trigger, reasons };
}
