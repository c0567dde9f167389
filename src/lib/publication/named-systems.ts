/**
 * Internal systems named by the noun of their kind (since the system-name probe round 17,
 * docs/redaction.md, "System names, probe round 17").
 *
 * Postmortems name the organisation's own systems as what they are: "the `ledger-prod`
 * namespace", "the feature flag `ledger_v2_writes_enabled`", "the `acme-ledger-exports` bucket",
 * the dashboard "Ledger Writer – Overview", "Project Falconridge". The noun says that the name
 * beside it is a system's; each kind reads only the names written as one organisation's systems
 * are ({@link kinds}), since published reports name their tables, tools' namespaces and vendors'
 * services in the same places. A name tools give everyone (`kube-system`, `default`), a
 * placeholder (`my-bucket`), an option (`--force`), a path or a host is not read.
 *
 * A code name found so is then looked for in the rest of the post, also as a part of a longer
 * identifier (`FALCONRIDGE_WRITE_TIMEOUT`; {@link findCodeNameParts}), and a name the vocabulary
 * lists as a part of one (`LEDGER_WRITER_DB_POOL`, `ledgerWriterClient`, `falconridge2`;
 * {@link findListedNameParts}).
 */
import { allMatches, escapeRegExp } from '../regexp.ts';
import type { RedactionOptions } from '../redaction-guard.ts';
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { findOwnSystemNames } from './own-system-names.ts';
import { findOwnedNounNames } from './owned-noun-names.ts';
import { findCoinedAlertNames } from './coined-alert-names.ts';
import { findCodeNameIdentifiers } from './code-name-identifiers.ts';
import { findAlertAndPageSystems } from './alert-and-page-systems.ts';
import { findCodeNameOutages } from './code-name-outages.ts';
import { findJobSuffixNames } from './job-suffix-names.ts';
import { LineMemo } from './line-memo.ts';
import { addUnlessOverlapping } from './first-finding-keeps.ts';

export interface NamedSystemMatch {
  rule: 'redact/internal-name' | 'redact/internal-link' | 'redact/service-id';
  text: string;
  index: number;
  why: string;
}

/**
 * The kinds of system a postmortem names, each with the ways of writing a name that make it the
 * organisation's own: published reports name their tables (`external_ids`), namespaces
 * (`homeassistant`), runbooks (`dqlite-write-contention`), public tools' flags (`disable-attesting`)
 * and vendors' services ("the Artifactory service") in the same places, so each kind reads only
 * what names a system of one organisation (docs/redaction.md, "System names, probe round 17").
 */
interface SystemKind {
  /** The noun, as a regular-expression source. */
  noun: string;
  /** Whether the noun may follow the name ("the `ledger-prod` namespace") and precede it ("namespace `ledger-prod`"). */
  after: boolean;
  before: boolean;
  /** Which forms of a name are read: a code span, quotes, a bare compound. */
  forms: ReadonlySet<'code' | 'quoted' | 'bare'>;
  /** What the name must show besides its form. */
  needs: 'title' | 'compound' | 'environment' | 'distinctive' | 'long';
}
const kinds: readonly SystemKind[] = [
  // A namespace per environment is the organisation's layout; a tool's own (`arc-systems`,
  // `synology-csi`) is named in published reports.
  { noun: 'namespace', after: true, before: true, forms: new Set(['code', 'quoted', 'bare']), needs: 'environment' },
  { noun: String.raw`(?:(?:dead[- ]letter |SQS |Kafka |RabbitMQ |Pub\/Sub )?(?:queue|topic)|table|schema|database|keyspace)`, after: true, before: true, forms: new Set(['code']), needs: 'distinctive' },
  // Two words name a tool's default bucket (`velero-backups`); the organisation's carry its name too.
  { noun: 'bucket', after: true, before: true, forms: new Set(['code', 'quoted']), needs: 'long' },
  { noun: String.raw`(?:feature flag|feature toggle|kill switch|(?:LaunchDarkly|Unleash|Flagsmith|Split) flag)`, after: true, before: true, forms: new Set(['code', 'quoted']), needs: 'compound' },
  { noun: String.raw`(?:dashboard|runbook|playbook|(?:Slack |Teams )?channel|service|wiki page|Confluence page)`, after: true, before: true, forms: new Set(['quoted']), needs: 'title' },
  { noun: String.raw`(?:escalation policy|(?:PagerDuty|Opsgenie) (?:service|schedule|team)|(?:internal|private) (?:repository|repo|package|registry))`, after: true, before: true, forms: new Set(['code', 'quoted', 'bare']), needs: 'compound' },
  // Open-source projects announce on public lists (`curl-library`, `pypi-announce`): a list is read by a part no one knows.
  { noun: String.raw`(?:mailing list|Google group)`, after: true, before: true, forms: new Set(['code', 'quoted', 'bare']), needs: 'distinctive' },
  { noun: String.raw`(?:node ?pool|bastion(?: host)?|jump ?host|VPN gateway)`, after: true, before: true, forms: new Set(['code', 'quoted', 'bare']), needs: 'compound' },
  // Since probe round 39: a queue or topic written bare ("the kestrith-billing queue"), and what
  // runs on a schedule, pages or gates a change, as the reports of mybinder.org, Kubernetes'
  // test-infra and the MoJ cloud platform name theirs: a cron job, a DAG, a CI server's job, an
  // on-call rotation or schedule, a flag. A part no one knows makes it the organisation's: public
  // jobs are named in public words (`nightly-backup`, `pull-kubernetes-e2e-gce`). Not an alert:
  // public rules run product names together (`AlertmanagerFailedReload`, `CPUThrottlingHigh`),
  // so one is read bare only with its system's name found (code-name-tokens.ts), or with a coined
  // word and the line saying it is an alert (coined-alert-names.ts, round 39b). Only after its name:
  // before it, the noun is a command's kind (`kubectl delete cronjob linkace-cronjob`, a public
  // app's job in a homelab's report; the kubectl rule reads those).
  { noun: String.raw`(?:queue|topic)`, after: true, before: false, forms: new Set(['bare']), needs: 'distinctive' },
  { noun: String.raw`(?:cron ?job|CronJob|cron|DAG|(?:Jenkins|CI|batch|nightly) job|(?:on-call )?rotation|(?:on-call )?schedule|flag)`, after: true, before: false, forms: new Set(['code', 'bare']), needs: 'distinctive' },
];
/** Words that say the next name is a code name, whatever its words ("code-named Bluejay", "codename: Bluejay"). */
const codeNameIntroduction = String.raw`(?:[Cc]ode[- ]?named|[Cc]ode ?name:?)`;

const code = String.raw`\x60([^\x60\n]{2,80})\x60`;
const quoted = String.raw`"([^"\n]{2,60})"|“([^”\n]{2,60})”`;
/** An identifier-shaped name written bare: parts joined by a hyphen or an underscore. */
const bareCompound = String.raw`([\p{L}][\p{L}\p{N}]*(?:[-_][\p{L}\p{N}]+)+)`;
const nameForms = String.raw`${code}|${quoted}|(?<![\p{L}\p{N}_.\/@#-])${bareCompound}(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])`;
const kindPatterns = kinds.map((kind) => ({
  kind,
  /** The noun alone: both patterns need it, and most lines name none of the kinds (tested first, as it is cheap). */
  noun: new RegExp(kind.noun, 'u'),
  patterns: [
    ...(kind.after ? [new RegExp(String.raw`(?:${nameForms})\s+(?:${kind.noun})(?![\p{L}-])`, 'gu')] : []),
    ...(kind.before ? [new RegExp(String.raw`\b(?:${kind.noun})(?:\s+(?:called|named))?:?\s+(?:${nameForms})`, 'gu')] : []),
  ],
}));
const codeNamed = new RegExp(String.raw`\b(?:${codeNameIntroduction})\s+(?:${code}|${quoted}|(\p{Lu}[\p{L}\p{N}]+(?:[- ]\p{Lu}[\p{L}\p{N}]+)?))`, 'gu');
/** "Project Falconridge": a code name the way programmes are named. */
const projectName = /(?<![\p{L}\p{N}_.\/-])Project\s+(\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}_-])/gu;
/** A tracker's project key named as one ("the LEDG project in Jira", "Jira project OPS", "project key LEDG"). */
const trackerKey = /\b(?:(?:Jira|Linear|YouTrack)\s+(?:project|board|team)|project\s+key)\s+([A-Z][A-Z0-9]{1,9})\b|\b([A-Z][A-Z0-9]{1,9})\s+(?:project|board)\s+(?:in|on)\s+(?:Jira|Linear|YouTrack)\b|\b([A-Z][A-Z0-9]{1,9})\s+(?:Jira|Linear|YouTrack)\s+(?:project|board)\b/g;
/** A page of a wiki written as a path without its host (`/wiki/spaces/PAY/pages/4412/…`, `/display/PAY/…`). */
const wikiPath = /(?<![\w.:\/-])\/(?:wiki\/spaces|wiki\/display|display|confluence\/display)\/[A-Z][A-Z0-9~]{1,15}\/[^\s)\]"'<>\x60]+/g;

/** Names that tools create in every installation, or that authors write instead of a name. */
const everyonesName = /^(?:default|kube-[a-z-]+|[a-z]+-system|cert-manager|ingress-nginx|monitoring|logging|argocd|argo-cd|flux-system|velero|tigera-operator|gatekeeper-system|(?:my|your|the|example|sample|some|foo|test)[-_][\w.-]*|[\w.-]*example[\w.-]*|<[^>]+>|\$\{?\w+\}?|x+)$/i;
/** Words of a cloud region or zone, a machine type, a version: no part of a system's name. */
const publicShape = /^(?:(?:us|eu|ap|sa|ca|me|af|il|cn|mx)(?:-gov)?-(?:east|west|north|south|central|northeast|northwest|southeast|southwest)-\d+[a-z]?|v?\d+(?:\.\d+)*|[a-z]\d+(?:-[a-z]+)+-\d+)$/i;

const isDictionaryWord = (word: string) => isEnglishWord(word.toLowerCase()) || isOrdinaryWord(word.toLowerCase());
/** A word no dictionary, lexicon, public term or list of public names knows. */
const isUnknownWord = (word: string, isPublicName: (text: string) => boolean) =>
  word.length >= 4 && !isDictionaryWord(word) && !isKnownWord(word) && !isPublicTerm(word) && !isPublicName(word);
export const isUnknownSystemWord = isUnknownWord;
/** The parts of an identifier: split at separators and at a lower-to-upper case change. */
export const identifierParts = (name: string): string[] => name.split(/[-_.\s]+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u).filter(Boolean);

/** Parts of a name that say which environment it serves. */
export const environmentPart = /^(?:prod|production|prd|stg|stage|staging|preprod|uat|qa|sandbox|dev|development)$/i;

/**
 * True when `name`, written beside a noun of its kind, is a system's own name: not a name
 * everyone's tools have, a placeholder, an option, a path, a host or a public name, and showing
 * what its kind needs.
 */
function isSystemsOwnName(name: string, form: 'code' | 'quoted' | 'bare', needs: SystemKind['needs'], isPublicName: (text: string) => boolean): boolean {
  const text = name.trim();
  if (text.length < 3 || everyonesName.test(text) || publicShape.test(text) || isPublicName(text) || isPublicTerm(text)) return false;
  if (/^[-$%<{(\/~.]|:\/\/|\s--?\w|^\d|\.(?:com|org|net|io|dev|yml|yaml|json|sh|py)$/i.test(text)) return false;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  if (needs === 'title') {
    // A title of a dashboard, runbook or channel: capitalised words, two or more, or one that is an identifier or no one's word.
    if (words.length < 2 || words.length > 8 || !/^\p{Lu}/u.test(text)) return false;
    return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2 || words.some((w) => /\p{Ll}\p{Lu}|[-_]/u.test(w) || isUnknownWord(w, isPublicName));
  }
  if (words.length !== 1) return false;
  const parts = identifierParts(text).filter((part) => /\p{L}/u.test(part));
  const compound = parts.length > 1;
  if (!compound || (form === 'bare' && !/[-_]/.test(text))) return false;
  // A word made an adjective by its last part ("other SSH-type bastion", "a Redis-like cache",
  // "cloud-based"): a kind of thing, no system's name; read "other an internal system bastion"
  // (adoption round 51). Bare only: `ssh-type` in code may be a system's.
  if (form === 'bare' && /[-](?:type|like|style|based|class|grade|ish|compatible|native|capable)$/i.test(text)) return false;
  // A kind's own word and a number is an example's name (`table1`, `queue-1`), not a system's.
  if (parts.length === 1 || /^(?:table|queue|topic|db|database|schema|bucket|test|temp|tmp)[-_]?\d+$/i.test(text)) return false;
  switch (needs) {
    case 'compound': return true;
    case 'environment': return parts.some((part) => environmentPart.test(part));
    case 'long': return parts.length >= 3 || parts.some((part) => environmentPart.test(part));
    case 'distinctive': return parts.some((part) => environmentPart.test(part) || isUnknownWord(part, isPublicName)) || /(?:^|[-_.])v\d+$/i.test(text);
  }
}

/** The name a match holds and how it is written: the groups of a code span, two of quotes, a bare compound, and (code names) a capitalised word. */
function nameOf(m: RegExpExecArray): { text: string; index: number; form: 'code' | 'quoted' | 'bare' } | undefined {
  for (let group = 1; group < m.length; group++) {
    const text = m[group];
    if (text === undefined) continue;
    const index = m.index + m[0].indexOf(text, group <= 3 ? 1 : 0);
    return { text, index, form: group === 1 ? 'code' : group <= 3 ? 'quoted' : 'bare' };
  }
  return undefined;
}

/**
 * The systems one line names by their kind, and by a code name or a tracker's key.
 * `isPublicName` says whether a text is in `publicNames`; `orgScopes` are the organisation's
 * (`acme` makes `acme/ledger-writer` its repository).
 */
export function findNamedSystems(line: string, isPublicName: (text: string) => boolean, orgScopes: ReadonlySet<string>, memo?: LineMemo<readonly NamedSystemMatch[]>): NamedSystemMatch[] {
  // Copies of the memo's answers: the caller's findings are its own.
  const found = memo ? memo.get(line, () => systemsNamedOnLine(line, isPublicName)).map((m) => ({ ...m })) : systemsNamedOnLine(line, isPublicName);
  if (orgScopes.size && line.includes('/')) {
    // `acme/ledger-writer`: a repository of the organisation, as `acme/ledger-writer#7` is one of its issues.
    for (const m of allMatches(/(?<![\w.\/@:#-])([A-Za-z0-9][\w.-]*)\/([A-Za-z][\w.-]*[A-Za-z0-9])(?![\w\/-])/g, line)) {
      if (orgScopes.has(m[1].toLowerCase()) && !isPublicName(`github.com/${m[1]}/${m[2]}`) && !isPublicName(m[0])) addUnlessOverlapping(found, { rule: 'redact/internal-link', text: m[0], index: m.index, why: "the organisation's repository" });
    }
  }
  return found;
}

/**
 * The answers of {@link findNamedSystems} before the organisation's repositories, which read the
 * line and `isPublicName` alone, by the line, for each list of public names
 * (`RedactionOptions.publicNames`, the one list every post's scan reads): a post's lines are read
 * twice (its code names, then its findings) and the posts repeat lines. Shared: never changed.
 * Only for an `isPublicName` that says whether a text is in that list, in any case, as both
 * callers make it.
 */
export function namedSystemsMemo(publicNames: readonly string[] | undefined): LineMemo<readonly NamedSystemMatch[]> {
  const key = publicNames ?? noPublicNames;
  let memo = namedSystemsByPublicNames.get(key);
  if (!memo) namedSystemsByPublicNames.set(key, (memo = new LineMemo()));
  return memo;
}

const noPublicNames: readonly string[] = [];
const noScopes: ReadonlySet<string> = new Set();
const namedSystemsByPublicNames = new WeakMap<readonly string[], LineMemo<readonly NamedSystemMatch[]>>();

/** The systems one line names by their kind, by a code name, a tracker's key or a wiki's path (see {@link findNamedSystems}). */
function systemsNamedOnLine(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  const push = (rule: NamedSystemMatch['rule'], text: string, index: number, why: string) => addUnlessOverlapping(found, { rule, text, index, why });
  if (/[a-z]/i.test(line)) {
    for (const { kind, noun, patterns } of kindPatterns) {
      if (!noun.test(line)) continue;
      for (const pattern of patterns) {
        for (const m of allMatches(pattern, line)) {
          const name = nameOf(m);
          if (name && kind.forms.has(name.form) && isSystemsOwnName(name.text, name.form, kind.needs, isPublicName)) push('redact/internal-name', name.text, name.index, 'named as a system of its kind');
        }
      }
    }
    for (const m of allMatches(codeNamed, line)) {
      const name = nameOf(m);
      if (name && !isPublicName(name.text) && !isPublicTerm(name.text)) push('redact/internal-name', name.text, name.index, 'a code name');
    }
    for (const m of allMatches(projectName, line)) {
      if (isUnknownWord(m[1], isPublicName)) push('redact/internal-name', m[1], m.index + m[0].lastIndexOf(m[1]), 'a project code name');
    }
    // Since the eighteenth probe round: a one-word code name the post calls its own (own-system-names.ts).
    for (const m of findOwnSystemNames(line, isPublicName)) push(m.rule, m.text, m.index, m.why);
    // Since the system-name probe round 29: a name after a noun the post owns (owned-noun-names.ts).
    for (const m of findOwnedNounNames(line, isPublicName)) push(m.rule, m.text, m.index, m.why);
    // Since probe round 39b: an alert whose name holds a coined word (coined-alert-names.ts).
    for (const m of findCoinedAlertNames(line, isPublicName)) push(m.rule, m.text, m.index, m.why);
    // Since probe round 45: a scoped package, a metric or an alert named by a code name alone (code-name-identifiers.ts).
    for (const m of findCodeNameIdentifiers(line, isPublicName)) push(m.rule, m.text, m.index, m.why);
    // Since probe round 42b: a coined system in an alert's labels or a page's fields (alert-and-page-systems.ts).
    for (const m of findAlertAndPageSystems(line, isPublicName)) push(m.rule, m.text, m.index, m.why);
    // Since probe round 44: a code name used as an incident's name (code-name-outages.ts).
    for (const m of findCodeNameOutages(line, isPublicName)) push(m.rule, m.text, m.index, m.why);
    // Since probe round 44: a job named by a code name and its work (job-suffix-names.ts).
    for (const m of findJobSuffixNames(line, isPublicName)) push(m.rule, m.text, m.index, m.why);
    for (const m of allMatches(trackerKey, line)) {
      const key = m[1] ?? m[2] ?? m[3];
      if (!isPublicName(key)) push('redact/internal-name', key, m.index + m[0].indexOf(key), "a tracker's project key");
    }
  }
  for (const m of allMatches(wikiPath, line)) push('redact/internal-link', m[0], m.index, "a page of the organisation's wiki");
  return found;
}

/**
 * The code names a post gives its systems (in lower case): each word no one knows that
 * {@link findNamedSystems} reads as a system's name ("Project Falconridge", "the Zarnith
 * service", "the `falconridge-dual-write` flag"'s unknown part), to be looked for wherever else
 * the post writes it. `isPublicList` says whether a name is a mailing list with a public archive.
 */
export function discoverCodeNames(texts: readonly string[], isPublicName: (text: string) => boolean, memo?: LineMemo<readonly NamedSystemMatch[]>, isPublicList: (name: string) => boolean = () => false): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      for (const m of findNamedSystems(line, isPublicName, noScopes, memo)) {
        // A mailing list whose public archive the post links is public, and so are its words (round 44).
        if (m.rule !== 'redact/internal-name' || isPublicList(m.text)) continue;
        for (const part of identifierParts(m.text)) if (/^\p{L}+$/u.test(part) && part.length >= 5 && isUnknownWord(part, isPublicName) && !isKnownFirstName(part)) names.add(part.toLowerCase());
      }
    }
  }
  for (const name of names) if (texts.some((text) => isOrganisationNamedInText(name, text))) names.delete(name);
  return names;
}

/**
 * Whether `text` gives the word `name` to a company or a protocol by its legal or business word
 * ("Euler Finance was exploited", then "the Euler hack"; round 45 of false positives): another
 * organisation's public name, not a code name of the post's own systems. Since round 46 also
 * read for the line's own rules ("the Euler incident", code-name-outages.ts).
 */
export function isOrganisationNamedInText(name: string, text: string): boolean {
  if (!text.toLowerCase().includes(name.toLowerCase())) return false;
  return new RegExp(String.raw`(?<![\p{L}\p{N}_-])${escapeRegExp(name)}[ \t]+(?:Finance|Labs|Protocol|Foundation|Inc\b|Ltd\b|LLC\b|GmbH\b|Capital|DAO\b|Exchange)`, 'iu').test(text);
}

/**
 * An identifier-like token: letters and digits joined by `-` or `_`, or run together in
 * camelCase. A dot ends it: `ledger_writer.enabled` is a setting of the name, which is the finding.
 */
const identifierToken = /(?<![\p{L}\p{N}_@\/#-])[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*(?![\p{L}\p{N}_]|-\p{L})/gu;
/** What a hyphen may join to a listed name and leave the same system: a version, an environment, a number, a colour of a deployment. */
const sameSystemAffix = /^(?:v\d+|\d+|next|new|old|legacy|canary|blue|green|prod|production|stg|staging|preprod|uat|qa|dev|test|sandbox|primary|replica|worker|workers|api|db)$/i;

/**
 * A code name of the post ({@link discoverCodeNames}) as a part of a longer identifier
 * (`FALCONRIDGE_WRITE_TIMEOUT`, `falconridge.writer`, `falconridge-dual-write`), or alone in
 * another case: the whole identifier is the finding.
 */
export function findCodeNameParts(line: string, codeNames: ReadonlySet<string>): NamedSystemMatch[] {
  if (!codeNames.size) return [];
  const lower = line.toLowerCase();
  if (![...codeNames].some((name) => lower.includes(name))) return [];
  const found: NamedSystemMatch[] = [];
  for (const m of allMatches(identifierToken, line)) {
    const token = m[0];
    if (identifierParts(token).some((part) => codeNames.has(part.toLowerCase()))) found.push({ rule: 'redact/internal-name', text: token, index: m.index, why: 'a code name this post gives a system' });
  }
  return found;
}

/**
 * A name the vocabulary or configuration lists as a part of a longer identifier: an environment
 * variable (`LEDGER_WRITER_DB_POOL`), a variable in camelCase (`ledgerWriterClient`), a name with
 * a number (`falconridge2`). Each listed name is given with the rule its own finding has; only
 * names that are identifiers or words no dictionary knows are looked for so, since an English
 * word is part of every other identifier.
 */
export function listedNamePartsPattern(names: readonly string[]): RegExp | undefined {
  const sources = names
    .map((name) => name.split(/[-_\s]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean))
    .filter((parts) => parts.length > 1 || (parts.length === 1 && parts[0].length >= 5 && !isDictionaryWord(parts[0]) && !isPublicTerm(parts[0])))
    .map((parts) => parts.map(escapeRegExp).join('[-_]?'));
  if (!sources.length) return undefined;
  return new RegExp(`(?:${[...new Set(sources)].sort((a, b) => b.length - a.length).join('|')})`, 'giu');
}

export function findListedNameParts(line: string, pattern: RegExp | undefined, rule: NamedSystemMatch['rule']): NamedSystemMatch[] {
  if (!pattern) return [];
  // A name inside a token is inside the line: a line without one has no token to read.
  pattern.lastIndex = 0;
  const anywhere = pattern.test(line);
  pattern.lastIndex = 0;
  if (!anywhere) return [];
  const found: NamedSystemMatch[] = [];
  for (const m of allMatches(identifierToken, line)) {
    const token = m[0];
    pattern.lastIndex = 0;
    const inside = pattern.exec(token);
    pattern.lastIndex = 0;
    // Only a longer identifier: the name on its own is the vocabulary rule's finding.
    if (!inside || inside[0].length === token.length) continue;
    const before = token[inside.index - 1];
    const after = token[inside.index + inside[0].length];
    // The name must be a whole part: joined by a separator, a case change or a digit, not inside a word.
    // A hyphen joins another name (`my-orders-db` is not `orders-db`) unless what it joins says
    // which version, environment or part of the same system it is (`ledger-writer-v2`).
    const hyphenAffix = (affix: string) => sameSystemAffix.test(affix);
    const startsPart = before === undefined || before === '_' || (before === '-' && hyphenAffix(token.slice(0, inside.index - 1).split(/[-_]/).at(-1)!)) || (/\p{Ll}/u.test(before) && /\p{Lu}/u.test(inside[0][0]));
    const endsPart = after === undefined || after === '_' || /\p{N}/u.test(after) || (after === '-' && hyphenAffix(token.slice(inside.index + inside[0].length + 1).split(/[-_]/)[0])) || (/\p{Lu}/u.test(after) && /\p{Ll}/u.test(inside[0].at(-1)!));
    if (startsPart && endsPart) found.push({ rule, text: token, index: m.index, why: 'a listed name inside an identifier' });
  }
  return found;
}

const listedPatterns = new WeakMap<RedactionOptions, { serviceIds?: RegExp; internalNames?: RegExp }>();

/**
 * Every finding of this module on one line: the systems named by their kind and the post's code
 * names (when shapes are looked for), and the listed names inside longer identifiers.
 * `searchableNames` are the internal names the vocabulary rule looks for.
 */
export function findSystemNamesOnLine(line: string, options: RedactionOptions, searchableNames: () => readonly string[], publicNames: ReadonlySet<string>, orgScopes: ReadonlySet<string>): NamedSystemMatch[] {
  let listed = listedPatterns.get(options);
  if (!listed) {
    listed = {
      serviceIds: listedNamePartsPattern(options.serviceIds.filter((id) => /[-\d]/.test(id))),
      internalNames: listedNamePartsPattern(searchableNames()),
    };
    listedPatterns.set(options, listed);
  }
  const isPublicName = (text: string) => publicNames.has(text.toLowerCase());
  const found = [...findListedNameParts(line, listed.serviceIds, 'redact/service-id'), ...findListedNameParts(line, listed.internalNames, 'redact/internal-name')];
  if (options.detectShapes !== false) {
    found.push(...findNamedSystems(line, isPublicName, orgScopes, namedSystemsMemo(options.publicNames)));
    const codeNames = new Set([...(options.discoveredIdentifiers ?? [])].filter((name) => /^\p{L}+$/u.test(name)));
    found.push(...findCodeNameParts(line, codeNames));
  }
  return found.filter((m, i) => !found.some((k, j) => j < i && k.index <= m.index && m.index + m.text.length <= k.index + k.text.length));
}
