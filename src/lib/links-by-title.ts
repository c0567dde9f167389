import type { Finding } from './findings.ts';
import { idFromText } from './slug.ts';
import { decodedUriComponent } from './uri-component.ts';
import { mistakesOutsideCode } from './angle-bracket-text.ts';

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


/** `[words]` not a link's text, an image's, a reference's or a definition's, and not escaped. */
const bareBrackets = /(?<![[\]\\!])\[([^[\]\n]{2,300})\](?![([:\]])/g;

/**
 * Another postmortem's title or id in bare brackets (`See [Checkout errors after a config push].`,
 * round 42's leftover; round 43): a wiki's link by title, or a Markdown shortcut reference with no
 * definition, which the page shows as typed, brackets included, linking nowhere. Told from prose
 * in brackets (`[sic]`) by the titles and ids of the corpus, so it is read here, once every post is.
 * A label a `[label]: address` line defines is a link, and left. Cost: one search for `[` over
 * each body, and a walk of its lines outside code only where a label is a title.
 */
export function findTitlesInBrackets(postmortems: readonly { id: string; file: string; source: string; bodyStartLine: number; findings: Finding[]; entryData?: { title?: unknown; status?: unknown; historical?: unknown } }[]): void {
  if (postmortems.length < 2) return;
  const words = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  const byLabel = new Map<string, { id: string; isTitle: boolean }>();
  for (const { id, entryData } of postmortems) {
    if (!byLabel.has(id.toLowerCase())) byLabel.set(id.toLowerCase(), { id, isTitle: false });
    const title = entryData?.title;
    if (typeof title === 'string' && title.trim() && !byLabel.has(words(title))) byLabel.set(words(title), { id, isTitle: true });
  }
  for (const postmortem of postmortems) {
    const lines = postmortem.source.split('\n');
    const body = lines.slice(postmortem.bodyStartLine - 1).join('\n');
    if (!body.includes('[')) continue;
    const named = (label: string) => {
      const found = byLabel.get(words(label));
      return found && found.id !== postmortem.id && !new RegExp(`^ {0,3}\\[${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]:`, 'im').test(body) ? found : undefined;
    };
    if (![...body.matchAll(bareBrackets)].some((match) => named(match[1]))) continue;
    const severity = postmortem.entryData?.status !== 'draft' && !postmortem.entryData?.historical ? 'error' : 'warning';
    for (const { line, column, mistake } of mistakesOutsideCode(body, (text) => [...text.matchAll(bareBrackets)].flatMap((match) => {
      const found = named(match[1]);
      return found ? [{
        index: match.index,
        message: `[${match[1]}] is ${found.isTitle ? 'the title' : 'the id'} of the postmortem ${found.id} in brackets, as a wiki links a page by its ${found.isTitle ? 'title' : 'name'}: Markdown reads no link in it (no address, no "[${match[1]}]: address" line), so the page shows it as typed, brackets included, and it leads nowhere.`,
        fix: `write it as a link to its page: [${match[1]}](/postmortems/${found.id}/).`,
      }] : [];
    }))) {
      postmortem.findings.push({ file: postmortem.file, line: line + postmortem.bodyStartLine - 1, column, rule: 'body/postmortem-link', severity, message: mistake.message, fix: mistake.fix });
    }
  }
}
