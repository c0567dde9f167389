import type { Postmortem } from './postmortem-schema.ts';
import type { Finding } from './findings.ts';
import { splitFrontmatter, parseFrontmatter } from './frontmatter.ts';
import { stripInternalFromSource } from './strip-internal.ts';
import { scanPublicText, allowedRulesOnLine, type RedactionOptions } from './redaction-guard.ts';

/** The frontmatter fields whose text the public site shows, with their paths. */
export function publicFrontmatterFields(data: Postmortem): { path: (string | number)[]; text: string }[] {
  const fields: { path: (string | number)[]; text: string }[] = [];
  if (data.public) {
    fields.push({ path: ['public', 'title'], text: data.public.title }, { path: ['public', 'summary'], text: data.public.summary });
  }
  fields.push({ path: ['impact', 'description'], text: data.impact.description });
  data.timeline.forEach((entry, i) => entry.public && fields.push({ path: ['timeline', i, 'event'], text: entry.event }));
  data.actionItems.forEach((item, i) => item.public && fields.push({ path: ['actionItems', i, 'title'], text: item.title }));
  for (const list of data.public?.include ?? []) {
    data[list].forEach((text, i) => fields.push({ path: [list, i], text }));
  }
  return fields;
}

/**
 * Redaction findings for everything of one postmortem that the public site would show: the
 * public frontmatter fields and the body without `<Internal>` blocks, positioned in the source.
 */
export function scanPostmortemForPublication(
  file: string,
  source: string,
  data: Postmortem,
  options: RedactionOptions,
): { findings: Finding[]; allowed: Set<string> } {
  const lines = source.split(/\r?\n/);
  const frontmatter = parseFrontmatter(splitFrontmatter(source));
  const findings: Finding[] = [];
  const allowed = new Set<string>();
  for (const field of publicFrontmatterFields(data)) {
    const { line } = frontmatter.positionOf(field.path);
    // A marker on the field's line (a YAML comment) allows a finding in that field.
    const markers = [...allowedRulesOnLine(lines[line - 1] ?? '')].map((rule) => `redaction-allow ${rule}`).join(' ');
    const scan = scanPublicText(file, `${field.text.replace(/\s*\n\s*/g, ' ')} ${markers}`, options, line);
    findings.push(...scan.findings.map((f) => ({ ...f, field: field.path.join('.') })));
    scan.allowed.forEach((key) => allowed.add(key));
  }
  const body = stripInternalFromSource(source, { isMdx: file.endsWith('.mdx'), file });
  const scan = scanPublicText(file, body, options, 1);
  findings.push(...scan.findings);
  scan.allowed.forEach((key) => allowed.add(key));
  return { findings, allowed };
}
