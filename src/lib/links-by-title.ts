import type { Finding } from './findings.ts';
import { idFromText } from './slug.ts';
import { decodedUriComponent } from './uri-component.ts';

/**
 * Links and `related` entries that name another postmortem by its title (bad input round 42): a
 * wiki links pages by title, so a report moved from one writes `/postmortems/Checkout errors after
 * a config push/`, `/postmortems/checkout-errors-after-a-config-push/` or `related: ["Checkout
 * errors after a config push"]`. Each was "does not exist" with no id to write; the postmortem
 * whose title it is is named here. Only the findings that say an id does not exist are read, so a
 * corpus without one costs nothing more.
 */
export function nameLinksByTitle(postmortems: readonly { id: string; findings: Finding[]; entryData?: { title?: unknown }; data?: { title?: unknown } }[]): void {
  const unknownId = (finding: Finding) =>
    finding.rule === 'body/postmortem-link' ? /names the postmortem "([^"]+)", which does not exist/.exec(finding.message)?.[1]
      : finding.rule === 'corpus/related' ? /^related postmortem "([^"]+)" does not exist/.exec(finding.message)?.[1]
        : undefined;
  if (!postmortems.some((postmortem) => postmortem.findings.some((finding) => unknownId(finding) !== undefined))) return;
  // Each title, and the id its words make (a wiki's slug of it), to the postmortem of that title.
  const byTitle = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const { id, entryData, data } of postmortems) {
    const title = entryData?.title ?? data?.title;
    if (typeof title !== 'string' || !title.trim()) continue;
    if (!byTitle.has(title.trim().toLowerCase())) byTitle.set(title.trim().toLowerCase(), id);
    if (!bySlug.has(idFromText(title))) bySlug.set(idFromText(title), id);
  }
  for (const postmortem of postmortems) {
    postmortem.findings.forEach((finding, index) => {
      const named = unknownId(finding);
      if (named === undefined) return;
      const words = (decodedUriComponent(named) ?? named).trim();
      const byWords = byTitle.get(words.toLowerCase());
      const id = byWords ?? bySlug.get(idFromText(words));
      if (!id || id === postmortem.id) return;
      const what = byWords ? `is the title of the postmortem ${id}` : `is made of the title of the postmortem ${id}, as a wiki makes an address of it`;
      postmortem.findings[index] = finding.rule === 'body/postmortem-link'
        ? { ...finding, message: `${finding.message} "${words}" ${what}, not its id.`, fix: `link to its page by its id: /postmortems/${id}/.` }
        : { ...finding, message: `related postmortem "${named}" ${what}, not its id: related lists ids (file names). Write ${id}.` };
    });
  }
}

