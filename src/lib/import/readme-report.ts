import { headingsOneLevelDown } from './headings-one-level-down.ts';

/**
 * A README that is itself the report. A repository's README usually describes the repository or
 * lists its reports, and is passed over; but turboflakes/postmortems keeps its one report as its
 * README.md ("# Postmortems", "## 22/Mar/2022", "### 1. Incident on … nodes", "_Tasks performed_",
 * "_Lessons learned_"), beside a folder of logs, and the import found "no report" (round 31).
 * A README is read as the report when no report file sits beside it in its folder and its text
 * tells an incident: a heading (or a line in emphasis standing for one, or the first line of a
 * README without heading marks) names an incident or a report's section, a day is written, it has
 * prose of its own, and it is no list of links.
 */

/** A heading or an emphasised line that names an incident or a section of a report. */
// "Posmortem" as some write it (a student's "###Posmortem", import round 58; Spanish writers too, round 53).
const incidentHeading = /(?:^|[^\p{L}])(?:incidents?|outages?|post?[- ]?mortem|root causes?|timeline|chronolog\w+|what happened|lessons? learned|tasks performed|resolution|impact|downtime|offline)(?![\p{L}])/iu;

/**
 * A title that names the document one postmortem or incident report, in English or as Portuguese,
 * Spanish and French write it. Not in the plural: "Incident Reports", "Post Mortems" head a folder's
 * index or a list of notes (an index README beside a folder of reports was read as one, round 44).
 */
const reportTitle = /(?:^|[^\p{L}])(?:post?[- ]?mortem|incident report|relat[óo]rio de incidente|informe de incidente|rapport d['’]incident)(?![\p{L}])/iu;

/** A title of a document about writing reports, not of one. */
const guideTitle = /\b(?:writing|write|how to|guide|guidelines|tips|templates?|requirements|instructions|checklist|process)\b/i;

/** A day written out (2022-03-22, 22/Mar/2022, March 22, 22 March, "20th December, 2023": a student's plain-text report, import round 58). */
const writtenDay = /\b(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.](?:\d{1,2}|[a-z]{3,9})[-/.](?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** The fewest words of prose (outside code) a README telling an incident has; an index's or a repository's intro has fewer. */
const fewestProseWords = 80;

/** A README name, as the import passes it over (`README.md`, `readme.txt`, `README-first.md`). */
export const readmeName = /^readme(?:[-_.][\w.-]*)?$/i;

/**
 * A README that may be the report, by its name: Markdown or text. `readme.mdx` too: a Next.js blog
 * keeps each post as `blog/<slug>/readme.mdx` beside the `page.tsx` that shows it (import round 36:
 * Firezone's incident post-mortem was passed over as the repository's README).
 */
export function readmeMayBeReport(fileName: string): boolean {
  return readmeName.test(fileName) && /\.(?:md|mdx|markdown|txt)$/i.test(fileName);
}

/**
 * What shows that a README's `text` is the report (the heading naming the incident or a section),
 * or undefined when it reads as a README: no such heading, no day written, under 80 words of prose
 * outside code, or more list items that are a link than paragraphs (an index of the reports).
 */
export function readmeIncidentHeading(text: string): string | undefined {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/<!--[\s\S]*?-->/g, '');
  const headingLines = body.split('\n')
    .map((line) => /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1] ?? /^\s*(?:_{1,2}|\*{1,2})([^_*\n]{3,60})(?:_{1,2}|\*{1,2}):?\s*$/.exec(line)?.[1])
    .filter((line): line is string => line !== undefined);
  // A README of plain text has no heading marks: its first line, a title's length and no sentence,
  // stands for one ("postmortem: Database Outage on 2023-11-12", import round 38). A line that opens
  // a list ("Incident posts of two Next.js MDX blogs (import round 36):", a folder's own README) is none.
  const firstLine = headingLines.length ? undefined : body.split('\n').find((line) => line.trim())?.trim();
  if (firstLine && firstLine.length <= 100 && !/[.!?;,:]$|^(?:[-*+>|]|\d+[.)])\s/.test(firstLine)) headingLines.push(firstLine);
  // Its sections are lines in capitals ("SUMMARY", "TIMELINE", "ROOT CAUSE AND RESOLUTION": a
  // student's postmortem of plain text, passed over in import round 47).
  // Or lines of a report's section names alone, as written ("Timeline", "Root Cause and
  // Resolution": a student's postmortem of plain text under "Issue Summary", passed over as the
  // repository's README in adoption round 56).
  if (firstLine) headingLines.push(...body.split('\n').map((line) => line.trim()).filter((line) => /^[A-Z][A-Z &/-]{2,40}$/.test(line) || plainSectionLine.test(line)));
  const heading = headingLines.find((line) => incidentHeading.test(line));
  // A README titled as a postmortem ("# Post-Mortem & Runbook: Troubleshooting em Kubernetes", a
  // student's lab incident in Portuguese: import round 44, "no report found") needs no day written.
  // One on how to write them is a guide ("Writing an Effective Postmortem", "How to write a post-mortem",
  // "Postmortem requirements": a course's README, imported as a report in import round 47).
  const titledAsReport = !!headingLines[0] && reportTitle.test(headingLines[0]) && !guideTitle.test(headingLines[0]);
  // Two sections only a report has ("What Happened?", "Lessons Learned") and the times of day it
  // tells ("from 10:00 AM to 11:00 AM (UTC)") tell an incident without its day: a student's
  // "SSL Certificate Chaos" was passed over as a README (adoption round 56). A guide's title
  // ("How to write a postmortem") keeps one with example times out.
  const sections = new Set(headingLines.filter((line) => incidentSection.test(line)).map((line) => line.toLowerCase()));
  const toldWithoutDay = sections.size >= 2 && timeOfDay.test(body) && !!headingLines[0] && !guideTitle.test(headingLines[0]);
  if (!heading || !(writtenDay.test(body) || titledAsReport || toldWithoutDay)) return undefined;
  // A program's README ("# Post-patch Postmortem", a patch-diffing tool, over "## Installation" and
  // "## CLI": import round 48) is no report unless a section of one is there too.
  if (headingLines.some((line) => programSection.test(line)) && !headingLines.some((line) => incidentSection.test(line))) return undefined;
  const prose = body.split('\n').filter((line) => !/^\s{0,3}#{1,6}\s/.test(line)).join(' ');
  if ((prose.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0) < fewestProseWords) return undefined;
  const linkItems = body.split('\n').filter((line) => /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]+\]\([^)\s]+\)\s*$/.test(line)).length;
  const paragraphs = body.split(/\n\s*\n/).filter((block) => /^\s*[^\s#|>*+-]/.test(block) && /\p{L}{3,}.*\p{L}{3,}/u.test(block)).length;
  if (linkItems >= 3 && linkItems >= paragraphs) return undefined;
  return heading;
}

/** A line that is a report's section name alone, in a README of plain text (no heading marks). */
// "Summary of outage", "Timeline of events (20th December 2023)": a section's name with what it is of, and its day in brackets (import round 58).
const plainSectionLine = /^(?:\d+[.)]?\s*)?(?:issue summary|(?:executive |incident )?summary|timeline|impact|root causes?(?:\s+(?:and|&)\s+(?:resolution|remediation))?|resolution|what happened|lessons? learned|action items?|corrective and prevent(?:at)?ive measures|follow[- ]?ups?)(?:\s+of\s+(?:the\s+)?(?:events|outage|incident))?(?:\s*\([^()\n]{1,40}\))?\s*:?$/i;

/**
 * A README of plain text whose sections are lines of a section's name alone ("Issue Summary",
 * "Timeline", "Root Cause:"), with those lines made Markdown headings (`## Timeline`), so that the
 * draft's summary is its summary section's and not a first paragraph opening "Issue Summary On
 * July 10, 2024, …" (adoption round 56). Undefined when the text has a heading of its own or fewer
 * than two such lines.
 */
export function plainSectionHeadings(text: string): { text: string; headings: string[] } | undefined {
  if (/^\s{0,3}#{1,6}\s/m.test(text) || /^(?:```|~~~)/m.test(text)) return undefined;
  const headings: string[] = [];
  const lines = text.split('\n').map((line) => {
    if (!plainSectionLine.test(line.trim())) return line;
    const heading = line.trim().replace(/\s*:$/, '');
    headings.push(heading);
    return `## ${heading}\n`;
  });
  return headings.length >= 2 ? { text: lines.join('\n'), headings } : undefined;
}

/** A time of day as a report writes it: `10:00 AM`, `14:05 UTC`, `9:30pm`. */
const timeOfDay = /\b(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:[ap]\.?m\.?|utc|gmt|[A-Z]{2,4}T)\b/i;

/** A section of a program's README: how to install, run or build it. */
const programSection = /^\W*(?:installation|installing|install|usage|getting started|quick ?start|cli|command[- ]line usage|building|build|setup|configuration|requirements|development|api reference)\W*$/i;
/** A section only a report has: what happened, when, why, and what follows. */
const incidentSection = /^\W*(?:\d+[.)]?\s*)?(?:timeline|chronolog\w*|impact|root causes?|resolution|recovery|mitigation|what happened|what went (?:well|wrong)|lessons? learned|action items?|follow[- ]?ups?|remediation|incident\b.*)(?!\s+(?:types?|templates?|formats?|fields|schema)\b)/i;

/**
 * A README's title that names a collection of incidents, in the plural ("# Post Mortems",
 * "# Incidents", "# Outage notes", "# Incident log"): its sections may each be one.
 */
const incidentsTitle = /(?:^|[^\p{L}])(?:post[- ]?mortems|incidents|outages|(?:incident|outage|postmortem|post-mortem)\s+(?:notes|log|history|archive))(?![\p{L}])/iu;

/** A section of one report ("## Timeline", "## Root cause"): a README holding them is one report, not several. */
const reportSectionName = /^\W*(?:\d+[.)]?\s*)?(?:environment|(?:post[- ]?mortem\s+|incident\s+)?(?:format|methodology|workflow|process)|logged incidents|summary|overview|introduction|background|context|about|contents?|table of contents|timeline|chronolog\w*|impact|root causes?|causes?|trigger|detection|resolution|recovery|mitigation|what happened|what went (?:well|wrong)|where we got lucky|lessons? learned|learnings|action items?|follow[- ]?ups?|next steps|remediation|corrective\b.*|appendix|references|links|license|contributing|how to\b.*|template|glossary|faq)\b/i;

/** Words that say something broke (an incident's section, not a project's or a chapter's). */
const breakageWord = /\b(?:outages?|down(?:time)?|incidents?|errors?|crash\w*|broke\w*|unavailable|unreachable|fail\w*|restor\w*|roll(?:ed)? ?back|hotfix\w*|degraded|timed? ?out|timeouts?|5\d\d|lost|deleted|wiped|corrupt\w*|alerts?|paged)\b/i;

/** The fewest words of prose a README's section holds to be an incident of its own (a line of notes is not). */
const fewestIncidentWords = 15;

export interface ReadmeIncident {
  /** The section's heading: the incident's title. */
  title: string;
  /** The section as a report of its own: its heading made the title (`# …`), its text as written. */
  text: string;
  /** 1-based line of the heading in the README. */
  line: number;
  /** Whether the section writes a day (2022-03-22, 22 March, Mar 22). */
  dated: boolean;
}

/**
 * The incidents of a README that keeps several, one a section ("# Post Mortems" over "## Search
 * index wiped by a reindex job", "## Image uploads failing", …, most with no day written): each
 * section is a report of its own. Read only when the title names incidents in the plural, there are
 * two sections or more one level below it, none a report's section name (a README telling one
 * incident has "## Timeline", "## Root cause"), none a link alone (a list of projects or reports),
 * each with 15 words of prose or more, and two in three of them saying something broke. Otherwise
 * undefined. `opening` is the text between the title and the first section (about the notes, not one incident).
 */
export function readmeIncidents(text: string): { title: string; opening: string; closing?: string; incidents: ReadmeIncident[] } | undefined {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const headings: { level: number; text: string; index: number }[] = [];
  let fence: string | undefined;
  for (const [index, line] of lines.entries()) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) { fence = marker; continue; }
    const heading = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) headings.push({ level: heading[1].length, text: heading[2], index });
  }
  const title = headings[0];
  // "# Post Mortems Process" over "## Postmortems 101", "## Postmortem Template" (a team's guide,
  // split into 7 "incidents" in import round 48) is about writing them, as a README's title is above.
  if (!title || guideTitle.test(title.text)) return undefined;
  const below = headings.slice(1).filter((heading) => heading.level > title.level);
  const level = Math.min(...below.map((heading) => heading.level));
  const sections = below.filter((heading) => heading.level === level);
  // A heading at or above the title's level after it ends what the title heads.
  const end = headings.slice(1).find((heading) => heading.level <= title.level)?.index ?? lines.length;
  const inside = sections.filter((section) => section.index < end);
  // Sections that number their incidents ("## Incident 1 — Wi-Fi failure after an upgrade",
  // "## Incidente Parte 2: …") are incidents under any title, in any of the languages the rule knows.
  const numbered = numberedIncidents(lines, title.index, inside, end);
  if (numbered) return { title: title.text.trim(), ...numbered };
  if (!incidentsTitle.test(title.text)) return undefined;
  if (inside.length < 2) return undefined;
  if (inside.some((section) => reportSectionName.test(section.text) || /^\[[^\]]*\]\([^)]*\)$/.test(section.text.trim()))) return undefined;
  const incidents = inside.map((section, i) => {
    const stop = inside[i + 1]?.index ?? end;
    const body = lines.slice(section.index + 1, stop).join('\n').trim();
    return { title: section.text.trim(), text: `# ${section.text.trim()}\n\n${body}\n`, line: section.index + 1, dated: writtenDay.test(`${section.text}\n${body}`), words: body.replace(/^\s{0,3}#{1,6}\s.*$/gm, '').match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0, broke: breakageWord.test(`${section.text}\n${body}`) };
  });
  if (incidents.some((incident) => incident.words < fewestIncidentWords)) return undefined;
  if (incidents.filter((incident) => incident.broke).length * 3 < incidents.length * 2) return undefined;
  return {
    title: title.text.trim(),
    opening: lines.slice(title.index + 1, inside[0].index).join('\n').trim(),
    incidents: incidents.map(({ title: name, text: report, line, dated }) => ({ title: name, text: report, line, dated })),
  };
}

/**
 * A section heading that numbers an incident: "Incident 1 — Wi-Fi failure", "Incidente Parte 2: A
 * falha simulada", "Outage #3", "Incidencia nº 2". A homelab's README of two root-cause postmortems
 * gave three drafts (its "Cross-Incident Lessons Learned" a third incident) and a Portuguese lab's
 * README of two incidents gave one (import round 49).
 */
const numberedIncidentHeading = /^\W*(?:incidents?|incidente|incidencia|incidentes|outages?|post[- ]?mortem|caso|case)\s*(?:part[e]?\s*)?(?:#|n[°º.o]?\s*)?\d{1,2}(?!\d)/iu;
/** "Incidente Parte 1", "Incident Part 2", "Partie 3": a part of an incident, numbered. */
const incidentPartHeading = /^\W*(?:incidents?|incidente|incidencia|vorfall)\s*(?:part[e]?|partie|teil)\s*\d/iu;
/** An opening that speaks of one incident: "um incidente duplo", "a two-part incident", "one incident". */
const oneIncident = /(?:^|[^\p{L}])(?:um|uma|one|a|an|un|une|ein|una|this|este|esse)\s+(?:[\p{L}-]+\s+){0,2}?(?:incidente|incident|incidencia|vorfall)(?![\p{L}])/iu;
/** An opening that speaks of several: "two incidents", "dois incidentes". */
const severalIncidents = /(?:^|[^\p{L}])(?:two|three|dois|duas|tr[eê]s|deux|zwei|dos|\d+|several|multiple|v[aá]rios|distinct)\s+(?:[\p{L}-]+\s+)?(?:incidents|incidentes|incidencias|vorf[aä]lle)(?![\p{L}])/iu;

/**
 * Why a README's numbered sections are parts of one incident, not incidents of their own, or
 * undefined: every one is numbered as a part ("Incidente Parte 1", "Incidente Parte 2") and the
 * opening speaks of one incident ("… a resolução de um incidente duplo …") and not of several.
 * Round 49 split a Portuguese lab's "incidente duplo" into two drafts, its opening in both; its
 * author wrote one incident in two parts, with "Parte 4" restoring what both broke (import round 50).
 */
export function incidentPartsWhy(headings: readonly string[], opening: string): string | undefined {
  if (!headings.length || !headings.every((heading) => incidentPartHeading.test(heading))) return undefined;
  const one = oneIncident.exec(opening);
  if (!one || severalIncidents.test(opening)) return undefined;
  return `its sections ${headings.map((heading) => `"${heading.trim()}"`).join(', ')} are numbered as parts, and its opening speaks of one incident ("${one[0].trim()}"): one draft of the whole README, not one per part`;
}

/** Why a README is one incident written in parts (see {@link incidentPartsWhy}), for the import's notes; undefined otherwise. */
export function readmeIncidentPartsNote(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const headingAt = lines.map((line) => /^\s{0,3}#{2,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1]);
  const parts = headingAt.flatMap((heading, index) => (heading && numberedIncidentHeading.test(heading) ? [{ heading, index }] : []));
  if (parts.length < 2) return undefined;
  return incidentPartsWhy(parts.map(({ heading }) => heading), lines.slice(0, parts[0].index).join('\n'));
}

/** A section about all of a README's incidents, after them ("Cross-Incident Lessons Learned", "Common takeaways", "References"). */
const sharedSectionHeading = /(?:^|[^\p{L}])(?:cross[- ]incidents?|across|common|shared|overall|general|lessons?|li[çc][õo]es|learnings|takeaways|conclus\p{L}*|references|refer[êe]ncias|appendix|licen[cs]e|about)(?![\p{L}])/iu;

/**
 * The incidents of a README whose sections number them (two or more "Incident N" headings): each
 * numbered section is an incident, with the sections after it up to the next (its "Parte 4:
 * Restaurar …"), except those about all of them ("Cross-Incident Lessons Learned"), which with the
 * text before the first incident are kept apart (`opening`, `closing`) for every draft.
 */
function numberedIncidents(lines: readonly string[], titleIndex: number, inside: readonly { text: string; index: number }[], end: number): { opening: string; closing?: string; incidents: ReadmeIncident[] } | undefined {
  const starts = inside.filter((section) => numberedIncidentHeading.test(section.text));
  if (starts.length < 2) return undefined;
  if (incidentPartsWhy(starts.map((section) => section.text), lines.slice(titleIndex + 1, starts[0].index).join('\n'))) return undefined;
  const first = inside.indexOf(starts[0]);
  const incidents: { section: { text: string; index: number }; parts: [number, number][] }[] = [];
  const closing: [number, number][] = [];
  for (const [i, section] of inside.entries()) {
    if (i < first) continue;
    const span: [number, number] = [section.index, inside[i + 1]?.index ?? end];
    if (starts.includes(section)) incidents.push({ section, parts: [[section.index + 1, span[1]]] });
    else if (closing.length || sharedSectionHeading.test(section.text)) closing.push(span);
    else incidents.at(-1)!.parts.push(span);
  }
  // Text after a heading at the title's level (a second "# …" part of the README) is about them all too.
  if (end < lines.length) closing.push([end, lines.length]);
  const read = incidents.map(({ section, parts }) => {
    const body = parts.map(([from, to]) => lines.slice(from, to).join('\n')).join('\n').trim();
    return { title: section.text.trim(), text: `# ${section.text.trim()}\n\n${body}\n`, line: section.index + 1, dated: writtenDay.test(`${section.text}\n${body}`), words: body.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0 };
  });
  if (read.some((incident) => incident.words < fewestIncidentWords)) return undefined;
  const closingText = closing.map(([from, to]) => lines.slice(from, to).join('\n')).join('\n').trim();
  return {
    opening: lines.slice(titleIndex + 1, starts[0].index).join('\n').trim(),
    ...(closingText ? { closing: closingText } : {}),
    incidents: read.map(({ title, text: report, line, dated }) => ({ title, text: report, line, dated })),
  };
}

/**
 * What a README says of all its incidents (its opening under the title, its closing sections), as
 * a section for each incident's draft: every sentence of the README is then in a draft (the
 * opening was said and kept in none, import round 47). Headings go one level down, under its own.
 */
export function sharedReadmeSection(shared: readonly (string | undefined)[], count: number): string {
  const text = shared.filter((part): part is string => !!part?.trim()).join('\n\n');
  if (!text) return '';
  return `\n## ${readmeSharedHeading(count)}\n\n${headingsOneLevelDown(text)}\n`;
}

/** The heading each draft of a README's incidents keeps what the README says of them all under. */
export const readmeSharedHeading = (count: number) => `From the README, about all ${count} incidents`;

/**
 * A README above a folder of reports written as pages (`cases/alexandria-backups.md`,
 * `postmortems/2026/01-api-gateway-timeout.md` below the README) introduces them: its sections
 * ("Environment", "Logged Incidents", "Postmortem Format") were split into three "incidents" (import
 * round 49). Logs kept as text below one (`logs/incident_1/node_1_dump.txt`, turboflakes' README
 * that is the report) are no such pages. `reportNames` are `/`-separated paths of the files that may
 * be reports; returns the first page below the README's folder, or undefined.
 */
export function reportPageBelowReadme(readme: string, reportNames: readonly string[]): string | undefined {
  const folder = readme.includes('/') ? readme.slice(0, readme.lastIndexOf('/') + 1) : '';
  return reportNames.find((name) => name.startsWith(folder) && name.slice(folder.length).includes('/') && /\.(?:md|mdx|markdown|mdown|mkd|qmd|rmd|rst|rest|adoc|asciidoc|asc|org|html?|docx)$/i.test(name) && !readmeName.test(name.slice(name.lastIndexOf('/') + 1)));
}
