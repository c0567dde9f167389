import type { Finding } from '../findings.ts';
import { allowancesOnLine, allowedMatchKey, redactionFindingText, redactionRules, scanPublicText, type RedactionOptions, type RedactionRule } from '../redaction-guard.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { findInternalSystems } from './internal-systems.ts';
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

/** Prefixes of ticket and incident ids (`OPS-4521`, `INC-2041`): in a file name's lower case, only these are read as tickets. */
const ticketPrefixes = new Set(['ops', 'inc', 'eng', 'sre', 'sec', 'infra', 'chg', 'prb', 'ritm', 'req', 'jira', 'it', 'sup', 'cs', 'pir']);

/** The options for the words of a file name, one object per scan's options (their regular expressions are built once per object). */
const listsOnly = new WeakMap<RedactionOptions, RedactionOptions>();

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
  for (const finding of spaced.findings) {
    const text = redactionFindingText(finding);
    if (finding.rule === 'redact/person' || finding.rule === 'redact/internal-name') add(finding.rule, text.replace(/ /g, '-'), 'a known name');
  }
  const publicNames = new Set((options.publicNames ?? []).map((n) => n.toLowerCase()));
  const inName = (candidate: string) => `-${words.join('-')}-`.includes(`-${candidate.toLowerCase().replace(/_/g, '-')}-`);
  for (const serviceId of options.serviceIds) {
    if (/[-\d]/.test(serviceId) && !publicNames.has(serviceId.toLowerCase()) && inName(serviceId)) add('redact/service-id', serviceId.toLowerCase(), 'an internal service id');
  }
  for (const internal of [...(options.internalNames ?? []), ...(options.configuredInternalNames ?? [])]) {
    if (/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(internal) && !publicNames.has(internal.toLowerCase()) && inName(internal)) add('redact/internal-name', internal.toLowerCase(), 'an internal name');
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
    if (!publicNames.has(discoveredName.toLowerCase()) && words.includes(discoveredName.toLowerCase())) {
      add(rule === 'person' ? 'redact/person' : 'redact/possible-person', discoveredName.toLowerCase(), 'this post names a person so');
    }
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
): { findings: Finding[]; allowed: Set<string> } {
  const id = (file.split(/[\\/]/).pop() ?? file).replace(/\.mdx?$/, '');
  const found = findNamesInFileName(id, options, discovered);
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
      fix: `rename the file (git mv) so that its name does not say "${text}"; or, if it is meant to be public, add the frontmatter comment # redaction-allow ${rule} "${text}" -- reason.`,
    });
  }
  return { findings, allowed };
}
