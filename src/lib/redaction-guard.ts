import type { Finding } from './findings.ts';
import { decodeEntities } from './html-entities.ts';

/**
 * The redaction guard: finds text that must not reach the public site. Each rule has a stable id.
 *
 * Allow marker. A finding can be allowed for one line only, by naming its rule on that line:
 * `redaction-allow <rule-id>[, <rule-id>...]`, with an optional colon after `redaction-allow`
 * and a reason after the ids (`-- reason` or `: reason`), which a reviewer then reads in the pull
 * request. It allows only the named rules, only on its own line, and is written
 * - in MDX as a comment, which renders nothing:
 *   `{/* redaction-allow: redact/email -- our public support address *\/}`;
 * - in frontmatter as a YAML comment: `# redaction-allow: redact/email -- support address`;
 * - in plain text (`.md` bodies, other files) as an HTML comment,
 *   `<!-- redaction-allow: redact/email -- reason -->`, or anywhere on the line.
 * A marker naming no known rule (a typo) allows nothing, so the finding stays.
 */
export const redactionRules = {
  'redact/email': 'an e-mail address',
  'redact/ip-address': 'an IP address',
  'redact/internal-host': 'an internal host name',
  'redact/internal-link': 'a link to an internal tool (chat, tickets, dashboards, internal hosts)',
  'redact/handle': 'a chat or code-review @handle',
  'redact/secret': 'something that looks like a secret or token',
  'redact/service-id': 'an internal service id',
  'redact/person': 'the name of a person',
} as const;
export type RedactionRule = keyof typeof redactionRules;

export interface RedactionOptions {
  /** Host-name suffixes that exist only inside the organisation, e.g. `.internal`. */
  internalDomains: readonly string[];
  /**
   * Internal service ids. Those that look like identifiers (with a hyphen or a digit, e.g.
   * `checkout-api`, `pg2`) are checked as whole tokens in any letter case; single plain words
   * (`search`, `dns`) are ordinary English on a public page and are not.
   */
  serviceIds: readonly string[];
  /** Names of people that must never be published: whole words, any letter case, any spacing. */
  people: readonly string[];
}

interface Match {
  rule: RedactionRule;
  text: string;
  index: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Hosts of chat, ticket, paging, meeting, dashboard and document tools: links there are internal. */
const internalToolHosts = [
  /(^|\.)slack\.com$/i,
  /(^|\.)teams\.microsoft\.com$/i,
  /^(docs|drive)\.google\.com$/i,
  /(^|\.)datadoghq\.(com|eu)$/i,
  /(^|\.)sentry\.io$/i,
  /(^|\.)atlassian\.net$/i,
  /^jira\./i,
  /(^|\.)linear\.app$/i,
  /(^|\.)pagerduty\.com$/i,
  /(^|\.)zoom\.us$/i,
  /^meet\.google\.com$/i,
  /^grafana\./i,
  /^kibana\./i,
  /^wiki\./i,
  /(^|\.)opsgenie\.com$/i,
  /(^|\.)notion\.so$/i,
];

/** Host names of internal tools, to find their links written without `https://`. */
const schemelessToolLink = /(?<![\w.@/:-])(?:[a-z0-9-]+\.)+(?:slack\.com|atlassian\.net|linear\.app|pagerduty\.com|zoom\.us|opsgenie\.com|notion\.so)(?:\/[^\s)<>"'\]]*[^\s)<>"'\].,;:!?])?/gi;

/**
 * An IPv6 address in full (eight groups) or compressed (one `::`). Times such as `09:02:00` have
 * too few groups; `::` and `::1` (unspecified, loopback) say nothing about our network.
 */
function isIpv6Address(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half ? half.split(':') : []));
  if (!groups.flat().every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return false;
  const count = groups.flat().length;
  if (halves.length === 1 ? count !== 8 : count > 7) return false;
  return text.replace(/:/g, '').replace(/^0+/, '').length >= 2;
}

const secretPatterns: RegExp[] = [
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bxox[abeprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bxapp-[A-Za-z0-9-]{10,}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  /\bnpm_[A-Za-z0-9]{30,}\b/g,
  /\b(?:sk|rk|pk)_live_[A-Za-z0-9]{16,}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  // `password=anything`; after a colon only a value that is not a plain word, since prose
  // says "token: expired".
  /\b(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)\s*=\s*["']?[^\s"'<>]{6,}/gi,
  /\b(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)\s*:\s*["']?(?![A-Za-z]+\b)[^\s"'<>]{6,}/gi,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/g,
  /\b[0-9a-f]{32,}\b/gi,
];

/** A long token with lower case, upper case and digits: likely base64 key material, not a word. */
function looksLikeEncodedSecret(token: string): boolean {
  return token.length >= 32 && /[a-z]/.test(token) && /[A-Z]/.test(token) && /\d/.test(token) && !/^[A-Za-z]+$/.test(token);
}

function findMatches(line: string, options: RedactionOptions): Match[] {
  const matches: Match[] = [];
  const add = (rule: RedactionRule, pattern: RegExp, accept: (m: RegExpExecArray) => boolean = () => true) => {
    for (const m of line.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
      if (accept(m as RegExpExecArray)) matches.push({ rule, text: m[0], index: m.index! });
    }
  };

  add('redact/email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g);
  // Four parts, not after a letter or dot (`v1.2.3.4`, `1.2.3.4.5`) and not right after
  // "version", "release" or "build": those are version numbers.
  add('redact/ip-address', /(?<![\w.])(?<!\b(?:[Vv]ersion|[Rr]elease|[Bb]uild|[Ff]irmware|[Pp]atch)s?:?\s+)(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]*\d)/g);
  add('redact/ip-address', /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi, (m) => isIpv6Address(m[0]));
  if (options.internalDomains.length) {
    const suffixes = options.internalDomains.map((d) => escapeRegExp(d.startsWith('.') ? d : `.${d}`)).join('|');
    add('redact/internal-host', new RegExp(`(?<![\\w.-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*(?:${suffixes})(?![\\w-])`, 'gi'));
  }
  add('redact/internal-link', /https?:\/\/[^\s)<>"'\]]*[^\s)<>"'\].,;:!?]/g, (m) => {
    let host = '';
    try {
      host = new URL(m[0]).hostname;
    } catch {
      return false;
    }
    return internalToolHosts.some((pattern) => pattern.test(host)) ||
      options.internalDomains.some((d) => host.endsWith(d.startsWith('.') ? d : `.${d}`));
  });
  add('redact/internal-link', schemelessToolLink);
  add('redact/handle', /(?<![\w.@/+-])@[A-Za-z][A-Za-z0-9_-]*(?:\/[A-Za-z0-9_-]+)?/g);
  for (const pattern of secretPatterns) add('redact/secret', pattern);
  add('redact/secret', /[A-Za-z0-9+/_-]{32,}={0,2}/g, (m) => looksLikeEncodedSecret(m[0]));
  const serviceIds = options.serviceIds.filter((id) => /[-\d]/.test(id));
  if (serviceIds.length) {
    add('redact/service-id', new RegExp(`(?<![\\w-])(?:${serviceIds.map(escapeRegExp).join('|')})(?![\\w-])`, 'gi'));
  }
  if (options.people.length) {
    const names = options.people
      .map((name) => name.trim().split(/\s+/).map(escapeRegExp).join('\\s+'))
      .filter(Boolean);
    // Letters of any script count as part of a word: "José" is not found inside "Josée".
    add('redact/person', new RegExp(`(?<![\\p{L}\\p{N}_])(?:${names.join('|')})(?![\\p{L}\\p{N}_])`, 'giu'));
  }
  // One finding per place and rule: a match inside a longer one of the same rule (the signature
  // of a JWT that also looks like base64) is not reported again.
  const kept: Match[] = [];
  for (const m of matches.sort((a, b) => a.index - b.index || b.text.length - a.text.length || a.rule.localeCompare(b.rule))) {
    const inside = kept.some((k) => k.rule === m.rule && m.index >= k.index && m.index + m.text.length <= k.index + k.text.length);
    if (!inside) kept.push(m);
  }
  return kept.sort((a, b) => a.index - b.index || a.rule.localeCompare(b.rule));
}

/** `redaction-allow`, an optional colon, then one or more rule ids separated by commas. */
const allowMarker = /redaction-allow:?\s*(redact\/[a-z-]+(?:\s*,\s*redact\/[a-z-]+)*)/g;

/** Rule ids allowed on a line by its `redaction-allow` markers. */
export function allowedRulesOnLine(line: string): Set<string> {
  return new Set([...line.matchAll(allowMarker)].flatMap((m) => m[1].split(/\s*,\s*/)));
}

/** Removes the allow markers themselves, so their rule ids are never mistaken for findings. */
function withoutMarkers(line: string): string {
  return line.replace(allowMarker, (marker) => ' '.repeat(marker.length));
}

export interface RedactionScan {
  findings: Finding[];
  /** Matched texts that a marker allowed, by rule: the built pages may show these too. */
  allowed: Set<string>;
}

/**
 * Scans text line by line. `firstLine` is the file line of the text's first line, so findings
 * point into the source file.
 */
export function scanPublicText(file: string, text: string, options: RedactionOptions, firstLine = 1): RedactionScan {
  const findings: Finding[] = [];
  const allowed = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const allowHere = allowedRulesOnLine(raw);
    for (const match of findMatches(withoutMarkers(raw), options)) {
      if (allowHere.has(match.rule)) {
        allowed.add(`${match.rule}\u0000${match.text}`);
        continue;
      }
      findings.push({
        file,
        line: firstLine + i,
        column: match.index + 1,
        rule: match.rule,
        severity: 'error',
        message: `${redactionRules[match.rule]} would be published: "${match.text}".`,
        fix: `remove it from the public text (move it into an <Internal> block), or, if it is meant to be public, add "redaction-allow ${match.rule}" with a reason on this line.`,
      });
    }
  });
  return { findings, allowed };
}

/** Attributes that style or draw and never carry words; every other attribute value is scanned. */
const unscannedAttributes = /^(class|style|d|points|viewbox|transform|integrity|nonce|crossorigin|xmlns(:.*)?|data-astro-.*|width|height|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|fill|stroke(-.*)?|opacity|font-size|text-anchor|dominant-baseline)$/i;

/** Formatting tags that do not break a word: `al<b>ice</b>` reads "alice". */
const inlineTags = /^(a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)$/i;

const htmlToken =
  /<!--([\s\S]*?)(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)|<[!?][^>]*>|<(\/?)([A-Za-z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const htmlAttribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

const newlinesIn = (text: string) => '\n'.repeat(text.split('\n').length - 1);

/**
 * The text of an HTML or XML page as a reader, a crawler or anyone viewing the source gets it:
 * text content, comments, CDATA and script contents (they ship too), and the value of every
 * attribute except those that only style or draw (class, style, SVG geometry, integrity
 * hashes). Style sheets are dropped (`@media` is not a handle). Tags become nothing inside a
 * word (`al<b>ice</b>`) and a space elsewhere; entities are decoded. Line breaks are kept, so
 * line numbers of findings in the text are line numbers in the page.
 */
export function extractHtmlText(html: string): string {
  const text = html.replace(htmlToken, (token, comment?: string, cdata?: string, closing?: string, name?: string, attributes?: string) => {
    if (comment !== undefined) return ` ${comment} `;
    if (cdata !== undefined) return cdata;
    if (name === undefined) return newlinesIn(token);
    const values: string[] = [];
    if (!closing && attributes) {
      for (const m of attributes.matchAll(htmlAttribute)) {
        const value = m[2] ?? m[3] ?? m[4];
        if (value && !unscannedAttributes.test(m[1])) values.push(value.replace(/\s+/g, ' '));
      }
    }
    const separator = inlineTags.test(name) && values.length === 0 ? '' : ' ';
    return `${separator}${values.join(' ')}${values.length ? ' ' : ''}${newlinesIn(token)}`;
  });
  return decodeEntities(text);
}

/**
 * Redaction findings in a built HTML or XML page, on its visible text and shipped attribute
 * values (see {@link extractHtmlText}). Lines are lines of the page.
 */
export function scanHtmlText(file: string, html: string, options: RedactionOptions): RedactionScan {
  return scanPublicText(file, extractHtmlText(html), options);
}

