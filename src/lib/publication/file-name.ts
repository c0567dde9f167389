import type { Finding } from '../findings.ts';
import { allowancesOnLine, allowedMatchKey, redactionFindingText, redactionRules, scanPublicText, type RedactionOptions, type RedactionRule } from '../redaction-guard.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { findInternalSystems } from './internal-systems.ts';
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { escapeRegExp } from '../regexp.ts';
import { replacedPeopleNames } from './replaced-people.ts';

/** Prefixes of ticket and incident ids (`OPS-4521`, `INC-2041`): in a file name's lower case, only these are read as tickets. */
const ticketPrefixes = new Set(['ops', 'inc', 'eng', 'sre', 'sec', 'infra', 'chg', 'prb', 'ritm', 'req', 'jira', 'it', 'sup', 'cs', 'pir']);

/** The options for the words of a file name, one object per scan's options (their regular expressions are built once per object). */
const listsOnly = new WeakMap<RedactionOptions, RedactionOptions>();

/** A name as a file name writes it: its words in lower case, joined by hyphens ("Admin interface" → `admin-interface`). */
export function publicNameSlug(name: string): string {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('-');
}

/** A name found among the words of a file name. */
export interface NameInFileName {
  rule: RedactionRule;
  /** As it is in the file name, in lower case. */
  text: string;
  why: string;
}

/**
 * The names among the words of a file name (without its extension; words joined by `-`, `_` or
 * `.`): known people and one-word internal names, service ids and hyphenated internal names as
 * whole runs of words, ticket ids, and the names this post uses for a person (`discovered`).
 */
export function findNamesInFileName(
  name: string,
  options: RedactionOptions,
  discovered: ReadonlyMap<string, 'person' | 'possible-person'> = new Map(),
): NameInFileName[] {
  const words = name.toLowerCase().split(/[-_.]+/).filter(Boolean);
  const found: NameInFileName[] = [];
  const add = (rule: RedactionRule, text: string, why: string) => {
    // A service id is an internal name too: one finding for it.
    if (!found.some((f) => f.text === text && (f.rule === rule || (rule === 'redact/internal-name' && f.rule === 'redact/service-id')))) found.push({ rule, text, why });
  };
  // Known names and one-word internal names, with the hyphens read as spaces.
  let wordOptions = listsOnly.get(options);
  if (!wordOptions) listsOnly.set(options, wordOptions = { ...options, detectUnlistedPeople: false, detectShapes: false, discoveredNames: undefined });
  const spaced = scanPublicText(name, words.join(' '), wordOptions);
  // The built site's guard reads the address as it is, hyphens and all, and there a listed name in
  // lower case is a name ("…-kai-derzeit-…" of the title "Assistent KAI: …"), where the same words
  // read as prose are not: read both ways, so that the post is held here rather than the whole
  // public build stopped.
  const addressed = scanPublicText(name, `/incidents/${words.join('-')}/`, wordOptions);
  for (const [i, finding] of [...spaced.findings, ...addressed.findings].entries()) {
    const text = redactionFindingText(finding).toLowerCase().replace(/ /g, '-');
    // The address's reading adds only what the prose reading did not find ("ekaterina" of `ekaterina-ivanova`).
    if (i >= spaced.findings.length && found.some((f) => `-${f.text}-`.includes(`-${text}-`))) continue;
    if (finding.rule === 'redact/person' || finding.rule === 'redact/internal-name') add(finding.rule, text, 'a known name');
  }
  const publicNames = new Set((options.publicNames ?? []).map((n) => n.toLowerCase()));
  // A file name joins every word with a hyphen, so a public name of several words can only be
  // written there as its words hyphenated: `admin-interface` of "Admin interface" says the public
  // name, whatever service id is spelt the same. A service id that is not its public name's words
  // (`ledger-db` of "Payments") is still found.
  const publicSlugs = new Set([...publicNames].map(publicNameSlug).filter((slug) => slug.includes('-')));
  const inName = (candidate: string) => `-${words.join('-')}-`.includes(`-${candidate.toLowerCase().replace(/_/g, '-')}-`);
  const saysAPublicName = (name: string) => publicNames.has(name.toLowerCase()) || publicSlugs.has(publicNameSlug(name));
  for (const serviceId of options.serviceIds) {
    if (/[-\d]/.test(serviceId) && !saysAPublicName(serviceId) && inName(serviceId)) add('redact/service-id', serviceId.toLowerCase(), 'an internal service id');
  }
  for (const internal of [...(options.internalNames ?? []), ...(options.configuredInternalNames ?? [])]) {
    if (/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(internal) && !saysAPublicName(internal) && inName(internal)) add('redact/internal-name', internal.toLowerCase(), 'an internal name');
  }
  // A ticket or incident id ("...-ops-99123-followup", "...-inc0012345"). A file name is in
  // lower case, so a word and a number say nothing by their shape ("postgres-14", "kafka-2023"):
  // only the prefixes tickets use, and the ticket tools' own shapes, read as the ticket rule reads text.
  for (let i = 0; i < words.length; i++) {
    const [prefix, number] = [words[i], words[i + 1] ?? ''];
    const candidate = ticketPrefixes.has(prefix) && /^\d{2,7}$/.test(number) ? `${prefix}-${number}` : /^[a-z]+\d{5,10}$/.test(prefix) ? prefix : undefined;
    if (candidate && findInternalSystems(candidate.toUpperCase(), { publicNames }).some((m) => m.rule === 'redact/ticket')) add('redact/ticket', candidate, 'a ticket or incident id');
  }
  for (const [discoveredName, rule] of discovered) {
    // A name of several words ("Mark-Simulacrum", "Ora Quill") as the run of words it is in the
    // file name: its first name alone was found, the rename dropped it and the address kept the
    // rest (`…-meeting-run-by-simulacrum`, adoption round 42).
    const slug = publicNameSlug(discoveredName);
    const text = words.includes(discoveredName.toLowerCase()) ? discoveredName.toLowerCase() : slug.includes('-') && inName(slug) ? slug : undefined;
    if (text && !publicNames.has(discoveredName.toLowerCase())) add(rule === 'person' ? 'redact/person' : 'redact/possible-person', text, 'this post names a person so');
  }
  // A first name that is nothing else a dictionary or list of public names knows, as in the text
  // ("Edith" wherever it stands): once `npm run redact` has replaced it in the post, nothing
  // else in the post says it is a name, and the address kept it (`…-claude-said`).
  if (options.detectUnlistedPeople !== false) {
    for (const word of words) {
      const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
      if (word.length < 3 || found.some((f) => f.text.split('-').includes(word)) || publicNames.has(word)) continue;
      if (isKnownFirstName(capitalised) && !isOrdinaryWord(capitalised) && !isEnglishWord(capitalised) && !isPublicTerm(capitalised)) {
        add('redact/possible-person', word, 'a first name, and nothing else a dictionary knows');
      }
    }
  }
  return found;
}

/**
 * A public post's file name is its public address (`/incidents/<id>/`), and so is in the feed,
 * the sitemap and the search index. Authors name files after the internal title ("...-ekaterina-
 * rollback", "...-orders-db-failover"), so the words of the name are checked like public text:
 * known people (any letter case), names this post uses for a person anywhere (its internal
 * title and summary included), internal names and service ids (hyphenated ones as whole parts
 * of the name), and ticket ids (`ops-99123`). A finding stops the build until the file is renamed, or a frontmatter comment
 * `# redaction-allow <rule> "<text>" -- reason` allows the text (on any frontmatter line: the
 * file name has no line of its own).
 */
export function scanFileName(
  file: string,
  source: string,
  options: RedactionOptions,
  /** Names found in this post by a phrasing or the language model (see discoverPeople). */
  discovered: ReadonlyMap<string, 'person' | 'possible-person'>,
  /** Everything of the post the public site shows (public fields and body), when known. */
  publicText?: string,
): { findings: Finding[]; allowed: Set<string> } {
  const id = (file.split(/[\\/]/).pop() ?? file).replace(/\.mdx?$/, '');
  const found = findNamesInFileName(id, options, discovered);
  if (publicText !== undefined) {
    for (const text of namesKeptInternal(id, splitFrontmatter(source).body, publicText, options)) {
      const overlaps = (a: string, b: string) => `-${a}-`.includes(`-${b}-`) || `-${b}-`.includes(`-${a}-`);
      if (!found.some((f) => overlaps(f.text, text))) found.push({ rule: 'redact/internal-name', text, why: 'this post keeps it inside <Internal>, and its public text never says it' });
    }
  }
  const allowances = splitFrontmatter(source).yaml.split('\n').flatMap(allowancesOnLine).filter((a) => a.text !== undefined);
  const findings: Finding[] = [];
  const allowed = new Set<string>();
  for (const { rule, text, why } of found) {
    if (allowances.some((a) => a.rule === rule && a.text!.toLowerCase() === text)) {
      allowed.add(allowedMatchKey(rule, text));
      continue;
    }
    findings.push({
      file, line: 1, column: 1, rule, severity: 'error', field: '(file name)',
      message: `${redactionRules[rule]} (${why}) would be published in the post's address /incidents/${id}/, its feed entry, the sitemap and the search index: "${text}".`,
      fix: `rename the file (git mv) so that its name does not say "${text}" (npm run redact lists the renames of all the posts it is given, and makes them with --rename); or, if it is meant to be public, add the frontmatter comment # redaction-allow ${rule} "${text}" -- reason.`,
    });
  }
  return { findings, allowed };
}

/** Words joined by `-`, `_` or `.` (`nas-prod`, `db01`, `payments_db`), as a file name writes them. */
const nameRun = /[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu;

/**
 * Names the post hides from its public text but its file name still says. An author or
 * `npm run redact` that hid a name in the post decided it is internal, and the file name is the
 * post's public address. Looked for inside `<Internal>` blocks, in the file name, and not in the
 * public text (in any spelling of its words: "ingress class" says `ingress.class`):
 * - a block that holds one name and nothing else, as `npm run redact` wraps it
 *   (`<Internal>nas-prod</Internal>`), and a snake_case name in code (`` `vault_sync` ``):
 *   whatever their words;
 * - elsewhere in a block, a word a dictionary or the list of public terms does not know
 *   (`seerr`, `db01`): an `<Internal>` paragraph is mostly ordinary words ("database", "restart").
 */
export function namesKeptInternal(id: string, body: string, publicText: string, options: Pick<RedactionOptions, 'publicNames'>): string[] {
  const nameWords = id.toLowerCase().split(/[-_.]+/).filter(Boolean);
  const inName = (run: string) => `-${nameWords.join('-')}-`.includes(`-${run}-`);
  // The public text's words in a row: a run it says with spaces or other marks ("ingress class") is said.
  const publicWords = `-${publicText.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('-')}-`;
  const publicNames = new Set((options.publicNames ?? []).map((n) => n.toLowerCase()));
  const ordinary = (word: string) => /^\d+$/.test(word) || word.length < 3 || isEnglishWord(word) || isOrdinaryWord(word) || isPublicTerm(word);
  const kept = new Set<string>();
  const consider = (candidate: string, whatever: boolean) => {
    if (!inName(candidate) || publicWords.includes(`-${candidate}-`) || publicNames.has(candidate)) return;
    if (whatever ? /^\d+$/.test(candidate) : candidate.split('-').every(ordinary)) return;
    kept.add(candidate);
  };
  const runsOf = (text: string) => [...text.toLowerCase().matchAll(nameRun)].map((m) => m[0].split(/[-_.]/).filter(Boolean));
  for (const block of body.matchAll(/<Internal\b[^>]*>([\s\S]*?)<\/Internal\s*>/g)) {
    const content = block[1].trim().replace(/^`+|`+$/g, '');
    const whole = runsOf(content);
    if (whole.length === 1 && new RegExp(`^${escapeRegExp(whole[0].join('-')).replace(/-/g, '[-_.]')}$`, 'i').test(content)) {
      consider(whole[0].join('-'), true);
      continue;
    }
    for (const code of block[1].matchAll(/(`+)([^`]+?)\1/g)) {
      for (const m of code[2].toLowerCase().matchAll(nameRun)) if (m[0].includes('_')) consider(m[0].split(/[-_.]/).filter(Boolean).join('-'), true);
    }
    for (const parts of runsOf(block[1])) {
      if (parts.length > 1 && inName(parts.join('-'))) consider(parts.join('-'), false);
      for (const part of parts) consider(part, false);
    }
  }
  // A person `npm run redact` replaced by a role: each word of the name is the person's, whatever a
  // dictionary says of it ("simulacrum" of "Mark-Simulacrum", once a rename dropped "mark").
  for (const name of replacedPeopleNames(body)) for (const part of runsOf(name).flat()) if (part.length >= 3) consider(part, true);
  // A run found whole makes its parts redundant.
  return [...kept].filter((text) => ![...kept].some((other) => other !== text && other.split('-').includes(text))).sort();
}

/** Words that say nothing on their own in a file name: articles, prepositions and conjunctions. */
const fileNameFiller = /^(?:a|an|the|of|on|in|at|to|for|by|with|from|and|or|into|onto|via|over|under|off|up|down|out|after|before|during)$/;

/**
 * The name `npm run redact` proposes for a public post whose file name says a name the public site
 * must not (`names`, as {@link findNamesInFileName} gives them): a service id of a service with a
 * public name becomes that name's words (`…-ledger-db-failover` → `…-payments-failover`), any other
 * name is dropped (`…-ekaterina-rollback` → `…-rollback`). Undefined when nothing but the day
 * would be left (or only words like "on" and "the"), or nothing changes: then the author names the file. The caller checks the
 * proposal again with the guard; nothing here decides that it is safe.
 */
export function proposedFileName(id: string, names: readonly string[], publicNameOf: ReadonlyMap<string, string> = new Map()): string | undefined {
  let dashed = `-${id.toLowerCase()}-`;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const publicName = publicNameOf.get(name.toLowerCase());
    const replacement = publicName ? `-${publicNameSlug(publicName)}-` : '-';
    const run = `-${name.toLowerCase().replace(/_/g, '-')}-`;
    while (dashed.includes(run)) dashed = dashed.replace(run, replacement);
  }
  const proposed = dashed.replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  const rest = proposed.replace(/^\d{4}-\d{2}-\d{2}/, '').split('-').filter(Boolean);
  // What is left must say something: "fritz-on-the-fritz" without the configured "fritz" is
  // "on-the" (listed-names round 26), which names nothing; the author names the file then.
  if (proposed === id.toLowerCase() || !rest.some((word) => /[\p{L}]/u.test(word) && !fileNameFiller.test(word))) return undefined;
  return proposed;
}
