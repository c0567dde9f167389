import type { Finding } from './findings.ts';

/**
 * The redaction guard: finds text that must not reach the public site. Each rule has a stable id.
 * A finding can be allowed for one line only, by writing `redaction-allow <rule-id>` on that line
 * (in MDX as a comment, `{/* redaction-allow redact/email: our public support address *\/}`; in
 * frontmatter as a YAML comment, `# redaction-allow redact/email`), which a reviewer then sees in
 * the pull request.
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
  /** Internal service ids; those that look like identifiers (with a hyphen or digit) are checked. */
  serviceIds: readonly string[];
  /** Names of people that must never be published. */
  people: readonly string[];
}

interface Match {
  rule: RedactionRule;
  text: string;
  index: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const internalToolHosts = [
  /(^|\.)slack\.com$/i,
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

const secretPatterns: RegExp[] = [
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /\b(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key)\s*[:=]\s*["']?[^\s"'<>]{6,}/gi,
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
  add('redact/ip-address', /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]*\d)/g);
  add('redact/ip-address', /(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}(?![\w:])|(?<![\w:])[0-9a-f]{0,4}::(?:[0-9a-f]{1,4}:?){0,7}(?![\w:])/gi, (m) =>
    // Times (09:02:00) are digits and colons only; an address has a hex letter or "::".
    /[a-f]/i.test(m[0]) || m[0].includes('::') ? m[0].replace(/:/g, '').length >= 2 : false,
  );
  if (options.internalDomains.length) {
    const suffixes = options.internalDomains.map((d) => escapeRegExp(d.startsWith('.') ? d : `.${d}`)).join('|');
    add('redact/internal-host', new RegExp(`(?<![\\w.-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*(?:${suffixes})(?![\\w-])`, 'gi'));
  }
  add('redact/internal-link', /https?:\/\/[^\s)<>"'\]]+/g, (m) => {
    let host = '';
    try {
      host = new URL(m[0]).hostname;
    } catch {
      return false;
    }
    return internalToolHosts.some((pattern) => pattern.test(host)) ||
      options.internalDomains.some((d) => host.endsWith(d.startsWith('.') ? d : `.${d}`));
  });
  add('redact/handle', /(?<![\w.@/+-])@[A-Za-z][A-Za-z0-9_-]*(?:\/[A-Za-z0-9_-]+)?/g);
  for (const pattern of secretPatterns) add('redact/secret', pattern);
  add('redact/secret', /[A-Za-z0-9+/_-]{32,}={0,2}/g, (m) => looksLikeEncodedSecret(m[0]));
  const serviceIds = options.serviceIds.filter((id) => /[-\d]/.test(id));
  if (serviceIds.length) {
    add('redact/service-id', new RegExp(`(?<![\\w-])(?:${serviceIds.map(escapeRegExp).join('|')})(?![\\w-])`, 'g'));
  }
  if (options.people.length) {
    add('redact/person', new RegExp(`(?<![\\w])(?:${options.people.map(escapeRegExp).join('|')})(?![\\w])`, 'gi'));
  }
  // An e-mail's domain is not also an internal link; one finding per place and rule.
  const seen = new Set<string>();
  return matches
    .sort((a, b) => a.index - b.index || a.rule.localeCompare(b.rule))
    .filter((m) => {
      const key = `${m.rule}:${m.index}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Rule ids allowed on a line by a `redaction-allow <rule-id>` marker. */
export function allowedRulesOnLine(line: string): Set<string> {
  return new Set([...line.matchAll(/redaction-allow\s+(redact\/[a-z-]+)/g)].map((m) => m[1]));
}

/** Removes the allow markers themselves, so their rule ids are never mistaken for findings. */
function withoutMarkers(line: string): string {
  return line.replace(/redaction-allow\s+redact\/[a-z-]+/g, (marker) => ' '.repeat(marker.length));
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

/**
 * Text of an HTML or XML page as a reader or a crawler gets it: text content plus the values of
 * attributes that are shown or followed (href, src, alt, title, content, aria-label, value).
 * Styles are dropped; scripts are kept, since they ship to the reader too.
 */
export function extractHtmlText(html: string): string {
  const attributes: string[] = [];
  const withoutStyles = html.replace(/<style[\s\S]*?<\/style>/gi, ' ');
  for (const m of withoutStyles.matchAll(/\s(?:href|src|alt|title|content|aria-label|value|data-pagefind-meta|data-pagefind-filter)\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
    attributes.push(m[2] ?? m[3] ?? '');
  }
  const text = withoutStyles
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]+>/g, (tag) => (/^<\/?(p|div|li|h\d|tr|br|section|article|header|footer|ol|ul|table|time|entry|item|url)\b/i.test(tag) ? '\n' : ' '));
  return decodeEntities(`${text}\n${attributes.join('\n')}`);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
