import { slugFromTitle } from '../slug.ts';
import type { AssembledDraft } from './assemble.ts';

/**
 * Writes an assembled draft as an MDX postmortem: frontmatter every reader of the knowledge base
 * understands, the body sections of `templates/postmortem.mdx`, a checklist of what is left to
 * fill, and an `<Internal>` block with the people and the records (never published).
 */

/** A timeline entry whose text was taken out because the check flagged it (blaming wording). */
export interface SetAsideEntry {
  index: number;
  reason: string;
}

const yamlString = (text: string) => JSON.stringify(text);
/** Text placed in the MDX body: characters MDX would read as syntax are escaped. */
const mdxText = (text: string) => text.replace(/[\\{}<>*_`[\]]/g, (c) => `\\${c}`);
/** A name or a path shown literally (inline code is not parsed, and not linted as prose). */
const literal = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/**
 * The file-name part of a draft's id, as `npm run new` makes it (slugFromTitle): accents dropped
 * ("Zürich" gave "zu-rich": the mark was taken for a word break), cut at a word boundary.
 */
export function slugify(text: string): string {
  return slugFromTitle(text);
}

/** The file id: the day the incident started and a slug of the title. */
export function draftId(draft: AssembledDraft, slug?: string): string {
  const day = (draft.times.started ?? `${draft.drafted}T`).slice(0, 10);
  return `${day}-${slugify(slug ?? draft.title)}`;
}

export function renderDraft(draft: AssembledDraft, setAside: readonly SetAsideEntry[] = []): string {
  if (!draft.severity) throw new Error('the draft has no severity: the records suggest none, so give one with --severity.');
  if (!draft.services.length) throw new Error('the draft names no service: no record matches a service id, so give one with --service.');
  if (!draft.trigger) throw new Error('the draft has no trigger category: records cannot say what set the incident off, so give it with --trigger.');
  if (!draft.times.started) throw new Error('the draft has no start time: give --started or a record with times (alerts, a pager log).');
  const aside = new Map(setAside.map((s) => [s.index, s.reason]));
  const checklist = [...draft.checklist];
  if (aside.size) checklist.unshift(`Reword the ${aside.size} timeline entr${aside.size === 1 ? 'y' : 'ies'} marked TODO: the chat wording was set aside in the internal notes because the check flagged it.`);

  const lines: string[] = [
    '---',
    '# Assembled by `npm run draft` from the incident\'s records. Every value below comes from a record',
    '# or a flag; what no record states is left out and listed under "Still to fill" in the body.',
    `title: ${yamlString(draft.title)}`,
    'summary: >-',
    '  TODO: what happened, who was affected and for how long, and what restored service.',
    `severity: ${draft.severity.value} # ${draft.severity.from}`,
    'status: draft',
    'visibility: internal',
    `services: [${draft.services.join(', ')}]`,
    `teams: [${draft.teams.join(', ')}]`,
    'tags: []',
    `trigger: ${draft.trigger}`,
    'times:',
  ];
  for (const key of ['started', 'detected', 'acknowledged', 'resolved'] as const) {
    const at = draft.times[key];
    if (at) lines.push(`  ${key}: ${at} # ${draft.timeSources[key].replace(/\s+#/g, ' ')}`);
  }
  lines.push('impact:', '  description: "TODO: what customers experienced, in plain language."', `drafted: ${draft.drafted}`, 'reviewers: []');
  if (draft.statusPage) lines.push(`statusPage: ${yamlString(draft.statusPage)}`);
  if (draft.timeline.length) {
    lines.push('timeline:');
    draft.timeline.forEach((entry, index) => {
      const reason = aside.get(index);
      const event = reason ? `TODO: reword this ${entry.source} message (set aside in the internal notes: ${reason}).` : entry.event;
      lines.push(`  - at: ${entry.at}`, `    event: ${yamlString(event)}`, `    kind: ${entry.kind}`, `    source: ${entry.source}`);
    });
  } else lines.push('timeline: []');
  lines.push('contributors: []', 'mitigators: []', 'risks: []', 'actionItems: []', 'related: []', 'nearMiss: false', '---', '');

  lines.push(
    '## Still to fill',
    '',
    ...checklist.map((item) => `- [ ] ${item}`),
    '',
    '## What happened',
    '',
    'TODO: the sequence of events, in plain words. Describe systems and decisions, not people.',
    '',
    '## Impact',
    '',
    'TODO: who was affected, how, and for how long. Numbers belong in the `impact` frontmatter too.',
    '',
    '## Analysis',
    '',
    'TODO: the trigger (what set it off), the contributing factors (what made it likely or worse),',
    'and what is still unknown.',
    '',
    '## What went well',
    '',
    'TODO',
    '',
    '## What went wrong',
    '',
    'TODO',
    '',
    '## Where we got lucky',
    '',
    'TODO',
    '',
    '## Learnings',
    '',
    'TODO: technical, coordination and product learnings. Each follow-up goes into `actionItems`.',
    '',
    '<Internal>',
    '',
    '## From the records (internal only)',
    '',
  );
  if (draft.participants.length) {
    lines.push('People in the records, for the review invitation. Names stay here: the postmortem speaks of roles.', '', '| person | found in | what the records say |', '| --- | --- | --- |');
    for (const p of draft.participants) lines.push(`| ${literal(p.name)} | ${[p.source, ...(p.alsoIn ?? [])].join(', ')} | ${mdxText(p.roles.join('; ') || '—')} |`);
    lines.push('');
  } else lines.push('No people were found in the records.', '');
  lines.push('Records read:', '');
  for (const r of draft.records) lines.push(`- ${literal(r.file)} (${r.source}): ${r.entries} timeline entr${r.entries === 1 ? 'y' : 'ies'}, ${r.participants} ${r.participants === 1 ? 'person' : 'people'}`);
  lines.push('');
  if (aside.size) {
    lines.push('Timeline wording set aside (quoted as written; reword it into the timeline):', '');
    for (const [index, reason] of aside) {
      const entry = draft.timeline[index];
      lines.push(`- ${entry.at} (${entry.source}, ${mdxText(reason)}): ${literal(entry.event)}`);
    }
    lines.push('');
  }
  if (draft.notes.length) {
    lines.push('Notes from reading the records:', '');
    for (const note of draft.notes) lines.push(`- ${mdxText(note)}`);
    lines.push('');
  }
  lines.push('</Internal>', '');
  return lines.join('\n');
}
